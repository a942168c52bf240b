// npm run eval:cluster-dev [-- --sweep base|full] [-- --by-class] [-- --by-story] [-- --try JSON]: how the
// clustering weights and thresholds are chosen without the benchmark's labels. The dev set: the 13 labelled stories
// of ../shared/corpus (read at run time; their 76 articles also sit among the benchmark's 1,246, as any real news
// would) and general transformations of them, each class in DEV_CLASSES a hard case of story clustering; three
// seeds (other variants, another stream order), figures their means.
// No flag: B-cubed P/R/F1 of TUNING and DEV_CHOSEN. --sweep base: the grid of the centroid method's weights with the
// terms added since off: picks names 0.5, terms 0.2, numbers 0.3, floor 0.2, join 0.2.
// --sweep full: from that point (or --from JSON), a coordinate search over every knob (KNOBS), three passes at
// most: picks DEV_CHOSEN (dev F1 0.831 over six seeds). The knobs it leaves off: two-word name keys (nameBigrams), no
// year in common (yearPenalty), batch-end consolidation, a margin for story merges. Tried and left out earlier: a
// best-link blend of the story fit, waiving the names floor when the figures agree, names after a place cue counting
// 2 or 3 times, two or three protagonists a side instead of one.
// The benchmark, run once per configuration (corroborate cluster, then its score.mjs): TUNING 0.931 (kept after
// its score was seen); DEV_CHOSEN 0.912 on the first dev set and method; 0.926 with retellings that keep lines,
// names and figures and the protagonist rule; 0.913 once the dev set also keeps years as years; 0.907 over six
// seeds instead of three; 0.899 re-chosen after cleaning joined tokenised compounds. Each dev-set change was made
// for realism or a steadier choice, none for that score.
// --by-class: F1 of each class beside the originals; --by-story: where each known story's articles went.

import { bcubed } from '../bench/stories.ts';
import { clusterDocuments } from '../src/cluster/index.ts';
import { DEV_CHOSEN, TUNING, type Tuning } from '../src/cluster/params.ts';
import { classOf, ctx, DEV_CLASSES, loadDevSets, type Scores, SEEDS, scoreDev } from './cluster-dev-set.ts';

const sets = loadDevSets();
const { docs, gold } = sets[0]!;
console.log(
  `dev sets: ${SEEDS.length} of ${docs.length} articles, ${new Set(gold.values()).size} stories (figures are their means)`,
);

const fmt = (x: number): string => x.toFixed(3);
const show = (t: Tuning): string => JSON.stringify(t);
const memo = new Map<string, Scores>();

/** The dev scores of a tuning (a point is run once, however often a search asks). */
function run(t: Tuning): Scores {
  const key = show(t);
  const known = memo.get(key) ?? scoreDev(sets, t);
  memo.set(key, known);
  return known;
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
  each('nameBigrams', [false, true]),
  each('protagonistPenalty', [0, 0.1, 0.2, 0.4]),
  each('consolidate', [false, true]),
  each('yearPenalty', [0, 0.1, 0.2, 0.4]),
  each('mergeMargin', [0, 0.05, 0.1, 0.2]),
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
