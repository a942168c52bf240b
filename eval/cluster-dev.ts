// npm run eval:cluster-dev [-- --sweep base|full] [-- --by-class] [-- --by-story] [-- --try JSON]: how the
// clustering weights and thresholds are chosen without the benchmark's labels. The dev set: the 13 labelled stories
// of ../shared/corpus (read at run time; their 76 articles also sit among the benchmark's 1,246, as any real news
// would) and general transformations of them, each class in DEV_CLASSES a hard case of story clustering; three
// seeds (other variants, another stream order), figures their means.
// No flag: B-cubed P/R/F1 of TUNING and DEV_CHOSEN. --sweep base: the grid of the centroid method's weights with the
// terms added since off: picks names 0.5, terms 0.2, numbers 0.3, floor 0.2, join 0.2 (dev F1 0.778).
// --sweep full: from that point (or --from JSON), a coordinate search over every knob (KNOBS), three passes at
// most: picks DEV_CHOSEN (dev F1 0.798). Tried and left out on the way: a best-link blend of the story fit
// (linkWeight 0.3 / 0.6: lower dev F1 in every pass, 0.792 / 0.783 against 0.795 in the last), and waiving the names floor when the figures agree.
// The benchmark, run once per configuration (corroborate cluster, then its score.mjs): TUNING 0.931, the base
// choice 0.919, DEV_CHOSEN 0.912. The dev set prefers a weaker names floor than the benchmark rewards.
// --by-class: F1 of each class beside the originals; --by-story: where each known story's articles went.

import { bcubed, byStory, devStories, rng, type StoryRecord, varyStory } from '../bench/stories.ts';
import { clusterDocuments } from '../src/cluster/index.ts';
import { DEV_CHOSEN, TUNING, type Tuning } from '../src/cluster/params.ts';
import { makeContext } from '../src/context.ts';
import type { Document, RawDocument } from '../src/model/document.ts';
import { cleanAll } from '../src/pipeline.ts';

const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });

/** Another outlet's telling of the same story: the same names, numbers and dates, other sentences and words. */
const retell = (s: StoryRecord[], variant: number, shiftDays = 0): StoryRecord[] =>
  varyStory(s, variant, { names: 0, shiftDays, keep: 0.7, drop: 0.15, sameNumbers: true }).map((r, k) => ({
    ...r,
    story: s[k]!.story,
  }));

/** Which hard classes the dev set holds; each article's story id says which class it came from (after its `~`). */
const DEV_CLASSES = {
  original: 'the corpus story, and two more outlets retelling it (one a day later)',
  twin: 'another event of the same kind the same day: 60% of the names, every number and the weekday changed; told twice',
  third: 'a third event of that kind: 80% of the names changed',
  elsewhere: 'another event of that kind in another place 5 to 17 days later (dated stories), told twice',
  later: 'the same people months later (dated stories), other numbers; told twice',
} as const;

/** One dev set; each seed gives other variants (other names kept, numbers, sentences) in another stream order. */
function devSet(seed: number): StoryRecord[] {
  const stories = byStory(devStories());
  const out: StoryRecord[] = [];
  stories.forEach((s, k) => {
    const i = k + 1000 * seed;
    // each story told by more outlets, so that stories grow as large as a busy event's; one outlet a day late
    out.push(...s, ...retell(s, 300 + i), ...retell(s, 700 + i, 1));
    // another event of the same kind (60% of the names, every number, the weekday changed), also told twice
    const twin = varyStory(s, 100 + i, { names: 0.6, shiftDays: 0, keep: 0.6, drop: 0.2 });
    out.push(...twin, ...retell(twin, 400 + i));
    // a third event of that kind, with most names changed
    out.push(...varyStory(s, 500 + i, { names: 0.8, shiftDays: 0, keep: 0.7, drop: 0.15 }));
    if (!s.some((r) => r.published)) return;
    // two strikes in two cities a week or two apart: another place (most names) on another date, told twice
    const elsewhere = varyStory(s, 600 + i, { names: 0.6, shiftDays: 5 + (k % 4) * 4, keep: 0.6, drop: 0.2 });
    out.push(...elsewhere, ...retell(elsewhere, 800 + i));
    // the same people months later, other numbers, told twice
    const later = varyStory(s, 200 + i, { names: 0, shiftDays: 60 + 30 * k, keep: 0.6, drop: 0.2 });
    out.push(...later, ...retell(later, 900 + i));
  });
  // a stream has no order by story: shuffle with a fixed seed
  const next = rng(42 + seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function cleaned(records: StoryRecord[]): Document[] {
  const raws: RawDocument[] = records.map((r) => ({
    id: r.id,
    source: r.id,
    kind: 'text',
    body: r.text,
    meta: { ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}) },
  }));
  return cleanAll(raws, ctx).value;
}

