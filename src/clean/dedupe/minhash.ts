// Near-duplicate detection: word shingles, MinHash signatures with fixed seeds, banded LSH buckets.

export const SHINGLE = 3;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;

/** murmur3's finaliser: a bijective 32-bit mix, so "x xor seed, then mix" is a cheap random permutation. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Fixed seeds (mulberry32 from a constant): the same signatures on every run and machine. */
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(HASHES);
  let a = 0x5eed1234;
  for (let i = 0; i < HASHES; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
})();

/** Hashes of every run of SHINGLE consecutive words (one shingle for shorter texts). */
export function shingles(normalised: string): Set<number> {
  // word hashes in a typed array: a map() result changes hidden class once optimised (model/list.ts)
  const parts = normalised ? normalised.split(' ') : [];
  const words = new Uint32Array(parts.length);
  for (let i = 0; i < parts.length; i++) words[i] = fnv1a(parts[i]!);
  const out = new Set<number>();
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n && words.length; i++) {
    let h = 0;
    for (let k = i; k < Math.min(words.length, i + SHINGLE); k++) h = Math.imul(h ^ words[k]!, 0x01000193);
    out.add(mix32(h));
  }
  return out;
}

export function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix32(x ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band: documents sharing any key are candidates (at Jaccard 0.8, all but 1 in 5,000 are caught). */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++)
    keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return keys;
}

/** Exact Jaccard of two shingle sets, and how much of `a` lies in `b`. */
export function overlap(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return { jaccard: union ? shared / union : 1, containment: a.size ? shared / a.size : 1 };
}
