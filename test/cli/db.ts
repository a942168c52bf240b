// Reads a database the CLI wrote, read-only, for tests that check what was stored.
import Database from 'better-sqlite3';

export function rows(path: string, sql: string): unknown[] {
  const d = new Database(path, { readonly: true });
  try {
    return d.prepare(sql).all();
  } finally {
    d.close();
  }
}
