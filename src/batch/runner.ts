// Who runs per-document work: this thread (--jobs 1), or a pool of worker threads with a time and memory budget
// per document. Both give the same results in the same order; callers never see which one ran.
import type { Context } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { cleanDoc, type FirstPart, finishExtract, tryExtract } from '../pipeline.ts';
import { Pool } from './pool.ts';
import { runsInline, type TaskResult } from './tasks.ts';

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

/** Tasks waiting before --jobs N starts a worker. Measured (npm run bench, 2 cores): a worker costs ~0.3 CPU-s
 * to start and its own JIT warm-up of whatever it runs, so a handful of articles is done sooner here. */
export const MIN_BACKLOG = 32;

/** The same when no --jobs was given: the default must not be slower than one thread. Measured on an idle 2-core
 * machine (best of 2-3 runs, CPU per thread from /proc): --jobs 2 against --jobs 1 took 0.98x the time to extract
 * 125 articles, 0.96x at 250, 0.90x at 500, 0.83x at 1,004; to brief them 1.04x at 250, 0.94x at 500, 0.92x at
 * 1,000. So the default waits until a batch is past where briefing breaks even. */
export const DEFAULT_MIN_BACKLOG = 400;

export interface RunnerOptions {
  /** Workers start once more tasks than this wait (0: at the first). */
  minBacklog?: number;
  /** Extract up to this many documents ahead, in workers, as soon as each is cleaned (for commands that will
   * extract them all): cleaning stays on this thread and extraction goes to the workers, so each thread warms up
   * the code of its own stage only. Extraction does not read duplicate marks, which come later. */
  extractAhead?: number;
}

/** A runner for `jobs` threads: this one for 1, else this one and jobs - 1 workers that start as work arrives.
 * This thread takes only small documents, so every large one keeps a time budget it is stopped at. */
export function openRunner(ctx: Context, jobs: number, opts: RunnerOptions = {}): DocRunner {
  if (jobs <= 1) return inThisThread(ctx);
  const pool = new Pool(jobs - 1, ctx, { inline: runsInline, minBacklog: opts.minBacklog ?? 0 });
  const extractHere = (doc: Document) =>
    pool.run({ kind: 'extract', doc }) as Promise<Result<Extracted | null>>;
  const early = new Map<string, Ahead>();
  let aheadLeft = opts.extractAhead ?? 0;
  let here: boolean | undefined;
  const turns = oneEachTurn();
  return {
    jobs,
    clean: async (raw) => {
      const r = (await pool.run({ kind: 'clean', raw })) as Result<Document | null>;
      if (r.value && aheadLeft > 0 && !early.has(docKey(r.value))) {
        aheadLeft--;
        early.set(docKey(r.value), startAhead(pool, r.value));
      }
      return r;
    },
    extract: (doc) => {
      const h = early.get(docKey(doc));
      if (!h) return extractHere(doc);
      early.delete(docKey(doc));
      // decided once, when the first result is asked for: with workers started the rest stays with them, as this
      // thread has not warmed up for their half of extraction (measured on 3,025 articles: its help cost 4 CPU-s)
      here ??= pool.started === 0;
      pool.promote(h.id, here);
      if (!h.split) return h.result.then((r) => withDoc(r as Result<Extracted | null>, doc));
      const finish = (r: TaskResult) => withDoc(finishHere(r as Result<FirstPart | null>, doc, ctx), doc);
      return h.result.then((r) => new Promise((done) => turns(() => done(finish(r)))));
    },
    close: () => {
      early.clear();
      return pool.close();
    },
  };
}

interface Ahead {
  id: number;
  result: Promise<TaskResult>;
  /** Only the first part runs ahead; this thread finds the dates when the result is asked for. */
  split: boolean;
}

/** A cleaned document's extraction started on a worker. A small one is split, so each thread runs its own part
 * of the finders: the worker segments and finds who and what (entities, counts), this thread finds the dates,
 * quotes and claims besides reading, cleaning, marking copies and writing. Measured on 1,004 articles (CPU-s per
 * thread from /proc): with quotes and claims in the worker it spent 3.6 (1.1 of them copying its findings back)
 * against 3.0 here, 10.2 in all with V8's threads; now 2.2 against 3.7, 8.5 in all. A large one runs whole where
 * its time budget can stop it. */
function startAhead(pool: Pool, doc: Document): Ahead {
  const split = runsInline({ kind: 'extract', doc });
  return { ...pool.runAhead({ kind: split ? 'first' : 'extract', doc }), split };
}

/** Runs jobs one per turn of the event loop, so that workers' messages are answered between them: a burst of
 * finished halves would otherwise hold this thread while the workers wait for their next task. */
function oneEachTurn(): (job: () => void) => void {
  const jobs: (() => void)[] = [];
  let at = 0;
  let scheduled = false;
  const runOne = () => {
    jobs[at++]?.();
    if (at < jobs.length) setImmediate(runOne);
    else {
      jobs.length = at = 0;
      scheduled = false;
    }
  };
  return (job) => {
    jobs.push(job);
    if (!scheduled) {
      scheduled = true;
      setImmediate(runOne);
    }
  };
}

function finishHere(r: Result<FirstPart | null>, doc: Document, ctx: Context): Result<Extracted | null> {
  if (!r.value) return r as Result<null>;
  const f = finishExtract(doc, r.value, ctx);
  return { value: f.value, issues: [...r.issues, ...f.issues] };
}

/** One cleaned document, whatever marks were added to it since: where it came from, its id and its text. */
const docKey = (d: Document): string => `${d.source}\n${d.id}\n${d.contentHash}`;

/** An extraction made ahead, pointing at the document as the caller now holds it (with its duplicate marks). */
function withDoc(r: Result<Extracted | null>, doc: Document): Result<Extracted | null> {
  return r.value ? { ...r, value: { ...r.value, seg: { ...r.value.seg, doc } } } : r;
}
