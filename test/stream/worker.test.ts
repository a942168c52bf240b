// Workers on PostgreSQL: watch --queue hands items to the queue, workers fetch, extract and brief them. A worker
// SIGKILLed mid-job leaves the job to another, and nothing is stored or recorded twice; a job that keeps failing is
// parked with its reason.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runCli } from '../cli/run.ts';
import { tempDir } from '../store/fixtures.ts';
import { freshDatabase } from '../support/postgres.ts';
import { type Site, startSite } from './feed-server.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');

function startWorker(
  db: string,
  cwd: string,
  extra: string[] = [],
): { child: ChildProcess; err: () => string } {
  const child = spawn(
    process.execPath,
    [
      resolve(repo, 'bin/corroborate.js'),
      'worker',
      '--db',
      db,
      '--job-timeout',
      '3s',
      '--retry-delay',
      '1s',
      '--delay',
      '0',
      '--concurrency',
      '1',
      '--allow-private-hosts',
      ...extra,
    ],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (c: string) => {
    err += c;
  });
  return { child, err: () => err };
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const exit = (c: ChildProcess) =>
  new Promise<number | null>((done) =>
    c.exitCode !== null || c.signalCode !== null ? done(c.exitCode) : c.on('exit', (code) => done(code)),
  );

describe('corroborate worker', () => {
  let site: Site;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let tmp: ReturnType<typeof tempDir>;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    site = await startSite();
    db = await freshDatabase(inject('pgUrl'));
    tmp = tempDir();
  });
  afterEach(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(children.map(exit));
    children.length = 0;
    await site.close();
    await db.drop();
    tmp.cleanup();
  });

  const queueFeed = () =>
    runCli(
      [
        'watch',
        `${site.origin}/feed.xml`,
        '--story',
        's',
        '--db',
        db.url,
        '--once',
        '--queue',
        '--delay',
        '0',
        '--allow-private-hosts',
      ],
      { cwd: tmp.dir },
    );
  const rows = async (sql: string) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(sql)).rows;
    } finally {
      await c.end();
    }
  };

  it('finishes the job of a worker killed mid-job, with nothing doubled', { timeout: 120_000 }, async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    site.slow.set('/news/1', 60_000);
    // The worker starts first: its --job-timeout applies to the jobs sent after it.
    const a = startWorker(db.url, tmp.dir);
    children.push(a.child);
    await until('worker A to be ready', () => /worker ready/.test(a.err()));
    const queued = await queueFeed();
    expect(queued.code).toBe(0);
    expect(queued.stderr).toMatch(/1 queued/);

    await until('worker A to fetch the article', () => site.arrived.includes('/news/1'));
    a.child.kill('SIGKILL');
    expect(await exit(a.child)).toBeNull();
    expect(await rows('SELECT id FROM documents')).toEqual([]);

    const b = startWorker(db.url, tmp.dir);
    children.push(b.child);
    await until(
      'worker B to brief the story',
      async () => (await rows('SELECT story_id FROM briefings')).length === 1,
    );
    b.child.kill('SIGTERM');
    expect(await exit(b.child)).toBe(0);
    expect(b.err()).toMatch(/worker stopped/);

    expect(site.arrived.filter((p) => p === '/news/1')).toHaveLength(2);
    expect(await rows('SELECT count(*)::int AS n FROM documents')).toEqual([{ n: 1 }]);
    expect(await rows("SELECT count(*)::int AS n FROM ingest_log WHERE status = 'stored'")).toEqual([
      { n: 1 },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM feed_items')).toEqual([{ n: 1 }]);
    expect(await rows('SELECT count(*)::int AS n FROM findings')).toEqual([{ n: 1 }]);
    const store = openStore(db.url);
    expect((await store.listChanges()).map((c) => c.kind)).toEqual(['new-story']);
    await store.close();

    // Queued again (as a second watch would), the item is recognised and nothing changes.
    site.feeds.set('/feed.xml', [{ path: '/news/1?utm_source=x', n: 1 }]);
    await queueFeed();
    const c = startWorker(db.url, tmp.dir);
    children.push(c.child);
    await until('worker C to be ready', () => /worker ready/.test(c.err()));
    await new Promise((r) => setTimeout(r, 3000));
    c.child.kill('SIGTERM');
    expect(await exit(c.child)).toBe(0);
    expect(await rows('SELECT count(*)::int AS n FROM documents')).toEqual([{ n: 1 }]);
  });

  it('parks a job that keeps failing, with its reason', { timeout: 120_000 }, async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    site.broken.set('/news/1', 503);
    const w = startWorker(db.url, tmp.dir, ['--retries', '1']);
    children.push(w.child);
    await until('the worker to be ready', () => /worker ready/.test(w.err()));
    await queueFeed();
    await until('the job to fail twice', () => site.arrived.filter((p) => p === '/news/1').length >= 2);
    await new Promise((r) => setTimeout(r, 1500));
    w.child.kill('SIGTERM');
    expect(await exit(w.child)).toBe(0);
    expect(w.err()).toMatch(/failed \(will retry, then park\): .*HTTP 503/);
    expect(w.err()).toMatch(/failed \(parked\): .*HTTP 503/);
    const parked = await runCli(['worker', '--db', db.url, '--parked'], { cwd: tmp.dir });
    expect(parked.code).toBe(0);
    expect(parked.stdout).toMatch(/corroborate-fetch\t\S+\t.*HTTP 503/);
    expect(await rows('SELECT count(*)::int AS n FROM documents')).toEqual([{ n: 0 }]);
    expect(await rows('SELECT queue, tries FROM parked_jobs')).toEqual([
      { queue: 'corroborate-fetch', tries: 2 },
    ]);
  });
});
