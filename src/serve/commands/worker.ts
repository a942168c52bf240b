// corroborate worker: takes fetch, extract and brief jobs from the PostgreSQL queue until SIGINT/SIGTERM. Run one
// on each machine (or several): they share the work, and a job whose worker died is taken up by another.
import { z } from 'zod';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.ts';
import { isPostgresUrl, resolveDbPath } from '../../store/index.ts';
import { parseCommand } from '../args.ts';
import { EXIT_OK, type Io, UsageError } from '../io.ts';
import { durationFlag } from '../stream/duration.ts';
import { notifyChanges } from '../stream/notify.ts';
import { DEFAULT_QUEUE, JobQueue, QUEUES } from '../stream/queue.ts';
import { storyPerFeed, Watcher } from '../stream/watch.ts';
import { JobRunner } from '../stream/worker.ts';
import { contextFor, openDb } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  db: { type: 'string' },
  concurrency: { type: 'string', short: 'c' },
  batch: { type: 'string' },
  notify: { type: 'string' },
  'job-timeout': { type: 'string' },
  'retry-delay': { type: 'string' },
  retries: { type: 'string' },
  delay: { type: 'string' },
  parked: { type: 'boolean' },
  queues: { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
} as const;

const JOB_KINDS = ['fetch', 'extract', 'brief'] as const;
/** Fetch jobs a worker takes at once: the clustering lock, catching up and commit are paid once per batch. */
const DEFAULT_FETCH_BATCH = 16;

const count = (flag: string, min: number) =>
  z.coerce
    .number({ error: `--${flag} must be a whole number` })
    .int(`--${flag} must be a whole number`)
    .min(min);

