/** Largest input read by default: far above any article, small enough to refuse a mistaken disk image. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A feed item carrying at least this much text is taken as the full article rather than a teaser. */
export const FULL_TEXT_CHARS = 500;

export interface IngestOptions {
  /** Refuse inputs (and decompressed bodies) larger than this. */
  maxBytes?: number;
}
