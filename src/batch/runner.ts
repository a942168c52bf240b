// Who runs per-document work: this thread (--jobs 1), or a pool of worker threads with a time and memory budget
// per document. Both give the same results in the same order; callers never see which one ran.
import type { Context } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { cleanDoc, tryExtract } from '../pipeline.ts';
import { Pool } from './pool.ts';
import { runsInline } from './tasks.ts';

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

/** Documents waiting before the default number of threads starts workers. Measured (npm run bench, 2 cores):
 * a worker costs ~2.3 CPU-s of its own (start-up, JIT warm-up of every finder) and ~1.2 ms per article to send
 * results, against ~6 ms per article of work; --jobs 1 already gets part of the second core (JIT, GC). Below
 * about a thousand articles a second thread does not pay, and on a busy machine it costs. */
export const DEFAULT_MIN_BACKLOG = 1_000;

/** A runner for `jobs` threads: this one for 1, else this one and jobs - 1 workers that start as work arrives
 * (once more than `minBacklog` tasks wait). This thread takes only small documents, so every large one keeps a
 * time budget it is stopped at. */
export function openRunner(ctx: Context, jobs: number, minBacklog = 0): DocRunner {
  if (jobs <= 1) return inThisThread(ctx);
  const pool = new Pool(jobs - 1, ctx, { inline: runsInline, minBacklog });
  return {
    jobs,
    clean: (raw) => pool.run({ kind: 'clean', raw }) as Promise<Result<Document | null>>,
    extract: (doc) => pool.run({ kind: 'extract', doc }) as Promise<Result<Extracted | null>>,
    close: () => pool.close(),
  };
}