const Flags = z.object({
  db: z.string().min(1).optional(),
  concurrency: count('concurrency', 1).default(2),
  // fetch jobs taken at once: clustered under one hold of the clustering lock, in one transaction
  batch: count('batch', 1).max(1000, '--batch takes at most 1000').default(DEFAULT_FETCH_BATCH),
  notify: z.url({ error: '--notify needs an http(s) URL' }).optional(),
  'job-timeout': durationFlag('job-timeout').default(DEFAULT_QUEUE.jobTimeoutSeconds * 1000),
  'retry-delay': durationFlag('retry-delay').default(DEFAULT_QUEUE.retryDelaySeconds * 1000),
  retries: count('retries', 0).default(DEFAULT_QUEUE.retryLimit),
  delay: z.union([durationFlag('delay'), z.literal('0').transform(() => 0)]).default(1000),
  parked: z.boolean().default(false),
  // a machine may take only some kinds of job (e.g. fetch and cluster near the database, extract elsewhere)
  queues: z
    .string()
    .default(JOB_KINDS.join(','))
    .transform((v) => v.split(',').map((k) => k.trim()))
    .pipe(
      z
        .array(z.enum(JOB_KINDS, { error: '--queues takes fetch, extract and brief, separated by commas' }))
        .min(1),
    ),
  'allow-private-hosts': z.boolean().default(false),
});

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('worker', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('worker'));
    return EXIT_OK;
  }
  if (positionals.length)
    throw new UsageError(`worker takes no arguments (got '${positionals[0]}')`, 'worker');
  const url = resolveDbPath(flags.db, io.env);
  if (!isPostgresUrl(url))
    throw new UsageError(
      'worker needs a PostgreSQL database: --db postgres://… (or CORROBORATE_DB)',
      'worker',
    );
  const store = openDb(io, url, true);
  await store.listStories(); // connects and migrates before the queue starts, so a bad URL fails here, clearly
  const queue = await JobQueue.open(
    url,
    {
      jobTimeoutSeconds: Math.max(1, Math.round(flags['job-timeout'] / 1000)),
      retryDelaySeconds: Math.max(1, Math.round(flags['retry-delay'] / 1000)),
      retryLimit: flags.retries,
    },
    (e) => io.stderr(`queue: ${e.message}\n`),
    !flags.parked,
  );
  if (flags.parked) {
    // Ours (recorded by the worker on the last try) and the queue's own (e.g. a job whose workers kept dying).
    const ours = await store.listParked();
    const known = new Set(ours.map((p) => p.id));
    const theirs = (await queue.parked()).filter((p) => !known.has(p.id));
    for (const p of [...ours, ...theirs].sort((a, b) => a.at.localeCompare(b.at)))
      io.stdout(`${p.at}\t${p.queue}\t${p.id}\t${p.reason}\t${JSON.stringify(p.data)}\n`);
    await queue.stop(false);
    await store.close();
    return EXIT_OK;
  }
  const allowPrivate = flags['allow-private-hosts'];
  const ctx = () => contextFor(now, allowPrivate);
  const watcher = new Watcher(store, {
    feeds: [],
    ctx,
    assignStory: storyPerFeed(),
    perHost: { concurrency: 2, delayMs: flags.delay },
    maxFollow: Number.POSITIVE_INFINITY,
    maxBytes: DEFAULT_MAX_BYTES,
    log: (line) => io.stderr(`${line}\n`),
    ...(flags.notify
      ? {
          onChanges: async (changes) => {
            const sent = await notifyChanges(flags.notify!, changes, { allowPrivateHosts: allowPrivate });
            for (const f of sent.failed) io.stderr(`notify: change ${f.seq} not delivered: ${f.reason}\n`);
          },
        }
      : {}),
  });
  const runner = new JobRunner(store, queue, watcher, ctx);
  const one =
    (h: (data: unknown) => Promise<string>) =>
    async (batch: unknown[]): Promise<(string | Error)[]> => {
      try {
        return [await h(batch[0])];
      } catch (e) {
        return [e as Error];
      }
    };
  const all: [
    (typeof JOB_KINDS)[number],
    string,
    (batch: unknown[]) => Promise<(string | Error)[]>,
    number,
  ][] = [
    ['fetch', QUEUES.fetch, (b) => runner.fetchMany(b), flags.batch],
    ['extract', QUEUES.extract, one((d) => runner.extract(d)), 1],
    ['brief', QUEUES.brief, one((d) => runner.brief(d)), 1],
  ];
  const handlers = all.filter(([kind]) => flags.queues.includes(kind));
  for (const [, name, handle, batchSize] of handlers) {
    for (let i = 0; i < flags.concurrency; i++) {
      const opts = { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true } as const;
      let workerId = '';
      workerId = await queue.boss.work(name, opts, async (jobs) => {
        if (!jobs.length) return;
        // a batch that fails as a whole (the database went away) fails each of its jobs, parked on the last try
        const results = await handle(jobs.map((j) => j.data)).catch((e: Error) => jobs.map(() => e));
        const failed: Error[] = [];
        for (const [k, job] of jobs.entries()) {
          const r = results[k] ?? new Error('no result');
          if (!(r instanceof Error)) {
            io.stderr(`job ${name} ${job.id}: ${r}\n`);
            continue;
          }
          const last = job.retryCount >= job.retryLimit;
          io.stderr(
            `job ${name} ${job.id} failed (${last ? 'parked' : 'will retry, then park'}): ${r.message}\n`,
          );
          if (last)
            await store.parkJob({
              id: job.id,
              queue: name,
              data: job.data,
              reason: r.message,
              tries: job.retryCount + 1,
            });
          // the others of the batch complete; this one is retried with backoff
          if (jobs.length > 1) await queue.boss.fail(name, job.id, { message: r.message });
          else failed.push(r);
        }
        if (failed.length) throw failed[0];
        // the next job is fetched at once, not after the polling interval: a busy queue drains at working speed
        queue.boss.notifyWorker(workerId);
      });
    }
  }
  io.stderr(`worker ready on ${store.location} (${flags.concurrency} per queue)\n`);
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => {
      io.stderr(`${sig}: finishing the jobs in hand…\n`);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve();
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
  await queue.stop(true);
  await store.close();
  io.stderr('worker stopped\n');
  return EXIT_OK;
}
