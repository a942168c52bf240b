import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { PostgresStore } from '../../src/store/postgres/pg-store.ts';
import { loadMigrations } from '../../src/store/sqlite/migrate.ts';
import { StoredDataError, StoreError } from '../../src/store/store.ts';
import { freshDatabase } from '../support/postgres.ts';
import { clusterContract } from './cluster-contract.ts';
import { storeContract } from './contract.ts';
import { makeDoc } from './fixtures.ts';
import { streamContract } from './stream-contract.ts';

async function openPostgres() {
  const db = await freshDatabase(inject('pgUrl'));
  const store = openStore(db.url);
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.drop();
    },
  };
}

storeContract('postgresql', openPostgres);
streamContract('postgresql', openPostgres);
clusterContract('postgresql', openPostgres);

describe('PostgresStore', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const sqlOn = async (text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows;
    } finally {
      await c.end();
    }
  };
  beforeEach(async () => {
    db = await freshDatabase(inject('pgUrl'));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('is chosen by a postgres:// URL and hides the password in messages', async () => {
    const store = openStore(db.url.replace('postgres@', 'postgres:secret@'));
    expect(store).toBeInstanceOf(PostgresStore);
    expect(store.location).not.toContain('secret');
    await store.close();
  });

  it('waits for the turn another process is taking, without taking the clustering lock', async () => {
    const a = new PostgresStore(db.url);
    const b = new PostgresStore(db.url);
    const order: string[] = [];
    let waited: Promise<void> = Promise.resolve();
    await a.withClusterLock(async () => {
      waited = b.awaitClusterTurn().then(() => {
        order.push('b saw the turn end');
      });
      // b's wait is queued behind a's hold (a query a makes meanwhile is answered: a is not blocked)
      await a.clusterApplied();
      await new Promise((r) => setTimeout(r, 100));
      order.push('a ends its turn');
    });
    await waited;
    expect(order).toEqual(['a ends its turn', 'b saw the turn end']);
    // and b's wait took no lock: a takes the lock again at once, as does b
    await a.withClusterLock(async () => {});
    await b.withClusterLock(async () => {});
    await a.close();
    await b.close();
  });

  it('compresses the large values it writes with lz4 when the server has it', async () => {
    const store = openStore(db.url);
    const story = await store.createStory('s');
    // compressible text past the size PostgreSQL compresses at (2 kB)
    const { raw, doc } = makeDoc('long', 'The ferry left the harbour at noon. '.repeat(400));
    await store.putDocument(story, raw, doc);
    await store.close();
    const [server] = await sqlOn(
      "SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'",
    );
    const [row] = await sqlOn('SELECT pg_column_compression(text) AS method FROM documents');
    expect(row.method).toBe(server?.lz4 ? 'lz4' : 'pglz');
  });

  it('applies every migration once, also when two processes open it at the same time', async () => {
    const a = new PostgresStore(db.url);
    const b = new PostgresStore(db.url);
    await Promise.all([a.createStory('one'), b.createStory('two')]);
    await a.close();
    await b.close();
    const rows = await sqlOn('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
  });

  it('refuses a database written by a newer corroborate, saying so', async () => {
    await new PostgresStore(db.url).createStory('s').then(() => {});
    await sqlOn("INSERT INTO schema_migrations VALUES (999, 'from_the_future', '2030-01-01')");
    const store = new PostgresStore(db.url);
    await expect(store.listStories()).rejects.toThrow(/schema version 999.*knows only up to \d+/);
    await store.close();
  });

  it('says which server it cannot reach', async () => {
    const store = new PostgresStore('postgres://nobody@127.0.0.1:1/nothing');
    const err = await store.listStories().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(
      /cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/nothing/,
    );
    await store.close();
  });

  it('names the document when its stored JSON is invalid', async () => {
    const store = new PostgresStore(db.url);
    const story = await store.createStory('harbour');
    const { raw, doc } = makeDoc('broken-one', 'Text about the harbour.');
    await store.putDocument(story, raw, doc);
    await sqlOn("UPDATE documents SET blocks = '{not json' WHERE id = 'broken-one'");
    const err = await store.getDocument(story, 'broken-one').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoredDataError);
    expect((err as Error).message).toMatch(/'broken-one' in story 'harbour' has an invalid blocks/);
    await store.close();
  });

  it('lets writers on separate connections store one content once and give clashing ids suffixes', async () => {
    const stores = [new PostgresStore(db.url), new PostgresStore(db.url), new PostgresStore(db.url)];
    const story = await stores[0]!.createStory('s');
    const same = makeDoc('wire', 'The same wire copy about the storm.');
    const outcomes = await Promise.all(stores.map((s) => s.putDocument(story, same.raw, same.doc)));
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'duplicate', 'stored']);
    const clashing = stores.map((s, i) => ({ s, d: makeDoc('report', `Different report number ${i}.`) }));
    const ids = await Promise.all(clashing.map(({ s, d }) => s.putDocument(story, d.raw, d.doc)));
    expect(ids.map((o) => o.id).sort()).toEqual(['report', 'report-2', 'report-3']);
    expect(await stores[1]!.listDocuments(story)).toHaveLength(4);
    for (const s of stores) await s.close();
  });
});
