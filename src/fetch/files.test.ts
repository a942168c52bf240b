import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isSupportedFile,
  listDir,
  type ReadResult,
  readPath,
  readStream,
  shownName,
  walkDir,
} from './files.ts';

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

  it('refuses a FIFO as not a regular file, without waiting for a writer', async () => {
    const fifo = join(root, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    try {
      const [r] = await all(readPath(fifo));
      expect(r!.input).toBeUndefined();
      expect(r!.issue).toMatchObject({ code: 'file.unreadable', where: fifo, severity: 'error' });
    } finally {
      rmSync(fifo);
    }
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

describe('walking a folder an attacker prepared', () => {
  let box: string;
  beforeAll(() => {
    box = mkdtempSync(join(tmpdir(), 'corroborate-walk-'));
    mkdirSync(join(box, 'in', 'sub'), { recursive: true });
    writeFileSync(join(box, 'secret.txt'), 'outside the folder');
    writeFileSync(join(box, 'in', 'a.txt'), 'inside');
    writeFileSync(join(box, 'in', 'sub', 'b.txt'), 'inside too');
    symlinkSync(join(box, 'secret.txt'), join(box, 'in', 'passwd.txt'));
    symlinkSync(join(box, 'in', 'a.txt'), join(box, 'in', 'same.txt'));
    writeFileSync(Buffer.from(join(box, 'in', 'caf\xe9.txt'), 'latin1'), 'latin-1 name');
  });
  afterAll(() => rmSync(box, { recursive: true, force: true }));

  it('does not follow a link out of the folder unless asked, and says so', async () => {
    const w = await walkDir(join(box, 'in'));
    const names = w.files.map((f) => f.name.slice(box.length + 1));
    expect(names).toEqual(['in/a.txt', 'in/caf\\xe9.txt', 'in/same.txt', 'in/sub/b.txt']);
    expect(w.issues).toEqual([
      expect.objectContaining({ code: 'file.symlink-outside', where: join(box, 'in', 'passwd.txt') }),
    ]);
    const followed = await walkDir(join(box, 'in'), { followSymlinks: true });
    expect(followed.files.map((f) => f.name)).toContain(join(box, 'in', 'passwd.txt'));
    expect(followed.issues).toEqual([]);
  });

  it('reads a file whose name is not UTF-8, and names it by its bytes', async () => {
    const read = await all(readPath(join(box, 'in')));
    const latin = read.find((r) => r.input?.name.endsWith('caf\\xe9.txt'));
    expect(new TextDecoder().decode(latin!.input!.bytes)).toBe('latin-1 name');
    expect(shownName(Buffer.from('caf\xe9', 'latin1'))).toBe('caf\\xe9');
    expect(shownName(Buffer.from('café'))).toBe('café');
  });
});

describe('a subfolder that cannot be read', () => {
  it('is reported by name while the rest of the folder is read', () => {
    const box = mkdtempSync(join(tmpdir(), 'corroborate-locked-'));
    try {
      mkdirSync(join(box, 'locked'));
      writeFileSync(join(box, 'locked', 'hidden.txt'), 'cannot be listed');
      writeFileSync(join(box, 'open.txt'), 'readable');
      chmodSync(box, 0o755);
      chmodSync(join(box, 'open.txt'), 0o644);
      chmodSync(join(box, 'locked'), 0o000);
      // root reads every folder: the walk runs as an unprivileged user then, as it would for most users
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const script = `import('./src/fetch/files.ts').then((m) => m.walkDir(${JSON.stringify(box)})).then((w) => console.log(JSON.stringify(w)))`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        encoding: 'utf8',
        ...asUser,
      });
      expect(r.stderr).toBe('');
      const w = JSON.parse(r.stdout) as {
        files: { name: string }[];
        issues: { code: string; where: string }[];
      };
      expect(w.files.map((f) => f.name)).toEqual([join(box, 'open.txt')]);
      expect(w.issues).toEqual([
        expect.objectContaining({ code: 'file.unreadable', where: join(box, 'locked') }),
      ]);
    } finally {
      chmodSync(join(box, 'locked'), 0o755);
      rmSync(box, { recursive: true, force: true });
    }
  });
});
