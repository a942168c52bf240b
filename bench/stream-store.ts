// npm run bench:stream:store [-- --articles 100000 --modes sqlite,pg1,pg2 --batch 16]: the synthetic stream of bench:stream
// through the stored path: ingest → clean → online clustering (its state kept in the store) → document stored in
// the story it joined. sqlite: in this process, through watch's own takeItem. pg1, pg2: every article queued as a
// fetch job on PostgreSQL (a server the bench starts, as the tests do) and taken by 1 or 2 worker processes with
// --queues fetch (extraction and briefing are measured by bench and bench:workers). Reports articles/s, the wall
// time per article over the WINDOW articles before 1k, 10k and 100k stored (flat when the stored state and the
// database keep each article's cost bounded; the bench's own making of articles is left out), peak memory, and the
// rate projected to a day against 500,000.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { makeContext } from '../src/context.ts';
import type { RawDocument } from '../src/model/document.ts';
import { StreamClusterer } from '../src/serve/stream/clustering.ts';
import { DEFAULT_QUEUE, JobQueue, QUEUES } from '../src/serve/stream/queue.ts';
import { Watcher } from '../src/serve/stream/watch.ts';
import { openStore } from '../src/store/index.ts';
import { unpolledFeed } from '../src/store/stream.ts';
import { tempDir } from '../test/store/fixtures.ts';
import { freshDatabase, startPostgres } from '../test/support/postgres.ts';
import { baseStories, DAY0, dayOf } from './stream-articles.ts';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    modes: { type: 'string', default: 'sqlite,pg1,pg2' },
    // fetch jobs each worker clusters per hold of the lock (worker --batch; its default when not given)
    batch: { type: 'string' },
  },
});
const TOTAL = Number(flags.articles);
const WINDOW = 1_000;
const CHECKPOINTS = [...new Set([1_000, 10_000, 100_000, TOTAL])]
  .filter((n) => n <= TOTAL)
  .sort((a, b) => a - b);
const TARGET_PER_DAY = 500_000;
const FEED = 'bench://stream';
const repo = resolve(import.meta.dirname, '..');

/** Wall and CPU ms spent making the stream's articles (a day's retelling at each new day): the bench's own work,
 * taken out of the in-process timings so that a window holding a day's start is not charged for it. */
const making = { wall: 0, cpu: 0 };

/** The stream's articles in arrival order, each with the day it arrives. */
function* stream(): Generator<{ raw: RawDocument; day: number }> {
  const base = baseStories();
  let n = 0;
  for (let day = 0; ; day++) {
    const w = process.hrtime.bigint();
    const c = process.cpuUsage();
    const today = dayOf(base, day);
    const used = process.cpuUsage(c);
    making.wall += Number(process.hrtime.bigint() - w) / 1e6;
    making.cpu += (used.user + used.system) / 1e3;
    for (const raw of today) {
      if (n++ >= TOTAL) return;
      yield { raw, day };
    }
  }
}

interface Result {
  mode: string;
  /** Articles taken: stored, or found duplicates of stored ones. */
  articles: number;
  seconds: number;
  /** Wall ms per article over the window ending at each checkpoint; cpu: this process's CPU ms (in process only:
   * unlike wall time, other load on the machine barely moves it). */
  costs: { at: number; ms: number; cpu?: number }[];
  peakMb: number;
  stories: number;
  /** CPU seconds of the worker processes and of the database server over the whole run (workers' start-up too). */
  cpu?: { workers: number; server: number };
}

