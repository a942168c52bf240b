// ingest of the real articles of ../shared: stored with their file-name ids, and a re-run changes nothing.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.ts';
import { rows } from './db.ts';
import { runCli } from './run.ts';

const corpus = resolve(new URL('.', import.meta.url).pathname, '../../../shared/corpus/cartel-strikes');
const corpusIds = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ingest.db');
});
afterEach(() => tmp.cleanup());
const cli = (argv: string[], opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}) =>
  runCli(argv, { cwd: tmp.dir, ...opts });

describe('ingest of the real story', () => {
  it('stores the real articles of a story, ids from their file names', async () => {
    const r = await cli(['ingest', corpus, '--story', 'cartel', '--db', db]);
    expect(r.stderr).not.toMatch(/rejected/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 stored, 0 duplicate, 0 rejected/);
    const ids = (rows(db, 'SELECT id FROM documents ORDER BY id') as { id: string }[]).map((x) => x.id);
    expect(ids).toEqual(corpusIds);
    const docs = await cli(['docs', '--story', 'cartel', '--db', db, '--format', 'json']);
    expect(JSON.parse(docs.stdout)).toHaveLength(5);
  });

  it('changes nothing when the same inputs are ingested again', async () => {
    await cli(['ingest', corpus, '--story', 'cartel', '--db', db]);
    const before = rows(db, 'SELECT * FROM documents ORDER BY seq');
    const again = await cli(['ingest', corpus, '--story', 'cartel', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^0 stored, 5 duplicate, 0 rejected/);
    expect(rows(db, 'SELECT * FROM documents ORDER BY seq')).toEqual(before);
    const log = rows(db, 'SELECT status, count(*) AS n FROM ingest_log GROUP BY status ORDER BY status');
    expect(log).toEqual([
      { status: 'duplicate', n: 5 },
      { status: 'stored', n: 5 },
    ]);
  });
});
