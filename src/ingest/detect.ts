// What an input is: the Content-Type when it is specific, else the file extension, else a look at the text.
import { wordTable } from '../lang/table.ts';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'xml';

const BY_MIME: Record<string, Format> = wordTable({
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'xml',
  'application/atom+xml': 'xml',
  'application/rdf+xml': 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/feed+json': 'json',
  'application/json': 'json',
  'text/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
});

const BY_EXT: Record<string, Format> = wordTable({
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  xml: 'xml',
  rss: 'xml',
  atom: 'xml',
});

/** File extensions corroborate reads (a trailing .gz is allowed on any of them). */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXT);

const HTML_START =
  /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6]|section|main)[\s>/]/i;
const XML_START = /^<\?xml\b/;
const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/;

export function mimeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The last extension of a file name or of a URL's path ("a.html.gz" after gunzip → "html"). */
export function extensionOf(name: string): string {
  let path = name;
  if (/^https?:\/\//i.test(name)) {
    try {
      path = new URL(name).pathname;
    } catch {
      // keep the raw name
    }
  }
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function isXmlFeed(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  return (XML_START.test(head) || head.startsWith('<')) && FEED_ROOT.test(head) && !/<html[\s>]/i.test(head);
}

function sniff(text: string): Format {
  const head = text.slice(0, 2048).trimStart();
  if (XML_START.test(head)) return FEED_ROOT.test(head) || !/<html[\s>]/i.test(head) ? 'xml' : 'html';
  if (FEED_ROOT.test(head.slice(0, 200)) && head.startsWith('<')) return 'xml';
  if (HTML_START.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return sniffJson(text);
  return 'text';
}

/** One JSON value, or several lines each a JSON value. */
function sniffJson(text: string): Format {
  const trimmed = text.trim();
  const firstBreak = trimmed.indexOf('\n');
  if (firstBreak === -1) return 'json';
  const firstLine = trimmed.slice(0, firstBreak).trim();
  if (!firstLine.startsWith('{')) return 'json';
  try {
    JSON.parse(firstLine);
    return 'jsonl';
  } catch {
    return 'json';
  }
}

/** Decide the format of a decoded input. `name` is the name with any .gz already removed. */
export function detectFormat(name: string, contentType: string | undefined, text: string): Format {
  const mime = mimeOf(contentType);
  const ext = extensionOf(name);
  const byMime = BY_MIME[mime];
  // a JSON Lines file served as JSON, or a feed served as generic XML: the extension is more precise
  if (byMime === 'json' && BY_EXT[ext] === 'jsonl') return 'jsonl';
  if (byMime === 'xml' && (mime === 'application/xml' || mime === 'text/xml'))
    return sniff(text) === 'html' ? 'html' : 'xml';
  // feeds are often served as text/html or text/plain; the XML root says what they are
  if ((byMime === 'html' || mime === 'text/plain') && isXmlFeed(text)) return 'xml';
  if (byMime) return byMime;
  const byExt = BY_EXT[ext];
  if (byExt) return byExt;
  // text/plain, octet-stream or nothing: only the content can tell
  return sniff(text);
}
