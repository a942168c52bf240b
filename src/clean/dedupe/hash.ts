// Exact identity of articles: the same words in the same order, whatever the quotes, case, accents or spacing.
import { createHash } from 'node:crypto';

/** Text reduced to its words: case, quotes, punctuation and spacing do not make a copy different. */
export function normaliseForMatch(text: string): string {
  // No Unicode decomposition: a copy keeps its accents, and NFKD over a whole article costs more than the rest.
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** sha256 of the normalised text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForMatch(text)).digest('hex');
}
