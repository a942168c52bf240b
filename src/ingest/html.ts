// A rough, linear-time view of the text a page shows: enough to tell a page with text from an empty shell
// and to measure a feed item; the real extraction is clean/'s job.
import { decodeEntities } from '../model/html-entities.ts';

// not <head>: its end tag is optional, so dropping it could drop the whole page
const HIDDEN = ['script', 'style', 'noscript', 'template', 'svg', 'title'];
// [^<>] keeps the scan linear on text full of unmatched '<'
const TAG = /<[^<>]*>/g;
const SPACE = /\s+/g;

/** Remove <name ...>...</name> elements by index search (no backtracking regex over the whole page). */
function dropElements(html: string, name: string): string {
  const lower = html.toLowerCase();
  const open = `<${name}`;
  const close = `</${name}`;
  let out = '';
  let at = 0;
  for (;;) {
    let start = lower.indexOf(open, at);
    // "<stylesheet" must not match "<style"
    while (start !== -1 && /[\w-]/.test(lower[start + open.length] ?? ''))
      start = lower.indexOf(open, start + 1);
    if (start === -1) break;
    out += html.slice(at, start);
    const end = lower.indexOf(close, start);
    if (end === -1) return out;
    const gt = lower.indexOf('>', end);
    at = gt === -1 ? html.length : gt + 1;
  }
  return out + html.slice(at);
}

function dropComments(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf('<!--', at);
    if (start === -1) break;
    out += html.slice(at, start);
    const end = html.indexOf('-->', start + 4);
    if (end === -1) return out;
    at = end + 3;
  }
  return out + html.slice(at);
}

/** The visible text of an HTML page or fragment, whitespace collapsed. */
export function visibleText(html: string): string {
  let s = dropComments(html);
  for (const name of HIDDEN) s = dropElements(s, name);
  return decodeEntities(s.replace(TAG, ' ')).replace(SPACE, ' ').trim();
}

const LETTER = /[\p{L}\p{N}]/u;
const TAG_START = /[a-zA-Z/!?]/;
const HIDDEN_AT = new RegExp(`^<(${HIDDEN.join('|')})(?![\\w-])`);
const CLOSERS = new Map(HIDDEN.map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** Whether a page shows any letters or digits at all: a scan that stops at the first visible word. */
export function hasText(html: string): boolean {
  let i = 0;
  while (i < html.length) {
    let lt = html.indexOf('<', i);
    // a '<' not followed by a tag name is text ("a < b")
    while (lt !== -1 && !TAG_START.test(html[lt + 1] ?? '')) lt = html.indexOf('<', lt + 1);
    const segment = html.slice(i, lt === -1 ? html.length : lt);
    if (LETTER.test(segment.includes('&') ? decodeEntities(segment) : segment)) return true;
    if (lt === -1) return false;
    i = skipTag(html, lt);
  }
  return false;
}

/** Index after the tag at `lt`: after a comment, after a hidden element's end, or after the tag itself. */
function skipTag(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end === -1 ? html.length : end + 3;
  }
  const hidden = HIDDEN_AT.exec(html.slice(lt, lt + 12).toLowerCase())?.[1];
  if (hidden) {
    const closer = CLOSERS.get(hidden)!;
    closer.lastIndex = lt;
    const close = closer.exec(html);
    if (!close) return html.length;
    const gt = html.indexOf('>', close.index);
    return gt === -1 ? html.length : gt + 1;
  }
  const gt = html.indexOf('>', lt);
  return gt === -1 ? html.length : gt + 1;
}
