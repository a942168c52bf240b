// Qualifier refiner: the words before (or after) a number that bound it: "at least 20", "over 80", "20 or more".

import { CLOCK_QUALIFIERS } from '../../lang/en/clock.ts';
import { pushTo } from '../../model/list.ts';
import type { Qualifier } from '../../model/mention.ts';
import type { Candidate } from './parsers.ts';

/** Phrases that end right before the number, longest first within each length. */
const BEFORE: [string[], Exclude<Qualifier, null>][] = [
  [['at', 'least'], 'at least'],
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['a', 'minimum', 'of'], 'at least'],
  [['more', 'than'], 'over'],
  [['over'], 'over'],
  [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'],
  [['greater', 'than'], 'over'],
  [['north', 'of'], 'over'],
  [['above'], 'over'],
  [['exceeds'], 'over'],
  [['exceeded'], 'over'],
  [['exceeding'], 'over'],
  [['exceed'], 'over'],
  [['surpassed'], 'over'],
  [['topped'], 'over'],
  [['nearly'], 'under'],
  [['almost'], 'under'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['an', 'approximate'], 'about'],
  [['approximate'], 'about'],
  [['approx'], 'about'],
  [['some'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['close', 'to'], 'about'],
  [['up', 'to'], 'up to'],
  [['as', 'many', 'as'], 'up to'],
  [['as', 'much', 'as'], 'up to'],
  [['no', 'more', 'than'], 'up to'],
  [['at', 'most'], 'up to'],
  [['a', 'maximum', 'of'], 'up to'],
  [['fewer', 'than'], 'under'],
  [['less', 'than'], 'under'],
  [['under'], 'under'],
  [['below'], 'under'],
  [['exactly'], 'exactly'],
  [['precisely'], 'exactly'],
];
BEFORE.sort((a, b) => b[0].length - a[0].length);
/** Phrases by their last word, so most numbers are settled by one lookup. */
const BY_LAST = new Map<string, [string[], Exclude<Qualifier, null>][]>();
for (const e of BEFORE) {
  const last = e[0][e[0].length - 1] as string;
  pushTo(BY_LAST, last, e);
}
const AFTER_FIRST = new Set(['or', 'plus', '-']);

const AFTER: [string[], Exclude<Qualifier, null>][] = [
  [['or', 'more'], 'at least'],
  [['or', 'so'], 'about'],
  [['or', 'fewer'], 'up to'],
  [['or', 'less'], 'up to'],
  [['plus'], 'over'],
  [['-', 'plus'], 'over'],
];

const matchesAt = (lowers: string[], at: number, words: string[]): boolean =>
  at >= 0 && words.every((w, k) => lowers[at + k] === w);

/** "under" and "over" are prepositions too ("over 2 years" is fine, "children under 5" is still a bound). */
/** "shortly after 07:40", "by 7.15am", "just before 8am": the bound a time's words put on it. "By about 9:30": the
 *  bound outranks the approximation it wraps, so these are tried before the count's phrases. */
function clockQualifier(c: Candidate, lowers: string[]): boolean {
  for (const [words, q] of CLOCK_QUALIFIERS) {
    const at = c.first - words.length;
    if (!matchesAt(lowers, at, words)) continue;
    c.qualifier = q;
    c.qFirst = at;
    return true;
  }
  return false;
}

export function refineQualifier(cands: Candidate[], lowers: string[]): void {
  for (const c of cands) {
    if (c.kind === 'time' && clockQualifier(c, lowers)) continue;
    const options = BY_LAST.get(lowers[c.first - 1] ?? '') ?? [];
    for (const [words, q] of options) {
      const at = c.first - words.length;
      if (matchesAt(lowers, at, words)) {
        c.qualifier = q;
        c.qFirst = at;
        break;
      }
    }
    if (c.qualifier || !AFTER_FIRST.has(lowers[c.last + 1] ?? '')) continue;
    for (const [words, q] of AFTER) {
      if (matchesAt(lowers, c.last + 1, words)) {
        c.qualifier = q;
        c.qEnd = c.last + 1 + words.length;
        break;
      }
    }
  }
}
