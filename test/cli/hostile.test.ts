// Hostile inputs found by trying the CLI as an attacker would: each once crashed the batch or the process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.ts';
import { writeArticles } from './articles.ts';
import { rows } from './db.ts';
import { runCli } from './run.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());
const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir });
const NOW = ['--now', '2026-01-12T00:00:00Z'];

const storedIds = (db: string): string[] =>
  (rows(db, 'SELECT id FROM documents ORDER BY id') as { id: string }[]).map((r) => r.id);

describe('a bad input among good ones', () => {
  it('rejects deep XML and an external-entity DOCTYPE alone; every good document is stored', async () => {
    const good1 = writeArticles(join(tmp.dir, 'good1'), 4, 0);
    const good2 = writeArticles(join(tmp.dir, 'good2'), 5, 10);
    writeFileSync(
      join(tmp.dir, 'deep.xml'),
      `<?xml version="1.0"?><rss><channel>${'<a>'.repeat(150)}x${'</a>'.repeat(150)}</channel></rss>`,
    );
    writeFileSync(
      join(tmp.dir, 'entity.xml'),
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>',
    );
    const db = join(tmp.dir, 'h.db');
    const r = await cli(['ingest', 'good1', 'deep.xml', 'entity.xml', 'good2', '--db', db, ...NOW]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toMatch(/^rejected \S*deep\.xml: .*nested/m);
    expect(r.stderr).toMatch(/^rejected \S*entity\.xml: .*[Ee]xternal entit/m);
    expect(r.stdout).toMatch(/^9 stored, 0 duplicate, 2 rejected/);
    expect(storedIds(db)).toHaveLength(good1.length + good2.length);
    expect(r.code).toBe(1);
  });

  it('cleans and briefs a text of 140,000 lines with no blank line', async () => {
    const lines = Array.from({ length: 140_000 }, (_, i) => `line ${i} of a log the ferry office kept`);
    writeFileSync(join(tmp.dir, 'long.txt'), lines.join('\n'));
    const r = await cli(['brief', 'long.txt', ...NOW]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.documents[0].text.length).toBeGreaterThan(1000);
  });
});

describe('--db and --out naming what cannot be written', () => {
  it('says in one line that --db names a folder or a missing folder', async () => {
    writeArticles(join(tmp.dir, 'in'), 1);
    mkdirSync(join(tmp.dir, 'folder'));
    for (const db of ['folder', 'missing/x.db']) {
      const r = await cli(['ingest', 'in', '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(db === 'folder' ? /is a folder/ : /does not exist/);
    }
  });

  it('says in one line that --out names a folder or a missing folder, before any work', async () => {
    writeArticles(join(tmp.dir, 'in'), 2);
    mkdirSync(join(tmp.dir, 'folder'));
    for (const out of ['folder', 'missing/b.json']) {
      const r = await cli(['brief', 'in', '--out', out, ...NOW]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(out === 'folder' ? /is a folder/ : /does not exist/);
    }
  });
});

describe("words and ids that name Object.prototype's members", () => {
  // Text and ids are looked up in word tables: "constructor" once returned Object's constructor as a number word,
  // an event key and a unit, and the brief stopped with an internal error.
  const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  it('briefs articles whose words and ids are those names like any other words', async () => {
    const lines = NAMES.map((name, i) =>
      JSON.stringify({
        id: name,
        outlet: `Outlet ${i}`,
        published: '2026-01-11',
        text: `The ${name} said 20 workers were hurt on the Velmor bridge on Monday. ${name} ${i + 2} ${name}s were counted, the ${name} said at 5 ${name}.`,
      }),
    );
    writeFileSync(join(tmp.dir, 'proto.jsonl'), `${lines.join('\n')}\n`);
    const r = await cli(['brief', 'proto.jsonl', '--format', 'json', ...NOW]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout) as {
      documents: { id: string }[];
      quantities: { values: { value: unknown }[] }[];
    };
    expect(b.documents.map((d) => d.id).sort()).toEqual([...NAMES].sort());
    for (const q of b.quantities) for (const v of q.values) expect(typeof v.value).toBe('number');
  });
});
