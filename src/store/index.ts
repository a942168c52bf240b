// Opening a store by location: a postgres:// URL opens PostgreSQL, anything else is a SQLite file.
import { PostgresStore } from './postgres/pg-store.ts';
import { type SqliteOptions, SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export { isPostgresUrl } from './postgres/pg-store.ts';
export type { DocSummary, IngestLogEntry, PutOutcome, Store, StoredDocument, StoryRecord } from './store.ts';
export { resolveDbPath, StoredDataError, StoreError } from './store.ts';

export function openStore(location: string, opts: SqliteOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) return new PostgresStore(location, { clock: opts.clock });
  return new SqliteStore(location, opts);
}
