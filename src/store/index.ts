// Opening a store by location: today a SQLite file; a postgres:// URL can be routed here later.
import { type SqliteOptions, SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type { DocSummary, IngestLogEntry, PutOutcome, Store, StoredDocument, StoryRecord } from './store.ts';
export { resolveDbPath, StoredDataError, StoreError } from './store.ts';

export function openStore(location: string, opts: SqliteOptions = {}): Store {
  return new SqliteStore(location, opts);
}
