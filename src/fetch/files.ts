// Inputs from disk and stdin. Sizes are checked before reading; directories are walked in sorted order so
// that the same folder always gives the same batch.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Every supported file under a directory, hidden entries and node_modules skipped, sorted by path. */
export async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries: Dirent[] = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      const p = join(d, e.name);
      // symlinked directories are not followed: they can loop
      if (e.isDirectory()) await walk(p);
      else if (
        (e.isFile() || (e.isSymbolicLink() && (await stat(p).catch(() => null))?.isFile())) &&
        isSupportedFile(e.name)
      ) {
        out.push(p);
      }
    }
  };
  await walk(dir);
  return out.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** One file as an Input, refused without reading when it is over the cap. */
export async function readFileInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  try {
    const st = await stat(path);
    if (!st.isFile())
      return { issue: issue('file.unreadable', `${path} is not a regular file`, path, 'error') };
    if (st.size > maxBytes) {
      const msg = `${path} is ${st.size} bytes, over the cap of ${maxBytes}; it was not read`;
      return { issue: issue('file.too-large', msg, path, 'error') };
    }
    return { input: { name: path, bytes: new Uint8Array(await readFile(path)) } };
  } catch (e) {
    return { issue: fsIssue(e, path) };
  }
}

/** A file or a directory (walked) → one result per file, in order. */
export async function* readPath(path: string, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<ReadResult> {
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
  let files: string[];
  try {
    files = await listDir(path);
  } catch (e) {
    yield { issue: fsIssue(e, path) };
    return;
  }
  if (files.length === 0) {
    const msg = `${path} holds no readable files (${SUPPORTED_EXTENSIONS.map((x) => `.${x}`).join(' ')}, optionally .gz)`;
    yield { issue: issue('file.empty-dir', msg, path, 'warning') };
  }
  for (const f of files) yield await readFileInput(f, maxBytes);
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
