// Errors that mean "the database cannot be reached just now" (a server restarting, a dropped connection, a locked
// file): a long-running command waits and tries again; anything else is a bug and stays an exception.
import { StoreError } from './store.ts';

/** Network codes and PostgreSQL SQLSTATEs for lost or refused connections, and SQLite's lock timeout. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  'SQLITE_BUSY',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (is )?closed|server closed the connection|cannot reach PostgreSQL/i;

export function isUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as NodeJS.ErrnoException).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (e instanceof StoreError && /cannot reach/.test(e.message)) return true;
  return UNAVAILABLE_MESSAGE.test(e.message);
}
