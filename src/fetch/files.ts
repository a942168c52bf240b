// Inputs from disk and stdin. Sizes are checked before reading; directories are walked in sorted order so
// that the same folder always gives the same batch.
import { closeSync, constants, type Dirent, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS } from '../ingest/index.ts';
import type { Input } from '../model/input.ts';
import { type Issue, issue } from '../model/issue.ts';

export interface ReadResult {
  input?: Input;
  issue?: Issue;
}

const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);
const SKIPPED_DIRS = new Set(['node_modules']);

/** Whether a directory walk picks this file up: a known extension, optionally gzipped. */
export function isSupportedFile(name: string): boolean {
  const base = name.replace(/\.gz$/i, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 && SUPPORTED.has(base.slice(dot + 1).toLowerCase());
}

function fsIssue(e: unknown, path: string): Issue {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return issue('file.not-found', `${path} does not exist`, path, 'error');
  if (code === 'EACCES' || code === 'EPERM')
    return issue('file.unreadable', `${path} cannot be read (permission denied)`, path, 'error');
  return issue('file.unreadable', `${path} cannot be read: ${(e as Error).message}`, path, 'error');
}

/** A file found by a walk: the path to open (bytes when its name is not UTF-8) and the name to show. */
export interface FoundFile {
  name: string;
  path: string | Buffer;
}

export interface WalkOptions {
  /** Follow symbolic links that lead out of the folder given (default: report and skip them). */
  followSymlinks?: boolean;
}

const SEP = Buffer.from(sep);

/** A file name as bytes → a name to show: itself when valid UTF-8, else its other bytes written as \xNN. */
export function shownName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return text;
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}

const inside = (root: string, p: string): boolean =>
  p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

/** Every supported file under a directory, hidden entries and node_modules skipped, sorted by path. A subfolder
 * that cannot be read and a link leading out of the folder are reported; the rest is still read. */
export async function walkDir(
  dir: string,
  opts: WalkOptions = {},
): Promise<{ files: FoundFile[]; issues: Issue[] }> {
  const files: FoundFile[] = [];
  const issues: Issue[] = [];
  const root = await realpath(dir);
  const seen = new Set<string>([root]);
  const walk = async (d: Buffer): Promise<void> => {
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(d, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      issues.push(fsIssue(e, shownName(d)));
      return;
    }
    for (const e of entries) {
      const name = shownName(e.name);
      if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
      const p = Buffer.concat([d, SEP, e.name]);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        if (isSupportedFile(name)) files.push({ name: shownName(p), path: pathOf(p) });
      } else if (e.isSymbolicLink()) await viaLink(p, name);
    }
  };
  // A link is read when it stays inside the folder given, or when asked to follow links; linked folders are
  // walked only then, each real folder once, so that loops end.
  const viaLink = async (p: Buffer, name: string): Promise<void> => {
    const target = await realpath(p).catch(() => null);
    const st = target ? await stat(target).catch(() => null) : null;
    if (!target || !st) return;
    if (!opts.followSymlinks && !inside(root, target)) {
      const msg = `${shownName(p)} links outside ${dir} (to ${target}); not read without --follow-symlinks`;
      issues.push(issue('file.symlink-outside', msg, shownName(p), 'warning'));
      return;
    }
    if (st.isFile() && isSupportedFile(name)) files.push({ name: shownName(p), path: pathOf(p) });
    else if (st.isDirectory() && opts.followSymlinks && !seen.has(target)) {
      seen.add(target);
      await walk(p);
    }
  };
  await walk(Buffer.from(dir));
  files.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return { files, issues };
}

/** A path as bytes → a string when it is UTF-8 (most are), else the bytes, which the file system takes as they are. */
function pathOf(p: Buffer): string | Buffer {
  const text = p.toString('utf8');
  return Buffer.from(text, 'utf8').equals(p) ? text : p;
}

/** Every supported file under a directory, by the names walkDir shows. */
export async function listDir(dir: string, opts: WalkOptions = {}): Promise<string[]> {
  return (await walkDir(dir, opts)).files.map((f) => f.name);
}

/** One file as an Input, refused without reading when it is over the cap. Read in one blocking call: a regular
 * file under the cap reads in well under a millisecond per article, where the promise API took ~0.4 ms of this
 * thread and a thread-pool round trip per file (measured on 1,004 articles: 0.4 s of CPU, 0.6 s of waiting). It
 * is opened without blocking and checked on the open file, so a FIFO swapped in after a look cannot hang it. */
export async function readFileInput(
  path: string | Buffer,
  maxBytes = DEFAULT_MAX_BYTES,
  name = typeof path === 'string' ? path : shownName(path),
): Promise<ReadResult> {
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile())
      return { issue: issue('file.unreadable', `${name} is not a regular file`, name, 'error') };
    if (st.size > maxBytes) {
      const msg = `${name} is ${st.size} bytes, over the cap of ${maxBytes}; it was not read`;
      return { issue: issue('file.too-large', msg, name, 'error') };
    }
    return { input: { name, bytes: new Uint8Array(readFileSync(fd)) } };
  } catch (e) {
    return { issue: fsIssue(e, name) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A file or a directory (walked) → one result per file, in order. */
export async function* readPath(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  opts: WalkOptions = {},
): AsyncGenerator<ReadResult> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    yield { issue: fsIssue(e, path) };
    return;
  }
  if (!isDir) {
    yield await readFileInput(path, maxBytes);
    return;
  }
  let walked: Awaited<ReturnType<typeof walkDir>>;
  try {
    walked = await walkDir(path, opts);
  } catch (e) {
    yield { issue: fsIssue(e, path) };
    return;
  }
  for (const i of walked.issues) yield { issue: i };
  if (walked.files.length === 0 && walked.issues.length === 0) {
    const msg = `${path} holds no readable files (${SUPPORTED_EXTENSIONS.map((x) => `.${x}`).join(' ')}, optionally .gz)`;
    yield { issue: issue('file.empty-dir', msg, path, 'warning') };
  }
  for (const f of walked.files) yield await readFileInput(f.path, maxBytes, f.name);
}

/** All of a stream (stdin) as one Input; reading stops as soon as it passes the cap. */
export async function readStream(
  stream: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buf.length;
      if (size > maxBytes) {
        const msg = `stdin is over the cap of ${maxBytes} bytes; it was not read further`;
        return { issue: issue('stdin.too-large', msg, 'stdin', 'error') };
      }
      chunks.push(buf);
    }
  } catch (e) {
    return {
      issue: issue('stdin.unreadable', `stdin cannot be read: ${(e as Error).message}`, 'stdin', 'error'),
    };
  }
  return { input: { name: 'stdin', bytes: new Uint8Array(Buffer.concat(chunks)) } };
}
