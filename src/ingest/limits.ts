import { type Issue, issue } from '../model/issue.ts';

/** Largest input read by default: far above any article, small enough to refuse a mistaken disk image. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Items read from one feed: news feeds carry tens; the rest of a larger one is refused, and said to be. */
export const MAX_FEED_ITEMS = 500;

/** Records read from one JSON or JSON Lines file: a story's worth many times over, a benchmark's (1,246) too. */
export const MAX_RECORDS = 2_000;

/** The error issue for the part of an input past a count budget. */
export function capIssue(where: string, kept: number, total: number | null, what: string): Issue {
  const of = total === null ? 'more' : `${total}`;
  const message = `${where}: only the first ${kept} of ${of} ${what} were read (the budget per input); split it to read the rest`;
  return issue('ingest.capped', message, where, 'error');
}

/** A feed item carrying at least this much text is taken as the full article rather than a teaser. */
export const FULL_TEXT_CHARS = 500;

export interface IngestOptions {
  /** Refuse inputs (and decompressed bodies) larger than this. */
  maxBytes?: number;
}
