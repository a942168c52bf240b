// Sentence vectors for aligning facts by meaning. Importing this loads no model: use-lite.ts imports tfjs on
// the first embed() call.
export { memoryVectorCache, textHash, type VectorCache } from './cache.ts';
export type { Embedder } from './embedder.ts';
export { overlapSimilarity, storyIdf, termsOf } from './overlap.ts';
export { type SelectedSentence, type SelectReason, selectSentences } from './select.ts';
export { embedStory } from './story.ts';
export { USE_LITE_DIM, USE_LITE_NAME, useLiteEmbedder } from './use-lite.ts';
