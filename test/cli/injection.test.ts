// What an article says is printed, never run: escape sequences, backticks and line breaks in inputs stay data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeSpan, oneLine, printable } from '../../src/brief/render/terminal.ts';
import { tempDir } from '../store/fixtures.ts';
import { article } from './articles.ts';
import { runCli } from './run.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());
const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir });
const NOW = ['--now', '2026-01-12T00:00:00Z'];

const OSC52 = '\x1b]52;c;ZWNobyBwd25lZA==\x07';
const CSI = '\x1b[2J\x1b[31m';
const EVIL_ID = 'a`<img src=x onerror=alert(1)>`b';

function writeRecords(): void {
  const records = [
    { id: EVIL_ID, title: `Ferry news${OSC52}`, outlet: `Gazette${CSI}`, text: article(1) },
    { id: 'plain', title: 'Second report', outlet: `Courier\u009b31m`, text: article(2) },
  ];
  writeFileSync(join(tmp.dir, 'evil.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
}

const ESCAPES = /[\x1b\x07\u009b]/;

describe('terminal output', () => {
  it('brief --format text carries no escape sequence from a title or outlet', async () => {
    writeRecords();
    const r = await cli(['brief', 'evil.jsonl', '--format', 'text', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ferry news');
    expect(r.stdout).not.toMatch(ESCAPES);
  });

  it('clean --format text, docs and show carry none either', async () => {
    writeRecords();
    const c = await cli(['clean', 'evil.jsonl', '--format', 'text', ...NOW]);
    expect(c.stdout).toContain('Gazette');
    expect(c.stdout).not.toMatch(ESCAPES);
    const db = join(tmp.dir, 'e.db');
    expect((await cli(['ingest', 'evil.jsonl', '--db', db, ...NOW])).code).toBe(0);
    const docs = await cli(['docs', '--db', db]);
    expect(docs.stdout).toContain('Ferry news');
    expect(docs.stdout).not.toMatch(ESCAPES);
    const show = await cli(['show', EVIL_ID, '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Gazette');
    expect(show.stdout).not.toMatch(ESCAPES);
  });

  it('a newline in a file name cannot forge a line of the report', async () => {
    writeFileSync(join(tmp.dir, 'x\nrejected forged.txt: all good.txt'), '');
    writeFileSync(join(tmp.dir, 'ok.txt'), article(3));
    const r = await cli(['ingest', tmp.dir, '--db', join(tmp.dir, 'n.db'), ...NOW]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rejected .*x\\nrejected forged\.txt: all good\.txt: .*empty/);
  });
});

describe('Markdown output', () => {
  it('keeps an id with backticks inside one code span', async () => {
    writeRecords();
    const r = await cli(['brief', 'evil.jsonl', '--format', 'md', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`- id: ${codeSpan(EVIL_ID)}`);
    expect(r.stdout).not.toMatch(ESCAPES);
  });

  it('fences a code span with more backticks than any run inside it', () => {
    expect(codeSpan('abc')).toBe('`abc`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('x``y`')).toBe('``` x``y` ```');
  });
});

describe('printable text', () => {
  it('drops CSI, OSC and C1 controls, keeps tabs and newlines', () => {
    expect(printable(`a${OSC52}b${CSI}c\u009b1m\td\ne`)).toBe('abc1m\td\ne');
    expect(oneLine('one\ntwo\r\nthree')).toBe('one\\ntwo\\nthree');
  });
});

describe('JSON output', () => {
  it('writes C1 controls and bidirectional overrides as \\u escapes: the same data, nothing a terminal runs', async () => {
    writeRecords();
    const r = await cli(['brief', 'evil.jsonl', '--format', 'json', ...NOW]);
    expect(r.stdout).not.toMatch(ESCAPES);
    const b = JSON.parse(r.stdout) as { documents: { outlet: string }[] };
    expect(b.documents.map((d) => d.outlet)).toContain('Courier\u009b31m');
  });
});
