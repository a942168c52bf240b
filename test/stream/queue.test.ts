// The work queue on PostgreSQL: a fetch takes the waiting jobs it returns through an index in pg-boss's fetch order,
// never by sorting every waiting job of the queue; and jobs still come out in pg-boss's order, each once.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_QUEUE, JobQueue, QUEUES } from '../../src/serve/stream/queue.ts';
import { freshDatabase } from '../support/postgres.ts';

/** pg-boss 10's fetch of waiting jobs (plans.js fetchNextJob): its filter and order. */
const FETCH = `SELECT id FROM corroborate_jobs.job WHERE name = $1 AND state < 'active' AND start_after < now()
  ORDER BY priority desc, created_on, id LIMIT 16 FOR UPDATE SKIP LOCKED`;
const WAITING = 2_000;

describe('the job queue', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let queue: JobQueue;
  let c: pg.Client;
  beforeEach(async () => {
    db = await freshDatabase(inject('pgUrl'));
    queue = await JobQueue.open(db.url, DEFAULT_QUEUE, (e) => {
      throw e;
    });
    c = new pg.Client({ connectionString: db.url });
    await c.connect();
  });
  afterEach(async () => {
    await c.end();
    await queue.stop(false);
    await db.drop();
  });

  it('takes waiting jobs in fetch order from an index, without sorting the whole queue', async () => {
    const jobs = Array.from({ length: WAITING }, (_, n) => ({
      name: QUEUES.fetch,
      data: { n },
      singletonKey: `k${n}`,
    }));
    await queue.boss.insert(jobs);
    await c.query('ANALYZE corroborate_jobs.job');
    // a plan that must sort the waiting jobs shows a Sort node even when sorting is discouraged
    await c.query('SET enable_sort = off');
    const plan = (await c.query(`EXPLAIN (FORMAT JSON) ${FETCH}`, [QUEUES.fetch])).rows[0]['QUERY PLAN'];
    const text = JSON.stringify(plan);
    expect(text).not.toContain('"Node Type":"Sort"');
    // the index pg-boss's partition of the queue got from ours (named after its columns)
    expect(text).toContain('name_priority_created_on_id_idx');
    await c.query('RESET enable_sort');
    // jobs still come out in pg-boss's order, each once; a second open (another worker) finds the index there
    const order = await c.query(
      `SELECT (data->>'n')::int AS n FROM corroborate_jobs.job WHERE name = $1 ORDER BY priority desc, created_on, id LIMIT 48`,
      [QUEUES.fetch],
    );
    const again = await JobQueue.open(db.url, DEFAULT_QUEUE, (e) => {
      throw e;
    });
    const taken: number[][] = [];
    for (let i = 0; i < 3; i++)
      taken.push(
        (await again.boss.fetch<{ n: number }>(QUEUES.fetch, { batchSize: 16 })).map((j) => j.data.n),
      );
    await again.stop(false);
    // a batch comes back in no particular order (pg-boss returns the rows it updated): compared as sets
    const sorted = (ns: number[]) => [...ns].sort((a, b) => a - b);
    const want = order.rows.map((r) => r.n as number);
    expect(taken.map(sorted)).toEqual([0, 16, 32].map((k) => sorted(want.slice(k, k + 16))));
  });
});
