// Adding articles to a story over HTTP: the same path as `corroborate ingest` (collect → clean → store, one
// transaction per input), from uploads, pasted text, input records or URLs. Nothing here touches the disk:
// uploads are bytes in memory, and URLs are checked to be http(s) before collect sees them.

import { createHash } from 'node:crypto';
import { inThisThread } from '../../batch/runner.ts';
import type { Context } from '../../context.ts';
import { SUPPORTED_EXTENSIONS } from '../../ingest/index.ts';
import type { DocMeta } from '../../model/document.ts';
import type { Input } from '../../model/input.ts';
import type { Store, StoryRecord } from '../../store/index.ts';
import { type Collected, collect, collectInputs } from '../collect.ts';
import { storeCleaned } from '../commands/ingest.ts';
import { cleanOne, markWithin } from '../inputs.ts';
import type { AddDocumentsResult, InputResult } from './schemas.ts';

export interface Upload {
  /** The file name the browser sent; only its last segment is kept, as a label. */
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface Intake {
  uploads: Upload[];
  texts: { text: string; title?: string }[];
  records: unknown[];
  urls: string[];
}

export interface IntakeOptions {
  maxBytes: number;
  /** Feed links followed per feed. */
  maxFollow: number;
}

const TEXT_TYPES =
  /^(text\/|application\/(json|x-ndjson|jsonl|xml|rss\+xml|atom\+xml|feed\+json|xhtml\+xml|gzip|x-gzip)\b)/i;

/** The last path segment of a client-given name, stripped of anything a path or terminal could misread. */
export function safeName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  return last.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 120) || 'upload';
}

/** Why an upload is refused before reading it, or null: its extension or declared type must be one ingest reads. */
export function uploadRefusal(u: Upload): string | null {
  const ext = safeName(u.name).toLowerCase().replace(/\.gz$/, '').split('.').pop() ?? '';
  const known = SUPPORTED_EXTENSIONS.includes(ext);
  if (known || (u.type && TEXT_TYPES.test(u.type))) return null;
  const exts = SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ');
  return `not a type corroborate reads (${u.type || 'no type'}); send ${exts}, optionally gzipped`;
}

const HTTP_URL = /^https?:\/\/[^\s/]/i;

function pastedInput(t: { text: string; title?: string }): Input {
  const bytes = new TextEncoder().encode(t.text);
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  const meta: DocMeta = t.title?.trim() ? { title: t.title.trim() } : {};
  return { name: `pasted-${id}.txt`, bytes, contentType: 'text/plain', meta };
}

/** The inputs in memory, in the order the answer lists them; refused uploads come back as results at once. */
function memoryInputs(i: Intake): { inputs: Input[]; refused: InputResult[] } {
  const inputs: Input[] = [];
  const refused: InputResult[] = [];
  for (const u of i.uploads) {
    const name = safeName(u.name);
    const why = uploadRefusal(u);
    if (why) refused.push({ input: name, status: 'rejected', id: null, reason: why });
    else inputs.push({ name, bytes: u.bytes, ...(u.type ? { contentType: u.type } : {}) });
  }
  for (const t of i.texts) inputs.push(pastedInput(t));
  if (i.records.length) {
    const bytes = new TextEncoder().encode(JSON.stringify(i.records));
    inputs.push({ name: 'records', bytes, contentType: 'application/json' });
  }
  return { inputs, refused };
}

/** How many inputs the request names (feeds may add more as they are read). */
export function intakeSize(i: Intake): number {
  return i.uploads.length + i.texts.length + (i.records.length ? 1 : 0) + i.urls.length;
}

/** Stores every input of the request in the story; each comes back stored, duplicate or rejected with its reason. */
export async function addDocuments(
  store: Store,
  story: StoryRecord,
  intake: Intake,
  ctx: Context,
  opts: IntakeOptions,
  progress: (done: number) => void = () => {},
): Promise<AddDocumentsResult> {
  const { inputs, refused } = memoryInputs(intake);
  const results: InputResult[] = [...refused];
  const collectOpts = { maxBytes: opts.maxBytes, maxFollow: opts.maxFollow };
  const storeOne = async (item: Collected) => {
    const c = markWithin(await cleanOne(item.source, item.docs, item.issues, inThisThread(ctx)), ctx);
    for (const { source, put } of await storeCleaned(store, story, c))
      results.push({ input: source, status: put.status, id: put.id, reason: null });
    for (const r of c.rejected)
      results.push({ input: r.input, status: 'rejected', id: null, reason: r.reason });
    progress(results.length);
  };
  for await (const item of collectInputs(inputs, ctx, collectOpts)) await storeOne(item);
  // collect would read a path from disk: only http(s) URLs ever reach it from a request
  const urls = intake.urls.filter((u) => HTTP_URL.test(u));
  for (const u of intake.urls.filter((x) => !HTTP_URL.test(x)))
    results.push({ input: u, status: 'rejected', id: null, reason: 'only http and https URLs are fetched' });
  if (urls.length) for await (const item of collect(urls, ctx, collectOpts)) await storeOne(item);
  const count = (s: InputResult['status']) => results.filter((r) => r.status === s).length;
  return {
    story: story.name,
    stored: count('stored'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    inputs: results,
  };
}
