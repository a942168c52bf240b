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

/** A vector as stored bytes: float32, little-endian, whatever the machine's order. */
export function vectorBytes(v: Float32Array): Uint8Array {
  const out = new Uint8Array(v.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < v.length; i++) view.setFloat32(i * 4, v[i] as number, true);
  return out;
}

/** Stored bytes back to a vector; null when they cannot be a vector of `dim` numbers (a stale or broken row). */
export function vectorFromBytes(bytes: Uint8Array, dim: number): Float32Array | null {
  if (bytes.byteLength !== dim * 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(dim);
  for (let i = 0; i < dim; i++) out[i] = view.getFloat32(i * 4, true);
  return out.every(Number.isFinite) ? out : null;
}
