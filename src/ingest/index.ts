// ingest: the bytes of one input → raw documents (and feed links for the edge to fetch). Pure: never reads
// disk or network. Every refusal is an error issue naming the input, with a stable code.
import type { Context } from '../context.ts';
import type { DocMeta, RawDocument } from '../model/document.ts';
import type { Ingested, Input } from '../model/input.ts';
import { type Issue, issue, type Result } from '../model/issue.ts';
import { binaryReason, isGzip } from './binary.ts';
import { decodeText, hasBom } from './charset.ts';
import { detectFormat, type Format } from './detect.ts';
import { type FeedSource, feedToIngested } from './feed-item.ts';
import { gunzip } from './gzip.ts';
import { hasText } from './html.ts';
import { idForInput, isHttpUrl } from './ids.ts';
import { isJsonFeed, jsonFeed } from './json-feed.ts';
import { DEFAULT_MAX_BYTES, type IngestOptions } from './limits.ts';
import { parseJson, recordsFromJson, recordsFromJsonl } from './records.ts';
import { parseXmlFeed } from './xml-feed.ts';

export { SUPPORTED_EXTENSIONS } from './detect.ts';
export { DEFAULT_MAX_BYTES, type IngestOptions } from './limits.ts';

const WHITESPACE_ONLY = /^(\s|\u200b|\u200c|\u200d|\u2060|\ufeff)*$/;

function refuse(code: string, message: string, where: string): Result<Ingested> {
  return { value: { docs: [], follow: [] }, issues: [issue(code, message, where, 'error')] };
}

function baseMeta(input: Input): DocMeta {
  const meta: DocMeta = { ...input.meta };
  const url = input.url ?? input.meta?.url ?? (isHttpUrl(input.name) ? input.name : undefined);
  if (url) meta.url = url;
  return meta;
}

interface Decoded {
  input: Input;
  /** The name with a .gz suffix removed, for format detection. */
  name: string;
  text: string;
  meta: DocMeta;
  id: string;
}

function asDocument(d: Decoded, kind: RawDocument['kind']): Result<Ingested> {
  const doc: RawDocument = { id: d.id, source: d.input.name, kind, body: d.text, meta: d.meta };
  return { value: { docs: [doc], follow: [] }, issues: [] };
}

function ingestJson(d: Decoded, format: 'json' | 'jsonl'): Result<Ingested> {
  const src = containerSource(d);
  if (format === 'jsonl') {
    const r = recordsFromJsonl(d.text, src);
    return { value: { docs: r.docs, follow: [] }, issues: r.issues };
  }
  const parsed = parseJson(d.text, d.input.name);
  if (parsed.issue) return { value: { docs: [], follow: [] }, issues: [parsed.issue] };
  if (isJsonFeed(parsed.value)) return feedToIngested(jsonFeed(parsed.value, d.meta.url), containerSource(d));
  const r = recordsFromJson(parsed.value, src);
  return { value: { docs: r.docs, follow: [] }, issues: r.issues };
}

/** For inputs holding many articles (feeds, record files): their own url and title are not the articles'. */
function containerSource(d: Decoded): FeedSource {
  const { url: _url, title: _title, ...meta } = d.meta;
  return { name: d.input.name, baseId: d.id, meta };
}

function ingestXml(d: Decoded): Result<Ingested> {
  const parsed = parseXmlFeed(d.text, d.input.name, d.meta.url);
  if (!parsed.value) return { value: { docs: [], follow: [] }, issues: parsed.issues };
  const r = feedToIngested(parsed.value, containerSource(d));
  return { value: r.value, issues: [...parsed.issues, ...r.issues] };
}

function byFormat(d: Decoded, format: Format): Result<Ingested> {
  switch (format) {
    case 'html':
      if (!hasText(d.text)) {
        return refuse('ingest.no-text', `${d.input.name} is an HTML page with no visible text`, d.input.name);
      }
      return asDocument(d, 'html');
    case 'json':
    case 'jsonl':
      return ingestJson(d, format);
    case 'xml':
      return ingestXml(d);
    case 'markdown':
      return asDocument(d, 'markdown');
    case 'text':
      return asDocument(d, 'text');
  }
}

/** Unpack, check and decode the bytes of one input; null with an issue when they are not usable text. */
function decodeInput(input: Input, maxBytes: number): { value: Decoded | null; issues: Issue[] } {
  const where = input.name;
  const fail = (code: string, message: string) => ({
    value: null,
    issues: [issue(code, message, where, 'error')],
  });
  if (input.bytes.length > maxBytes) {
    return fail('ingest.too-large', `${where} is ${input.bytes.length} bytes, over the cap of ${maxBytes}`);
  }
  let bytes = input.bytes;
  let name = input.name;
  if (isGzip(bytes) || /\.gz$/i.test(name)) {
    const un = gunzip(bytes, maxBytes, where);
    if (!un.value) return { value: null, issues: un.issues };
    bytes = un.value;
    name = name.replace(/\.gz$/i, '');
  }
  if (bytes.length === 0) return fail('ingest.empty', `${where} is empty`);
  if (!hasBom(bytes)) {
    const reason = binaryReason(bytes);
    if (reason) return fail('ingest.binary', `${where} cannot be read as an article: ${reason}`);
  }
  const decoded = decodeText(bytes, input.contentType, where);
  if (!decoded.value) return { value: null, issues: decoded.issues };
  const text = decoded.value.text.replace(/\r\n?/g, '\n');
  if (WHITESPACE_ONLY.test(text)) return fail('ingest.empty', `${where} holds only whitespace`);
  const id = idForInput(input.name, bytes, input.url);
  return { value: { input, name, text, meta: baseMeta(input), id }, issues: decoded.issues };
}

/** Bytes of one input → its documents, and the links of feed items that carry only a teaser. */
export function ingest(input: Input, ctx: Context, opts: IngestOptions = {}): Result<Ingested> {
  const decoded = decodeInput(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.value) return { value: { docs: [], follow: [] }, issues: decoded.issues };
  const format = detectFormat(decoded.value.name, input.contentType, decoded.value.text);
  ctx.trace('ingest', `${input.name}: ${format}`, { id: decoded.value.id, chars: decoded.value.text.length });
  const r = byFormat(decoded.value, format);
  return { value: r.value, issues: [...decoded.issues, ...r.issues] };
}

export { idFromFileName, idFromUrl } from './ids.ts';
