// Schema migrations: numbered .sql files applied in order, each in its own transaction with its record, so a
// crash leaves the database at a whole version.
import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { StoreError } from '../store.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
export const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);

/** The migrations shipped with the code, in version order. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = MIGRATION_FILE.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2]!, sql: readFileSync(new URL(file, dir), 'utf8') });
  }
  out.forEach((mig, i) => {
    if (mig.version !== i + 1) throw new Error(`migration ${mig.version}_${mig.name} is out of sequence`);
  });
  return out;
}

function appliedVersions(db: Database.Database): Set<number> {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
  return new Set(rows.map((r) => r.version));
}

/** Applies the missing migrations; refuses a database that a newer corroborate has migrated further. */
export function migrate(db: Database.Database, location: string, migrations = loadMigrations()): number[] {
  const applied = appliedVersions(db);
  const known = migrations.length;
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new StoreError(
      `database ${location} has schema version ${newest}, but this corroborate knows only up to ${known}: ` +
        'use a newer corroborate, or another --db',
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const mig of migrations) {
    if (applied.has(mig.version)) continue;
    const apply = db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      const again = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(mig.version);
      if (again) return;
      db.exec(mig.sql);
      record.run(mig.version, mig.name, new Date().toISOString());
      done.push(mig.version);
    });
    apply.immediate();
  }
  return done;
}
