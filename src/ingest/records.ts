// JSON and JSON Lines input records (CONTRACT.md "Input records"): one article a record. A bad record is an
// issue naming it ("file.json#3"), and the other records go on.
import type { DocMeta, RawDocument } from '../model/document.ts';
import { type InputRecord, InputRecordSchema } from '../model/document.ts';
import { type Issue, issue } from '../model/issue.ts';
import { hasText } from './html.ts';
import { describeJsonError } from './json-error.ts';
import { capIssue, MAX_RECORDS } from './limits.ts';

export interface RecordSource {
  /** The input's name, for messages and sources ("records.jsonl"). */
  name: string;
  /** The id of the input, prefix of record ids that have none ("records"). */
  baseId: string;
  /** Metadata known for the whole input. */
  meta: DocMeta;
}

function recordMeta(r: InputRecord, base: DocMeta): DocMeta {
  const meta: DocMeta = { ...base };
  if (r.title?.trim()) meta.title = r.title.trim();
  if (r.outlet?.trim()) meta.outlet = r.outlet.trim();
  if (r.authors?.length) meta.authors = r.authors.map((a) => a.trim()).filter(Boolean);
  if (r.published?.trim()) meta.published = r.published.trim();
  if (r.url?.trim()) meta.url = r.url.trim();
  return meta;
}

function describeZod(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** One parsed JSON value as a record → a document, or an issue naming `name#n` (n counts from 1). */
export function recordToDoc(
  value: unknown,
  n: number,
  src: RecordSource,
): { doc?: RawDocument; issue?: Issue } {
  const where = `${src.name}#${n}`;
  const parsed = InputRecordSchema.safeParse(value);
  if (!parsed.success) {
    return {
      issue: issue('ingest.record-invalid', `${where}: ${describeZod(parsed.error)}`, where, 'error'),
    };
  }
  const r = parsed.data;
  if (!r.text?.trim() && r.html && !hasText(r.html)) {
    return { issue: issue('ingest.no-text', `${where}: its "html" shows no text`, where, 'error') };
  }
  // plain text is the article already cut out of its page; prefer it over the page's HTML
  const text = r.text?.trim() ? r.text : undefined;
  const doc: RawDocument = {
    id: r.id?.trim() || `${src.baseId}#${n}`,
    source: where,
    kind: text !== undefined ? 'text' : 'html',
    body: (text ?? r.html ?? '').replace(/\r\n?/g, '\n'),
    meta: recordMeta(r, src.meta),
  };
  return { doc };
}

function parseError(where: string, text: string, fallback: string): Issue {
  const at = describeJsonError(text);
  const detail = at ? at.message : fallback;
  return issue('ingest.json-broken', `${where} is not valid JSON: ${detail}`, where, 'error');
}

/** A JSON text holding one record or an array of records. */
export function recordsFromJson(value: unknown, src: RecordSource): { docs: RawDocument[]; issues: Issue[] } {
  const all = Array.isArray(value) ? value : [value];
  const list = all.slice(0, MAX_RECORDS);
  const docs: RawDocument[] = [];
  const issues: Issue[] = [];
  if (all.length > MAX_RECORDS) issues.push(capIssue(src.name, MAX_RECORDS, all.length, 'records'));
  list.forEach((v, i) => {
    const r = recordToDoc(v, i + 1, src);
    if (r.doc) docs.push(r.doc);
    if (r.issue) issues.push(r.issue);
  });
  if (list.length === 0)
    issues.push(issue('ingest.empty', `${src.name} is an empty array`, src.name, 'error'));
  return { docs, issues };
}

/** Parse a whole JSON text, reporting where it breaks. */
export function parseJson(text: string, where: string): { value?: unknown; issue?: Issue } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { issue: parseError(where, text, (e as Error).message) };
  }
}

/** JSON Lines: one record a non-blank line; a broken line is an issue naming `name#line`. */
export function recordsFromJsonl(text: string, src: RecordSource): { docs: RawDocument[]; issues: Issue[] } {
  const docs: RawDocument[] = [];
  const issues: Issue[] = [];
  const lines = text.split('\n');
  let records = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    if (++records > MAX_RECORDS) {
      const total = lines.filter((l) => l.trim()).length;
      issues.push(capIssue(src.name, MAX_RECORDS, total, 'records'));
      break;
    }
    const where = `${src.name}#${i + 1}`;
    const parsed = parseJson(line, where);
    if (parsed.issue) {
      issues.push(parsed.issue);
      continue;
    }
    const r = recordToDoc(parsed.value, i + 1, src);
    if (r.doc) docs.push(r.doc);
    if (r.issue) issues.push(r.issue);
  }
  return { docs, issues };
}
