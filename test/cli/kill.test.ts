// A batch killed with SIGKILL mid-way: the database stays consistent (each input was one transaction), and a
// re-run stores the rest without storing anything twice. Runs the real bin, as a user would.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { writeArticles } from './articles.ts';
import { runCli } from './run.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const COUNT = 200;

/** Starts an ingest and SIGKILLs it once `after` documents are reported committed; resolves with what it saw. */
function ingestUntilKilled(
  dir: string,
  db: string,
  after: number,
): Promise<{ seen: number; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(repo, 'bin/corroborate.js'), 'ingest', dir, '--story', 'batch', '--db', db, '--verbose'],
      { cwd: tmp.dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let seen = 0;
    let buffered = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      seen += lines.filter((l) => l.startsWith('stored ')).length;
      if (seen >= after && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('exit', (_code, signal) => done({ seen, signal }));
  });
}

it('survives SIGKILL mid-batch and completes on a re-run', async () => {
  const dir = join(tmp.dir, 'articles');
  writeArticles(dir, COUNT);
  const db = join(tmp.dir, 'batch.db');

  const killed = await ingestUntilKilled(dir, db, 5);
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.seen).toBeGreaterThanOrEqual(5);

  const raw = new Database(db);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  const stored = raw.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
  // Every stored document came with its log line: the input's transaction was all or nothing.
  const logged = raw.prepare("SELECT count(*) AS n FROM ingest_log WHERE status = 'stored'").get() as {
    n: number;
  };
  raw.close();
  expect(stored.n).toBeGreaterThanOrEqual(5);
  expect(stored.n).toBeLessThan(COUNT);
  expect(logged.n).toBe(stored.n);

  // Every row reads back whole: its JSON columns pass validation and its text is there.
  const store = openStore(db);
  const story = await store.getStory('batch');
  const docs = await store.documentsOf(story!);
  await store.close();
  expect(docs).toHaveLength(stored.n);
  for (const d of docs) {
    expect(d.text).toMatch(/Article number \d+\./);
    expect(d.blocks.length).toBeGreaterThan(0);
  }

  const rerun = await runCli(['ingest', dir, '--story', 'batch', '--db', db], { cwd: tmp.dir });
  expect(rerun.code).toBe(0);
  expect(rerun.stdout).toMatch(new RegExp(`^${COUNT - stored.n} stored, ${stored.n} duplicate, 0 rejected`));
  const after = new Database(db, { readonly: true });
  const total = after
    .prepare(
      'SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes, count(DISTINCT id) AS ids FROM documents',
    )
    .get();
  after.close();
  expect(total).toEqual({ n: COUNT, hashes: COUNT, ids: COUNT });
}, 120_000);
