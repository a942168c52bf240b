// Exact identity of articles: the same words in the same order, whatever the quotes, case, accents or spacing.
import { createHash } from 'node:crypto';

/** Text reduced to its words: case, quotes, punctuation and spacing do not make a copy different. */
export function normaliseForMatch(text: string): string {
  // No Unicode decomposition (a copy keeps its accents) and no Unicode classes: both cost more than the rest.
  // Latin-1 symbols and the general punctuation block (curly quotes, dashes) count as spaces.
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u00c0-\u1fff\u2070-\uffff]+/g, ' ')
    .trim();
}

/** sha256 of the normalised text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForMatch(text)).digest('hex');
}
