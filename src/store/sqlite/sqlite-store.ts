// The SQLite store: one file, WAL so readers never wait for the writer, foreign keys on, a busy timeout so two
// processes on one file queue instead of failing. Queries are the shared Kysely ones (kysely/kysely-store.ts).
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { KyselyStore } from '../kysely/kysely-store.ts';
import type { DB } from '../kysely/schema.ts';
import { StoreError } from '../store.ts';
import { BetterSqliteDialect } from './dialect.ts';
import { migrate } from './migrate.ts';

export interface SqliteOptions {
  /** Create the file when missing (ingest does; read-only commands should not leave empty databases behind). */
  create?: boolean;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs?: number;
  /** Wall clock for stored_at and the log (tests fix it). */
  clock?: () => Date;
}

function openFile(path: string, opts: SqliteOptions): Database.Database {
  if (!opts.create && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError(
      `no database at ${path} (corroborate ingest creates one; --db or CORROBORATE_DB choose another)`,
    );
  }
  if (path !== ':memory:') {
    // A folder, or a path in a missing folder, gets one line saying so, not better-sqlite3's message.
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new StoreError(`${path} is a folder; --db needs a database file name`);
    const dir = dirname(path);
    if (!st && !statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new StoreError(`cannot create database ${path}: the folder ${dir} does not exist`);
  }
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: opts.busyTimeoutMs ?? 5000 });
  } catch (e) {
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL in WAL mode: a crash loses at most the last commits, never consistency.
    db.pragma('synchronous = NORMAL');
    // 64 MiB of page cache and a checkpoint every 10,000 pages: measured on 100,000 streamed articles
    // (bench/stream-store.ts), 581 -> 502 s, the last thousand 6.94 -> 5.61 ms, peak memory unchanged.
    db.pragma('cache_size = -65536');
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db, path);
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
  }
  return db;
}

export class SqliteStore extends KyselyStore {
  readonly location: string;
  /** The connection under the query layer (pragmas, maintenance). */
  readonly db: Database.Database;

  constructor(path: string, opts: SqliteOptions = {}) {
    const db = openFile(path, opts);
    super(new Kysely<DB>({ dialect: new BetterSqliteDialect(db) }), opts);
    this.db = db;
    this.location = path;
  }

  /** SQLite has one writer at a time: BEGIN IMMEDIATE already serialises every story. */
  protected async lockStory(): Promise<void> {}
}

export function openSqliteStore(path: string, opts: SqliteOptions = {}): SqliteStore {
  return new SqliteStore(path, opts);
}
