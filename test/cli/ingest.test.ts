// ingest end to end: real files in, a real SQLite file out, the CLI run in-process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.ts';
import { article, writeArticles } from './articles.ts';
import { rows } from './db.ts';
import { runCli } from './run.ts';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ingest.db');
});
afterEach(() => tmp.cleanup());
const cli = (argv: string[], opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}) =>
  runCli(argv, { cwd: tmp.dir, ...opts });

describe('ingest', () => {
  it('keeps going past bad inputs, names each with its reason, and exits 1', async () => {
    const [good1, good2] = writeArticles(join(tmp.dir, 'in'), 2);
    const empty = join(tmp.dir, 'in', 'empty.txt');
    writeFileSync(empty, '');
    const missing = join(tmp.dir, 'in', 'missing.txt');
    const r = await cli(['ingest', good1!, empty, missing, good2!, '--story', 's', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^rejected \S*empty\.txt: \S.*$/m);
    expect(r.stderr).toMatch(/^rejected \S*missing\.txt: \S.*$/m);
    expect(r.stdout).toMatch(/^2 stored, 0 duplicate, 2 rejected/);
    const log = rows(db, "SELECT input, reason FROM ingest_log WHERE status = 'rejected'") as {
      input: string;
      reason: string;
    }[];
    expect(log).toHaveLength(2);
    expect(log.every((l) => l.reason.length > 0)).toBe(true);
  });

  it('gives a second document with a taken id a suffixed id, never overwriting the first', async () => {
    mkdirSync(join(tmp.dir, 'a'));
    mkdirSync(join(tmp.dir, 'b'));
    writeFileSync(join(tmp.dir, 'a', 'report.txt'), article(1));
    writeFileSync(join(tmp.dir, 'b', 'report.txt'), article(2));
    // Two runs: within one run collect already keeps ids apart; across runs only the store can.
    expect((await cli(['ingest', 'a/report.txt', '--story', 's', '--db', db])).code).toBe(0);
    const r = await cli(['ingest', 'b/report.txt', '--story', 's', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/id 'report' is taken in story 's', stored as 'report-2'/);
    const got = rows(db, 'SELECT id, source FROM documents ORDER BY seq') as { id: string; source: string }[];
    expect(got.map((g) => g.id)).toEqual(['report', 'report-2']);
    expect(got[1]!.source).toMatch(/b[/\\]report\.txt$/);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['ingest', '-', '--story', 's', '--db', db], { stdin: article(7) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 stored/);
  });

  it('uses CORROBORATE_DB and a default story', async () => {
    const [one] = writeArticles(join(tmp.dir, 'in'), 1);
    const r = await cli(['ingest', one!], { env: { CORROBORATE_DB: db } });
    expect(r.code).toBe(0);
    expect(rows(db, 'SELECT name FROM stories')).toEqual([{ name: 'default' }]);
  });

  it('shows a progress bar on a terminal for more than 3 inputs, and none when piped', async () => {
    const paths = writeArticles(join(tmp.dir, 'in'), 5);
    const tty = await cli(['ingest', ...paths, '--db', db], { isTTY: true });
    expect(tty.stderr).toMatch(/\r\[#+-*\] \d\/5 /);
    const piped = await cli(['ingest', ...paths, '--db', join(tmp.dir, 'other.db')]);
    expect(piped.stderr).toBe('');
  });

  it('rejects a missing INPUT list as a usage error', async () => {
    const r = await cli(['ingest', '--story', 's', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ingest needs at least one INPUT/);
  });
});