function report(r: Result): void {
  const rate = r.articles / r.seconds;
  const costs = r.costs.map((c) => c.ms);
  const flat = Math.max(...costs) / Math.min(...costs);
  console.log(
    `${r.mode}: ${r.articles} articles in ${r.seconds.toFixed(0)} s, ${rate.toFixed(0)} articles/s; ${r.stories} stories hold them`,
  );
  for (const c of r.costs)
    console.log(
      `  at ${String(c.at).padStart(7)} stored: ${c.ms.toFixed(2)} ms per article (last ${WINDOW})` +
        (c.cpu === undefined ? '' : `, ${c.cpu.toFixed(2)} CPU ms`),
    );
  if (costs.length > 1) console.log(`  largest / smallest: ${flat.toFixed(2)}x (flat means within 1.5x)`);
  const cpus = r.costs.flatMap((c) => (c.cpu === undefined ? [] : [c.cpu]));
  if (cpus.length > 1) console.log(`  in CPU time: ${(Math.max(...cpus) / Math.min(...cpus)).toFixed(2)}x`);
  if (r.cpu)
    console.log(
      `  CPU per article: workers ${((r.cpu.workers * 1000) / r.articles).toFixed(2)} ms, ` +
        `database server ${((r.cpu.server * 1000) / r.articles).toFixed(2)} ms`,
    );
  console.log(
    `  peak memory ${r.peakMb.toFixed(0)} MB rss; projected ${((rate * 86_400) / 1e6).toFixed(2)} million a day, ` +
      `${((rate * 86_400) / TARGET_PER_DAY).toFixed(1)}x the 500,000 a day target`,
  );
}

