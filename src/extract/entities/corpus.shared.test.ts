// The real articles of ../shared: the hand-annotated entities should be found in the articles that name them,
// typed as annotated, with their roles. Names come from the annotation file, never from this code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf } from '../../../test/support/document.ts';
import { makeContext } from '../../context.ts';
import type { Document } from '../../model/document.ts';
import type { DocEntity } from '../../model/mention.ts';
import { segment } from '../../segment/index.ts';
import { findEntities, linkName } from './index.ts';

interface Annotated {
  name: string;
  aliases: string[];
  type: string;
  role: string;
  docs: string[];
}

const root = path.resolve(import.meta.dirname, '../../../../shared');
const ann = JSON.parse(readFileSync(path.join(root, 'eval/cartel-strikes.json'), 'utf8')) as {
  entities: Annotated[];
};
const ctx = makeContext({ now: new Date('2026-01-10T00:00:00Z') });

function docOf(id: string): Document {
  return documentOf(readFileSync(path.join(root, 'corpus/cartel-strikes', `${id}.txt`), 'utf8'), {
    id,
    source: id,
  });
}

// Comparison as a reader would make it: case, accents, possessives and leading titles do not matter.
const TITLES = new Set(['president', 'former', 'ex', 'mr', 'mrs', 'ms', 'dr', 'the', 'secretary', 'senator']);
const bare = (s: string): string => {
  const w = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (w.length > 1 && TITLES.has(w[0]!)) w.shift();
  return w.join(' ');
};
const STOP = new Set('a an the of in on at to for by and or us u s'.split(' '));
const contentWords = (s: string): string[] =>
  bare(s)
    .split(' ')
    .filter((w) => w && !STOP.has(w));
const roleOverlap = (want: string, got: string): number => {
  const a = contentWords(want);
  const b = new Set(contentWords(got));
  return a.length ? a.filter((w) => b.has(w)).length / a.length : 0;
};

const byDoc = new Map<string, DocEntity[]>();
for (const id of new Set(ann.entities.flatMap((e) => e.docs))) {
  byDoc.set(id, findEntities(segment(docOf(id), ctx).value, ctx).value);
}
const matchIn = (a: Annotated, es: DocEntity[]): DocEntity | undefined => {
  const forms = new Set([a.name, ...a.aliases].map(bare));
  return es.find((e) => [e.name, ...e.aliases].some((f) => forms.has(bare(f))));
};

describe('annotated entities of cartel-strikes', () => {
  const pairs = ann.entities.flatMap((a) => a.docs.map((d) => ({ a, d })));

  it('finds nearly every annotated entity in every article that names it, typed as annotated', () => {
    const found = pairs.filter(({ a, d }) => matchIn(a, byDoc.get(d)!));
    const typed = found.filter(({ a, d }) => matchIn(a, byDoc.get(d)!)!.type === a.type);
    const missed = pairs.filter((p) => !found.includes(p)).map(({ a, d }) => `${a.name} in ${d}`);
    expect(found.length / pairs.length, missed.join('; ')).toBeGreaterThanOrEqual(0.9);
    expect(typed.length / found.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives annotated people the annotated role in at least one article', () => {
    const people = ann.entities.filter((a) => a.type === 'person' && a.role);
    const ok = people.filter((a) =>
      a.docs.some((d) =>
        matchIn(a, byDoc.get(d)!)?.roles.some((r) => roleOverlap(a.role, r.normalized) >= 0.5),
      ),
    );
    const missed = people.filter((a) => !ok.includes(a)).map((a) => a.name);
    expect(ok.length / people.length, missed.join('; ')).toBeGreaterThanOrEqual(0.95);
  });

  it('merges each annotated person into one entity per article, never two people into one', () => {
    for (const [d, es] of byDoc) {
      const people = ann.entities.filter((a) => a.type === 'person' && a.docs.includes(d));
      const hits = people.map((a) => matchIn(a, es)).filter((e): e is DocEntity => e !== undefined);
      expect(new Set(hits.map((e) => e.id)).size, d).toBe(hits.length);
      for (const a of people) {
        const forms = new Set([a.name, ...a.aliases].map(bare));
        const split = es.filter((e) => [e.name, ...e.aliases].some((f) => forms.has(bare(f))));
        expect(split.length, `${a.name} in ${d}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('links every annotated alias of a person back to that person with linkName', () => {
    let tried = 0;
    let linked = 0;
    for (const a of ann.entities.filter((x) => x.type === 'person')) {
      for (const d of a.docs) {
        const es = byDoc.get(d)!;
        const want = matchIn(a, es);
        if (!want) continue;
        const text = docOf(d).text;
        for (const form of [a.name, ...a.aliases]) {
          if (!text.includes(form)) continue;
          tried++;
          if (linkName(es, form)?.id === want.id) linked++;
        }
      }
    }
    expect(tried).toBeGreaterThan(10);
    expect(linked / tried).toBeGreaterThanOrEqual(0.9);
  });
});
