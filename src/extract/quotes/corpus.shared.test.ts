// The real articles of ../shared: quotes found with the right speaker, scored like the shared scorer.
// The whole of extraction up to quotes runs for real: segment, then the entity finder, then findQuotes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context.ts';
import { segment } from '../../segment/index.ts';
import { findEntities } from '../entities/index.ts';
import { findQuotes } from './index.ts';
import { makeDoc } from './testkit.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const ctx = makeContext({ now: new Date('2026-01-15T00:00:00Z') });

interface Ann {
  entities: { name: string; aliases: string[] }[];
  quotes: { speaker: string; snippet: string; docs: string[] }[];
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9%$'\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('findQuotes over the cartel-strikes articles', () => {
  it('finds at least 80% of the annotated quotes with the right speaker', () => {
    const ann = JSON.parse(readFileSync(path.join(shared, 'eval/cartel-strikes.json'), 'utf8')) as Ann;
    let score = 0;
    const misses: string[] = [];
    for (const a of ann.quotes) {
      const doc = a.docs[0] as string;
      const text = readFileSync(path.join(shared, 'corpus/cartel-strikes', `${doc}.txt`), 'utf8');
      const seg = segment(makeDoc(text), ctx).value;
      const ents = findEntities(seg, ctx).value;
      const quotes = findQuotes(seg, ents, ctx).value;
      const hits = quotes.filter((q) => norm(q.text).includes(norm(a.snippet)));
      // The linked entity's name, or the words of the attribution (pronouns and roles need the entity).
      const speakers = hits.flatMap((q) => [
        ents.find((e) => e.id === q.speaker)?.name ?? null,
        q.speakerText,
      ]);
      const known = ann.entities.find((e) => e.name === a.speaker);
      const forms = new Set([a.speaker, ...(known?.aliases ?? [])].map(norm));
      if (speakers.some((sp) => sp !== null && forms.has(norm(sp)))) score += 1;
      else {
        if (hits.length) score += 0.5;
        misses.push(`${a.snippet} → ${JSON.stringify(speakers)}`);
      }
    }
    expect(misses).toEqual([]);
    expect(score / ann.quotes.length).toBeGreaterThanOrEqual(0.8);
  });
});
