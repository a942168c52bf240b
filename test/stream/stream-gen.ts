// An invented stream for clustering tests: events of a few kinds, each told by several articles over a few days with
// its own places, people and numbers; events of one kind share their vocabulary, so some articles fit two stories.
import { clean } from '../../src/clean/index.ts';
import { makeContext } from '../../src/context.ts';
import type { Document } from '../../src/model/document.ts';

const SYLLABLES = [
  'var',
  'holt',
  'lin',
  'mark',
  'bra',
  'sk',
  'os',
  'ter',
  'moor',
  'dun',
  'hal',
  'low',
  'car',
  'row',
];
const KINDS = [
  ['earthquake', 'magnitude', 'rubble', 'aftershocks', 'rescue teams', 'collapsed', 'injured'],
  ['wildfire', 'hectares', 'evacuated', 'firefighters', 'smoke', 'burned', 'homes'],
  ['council vote', 'councillors', 'approved', 'budget', 'tram line', 'opposition', 'crowns'],
  ['factory strike', 'workers', 'union', 'wages', 'picket', 'management', 'shifts'],
];

/** A seeded generator (mulberry32): the same stream on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface StreamArticle {
  doc: Document;
  /** Days since 1970 it arrives. */
  day: number;
}

/** `events` events starting over `days` days, each told by 3 to 8 articles within 3 days, in arrival order. */
export function inventedStream(events: number, days: number, seed = 7): StreamArticle[] {
  const next = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const name = (): string => {
    const n = pick(SYLLABLES) + pick(SYLLABLES);
    return n[0]!.toUpperCase() + n.slice(1);
  };
  const day0 = Math.floor(Date.parse('2025-01-01') / 86_400_000);
  const out: StreamArticle[] = [];
  for (let e = 0; e < events; e++) {
    const kind = pick(KINDS);
    const town = name();
    const person = `${name()} ${name()}`;
    const agency = `${name()} Institute`;
    const count = 3 + Math.floor(next() * 200);
    const start = day0 + Math.floor(next() * days);
    const told = 3 + Math.floor(next() * 6);
    for (let a = 0; a < told; a++) {
      const day = start + Math.floor(next() * 3);
      const words = [...kind].sort(() => next() - 0.5).slice(0, 5);
      const text = [
        `The ${words[0]} in ${town} left ${count} people affected, ${person} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
        `Officials of the ${agency} said the ${words[1]} and the ${words[2]} would be reviewed in ${town}.`,
        a % 2
          ? `${person} told reporters that ${words[3]} continued across ${town}.`
          : `Residents spoke of ${words[4]}.`,
        `Outlet ${a} reported ${Math.floor(next() * 50)} further cases near ${name()}.`,
      ].join('\n');
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const id = `e${e}-a${a}`;
      const r = clean({ id, source: id, kind: 'text', body: text, meta: { published: iso } }, makeContext());
      if (r.value) out.push({ doc: r.value, day });
    }
  }
  return out.sort((x, y) => x.day - y.day || (x.doc.id < y.doc.id ? -1 : 1));
}
