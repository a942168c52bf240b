// What the commands share: their context, the database, and how rejections are reported.
import { resolve } from 'node:path';
import { z } from 'zod';
import { oneLine } from '../../brief/render/terminal.ts';
import { type Context, makeContext } from '../../context.ts';
import { openStore, resolveDbPath, type Store } from '../../store/index.ts';
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
export const inputOptions = { 'follow-symlinks': { type: 'boolean' } } as const;
export const InputFlags = z.object({ 'follow-symlinks': z.boolean().default(false) });

export function openDb(io: Io, dbFlag: string | undefined, create: boolean): Store {
  return openStore(resolve(io.cwd, resolveDbPath(dbFlag, io.env)), { create });
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
): Promise<Awaited<ReturnType<typeof cleanBatch>>> {
  const progress = progressBar({ write: io.stderr, isTTY: io.isTTY, total: specs.length });
  const batch = await cleanBatch(specs, ctx, io, (c) => progress.tick(c.source));
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
