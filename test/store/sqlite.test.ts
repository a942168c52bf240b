import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { loadMigrations, migrate } from '../../src/store/sqlite/migrate.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { StoredDataError, StoreError } from '../../src/store/store.ts';
import { clusterContract } from './cluster-contract.ts';
import { storeContract } from './contract.ts';
import { makeDoc, tempDir } from './fixtures.ts';
import { streamContract } from './stream-contract.ts';

async function openSqlite() {
  const tmp = tempDir();
  const store = openStore(join(tmp.dir, 'c.db'), { create: true });
  return {
    store,
    dispose: async () => {
      await store.close();
      tmp.cleanup();
    },
  };
}

storeContract('sqlite file', openSqlite);
streamContract('sqlite file', openSqlite);
clusterContract('sqlite file', openSqlite);

describe('SqliteStore', () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    tmp = tempDir();
    path = join(tmp.dir, 'c.db');
  });
  afterEach(() => tmp.cleanup());

  it('applies every migration in order once, and records each', async () => {
    const store = new SqliteStore(path, { create: true });
    await store.close();
    const db = new Database(path);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
    expect(migrate(db, path)).toEqual([]);
    db.close();
    await new SqliteStore(path).close();
  });

  it('uses WAL, foreign keys and a busy timeout', async () => {
    const store = new SqliteStore(path, { create: true, busyTimeoutMs: 1234 });
    await store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const raw = new SqliteStore(path, { busyTimeoutMs: 1234 }) as unknown as { db: Database.Database };
    expect(raw.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    // a stream of many articles keeps its hot pages in memory and checkpoints the log less often
    expect(raw.db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(raw.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10000);
    raw.db.close();
  });

  it('refuses a database written by a newer corroborate, saying so', async () => {
    await new SqliteStore(path, { create: true }).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      999,
      'from_the_future',
      '2030-01-01T00:00:00Z',
    );
    db.close();
    expect(() => new SqliteStore(path)).toThrow(StoreError);
    expect(() => new SqliteStore(path)).toThrow(/schema version 999.*knows only up to \d+/);
  });

  it('rolls back a migration that fails, leaving no version recorded', () => {
    const db = new Database(path);
    const bad = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (y INTEGER); CREATE TABLE oops (' },
    ];
    expect(() => migrate(db, path, bad)).toThrow();
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    expect(versions).toEqual([{ version: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('will not create a database for a reader', () => {
    expect(() => new SqliteStore(join(tmp.dir, 'missing.db'))).toThrow(/no database at .*missing\.db/);
  });

  it('keeps what it stored across reopening', async () => {
    const a = new SqliteStore(path, { create: true });
    const story = await a.createStory('s');
    const { raw, doc } = makeDoc('a1', 'The lighthouse keeper counted 12 ships.');
    await a.putDocument(story, raw, doc);
    await a.close();
    const b = new SqliteStore(path);
    const s = await b.getStory('s');
    expect((await b.getDocument(s!, 'a1'))?.doc).toEqual(doc);
    await b.close();
  });

  it.each([
    ['blocks', '[{"kind":"paragraph","start":-4,"end":2}]'],
    ['flags', '{not json'],
    ['authors', '[1,2]'],
  ])('names the document when its stored %s are invalid', async (column, value) => {
    const store = new SqliteStore(path, { create: true });
    const story = await store.createStory('harbour');
    const { raw, doc } = makeDoc('broken-one', 'Text about the harbour.');
    await store.putDocument(story, raw, doc);
    const db = new Database(path);
    db.prepare(`UPDATE documents SET ${column} = ? WHERE id = ?`).run(value, 'broken-one');
    db.close();
    const err = await store.getDocument(story, 'broken-one').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoredDataError);
    expect((err as Error).message).toMatch(
      new RegExp(`'broken-one' in story 'harbour' has an invalid ${column}`),
    );
    await expect(store.documentsOf(story)).rejects.toThrow(/broken-one/);
    await store.close();
  });

  it('runs concurrent transactions one after another on its one connection', async () => {
    const store = new SqliteStore(path, { create: true });
    const story = await store.createStory('s');
    const order: string[] = [];
    const tx = (name: string, fail: boolean) =>
      store.transaction(async () => {
        order.push(`${name}:begin`);
        const { raw, doc } = makeDoc(name, `Text ${name}.`);
        await store.putDocument(story, raw, doc);
        await new Promise((r) => setTimeout(r, 10));
        order.push(`${name}:end`);
        if (fail) throw new Error(`${name} failed`);
      });
    const results = await Promise.allSettled([tx('a', false), tx('b', true), tx('c', false)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(order).toEqual(['a:begin', 'a:end', 'b:begin', 'b:end', 'c:begin', 'c:end']);
    expect((await store.listDocuments(story)).map((d) => d.id)).toEqual(['a', 'c']);
    await store.close();
  });
});
