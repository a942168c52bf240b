// What the commands share: their context, the database, and how rejections are reported.
import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultJobs } from '../../batch/pool.ts';
import { DEFAULT_MIN_BACKLOG, type DocRunner, MIN_BACKLOG, openRunner } from '../../batch/runner.ts';
import { oneLine } from '../../brief/render/terminal.ts';
import { type Context, makeContext } from '../../context.ts';
import { isPostgresUrl, openStore, resolveDbPath, type Store } from '../../store/index.ts';
import { formatFlag } from '../args.ts';
import { cleanBatch, type Rejection } from '../inputs.ts';
import type { Io } from '../io.ts';
import { progressBar } from '../progress.ts';

export function contextFor(
  now: Date | undefined,
  allowPrivateHosts = false,
  followSymlinks = false,
): Context {
  return makeContext({ ...(now ? { now } : {}), allowPrivateHosts, followSymlinks });
}

/** Options of the commands that read inputs from disk, beside each command's own. */
export const inputOptions = {
  'follow-symlinks': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
} as const;
export const InputFlags = z.object({
  'follow-symlinks': z.boolean().default(false),
  jobs: z.coerce
    .number({ error: (i) => `--jobs must be a whole number of threads (got '${String(i.input)}')` })
    .int('--jobs must be a whole number of threads')
    .min(1, '--jobs must be at least 1')
    .max(64, '--jobs must be at most 64')
    .optional(),
});

/** Threads for per-document work: --jobs, else $CORROBORATE_JOBS, else the number of cores. Workers start only
 * once a batch has enough documents waiting (fewer when threads were asked for), or for one too large for this
 * thread, so that more threads are not slower than one. `extractAhead`: see RunnerOptions. */
export function runnerFor(ctx: Context, jobs: number | undefined, io: Io, extractAhead = 0): DocRunner {
  const fromEnv = Number(io.env.CORROBORATE_JOBS);
  const asked = jobs ?? (Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : undefined);
  if (asked) return openRunner(ctx, asked, { extractAhead, minBacklog: MIN_BACKLOG });
  return openRunner(ctx, defaultJobs(), { extractAhead, minBacklog: DEFAULT_MIN_BACKLOG });
}

export function openDb(io: Io, dbFlag: string | undefined, create: boolean): Store {
  const location = resolveDbPath(dbFlag, io.env);
  return openStore(isPostgresUrl(location) ? location : resolve(io.cwd, location), { create });
}

export function reportRejections(io: Io, rejected: Rejection[]): void {
  // names and reasons come from inputs: one line each, whatever a file name holds
  for (const r of rejected) io.stderr(`rejected ${oneLine(r.input)}: ${oneLine(r.reason)}\n`);
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** The command line's inputs, cleaned, with a progress bar on a terminal: what clean, extract and brief start from. */
export async function cleanInputs(
  specs: string[],
  ctx: Context,
  io: Io,
  runner?: DocRunner,
): Promise<Awaited<ReturnType<typeof cleanBatch>>> {
  const progress = progressBar({ write: io.stderr, isTTY: io.isTTY, total: specs.length });
  const batch = await cleanBatch(specs, ctx, io, (c) => progress.tick(c.source), runner);
  progress.done();
  return batch;
}

/** Options of the commands that read a stored story and print text or JSON (docs, show). */
export const storedReadOptions = {
  story: { type: 'string', short: 's' },
  db: { type: 'string' },
  format: { type: 'string', short: 'f' },
} as const;

export const StoredReadFlags = z.object({
  story: z.string().min(1).optional(),
  db: z.string().min(1).optional(),
  format: formatFlag(['text', 'json'], 'text'),
});
