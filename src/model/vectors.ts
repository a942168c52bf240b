import type { Span } from './span.ts';

/** Sentence vectors of one story, by sentenceKey; every vector has unit length (or is all zeros for empty text). */
export type SentenceVectors = Map<string, Float32Array>;

/** The key of one sentence of one article: stable while the cleaned text is, so vectors can be stored with it. */
export const sentenceKey = (docId: string, span: Span): string => `${docId}#${span.start}-${span.end}`;

/** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. Vectors of different sizes are a bug. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`cosine: vectors of ${a.length} and ${b.length} dimensions`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The same direction at length 1 (a copy); an all-zero vector stays all zeros. */
export function unitVector(v: ArrayLike<number>): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += (v[i] as number) ** 2;
  const out = new Float32Array(v.length);
  if (n === 0) return out;
  const s = 1 / Math.sqrt(n);
  for (let i = 0; i < v.length; i++) out[i] = (v[i] as number) * s;
  return out;
}
