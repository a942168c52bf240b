// Document ids: stable across runs so that briefings, stores and evaluations can refer to them.
import { createHash } from 'node:crypto';

/** Extensions stripped from a file name to make its id ("a.html.gz" → "a"). */
const KNOWN_EXT = /\.(txt|text|md|markdown|html?|xhtml|json|jsonl|ndjson|xml|rss|atom|gz)$/i;
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_DASH = /^-+|-+$/g;

export function shortHash(data: string | Uint8Array, length = 10): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}

export function isHttpUrl(name: string): boolean {
  return /^https?:\/\//i.test(name);
}

/** The file name without its directory and known extensions; the whole name when nothing would be left. */
export function idFromFileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  let id = base;
  for (let next = id.replace(KNOWN_EXT, ''); next !== id && next !== ''; next = id.replace(KNOWN_EXT, '')) {
    id = next;
  }
  return id;
}

/** A readable slug of host and last path segments, plus a short hash of the whole URL so ids never collide. */
export function idFromUrl(url: string): string {
  let readable = url;
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/').filter(Boolean).slice(-2).join('-');
    readable = `${u.hostname.replace(/^www\./, '')}-${segments.replace(KNOWN_EXT, '')}`;
  } catch {
    // not a URL after all: slug the raw string
  }
  const slug = readable
    .toLowerCase()
    .replace(NON_SLUG, '-')
    .replace(EDGE_DASH, '')
    .slice(0, 60)
    .replace(EDGE_DASH, '');
  return `${slug || 'url'}-${shortHash(url, 8)}`;
}

/** For stdin and other nameless inputs: the content decides the id, so the same text gets the same id. */
export function idFromContent(bytes: Uint8Array): string {
  return `stdin-${shortHash(bytes, 12)}`;
}

/** The id of a whole input: by URL, by content for stdin, else by file name. */
export function idForInput(name: string, bytes: Uint8Array, url?: string): string {
  if (isHttpUrl(name)) return idFromUrl(name);
  if (url && isHttpUrl(url)) return idFromUrl(url);
  if (name === 'stdin' || name === '-') return idFromContent(bytes);
  return idFromFileName(name);
}