/** Watch's path in one process: clean → cluster (state in SQLite) → store, one transaction per article. */
async function sqlite(): Promise<Result> {
  const tmp = tempDir();
  const store = openStore(join(tmp.dir, 'stream.db'), { create: true });
  const clusterer = new StreamClusterer(store);
  const watcher = new Watcher(store, {
    feeds: [],
    ctx: () => makeContext({ now: new Date() }),
    assignStory: clusterer,
    perHost: { concurrency: 1, delayMs: 0 },
    maxFollow: Number.POSITIVE_INFINITY,
    maxBytes: 10 * 1024 * 1024,
    log: () => {},
  });
  await store.putFeed(unpolledFeed(FEED));
  const costs: Result['costs'] = [];
  let peak = 0;
  let n = 0;
  const t0 = process.hrtime.bigint();
  let w0 = t0;
  let c0 = process.cpuUsage();
  for (const { raw, day } of stream()) {
    const ctx = makeContext({ now: new Date((DAY0 + day) * 86_400_000 + 43_200_000) });
    await watcher.takeItem(FEED, { key: raw.id, raw }, ctx);
    if (++n % WINDOW === 0) {
      const now = process.hrtime.bigint();
      const cpu = process.cpuUsage(c0);
      if (CHECKPOINTS.includes(n))
        costs.push({
          at: n,
          ms: (Number(now - w0) / 1e6 - making.wall) / WINDOW,
          cpu: ((cpu.user + cpu.system) / 1e3 - making.cpu) / WINDOW,
        });
      peak = Math.max(peak, process.memoryUsage().rss);
      w0 = process.hrtime.bigint();
      c0 = process.cpuUsage();
      making.wall = making.cpu = 0;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stories = (await store.listStories()).filter((s) => s.documents > 0).length;
  await store.close();
  tmp.cleanup();
  return { mode: 'sqlite, in process (watch)', articles: n, seconds, costs, peakMb: peak / 1e6, stories };
}

/** Articles taken so far (stored, or found a duplicate of one stored): the ingest log's highest key, an index
 * lookup (count(*) would scan a growing table every poll, beside the workers). */
async function count(c: pg.Client): Promise<number> {
  return (await c.query('SELECT coalesce(max(seq), 0)::int AS n FROM ingest_log')).rows[0].n;
}

/** Peak resident memory of a process (Linux), in bytes. */
function peakOf(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds a process has used (Linux: user + system from /proc), 0 when it is gone. */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of the database server: the postmaster (its pid is the parent of our backend) and its children. */
async function serverCpu(c: pg.Client): Promise<number> {
  const backend = (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
  const stat = readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const postmaster = Number(stat[1]);
  let total = cpuOf(postmaster);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d)))
    try {
      if (Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === postmaster)
        total += cpuOf(Number(pid));
    } catch {}
  return total;
}

/** Queued as fetch jobs, then taken by `workers` worker processes; the clock starts when they do. */
async function postgres(serverUrl: string, workers: number): Promise<Result> {
  const db = await freshDatabase(serverUrl);
  const store = openStore(db.url);
  await store.putFeed(unpolledFeed(FEED));
  await store.close();
  const queue = await JobQueue.open(db.url, DEFAULT_QUEUE, (e) => console.error(`queue: ${e.message}`));
  let batch: { name: string; data: object; singletonKey: string }[] = [];
  const flush = async () => {
    if (batch.length) await queue.boss.insert(batch);
    batch = [];
  };
  for (const { raw } of stream()) {
    const data = { feed: FEED, story: null, item: { key: raw.id, raw } };
    batch.push({ name: QUEUES.fetch, data, singletonKey: `${FEED}\n${raw.id}` });
    if (batch.length >= 500) await flush();
  }
  await flush();
  const children: ChildProcess[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < workers; i++)
    children.push(
      spawn(
        process.execPath,
        [
          // e.g. BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=out/prof' to profile the workers
          ...(process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
          resolve(repo, 'bin/corroborate.js'),
          'worker',
          '--db',
          db.url,
          '--queues',
          'fetch',
          '--concurrency',
          '1',
          ...(flags.batch ? ['--batch', flags.batch] : []),
        ],
        { stdio: ['ignore', 'ignore', process.env.BENCH_WORKER_LOG ? 'inherit' : 'ignore'] },
      ),
    );
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  const server0 = await serverCpu(c);
  const costs: Result['costs'] = [];
  let peak = 0;
  let last = { n: 0, t: t0 };
  const marks: { n: number; t: bigint }[] = [];
  for (;;) {
    const n = await count(c);
    const t = process.hrtime.bigint();
    if (n !== last.n) marks.push({ n, t });
    last = { n, t };
    for (const ch of children) peak = Math.max(peak, peakOf(ch.pid));
    if (n >= TOTAL) break;
    // a rejected article leaves no log line: the end is also an empty queue once the count stops moving
    const still = marks.length ? Number(t - marks[marks.length - 1]!.t) / 1e9 : 0;
    if (still > 5 && (await queue.boss.getQueueSize(QUEUES.fetch, { before: 'completed' })) === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // from the first article taken (the workers' start-up is not their speed) to the poll that saw the last one
  const first = marks[0] ?? { n: 0, t: t0 };
  const seconds = Number((marks.at(-1)?.t ?? process.hrtime.bigint()) - first.t) / 1e9;
  // the window before each checkpoint, from the polls that bracket it
  const taken = last.n;
  for (const at of CHECKPOINTS) {
    const end = marks.find((m) => m.n >= Math.min(at, taken))!;
    const start = [...marks].reverse().find((m) => m.n <= at - WINDOW) ?? first;
    costs.push({ at, ms: Number(end.t - start.t) / 1e6 / (end.n - start.n) });
  }
  const stories = (await c.query('SELECT count(DISTINCT story_id)::int AS n FROM documents')).rows[0].n;
  for (const ch of children) peak = Math.max(peak, peakOf(ch.pid));
  // CPU per article: what the machine's load barely moves (wall time follows it)
  const cpu = {
    workers: children.reduce((t, ch) => t + cpuOf(ch.pid), 0),
    server: (await serverCpu(c)) - server0,
  };
  await c.end();
  for (const ch of children) ch.kill('SIGTERM');
  await Promise.all(children.map((ch) => new Promise((r) => ch.on('exit', r))));
  await queue.stop(true);
  await db.drop();
  const mode = `postgresql, ${workers} worker${workers === 1 ? '' : 's'} (fetch jobs)`;
  return { mode, articles: taken - first.n, seconds, costs, peakMb: peak / 1e6, stories, cpu };
}

const modes = (flags.modes ?? '').split(',');
console.log(`stream through the store: ${TOTAL} synthetic articles, ingest → clean → cluster → store`);
if (modes.includes('sqlite')) report(await sqlite());
const pgModes = modes.filter((m) => /^pg\d+$/.test(m));
if (pgModes.length) {
  const server = await startPostgres();
  try {
    for (const m of pgModes) report(await postgres(server.url, Number(m.slice(2))));
  } finally {
    server.stop();
  }
}