interface DevSet {
  docs: Document[];
  gold: Map<string, string>;
}

/** Dev sets scored together: one ordering of one set of variants is too few stories to choose on alone. */
const SEEDS = [0, 1, 2];
const sets: DevSet[] = SEEDS.map((seed) => {
  const records = devSet(seed);
  return { docs: cleaned(records), gold: new Map(records.map((r) => [r.id, r.story])) };
});
const { docs, gold } = sets[0]!;
console.log(
  `dev sets: ${SEEDS.length} of ${docs.length} articles, ${new Set(gold.values()).size} stories (figures are their means)`,
);

const fmt = (x: number): string => x.toFixed(3);
const show = (t: Tuning): string => JSON.stringify(t);
const memo = new Map<string, { precision: number; recall: number; f1: number }>();

/** B-cubed P, R and F1, each the mean over the dev sets (a point is run once, however often a search asks). */
function run(t: Tuning) {
  const key = show(t);
  const known = memo.get(key);
  if (known) return known;
  const all = sets.map(({ docs, gold }) => {
    const r = clusterDocuments(docs, ctx, undefined, t).value;
    return bcubed(gold, new Map(r.assignments.map((a) => [a.id, a.story])));
  });
  const mean = (k: 'precision' | 'recall' | 'f1'): number => all.reduce((a, s) => a + s[k], 0) / all.length;
  const out = { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
  memo.set(key, out);
  return out;
}

type Grid = { [K in keyof Tuning]?: Tuning[K][] };
/** Every point of the grid (each key's values) around `base`; the weights move together as one key. */
function points(base: Tuning, grid: Grid, weights: [number, number, number][] = []): Tuning[] {
  let out: Tuning[] = weights.length
    ? weights.map(([namesWeight, termsWeight, numbersWeight]) => ({
        ...base,
        namesWeight,
        termsWeight,
        numbersWeight,
      }))
    : [base];
  for (const [k, values] of Object.entries(grid) as [keyof Tuning, Tuning[keyof Tuning][]][])
    out = out.flatMap((p) => values.map((v) => ({ ...p, [k]: v })));
  return out;
}

/** The grid's best point by dev F1 (the first of equals, so the grid's order breaks ties). */
function best(candidates: Tuning[]): { t: Tuning; f1: number } {
  let top = { t: candidates[0]!, f1: -1 };
  for (const t of candidates) {
    const s = run(t);
    console.log(`${show(t)}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
    if (s.f1 > top.f1 + 1e-9) top = { t, f1: s.f1 };
  }
  console.log(`best of ${candidates.length}: ${show(top.t)} F1 ${fmt(top.f1)}`);
  return top;
}

/** Weight triples (names, terms, numbers) tried: each sums to one. */
const WEIGHTS: [number, number, number][] = [
  [0.4, 0.3, 0.3],
  [0.5, 0.2, 0.3],
  [0.45, 0.4, 0.15],
  [0.3, 0.4, 0.3],
  [0.5, 0.3, 0.2],
  [0.6, 0.2, 0.2],
];
/** Today's method: the terms added since (time, lead, link) held at what the code did before they were knobs. */
const CENTROID_ONLY: Tuning = {
  ...TUNING,
  timePenalty: 0.2,
  leadWeight: 2,
  reviewMargin: 0.02,
};

const each = <K extends keyof Tuning>(k: K, values: Tuning[K][]): Partial<Tuning>[] =>
  values.map((v) => ({ [k]: v }) as Partial<Tuning>);

/** The knobs of the coordinate search, each a list of settings; the weights move as one, floor and penalty too. */
const KNOBS: Partial<Tuning>[][] = [
  WEIGHTS.map(([namesWeight, termsWeight, numbersWeight]) => ({ namesWeight, termsWeight, numbersWeight })),
  each('namesFloor', [0.1, 0.2, 0.3]),
  each('join', [0.15, 0.2, 0.25, 0.3]),
  each('reviewMargin', [0.02, 0.05, 0.1]),
  each('timePenalty', [0, 0.2, 0.4, 0.8]),
  each('leadWeight', [1, 2, 3]),
  each('mergeOnReview', [false, true]),
  [0, 0.1, 0.2].flatMap((numbersFloor) =>
    [0, 0.1, 0.2, 0.4].map((numbersPenalty) => ({ numbersFloor, numbersPenalty })),
  ),
];

/** Coordinate search: each knob in turn set to its best value with the others held, until a pass changes nothing. */
function coordinateSearch(start: { t: Tuning; f1: number }): { t: Tuning; f1: number } {
  let top = start;
  for (let pass = 1; pass <= 3; pass++) {
    const before = show(top.t);
    for (const knob of KNOBS) {
      const r = best(knob.map((v) => ({ ...top.t, ...v })));
      if (r.f1 > top.f1 + 1e-9) top = r;
    }
    console.log(`pass ${pass}: ${show(top.t)} F1 ${fmt(top.f1)}`);
    if (show(top.t) === before) break;
  }
  return top;
}

/** The point --try, --by-class and --by-story look at: the defaults with --try's JSON values (to look, not to choose). */
const tried = process.argv.indexOf('--try');
const looked: Tuning =
  tried >= 0 ? { ...TUNING, ...(JSON.parse(process.argv[tried + 1]!) as Partial<Tuning>) } : TUNING;

const sweep = process.argv[process.argv.indexOf('--sweep') + 1];
const BASE_GRID = (): Tuning[] =>
  points(CENTROID_ONLY, { namesFloor: [0.2, 0.3, 0.4], join: [0.15, 0.2, 0.25] }, WEIGHTS);
if (process.argv.includes('--sweep') && sweep === 'base') {
  best(BASE_GRID());
} else if (process.argv.includes('--sweep')) {
  // --from JSON starts from a point already found by --sweep base (it takes the longest), else runs it first
  const from = process.argv.indexOf('--from');
  const start =
    from >= 0
      ? { t: { ...CENTROID_ONLY, ...(JSON.parse(process.argv[from + 1]!) as Partial<Tuning>) }, f1: -1 }
      : best(BASE_GRID());
  if (start.f1 < 0) start.f1 = run(start.t).f1;
  const top = coordinateSearch(start);
  console.log(`chosen: ${show(top.t)} dev F1 ${fmt(top.f1)}`);
  console.log(
    `DEV_CHOSEN in src/cluster/params.ts is ${show(top.t) === show(DEV_CHOSEN) ? '' : 'NOT '}this choice`,
  );
} else if (process.argv.includes('--try')) {
  // one point: the defaults with the given JSON's values (to look at a point, not to choose one)
  const t = {
    ...TUNING,
    ...(JSON.parse(process.argv[process.argv.indexOf('--try') + 1]!) as Partial<Tuning>),
  };
  const s = run(t);
  console.log(`${show(t)}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
} else {
  for (const [name, t] of [
    ['TUNING (the defaults)', TUNING],
    ['DEV_CHOSEN', DEV_CHOSEN],
  ] as const) {
    const s = run(t);
    console.log(`${name} ${show(t)}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
  }
}

/** The class of a dev story, from the first variant number in its id (see devSet). */
function classOf(story: string): keyof typeof DEV_CLASSES {
  const v = Number(story.split('~')[1] ?? -1) % 1000;
  if (v < 0) return 'original';
  if (v < 200 || (v >= 400 && v < 500)) return 'twin';
  if (v < 300) return 'later';
  if (v < 600) return 'third';
  return 'elsewhere';
}

if (process.argv.includes('--by-class')) {
  // each class scored with the originals beside it: how well that class is kept apart from (and whole beside) them
  const pred = new Map(
    clusterDocuments(docs, ctx, undefined, looked).value.assignments.map((a) => [a.id, a.story]),
  );
  for (const [c, what] of Object.entries(DEV_CLASSES)) {
    const ids = [...gold].filter(([, g]) => classOf(g) === c || classOf(g) === 'original');
    const s = bcubed(new Map(ids), pred);
    console.log(
      `${c} (${what}), with the originals: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`,
    );
  }
}
if (process.argv.includes('--by-story')) {
  const r = clusterDocuments(docs, ctx, undefined, looked).value;
  const G = new Map<string, Map<string, number>>();
  for (const a of r.assignments) {
    const g = gold.get(a.id)!;
    const m = G.get(g) ?? new Map<string, number>();
    m.set(a.story, (m.get(a.story) ?? 0) + 1);
    G.set(g, m);
  }
  for (const [g, m] of G) console.log(g, JSON.stringify([...m]));
}
