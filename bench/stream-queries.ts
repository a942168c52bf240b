// npx tsx bench/stream-queries.ts [--articles 2000 --batch 16]: how many statements the stored stream path sends to
// PostgreSQL per article, and how many of them while the clustering lock is held (what a second worker waits on).
// The synthetic stream of bench:stream:store goes through watch's takeItems in batches of --batch, as a worker takes
// its fetch jobs; every statement the pg driver sends is counted (a count, not a time: the machine's load moves it
// not at all).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { makeContext } from '../src/context.ts';
import { StreamClusterer } from '../src/serve/stream/clustering.ts';
import { Watcher } from '../src/serve/stream/watch.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { unpolledFeed } from '../src/store/stream.ts';
import { freshDatabase, startPostgres } from '../test/support/postgres.ts';
import { baseStories, DAY0, dayOf } from './stream-articles.ts';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '16' },
    processes: { type: 'string', default: '1' },
  },
});
const TOTAL = Number(flags.articles);
const BATCH = Number(flags.batch);
/** Clustering processes taking turns (one batch each), as workers do: each turn reads the turns of the others. */
const PROCESSES = Number(flags.processes);
const FEED = 'bench://stream';
/** The clustering lock is the story lock of key 0 (kysely-store.ts withClusterLock). */
const CLUSTER_KEY = 0;

const counts = { all: 0, locked: 0, holds: 0, byKind: new Map<string, { n: number; ms: number }>() };
let locked = false;
const query = pg.Client.prototype.query;
// counts what the driver sends; the statement itself goes on unchanged
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
  const params = (Array.isArray(args[1]) ? args[1] : []) as unknown[];
  counts.all++;
  if (/pg_advisory_xact_lock\(/.test(text) && Number(params[1]) === CLUSTER_KEY) {
    locked = true;
    counts.holds++;
  } else if (locked) {
    counts.locked++;
    const kind = text.replace(/\s+/g, ' ').slice(0, 60);
    const k = counts.byKind.get(kind) ?? { n: 0, ms: 0 };
    counts.byKind.set(kind, k);
    k.n++;
    if (/^(commit|rollback)/i.test(text.trim())) locked = false;
    // the round trip's wall time, from sending to the answer
    const t = performance.now();
    const r = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (r instanceof Promise) r.finally(() => (k.ms += performance.now() - t)).catch(() => {});
    return r;
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** A clustering process: its store (its lock holds timed into `held`), clusterer and watch. */
function side(store: Store, held: { ms: number; cpu: number }) {
  const withLock = store.withClusterLock.bind(store);
  store.withClusterLock = (fn) =>
    withLock(async () => {
      const t = process.hrtime.bigint();
      const c = process.cpuUsage();
      try {
        return await fn();
      } finally {
        held.ms += Number(process.hrtime.bigint() - t) / 1e6;
        const u = process.cpuUsage(c);
        held.cpu += (u.user + u.system) / 1000;
      }
    });
  const watcher = new Watcher(store, {
    feeds: [],
    ctx: () => makeContext({ now: new Date() }),
    assignStory: new StreamClusterer(store),
    perHost: { concurrency: 1, delayMs: 0 },
    maxFollow: Number.POSITIVE_INFINITY,
    maxBytes: 10 * 1024 * 1024,
    log: () => {},
  });
  return { store, watcher };
}

const server = await startPostgres();
try {
  const db = await freshDatabase(server.url);
  // time spent inside the lock hold (the commit aside), against the whole: the part a second worker cannot share
  const held = { ms: 0, cpu: 0 };
  const sides = Array.from({ length: PROCESSES }, () => side(openStore(db.url), held));
  const store = sides[0]!.store;
  await store.putFeed(unpolledFeed(FEED));
  const base = baseStories();
  let n = 0;
  let batch: { feed: string; item: { key: string; raw: ReturnType<typeof dayOf>[number] } }[] = [];
  let day = 0;
  let turn = 0;
  const flush = async () => {
    const ctx = makeContext({ now: new Date((DAY0 + day) * 86_400_000 + 43_200_000) });
    if (batch.length) await sides[turn++ % PROCESSES]!.watcher.takeItems(batch, ctx);
    batch = [];
  };
  const start = { ...counts };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  outer: for (; ; day++) {
    for (const raw of dayOf(base, day)) {
      if (n++ >= TOTAL) break outer;
      batch.push({ feed: FEED, item: { key: raw.id, raw } });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  }
  await flush();
  const articles = Math.min(n, TOTAL);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const u = process.cpuUsage(c0);
  const cpu = (u.user + u.system) / 1000;
  console.log(
    `${articles} articles in batches of ${BATCH}, ${PROCESSES} process(es) taking turns, ${counts.holds - start.holds} holds of the lock`,
  );
  console.log(`  statements per article: ${(counts.all / articles).toFixed(2)} in all`);
  console.log(
    `  per article: ${(wall / articles).toFixed(2)} ms wall, ${(held.ms / articles).toFixed(2)} of them in the lock hold; ` +
      `${(cpu / articles).toFixed(2)} CPU ms, ${(held.cpu / articles).toFixed(2)} of them in the lock hold`,
  );
  console.log(`  under the clustering lock: ${(counts.locked / articles).toFixed(2)} per article`);
  console.log('    per article: statements, ms waiting for them, the statement');
  for (const [kind, k] of [...counts.byKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14))
    console.log(`    ${(k.n / articles).toFixed(2)}  ${(k.ms / articles).toFixed(2)}  ${kind}`);
  const kept = await store.clusterDiffsSince(0);
  const diffs = kept.map((d) => JSON.parse(d.body) as Record<string, unknown>);
  if (diffs.length) {
    const kb = (part: string) =>
      (diffs.reduce((t, d) => t + JSON.stringify(d[part]).length, 0) / 1024 / diffs.length).toFixed(1);
    console.log(
      `  ${diffs.length} turns' diffs kept; KB per diff: stories ${kb('stories')}, members ${kb('members')}, ` +
        `index keys ${kb('postings')}, term counts ${kb('df')}`,
    );
  }
  for (const s of sides) await s.store.close();
  await db.drop();
} finally {
  server.stop();
}
