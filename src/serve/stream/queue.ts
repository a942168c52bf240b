// The work queue on PostgreSQL (pg-boss): fetch, extract and brief jobs that any number of workers on any number of
// machines take. Jobs are idempotent (each checks the store before it writes), retried with backoff, and a job that
// keeps failing is parked in a dead-letter queue with its reason. Brief jobs are "stately" per story: at most one
// waiting and one running per story, so two workers never brief one story at once.
import PgBoss from 'pg-boss';
import { z } from 'zod';
import { DocMetaSchema, RawDocumentSchema } from '../../model/document.ts';
import type { FeedItem } from './feed-items.ts';

export const QUEUES = {
  fetch: 'corroborate-fetch',
  extract: 'corroborate-extract',
  brief: 'corroborate-brief',
  parked: 'corroborate-parked',
} as const;

/** pg-boss keeps its tables in a schema of its own, beside the store's. */
const BOSS_SCHEMA = 'corroborate_jobs';
/** Serialises the creation of FETCH_ORDER_INDEX between workers starting at once. */
const INDEX_LOCK = 7_406_119;

/**
 * pg-boss 10 takes jobs in (priority desc, created_on, id) order, but indexes waiting jobs by (name, start_after):
 * each fetch sorted every waiting job of its queue (93 ms a fetch with 100,000 waiting). An index in that order
 * lets a fetch read only the jobs it takes (0.1 ms); it is an index, so what a fetch returns is unchanged.
 */
export const FETCH_ORDER_INDEX = `CREATE INDEX IF NOT EXISTS corroborate_fetch_order ON ${BOSS_SCHEMA}.job
  (name, priority DESC, created_on, id) WHERE state < 'active'`;

export const FetchJobSchema = z.object({
  feed: z.string(),
  /** The story every document goes to (--story, or the feed's with --story-per-feed); null: the clustering's. */
  story: z.string().nullable(),
  item: z.union([
    z.object({ key: z.string(), raw: RawDocumentSchema }),
    z.object({ key: z.string(), link: z.object({ url: z.string(), meta: DocMetaSchema }) }),
  ]),
});
export type FetchJob = z.infer<typeof FetchJobSchema>;
export const ExtractJobSchema = z.object({ story: z.string(), doc: z.string() });
export const BriefJobSchema = z.object({ story: z.string() });

export interface QueueSettings {
  /** A job running longer than this is taken to have died with its worker, and is retried. */
  jobTimeoutSeconds: number;
  /** Tries after the first, with exponential backoff from retryDelaySeconds. */
  retryLimit: number;
  retryDelaySeconds: number;
}

export const DEFAULT_QUEUE: QueueSettings = {
  jobTimeoutSeconds: 15 * 60,
  retryLimit: 5,
  retryDelaySeconds: 5,
};

export class JobQueue {
  private constructor(readonly boss: PgBoss) {}

  /** Connects, creating the queues when missing. A worker passes `configure`: its timeout and retries then apply to
   * the jobs sent from now on (a job keeps the settings it was sent with). */
  static async open(
    url: string,
    s: QueueSettings,
    onError: (e: Error) => void,
    configure = false,
  ): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: url,
      schema: BOSS_SCHEMA,
      max: 4,
      // Expired jobs (their worker died) are found by this sweep: often enough to matter next to the timeout.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(s.jobTimeoutSeconds / 3))),
      schedule: false,
    });
    boss.on('error', onError);
    await boss.start();
    const common = {
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: s.jobTimeoutSeconds,
      deadLetter: QUEUES.parked,
    };
    // one transaction (one simple query), so that the lock is held until the index is there
    await boss
      .getDb()
      .executeSql(`BEGIN; SELECT pg_advisory_xact_lock(${INDEX_LOCK}); ${FETCH_ORDER_INDEX}; COMMIT;`, []);
    await boss.createQueue(QUEUES.parked, { name: QUEUES.parked });
    for (const name of [QUEUES.fetch, QUEUES.extract, QUEUES.brief]) {
      await boss.createQueue(name, { name, policy: 'stately', ...common });
      if (configure) await boss.updateQueue(name, { name, policy: 'stately', ...common });
    }
    return new JobQueue(boss);
  }

  /** One job per feed item: sending it again while it waits is a no-op. */
  sendFetch(feed: string, story: string | null, item: FeedItem): Promise<string | null> {
    const job: FetchJob = { feed, story, item };
    return this.boss.send(QUEUES.fetch, job, { singletonKey: `${feed}\n${item.key}` });
  }

  sendExtract(story: string, doc: string): Promise<string | null> {
    return this.boss.send(QUEUES.extract, { story, doc }, { singletonKey: `${story}\n${doc}` });
  }

  sendBrief(story: string): Promise<string | null> {
    return this.boss.send(QUEUES.brief, { story }, { singletonKey: story });
  }

  /** Extract and brief jobs sent in one statement (a batch of fetch jobs), each as sendExtract or sendBrief would. */
  async sendFollowUps(extracts: { story: string; doc: string }[], briefs: string[]): Promise<void> {
    const jobs = [
      ...extracts.map((e) => ({ name: QUEUES.extract, data: e, singletonKey: `${e.story}\n${e.doc}` })),
      ...[...new Set(briefs)].map((story) => ({ name: QUEUES.brief, data: { story }, singletonKey: story })),
    ];
    if (jobs.length) await this.boss.insert(jobs);
  }

  /** Jobs that failed every try, with the error each last ended with. */
  async parked(): Promise<{ queue: string; id: string; data: unknown; reason: string; at: string }[]> {
    const rows = await this.boss
      .getDb()
      .executeSql(
        `SELECT name, id, data, output, completed_on FROM ${BOSS_SCHEMA}.job WHERE state = 'failed' ORDER BY completed_on`,
        [],
      );
    return rows.rows.map(
      (r: { name: string; id: string; data: unknown; output: unknown; completed_on: Date }) => ({
        queue: r.name,
        id: r.id,
        data: r.data,
        reason: reasonOf(r.output),
        at: new Date(r.completed_on).toISOString(),
      }),
    );
  }

  stop(graceful: boolean): Promise<void> {
    return this.boss.stop({ graceful, wait: true, timeout: 30_000 });
  }
}

function reasonOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output)
    return String((output as { message: unknown }).message);
  return JSON.stringify(output ?? null);
}
