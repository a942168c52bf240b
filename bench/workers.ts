// npm run bench:workers: articles through the PostgreSQL queue (fetch → extract → brief jobs) with 1 and with 2
// worker processes, from queued to every job done: articles/s and the rate projected to a day. The articles are real
// ones from ../shared given inline (as a full-text feed would), so the figure is the workers' cost, not the network's.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { makeContext } from '../src/context.ts';
import { ingestInput } from '../src/pipeline.ts';
import { DEFAULT_QUEUE, JobQueue } from '../src/serve/stream/queue.ts';
import { openStore } from '../src/store/index.ts';
import { freshDatabase, startPostgres } from '../test/support/postgres.ts';
import { corpusOf } from './corpus.ts';

const { values: flags } = parseArgs({
  options: { articles: { type: 'string', default: '200' }, workers: { type: 'string', default: '1,2' } },
});
const N = Number(flags.articles);
const STORY = 20;
const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const repo = resolve(import.meta.dirname, '..');

async function pending(url: string): Promise<{ jobs: number; docs: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const jobs = await c.query(
      "SELECT count(*)::int AS n FROM corroborate_jobs.job WHERE state IN ('created', 'retry', 'active') AND name <> 'corroborate-parked'",
    );
    const docs = await c.query('SELECT count(*)::int AS n FROM findings');
    return { jobs: jobs.rows[0].n, docs: docs.rows[0].n };
  } finally {
    await c.end();
  }
}

async function runWith(serverUrl: string, workers: number): Promise<number> {
  const db = await freshDatabase(serverUrl);
  const store = openStore(db.url);
  await store.listStories(); // migrated before the workers start and before progress is read
  await store.close();
  const queue = await JobQueue.open(db.url, DEFAULT_QUEUE, (e) => console.error(`queue: ${e.message}`));
  const children: ChildProcess[] = [];
  for (let i = 0; i < workers; i++) {
    children.push(
      spawn(
        process.execPath,
        [resolve(repo, 'bin/corroborate.js'), 'worker', '--db', db.url, '--concurrency', '1'],
        {
          stdio: ['ignore', 'ignore', process.env.BENCH_WORKER_LOG ? 'inherit' : 'ignore'],
        },
      ),
    );
  }
  await new Promise((r) => setTimeout(r, 4000)); // the workers start (tsx, models) before the clock does
  const arts = corpusOf(Number.POSITIVE_INFINITY, undefined, N);
  const t0 = process.hrtime.bigint();
  for (const [i, a] of arts.entries()) {
    const raw = ingestInput(
      { name: `${i}-${a.name}`, bytes: new TextEncoder().encode(`${a.text}\n\nBench copy ${i}.`) },
      ctx,
    ).value.docs[0]!;
    await queue.sendFetch('bench://feed', `story-${Math.floor(i / STORY)}`, { key: `item-${i}`, raw });
  }
  for (let polls = 0; ; polls++) {
    const p = await pending(db.url);
    if (p.jobs === 0 && p.docs >= arts.length) break;
    if (polls % 40 === 39) console.error(`  … ${p.docs} of ${arts.length} extracted, ${p.jobs} jobs to go`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => c.on('exit', r))));
  await queue.stop(true);
  await db.drop();
  return arts.length / seconds;
}

const server = await startPostgres();
try {
  for (const w of (flags.workers ?? '1,2').split(',').map(Number)) {
    const rate = await runWith(server.url, w);
    console.log(
      `postgresql, ${w} worker${w === 1 ? '' : 's'}: ${rate.toFixed(1)} articles/s through fetch → extract → brief ` +
        `(${Math.round(rate * 86_400).toLocaleString('en')} a day; stories of ${STORY})`,
    );
  }
} finally {
  server.stop();
}
