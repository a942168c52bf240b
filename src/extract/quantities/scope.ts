// Time-scope refiner: the phrase in the sentence that bounds a count in time ("since September", "annually").
import { AP_MONTH_ABBREVIATIONS, MONTHS } from '../../lang/en/calendar.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';

const MONTH_WORDS = oneOf([
  ...capitalised(MONTHS),
  ...capitalised(AP_MONTH_ABBREVIATIONS).map((m) => `${m}\\.?`),
]);
const UNIT = '(?:days?|weeks?|months?|years?|decades?|quarters?|hours?)';
// Alternatives are literal words with bounded gaps: no nested unbounded repetition, linear on any input.
const SCOPE = new RegExp(
  [
    `\\bsince\\s+(?:(?:early|late|mid)[-\\s])?(?:${MONTH_WORDS}|\\d{4}|last\\s+\\w+|the\\s+(?:start|beginning|end)\\s+of\\s+\\w+(?:\\s+\\d{4})?|the\\s+\\w+)(?:\\s+\\d{4})?`,
    `\\b(?:in|over|during|for|within)\\s+the\\s+(?:past|last|previous|first|next|coming)\\s+(?:\\w+\\s+)?${UNIT}`,
    `\\bin\\s+recent\\s+${UNIT}`,
    `\\b(?:so\\s+far\\s+)?this\\s+(?:year|month|week)`,
    `\\b(?:last|next)\\s+(?:year|month|week)`,
    `\\b(?:annually|yearly|each\\s+year|every\\s+year|per\\s+year|a\\s+year|per\\s+annum|a\\s+month|per\\s+month|each\\s+month|a\\s+day|per\\s+day|each\\s+day|a\\s+week|per\\s+week)\\b`,
    `\\bto\\s+date\\b`,
    `\\b(?:in|during|by)\\s+(?:(?:early|late|mid)[-\\s])?(?:${MONTH_WORDS})(?:\\s+\\d{4})?\\b`,
    `\\b(?:in|during|by)\\s+(?:19|20)\\d\\d\\b`,
    `\\bbetween\\s+(?:19|20)\\d\\d\\s+and\\s+(?:19|20)\\d\\d\\b`,
  ].join('|'),
  'g',
);

export interface Scope {
  start: number;
  end: number;
  text: string;
}

/** Scope phrases of a sentence, offsets in document coordinates. */
export function scopesOf(text: string, base: number): Scope[] {
  const out: Scope[] = [];
  SCOPE.lastIndex = 0;
  for (let m = SCOPE.exec(text); m !== null; m = SCOPE.exec(text)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The scope nearest to a span, or null. Scopes are in text order, so a binary search keeps this logarithmic. */
export function nearestScope(scopes: Scope[], start: number, end: number): string | null {
  let lo = 0;
  let hi = scopes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scopes[mid] as Scope).start < end) lo = mid + 1;
    else hi = mid;
  }
  const after = scopes[lo];
  const before = lo > 0 ? scopes[lo - 1] : undefined;
  // A scope overlapping the number ("in 2024" read as the number) is not its own scope.
  const usable =
    before && before.end <= start
      ? before
      : lo > 1 && (scopes[lo - 2] as Scope).end <= start
        ? scopes[lo - 2]
        : undefined;
  const gapAfter = after ? after.start - end : Number.POSITIVE_INFINITY;
  const gapBefore = usable ? start - usable.end : Number.POSITIVE_INFINITY;
  if (gapAfter === Number.POSITIVE_INFINITY && gapBefore === Number.POSITIVE_INFINITY) return null;
  return gapAfter <= gapBefore ? (after as Scope).text : (usable as Scope).text;
}
