// --jobs: the same output from a pool of worker threads as from one thread, for every batch command.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.ts';
import { writeArticles } from './articles.ts';
import { runCli } from './run.ts';

const example = fileURLToPath(new URL('../../examples/harbor-fire', import.meta.url));
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NOW = ['--now', '2026-01-12T00:00:00Z'];
const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir });

describe('--jobs', () => {
  it('briefs, cleans and extracts the same with two threads as with one', async () => {
    const more = writeArticles(join(tmp.dir, 'more'), 6);
    for (const argv of [
      ['brief', example, join(tmp.dir, 'more'), '--format', 'json'],
      ['clean', example, '--format', 'jsonl'],
      ['extract', join(tmp.dir, 'more'), '--format', 'jsonl'],
    ]) {
      const one = await cli([...argv, ...NOW, '--jobs', '1']);
      const two = await cli([...argv, ...NOW, '--jobs', '2']);
      expect(one.code, argv[0]).toBe(0);
      expect(two.stdout, argv[0]).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
    expect(more).toHaveLength(6);
  }, 120_000);

  it('extracts and briefs a batch long enough to start a worker the same as one thread', async () => {
    // over MIN_BACKLOG documents: the main thread cleans and a worker extracts ahead
    writeArticles(join(tmp.dir, 'long'), 40);
    for (const argv of [
      ['extract', join(tmp.dir, 'long'), '--format', 'jsonl'],
      ['brief', join(tmp.dir, 'long'), '--format', 'json'],
    ]) {
      const one = await cli([...argv, ...NOW, '--jobs', '1']);
      const two = await cli([...argv, ...NOW, '--jobs', '2']);
      expect(one.code, argv[0]).toBe(0);
      expect(two.stdout, argv[0]).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
  }, 120_000);

  it('ingests the same documents with two threads, in input order', async () => {
    const dir = writeArticles(join(tmp.dir, 'batch'), 5);
    const r1 = await cli([
      'ingest',
      join(tmp.dir, 'batch'),
      '--db',
      join(tmp.dir, 'one.db'),
      '--jobs',
      '1',
      ...NOW,
    ]);
    const r2 = await cli([
      'ingest',
      join(tmp.dir, 'batch'),
      '--db',
      join(tmp.dir, 'two.db'),
      '--jobs',
      '2',
      ...NOW,
    ]);
    expect(r2.stdout.replace('two.db', 'X')).toBe(r1.stdout.replace('one.db', 'X'));
    // what was stored, without the time it was stored at
    const docs = async (db: string) =>
      (await cli(['docs', '--db', join(tmp.dir, db), '--format', 'json'])).stdout.replace(
        /"storedAt": "[^"]*"/g,
        '',
      );
    expect(await docs('two.db')).toBe(await docs('one.db'));
    expect(dir).toHaveLength(5);
  }, 120_000);

  it('says what is wrong with a bad --jobs value', async () => {
    const r = await cli(['brief', example, '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });
});
