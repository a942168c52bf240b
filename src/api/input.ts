// What library callers hand in: an article's text, or a record of the contract's input format. A zod schema at
// the boundary: a bad article becomes an issue naming it, the others go on.
import { z } from 'zod';
import type { Context } from '../context.ts';
import { makeContext } from '../context.ts';
import { InputRecordSchema } from '../model/document.ts';

/** One article: its plain text, or a record with `text` or `html` and any metadata known. */
export const ArticleSchema = z.union([z.string(), InputRecordSchema]);
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleInput = Article | Article[];

export interface LibraryOptions {
  /** Reference time for undated text (default: now); fix it for reproducible output. */
  now?: Date;
}

export function contextOf(opts: LibraryOptions): Context {
  return makeContext(opts.now ? { now: opts.now } : {});
}
