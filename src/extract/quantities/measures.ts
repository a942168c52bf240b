// What a number measures when it is a property, not a count: the strength of a quake ("a 5.2 quake", "magnitude
// 5.0"), a depth ("a depth of 3.1 miles", "31 miles deep") or a distance from a named place ("about 30 miles
// north of Port Sael"). Two reports of one property compare; a depth and a distance, or distances from two
// places, never do.
import {
  DEPTH_AFTER,
  DEPTH_BEFORE,
  DIRECTION,
  FROM_WORDS,
  LENGTH_UNITS,
  MAGNITUDE_WORDS,
  OTHER_QUAKE,
  QUAKE_WORDS,
} from '../../lang/en/measures.ts';
import type { Candidate } from './parsers.ts';
import type { Token } from './tokens.ts';

/** How far from the number a measure word may stand. */
const NEAR = 3;

const words = (toks: Token[], from: number, to: number): Token[] =>
  toks.slice(Math.max(0, from), Math.max(0, to)).filter((t) => t.kind === 'word');

function setMeasure(c: Candidate, about: string, keys: string[], unit?: string): true {
  c.about = about;
  c.keys = keys;
  if (unit) c.unit = unit;
  return true;
}

/** "magnitude 5.2", "a preliminary magnitude of 5.2", "a 5.2-magnitude quake", "5.0 on the Richter scale", "a 5.2
 *  quake": the magnitude word stands right beside the number. */
function magnitude(c: Candidate, toks: Token[]): boolean {
  // "3:17 a.m." beside "magnitude" is a time; a magnitude is under 10.
  if (toks[c.last + 1]?.text === ':' || c.value >= 10) return false;
  const prev = toks[c.qFirst - 1]?.lower === 'of' ? toks[c.qFirst - 2] : toks[c.qFirst - 1];
  const next = words(toks, c.last + 1, c.last + 3);
  if ((prev && MAGNITUDE_WORDS.has(prev.lower)) || (next[0] && MAGNITUDE_WORDS.has(next[0].lower)))
    return true;
  if (next[0]?.lower === 'on' && next.length > 1)
    return MAGNITUDE_WORDS.has(words(toks, c.last + 3, c.last + 4)[0]?.lower ?? '');
  return !Number.isInteger(c.value) && next[0] !== undefined && QUAKE_WORDS.has(next[0].lower);
}

/** Another quake than the story's: an aftershock, an earlier or the largest one, the usual ones. */
function otherQuake(c: Candidate, toks: Token[]): boolean {
  return words(toks, c.qFirst - 8, c.last + 7).some((t) => OTHER_QUAKE.has(t.lower));
}

/** Index of the length unit written right after the number, or -1. */
function lengthUnitAt(c: Candidate, toks: Token[]): number {
  for (let i = c.first; i <= Math.min(toks.length - 1, c.last + 1); i++)
    if (toks[i]!.kind === 'word' && LENGTH_UNITS.has(toks[i]!.lower)) return i;
  return -1;
}

/** The capitalised name after "of"/"from": "Port Sael", "The Narrows". */
function placeAfter(toks: Token[], i: number): string | null {
  const name: string[] = [];
  for (let j = i; j < toks.length && name.length < 4; j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
    name.push(t.text);
  }
  return name.length ? name.join(' ') : null;
}

/** Names what a property number measures; false when it is not one (the count refiners then run). */
export function measureAbout(c: Candidate, toks: Token[]): boolean {
  if (c.kind === 'money' || c.kind === 'percent') return false;
  if (magnitude(c, toks)) {
    if (otherQuake(c, toks))
      return setMeasure(c, 'magnitude of another earthquake', ['magnitude', 'other'], 'magnitude');
    return setMeasure(c, 'magnitude of the earthquake', ['magnitude'], 'magnitude');
  }
  const u = lengthUnitAt(c, toks);
  if (u < 0) return false;
  const before = words(toks, c.qFirst - NEAR, c.qFirst);
  const after = words(toks, u + 1, u + 3);
  if (before.some((t) => DEPTH_BEFORE.has(t.lower)) || after.some((t) => DEPTH_AFTER.has(t.lower)))
    return setMeasure(c, 'depth', ['depth'], toks[u]!.lower);
  // "20 miles north-northeast of Port Sael": skip the directions, then "of" and the place.
  let j = u + 1;
  while (j < toks.length && (toks[j]!.text === '-' || DIRECTION.test(toks[j]!.lower))) j++;
  const link = toks[j]?.lower ?? '';
  // "30 km from Vell" needs no direction; "12 miles of road" is a length, "20 miles north of X" a distance.
  if (!FROM_WORDS.has(link) || (j === u + 1 && link !== 'from')) return false;
  const place = placeAfter(toks, j + 1);
  if (!place) return false;
  return setMeasure(c, `distance from ${place}`, ['distance', place.toLowerCase()], toks[u]!.lower);
}
