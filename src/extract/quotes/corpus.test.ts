// The real articles of ../shared: quotes found with the right speaker, scored like the shared scorer.
// Entities come from the annotation's entity list (names and aliases) until the entity finder is wired in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context.ts';
import { segment } from '../../segment/index.ts';
import { findQuotes } from './index.ts';
import { makeDoc, makeEntities } from './testkit.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const ctx = makeContext({ now: new Date('2026-01-15T00:00:00Z') });

interface Ann {
  entities: {
    name: string;
    aliases: string[];
    type: 'person' | 'org' | 'place' | 'other';
    role: string;
    docs: string[];
  }[];
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
      const defs = ann.entities
        .filter((e) => e.docs.includes(doc))
        .map((e) => ({ name: e.name, aliases: e.aliases, type: e.type, roles: e.role ? [e.role] : [] }));
      const ents = makeEntities(text, defs);
      const seg = segment(makeDoc(text), ctx).value;
      const quotes = findQuotes(seg, ents, ctx).value;
      const hits = quotes.filter((q) => norm(q.text).includes(norm(a.snippet)));
      const speakers = hits.map((q) => ents.find((e) => e.id === q.speaker)?.name ?? q.speakerText);
      if (speakers.includes(a.speaker)) score += 1;
      else {
        if (hits.length) score += 0.5;
        misses.push(`${a.snippet} → ${JSON.stringify(speakers)}`);
      }
    }
    expect(misses).toEqual([]);
    expect(score / ann.quotes.length).toBeGreaterThanOrEqual(0.8);
  });
});
