// Which Content-Types are worth downloading: pages, text, feeds and JSON. Everything else is refused
// before the body is read, with a message saying what it was.

const READABLE = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/json',
  'text/json',
  'application/feed+json',
  'application/x-ndjson',
  'application/jsonl',
]);

const KIND: [RegExp, string][] = [
  [/^image\//, 'an image'],
  [/^video\//, 'a video'],
  [/^audio\//, 'audio'],
  [/^application\/pdf$/, 'a PDF document'],
  [/^application\/octet-stream$/, 'binary data (application/octet-stream)'],
  [/zip|compressed|tar/, 'an archive'],
  [/msword|officedocument|opendocument/, 'an office document'],
  [/javascript|css/, 'a script or style sheet'],
];

/** Why a response of this Content-Type is refused, or null when it can be read. A missing type is sniffed later. */
export function contentTypeRefusal(contentType: string | undefined): string | null {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!mime || READABLE.has(mime)) return null;
  const kind = KIND.find(([re]) => re.test(mime))?.[1];
  const what = kind ? `${kind} (${mime})` : mime;
  return `it is ${what}; corroborate reads HTML pages, plain text, feeds (RSS, Atom, JSON Feed) and JSON`;
}
