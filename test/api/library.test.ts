// The library API as a caller imports it: text and records in, the contract's briefing out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BriefingSchema, brief, clean, extract } from '../../src/index.ts';

const example = fileURLToPath(new URL('../../examples/harbor-fire/', import.meta.url));
const texts = readdirSync(example)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(example, f), 'utf8'));
const now = new Date('2026-01-12T00:00:00Z');

describe('library API', () => {
  it('briefs articles given as text: a briefing that passes the contract', () => {
    const r = brief(texts, { now, title: 'Harbour fire' });
    expect(BriefingSchema.safeParse(r.briefing).success).toBe(true);
    expect(r.briefing.story.title).toBe('Harbour fire');
    expect(r.briefing.documents.map((d) => d.id)).toEqual(texts.map((_, i) => `article-${i + 1}`));
    expect(r.briefing.entities.length).toBeGreaterThan(0);
  });

  it('takes records with metadata, and refuses a bad one by name while the rest go on', () => {
    const r = clean(
      [
        { id: 'wire', title: 'Fire at the harbour', outlet: 'Harbour Wire', text: texts[0]! },
        { title: 'no body at all' } as never,
        texts[1]!,
      ],
      { now },
    );
    expect(r.documents.map((d) => d.id)).toEqual(['wire', 'article-3']);
    expect(r.documents[0]!.outlet).toBe('Harbour Wire');
    const refused = r.issues.filter((i) => i.severity === 'error');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toMatch(/article-2.*"text" or "html"/);
  });

  it('extracts span-anchored findings per article', () => {
    const r = extract(texts[0]!, { now });
    expect(r.extracted).toHaveLength(1);
    const e = r.extracted[0]!;
    for (const q of e.quantities) expect(e.seg.doc.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });
});
