// How much an article (or a story) belongs with a story: a sum of named terms, each commented.
import { NAME, NUMBER, TERM } from './features.ts';
import { FAMILY_MIN_KEYS, FOREIGN_NAMES_PENALTY, QUIET_DAYS, TUNING, type Tuning } from './params.ts';
import { cachedShape, type Family, familyCosines, type Shape, type Vector } from './vector.ts';

export interface Side {
  vector: Vector;
  /** Its family norms and sizes when known (cached per vector). */
  shape?: Shape;
  /** Stated publication days spanned, or null when undated. */
  firstDay: number | null;
  lastDay: number | null;
}

export interface Score {
  total: number;
  names: number | null;
  terms: number | null;
  numbers: number | null;
  /** Days between the two sides' dates (0 when they overlap or either is undated). */
  gap: number;
}

const weights = (t: Tuning): Record<Family, number> =>
  ({ [NAME]: t.namesWeight, [TERM]: t.termsWeight, [NUMBER]: t.numbersWeight }) as Record<Family, number>;

/** Days between two date spans; null when either side is undated. */
export function dayGap(a: Side, b: Side): number | null {
  if (a.firstDay === null || a.lastDay === null || b.firstDay === null || b.lastDay === null) return null;
  return Math.max(0, a.firstDay - b.lastDay, b.firstDay - a.lastDay);
}

export function score(a: Side, b: Side, tuning: Tuning = TUNING): Score {
  const WEIGHTS = weights(tuning);
  const sa = a.shape ?? cachedShape(a.vector);
  const sb = b.shape ?? cachedShape(b.vector);
  const cos = familyCosines(a.vector, b.vector, sa, sb.norms);
  // a family of one or two keys agrees or not by chance: it counts in proportion to its evidence
  const evidence = (f: Family): number => Math.min(1, Math.min(sa.sizes[f], sb.sizes[f]) / FAMILY_MIN_KEYS);
  let sum = 0;
  let weight = 0;
  for (const f of [NAME, TERM, NUMBER] as Family[]) {
    const c = cos[f];
    // a family only one side has says nothing either way: the other families share its weight
    if (c === null) continue;
    sum += WEIGHTS[f] * evidence(f) * c;
    weight += WEIGHTS[f] * evidence(f);
  }
  const gap = dayGap(a, b) ?? 0;
  const similarity = weight > 0 ? sum / weight : 0;
  // articles days apart are less likely one story, and past QUIET_DAYS never are (the candidate gate)
  const stale = tuning.timePenalty * Math.min(1, gap / QUIET_DAYS);
  // accounts of one event name the same people and places: an article naming others tells another event
  const names = cos[NAME];
  const foreign = names !== null && names < tuning.namesFloor ? FOREIGN_NAMES_PENALTY * evidence(NAME) : 0;
  // accounts of one event give its figures (toll, magnitude, sums, days): none in common tells another event
  const figures = cos[NUMBER];
  const otherFigures =
    figures !== null && figures < tuning.numbersFloor ? tuning.numbersPenalty * evidence(NUMBER) : 0;
  // each side leads with a name the other never gives: two events of one kind, each with its own protagonist
  const distinct =
    tuning.protagonistPenalty > 0 &&
    sa.lead !== null &&
    sb.lead !== null &&
    !(sa.lead in b.vector) &&
    !(sb.lead in a.vector)
      ? tuning.protagonistPenalty
      : 0;
  // an article's years place its event in time even when it carries no date: no year in common tells another event
  const otherYears =
    tuning.yearPenalty > 0 &&
    sa.years.length > 0 &&
    sb.years.length > 0 &&
    !sa.years.some((y) => y in b.vector)
      ? tuning.yearPenalty
      : 0;
  return {
    total: similarity - stale - foreign - otherFigures - distinct - otherYears,
    names: cos[NAME],
    terms: cos[TERM],
    numbers: cos[NUMBER],
    gap,
  };
}

/** Estimated Jaccard of two MinHash signatures: the share of positions where they agree. */
export function signatureJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
