// Vectors for every comparable sentence of a story: select, look up the cache, embed only what is new (each
// distinct text once), keep it, and key the vectors by sentence.
import type { Extracted } from '../model/mention.ts';
import { type SentenceVectors, unitVector } from '../model/vectors.ts';
import { textHash, type VectorCache } from './cache.ts';
import type { Embedder } from './embedder.ts';
import { selectSentences } from './select.ts';

/** Vectors of the story's comparable sentences, unit length, keyed by sentenceKey. */
export async function embedStory(
  extracted: readonly Extracted[],
  embedder: Embedder,
  cache?: VectorCache,
): Promise<SentenceVectors> {
  const selected = extracted.flatMap(selectSentences);
  const textOf = new Map<string, string>();
  for (const s of selected) textOf.set(textHash(s.text), s.text);
  const hashes = [...textOf.keys()];

  const known = cache ? await cache.get(embedder.name, hashes) : new Map<string, Float32Array>();
  const missing = hashes.filter((h) => !known.has(h));
  if (missing.length > 0) {
    const vectors = await embedder.embed(missing.map((h) => textOf.get(h) as string));
    if (vectors.length !== missing.length)
      throw new Error(`${embedder.name} returned ${vectors.length} vectors for ${missing.length} texts`);
    const fresh = new Map<string, Float32Array>();
    missing.forEach((h, i) => {
      const v = vectors[i] as Float32Array;
      if (v.length !== embedder.dim)
        throw new Error(`${embedder.name} returned ${v.length} dimensions, not ${embedder.dim}`);
      fresh.set(h, unitVector(v));
    });
    for (const [h, v] of fresh) known.set(h, v);
    if (cache) await cache.put(embedder.name, fresh);
  }

  const out: SentenceVectors = new Map();
  for (const s of selected) out.set(s.key, known.get(textHash(s.text)) as Float32Array);
  return out;
}
