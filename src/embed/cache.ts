// Vectors are a function of (model, text): keyed so, an article is embedded once however often its story is
// briefed, and wire copies that share sentences share vectors.
import { createHash } from 'node:crypto';

/** Where vectors are kept between runs. Batched, and async, so a database can stand behind it. */
export interface VectorCache {
  /** The vectors known for these text hashes under this model (absent hashes are simply missing). */
  get(model: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  put(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
}

/** A short, stable hash of a text as the encoder reads it. */
export const textHash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);

/** A process-local cache; `maxEntries` bounds its memory by dropping the oldest entries first. */
export function memoryVectorCache(maxEntries = Number.POSITIVE_INFINITY): VectorCache {
  const store = new Map<string, Float32Array>();
  const keyOf = (model: string, hash: string): string => `${model}\u0000${hash}`;
  return {
    async get(model, hashes) {
      const out = new Map<string, Float32Array>();
      for (const h of hashes) {
        const v = store.get(keyOf(model, h));
        if (v) out.set(h, v);
      }
      return out;
    },
    async put(model, vectors) {
      for (const [h, v] of vectors) {
        store.delete(keyOf(model, h));
        store.set(keyOf(model, h), v);
      }
      while (store.size > maxEntries) store.delete(store.keys().next().value as string);
    },
  };
}
