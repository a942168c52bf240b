import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSupportedFile, listDir, type ReadResult, readPath, readStream } from './files.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corroborate-files-'));
  const put = (rel: string, data: string | Buffer) => {
    const p = join(root, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, data);
  };
  put('story/b.txt', 'Second article.');
  put('story/a.txt', 'First article.');
  put('story/sub/c.md', '# Third');
  put('story/sub/d.html.gz', gzipSync('<p>Fourth</p>'));
  put('story/sub/e.jsonl', '{"text":"Fifth"}\n');
  put('story/.hidden/x.txt', 'hidden');
  put('story/.notes.txt', 'hidden file');
  put('story/node_modules/pkg/y.txt', 'dependency');
  put('story/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  put('story/README', 'no extension');
  put('big.txt', 'z'.repeat(5000));
  mkdirSync(join(root, 'empty'));
  symlinkSync(join(root, 'story'), join(root, 'story', 'sub', 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function all(gen: AsyncGenerator<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('files', () => {
  it('knows the extensions it reads', () => {
    for (const n of [
      'a.txt',
      'a.md',
      'a.html',
      'a.htm',
      'a.html.gz',
      'a.json',
      'a.jsonl',
      'a.rss',
      'a.xml',
    ]) {
      expect(isSupportedFile(n), n).toBe(true);
    }
    for (const n of ['a.png', 'a.pdf', 'README', 'a.gz', '.txt']) expect(isSupportedFile(n), n).toBe(false);
  });

  it('walks a directory recursively in sorted order, skipping hidden, node_modules, unsupported and symlinked dirs', async () => {
    const files = await listDir(join(root, 'story'));
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      'story/a.txt',
      'story/b.txt',
      'story/sub/c.md',
      'story/sub/d.html.gz',
      'story/sub/e.jsonl',
    ]);
    const read = await all(readPath(join(root, 'story')));
    expect(read.map((r) => r.issue)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new TextDecoder().decode(read[0]!.input!.bytes)).toBe('First article.');
    expect(read[0]!.input!.name).toBe(join(root, 'story', 'a.txt'));
  });

  it('reads a single file, whatever its extension', async () => {
    const [r] = await all(readPath(join(root, 'story', 'README')));
    expect(new TextDecoder().decode(r!.input!.bytes)).toBe('no extension');
  });

  it('refuses a file over the cap without reading it', async () => {
    const [r] = await all(readPath(join(root, 'big.txt'), 1000));
    expect(r!.input).toBeUndefined();
    expect(r!.issue).toMatchObject({ code: 'file.too-large', severity: 'error' });
    expect(r!.issue!.message).toMatch(/5000 bytes.*1000/);
  });

  it('reports a missing path and an empty directory', async () => {
    const [missing] = await all(readPath(join(root, 'nope.txt')));
    expect(missing!.issue).toMatchObject({ code: 'file.not-found', where: join(root, 'nope.txt') });
    const [empty] = await all(readPath(join(root, 'empty')));
    expect(empty!.issue).toMatchObject({ code: 'file.empty-dir', severity: 'warning' });
  });
});

describe('stdin', () => {
  it('reads a stream as one input named stdin', async () => {
    const r = await readStream(Readable.from([Buffer.from('Part one, '), Buffer.from('part two.')]));
    expect(r.input?.name).toBe('stdin');
    expect(new TextDecoder().decode(r.input!.bytes)).toBe('Part one, part two.');
  });

  it('stops a stream over the cap', async () => {
    const r = await readStream(Readable.from(['a'.repeat(600), 'b'.repeat(600)]), 1000);
    expect(r.issue).toMatchObject({ code: 'stdin.too-large', severity: 'error' });
  });
});
