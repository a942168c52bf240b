// Who runs per-document work: this thread (--jobs 1), or a pool of worker threads with a time and memory budget
// per document. Both give the same results in the same order; callers never see which one ran.
import type { Context } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { cleanDoc, tryExtract } from '../pipeline.ts';
import { Pool } from './pool.ts';

export interface DocRunner {
  readonly jobs: number;
  clean(raw: RawDocument): Promise<Result<Document | null>>;
  extract(doc: Document): Promise<Result<Extracted | null>>;
  close(): Promise<void>;
}

/** The documents' work in this thread: no start-up cost, no time budget beyond the size budgets. */
export function inThisThread(ctx: Context): DocRunner {
  return {
    jobs: 1,
    clean: async (raw) => cleanDoc(raw, ctx),
    extract: async (doc) => tryExtract(doc, ctx),
    close: async () => {},
  };
}

/** A runner for `jobs` threads: this one for 1, else a pool whose workers start as work arrives. */
export function openRunner(ctx: Context, jobs: number): DocRunner {
  if (jobs <= 1) return inThisThread(ctx);
  const pool = new Pool(jobs, ctx);
  return {
    jobs,
    clean: (raw) => pool.run({ kind: 'clean', raw }) as Promise<Result<Document | null>>,
    extract: (doc) => pool.run({ kind: 'extract', doc }) as Promise<Result<Extracted | null>>,
    close: () => pool.close(),
  };
}
