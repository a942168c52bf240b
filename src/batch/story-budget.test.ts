// The cross-source stages' budget: real articles extracted, a story cut to the documents whose findings fit,
// and the briefing saying what was cut.
import { describe, expect, it } from 'vitest';
import { article } from '../../test/cli/articles.ts';
import { makeContext } from '../context.ts';
import { BriefingSchema } from '../model/briefing.ts';
import type { Extracted } from '../model/mention.ts';
import { briefExtracted, cleanDoc, tryExtract } from '../pipeline.ts';
import { MAX_STORY_FINDINGS, storyBudget, storyFindings, withCuts } from './story-budget.ts';

const ctx = makeContext({ now: new Date('2026-01-12T00:00:00Z') });
const extracted: Extracted[] = [0, 1, 2, 3].map((n) => {
  const raw = { id: `a${n}`, source: `a${n}.txt`, kind: 'text' as const, body: article(n), meta: {} };
  return tryExtract(cleanDoc(raw, ctx).value!, ctx).value!;
});
const count = (x: Extracted) =>
  x.entities.length + x.quantities.length + x.dates.length + x.quotes.length + x.claims.length;

describe('storyFindings', () => {
  it('keeps a story within the budget whole', () => {
    expect(storyFindings(extracted, 's')).toEqual({ kept: extracted, issues: [] });
  });

  it('keeps the documents, in order, whose findings fit, and names the story and the totals', () => {
    const two = count(extracted[0]!) + count(extracted[1]!);
    const r = storyFindings(extracted, 'harbour', two);
    expect(r.kept.map((x) => x.seg.doc.id)).toEqual(['a0', 'a1']);
    const all = extracted.reduce((s, x) => s + count(x), 0);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'budget.story-findings', where: 'harbour', severity: 'error' }),
    ]);
    expect(r.issues[0]!.message).toContain(`only the first 2 of 4 documents`);
    expect(r.issues[0]!.message).toContain(`${all} findings, over the budget of ${two}`);
  });

  it('always keeps the first document, however many findings it has', () => {
    const r = storyFindings(extracted, 's', 1);
    expect(r.kept).toHaveLength(1);
  });

  it('has room for a real thousand-article story', () => {
    // a real story of 1,000 articles has ~62,000 findings (npm run bench); the budget must not cut it
    expect(MAX_STORY_FINDINGS).toBeGreaterThan(62_000);
  });
});

describe('withCuts', () => {
  it('says in the briefing what a story budget left out, and changes nothing otherwise', () => {
    const r = storyFindings(extracted, 'harbour', count(extracted[0]!));
    const b = briefExtracted(r.kept, { id: 'harbour', title: 'Harbour' }, ctx).value;
    expect(b.documents.map((d) => d.id)).toEqual(['a0']);
    expect(b.cut).toBeUndefined();
    expect(withCuts(b, [])).toBe(b);
    const cut = withCuts(b, [...r.issues, ...storyBudget(extracted, 'harbour').issues]);
    expect(cut.cut).toEqual([{ code: 'budget.story-findings', message: r.issues[0]!.message }]);
    expect(withCuts(cut, r.issues).cut).toHaveLength(1);
    expect(BriefingSchema.safeParse(cut).success).toBe(true);
  });
});
