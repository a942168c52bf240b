// What the commands share: their context, the database, and how rejections are reported.
import { resolve } from 'node:path';
import { type Context, makeContext } from '../../context.ts';
import { openStore, resolveDbPath, type Store } from '../../store/index.ts';
import type { Rejection } from '../inputs.ts';
import type { Io } from '../io.ts';

export function contextFor(now: Date | undefined, allowPrivateHosts = false): Context {
  return makeContext({ ...(now ? { now } : {}), allowPrivateHosts });
}

export function openDb(io: Io, dbFlag: string | undefined, create: boolean): Store {
  return openStore(resolve(io.cwd, resolveDbPath(dbFlag, io.env)), { create });
}

export function reportRejections(io: Io, rejected: Rejection[]): void {
  for (const r of rejected) io.stderr(`rejected ${r.input}: ${r.reason}\n`);
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
