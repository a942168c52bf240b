// Blocking across a story's items: word keys (from lang/en/keys.ts), how many two items share, an inverted index.
export { fold, keysOf, STOP, stem, words } from '../lang/en/keys.ts';

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
