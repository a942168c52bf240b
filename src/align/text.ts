// Word keys for blocking and overlap: folded, stop words out, crude suffix stemming so "strikes" meets "strike".
import { MONTH_STEMS } from '../lang/en/calendar.ts';
import { SAME_HAPPENING } from '../lang/en/concepts.ts';
import { ALIGN_STOP_WORDS } from '../lang/en/stopwords.ts';
import { oneOf } from '../lang/pattern.ts';

const MARKS = /[\u0300-\u036f]/g;
export const STOP = ALIGN_STOP_WORDS;
const MONTH = new RegExp(`^(${oneOf(MONTH_STEMS)})[a-z]*$`);

export function fold(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function words(s: string): string[] {
  return fold(s)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9%\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const SAME_WORD = new Map(Object.entries(SAME_HAPPENING));

export function stem(w: string): string {
  const same = SAME_WORD.get(w);
  if (same) return same;
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Content keys of text: stemmed, no stop words, numbers or month names. */
export function keysOf(s: string): string[] {
  const out = new Set<string>();
  for (const w of words(s)) {
    if (w.length < 3 || STOP.has(w) || /^\d/.test(w) || MONTH.test(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

export function shared(a: Iterable<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Items examined per lookup at most: enough to find every kind of match (copies repeat each other, so the latest
 *  few stand for the rest), few enough that a story of thousands of articles costs the same per item as one of fifty. */
export const MAX_CANDIDATES = 96;

/** Inverted index: key → item indexes, each list in insertion order. */
export class KeyIndex {
  private map = new Map<string, number[]>();
  add(i: number, keys: Iterable<string>): void {
    for (const k of keys) {
      const list = this.map.get(k);
      if (list) list.push(i);
      else this.map.set(k, [i]);
    }
  }
  /** Items sharing at least one key with `keys` (the latest `limit` of each key's list), ascending by index. */
  candidates(keys: Iterable<string>, skipAbove = Number.POSITIVE_INFINITY, limit = MAX_CANDIDATES): number[] {
    const seen = new Set<number>();
    for (const k of keys) {
      const list = this.map.get(k);
      if (!list || list.length > skipAbove) continue;
      for (let x = list.length - 1; x >= Math.max(0, list.length - limit); x--) seen.add(list[x]!);
    }
    return [...seen].sort((a, b) => a - b);
  }
}
