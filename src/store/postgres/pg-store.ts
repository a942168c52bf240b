// The PostgreSQL store: a connection pool, the shared Kysely queries, and an advisory lock per story so writers on
// several machines cannot store one document twice or give two documents one id.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { KyselyStore, type KyselyStoreOptions } from '../kysely/kysely-store.ts';
import type { DB } from '../kysely/schema.ts';
import { StoreError } from '../store.ts';
import { migratePostgres } from './migrate.ts';

export interface PostgresOptions extends KyselyStoreOptions {
  /** Connections kept open at most. */
  poolSize?: number;
}

/** Namespace of the per-story advisory locks (the second key is the story's id). */
const STORY_LOCK = 7_406_118;
const INT8_OID = 20;
/** Large values (documents, the clustering log and the turns' diffs, written under the clustering lock) are compressed
 * with lz4: pglz, the default, took 7 ms of the server's time per 260 KB diff, lz4 1.7 ms, for about the same size. */
const SET_COMPRESSION = "SET default_toast_compression = 'lz4'";

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export class PostgresStore extends KyselyStore {
  readonly location: string;
  readonly pool: pg.Pool;
  private opened: Promise<void> | null = null;

  constructor(url: string, opts: PostgresOptions = {}) {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 4,
      // Counts come back as int8: small enough here to read as numbers rather than strings.
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID
            ? Number
            : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // A connection dropped by a restarting server must not crash the process: the query on it fails (and says so),
    // the pool drops the connection, and the next query opens a new one. This covers idle and checked-out clients.
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      client.on('error', () => {});
      // queued before any query on the connection; a server without lz4 (built without it, or before 14) keeps pglz
      client.query(SET_COMPRESSION).catch(() => {});
    });
    super(new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), opts);
    this.pool = pool;
    this.location = redactUrl(url);
  }

  protected override ready(): Promise<void> {
    this.opened ??= this.open();
    return this.opened;
  }

  private async open(): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      this.opened = null;
      throw new StoreError(`cannot reach PostgreSQL at ${this.location}: ${(e as Error).message}`);
    }
    try {
      await migratePostgres(client, this.location);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot migrate PostgreSQL at ${this.location}: ${(e as Error).message}`);
    } finally {
      client.release();
    }
  }

  protected async lockStory(trx: Kysely<DB>, storyKey: number): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(${STORY_LOCK}, ${storyKey})`.execute(trx);
  }

  /** The clustering lock (story key 0) taken shared by a statement of its own: it waits for the holder only, and
   * is let go as the statement's own transaction ends. */
  override async awaitClusterTurn(): Promise<void> {
    await this.ready();
    await sql`SELECT pg_advisory_xact_lock_shared(${STORY_LOCK}, 0)`.execute(this.kysely);
  }

  /** Every story's lock in one statement, in ascending key order (as any two batches take them: no deadlock). */
  protected override async lockStories(trx: Kysely<DB>, storyKeys: number[]): Promise<void> {
    const keys = [...new Set(storyKeys)].sort((a, b) => a - b);
    if (keys.length === 1) return this.lockStory(trx, keys[0]!);
    await sql`SELECT pg_advisory_xact_lock(${STORY_LOCK}, k) FROM unnest(${keys}::int4[]) WITH ORDINALITY AS t(k, i) ORDER BY i`.execute(
      trx,
    );
  }

  override async close(): Promise<void> {
    if (this.opened) await this.opened.catch(() => {});
    await this.kysely.destroy();
  }
}
