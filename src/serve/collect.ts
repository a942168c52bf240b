// CLI input specs (paths, directories, "-", http(s) URLs, feeds) → raw documents, one yield per input, in
// order. Disk and network happen here; ingest stays pure. A bad input is a yield with issues, never the end
// of the batch. Feed items that carry only a teaser are fetched, with the item's metadata passed along.
import type { Context } from '../context.ts';
import { type ReadResult, readPath, readStream } from '../fetch/files.ts';
import { type FetchOptions, fetchUrl } from '../fetch/http.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import type { DocMeta, RawDocument } from '../model/document.ts';
import type { Ingested, Input } from '../model/input.ts';
import { type Issue, issue } from '../model/issue.ts';
import { ingestInput as ingestOne } from '../pipeline.ts';

export interface CollectOptions {
  stdin?: NodeJS.ReadableStream;
  maxBytes?: number;
  /** Called as each input starts being read or fetched (progress). */
  onInput?: (name: string) => void;
  /** Timeouts, redirects, resolver and the like for every fetch; private hosts follow ctx.allowPrivateHosts. */
  fetch?: Omit<FetchOptions, 'allowPrivateHosts' | 'maxBytes' | 'meta'>;
  /** Feed links fetched per feed (default 100); the rest are reported, not fetched. */
  maxFollow?: number;
  /** Feed links fetched at once (default 4); results still come in feed order. */
  concurrency?: number;
}

export interface Collected {
  /** The input as the user would name it: a path, a URL, "stdin". */
  source: string;
  docs: RawDocument[];
  issues: Issue[];
}

const HTTP = /^https?:\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

interface Batch {
  ctx: Context;
  opts: CollectOptions;
  maxBytes: number;
  /** Ids given so far, so that two "a.txt" in different folders do not share one. */
  ids: Map<string, number>;
  /** URLs fetched so far: two feeds linking the same article fetch it once. */
  fetched: Set<string>;
}

/** Later documents with an id already used get "-2", "-3"... and a warning saying so. */
function uniqueIds(docs: RawDocument[], b: Batch): { docs: RawDocument[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out = docs.map((d) => {
    const n = (b.ids.get(d.id) ?? 0) + 1;
    b.ids.set(d.id, n);
    if (n === 1) return d;
    let id = `${d.id}-${n}`;
    while (b.ids.has(id)) id = `${id}-${n}`;
    b.ids.set(id, 1);
    issues.push(
      issue(
        'collect.duplicate-id',
        `${d.source}: id "${d.id}" is already taken; this one is "${id}"`,
        d.source,
      ),
    );
    return { ...d, id };
  });
  return { docs: out, issues };
}

function ingestInput(input: Input, b: Batch): { value: Ingested; collected: Collected } {
  const r = ingestOne(input, b.ctx, { maxBytes: b.maxBytes });
  const u = uniqueIds(r.value.docs, b);
  return {
    value: r.value,
    collected: { source: input.name, docs: u.docs, issues: [...r.issues, ...u.issues] },
  };
}

function fetchOptions(b: Batch, meta?: DocMeta): FetchOptions {
  return { ...b.opts.fetch, allowPrivateHosts: b.ctx.allowPrivateHosts, maxBytes: b.maxBytes, meta };
}

async function fetchAndIngest(url: string, meta: DocMeta, b: Batch): Promise<Collected> {
  b.opts.onInput?.(url);
  try {
    const r = await fetchUrl(url, fetchOptions(b, meta));
    if (!r.input) return { source: url, docs: [], issues: r.issue ? [r.issue] : [] };
    // a followed page is one article: feeds it might link to are not followed further
    return ingestInput(r.input, b).collected;
  } catch (e) {
    return {
      source: url,
      docs: [],
      issues: [issue('fetch.network', `${url}: ${(e as Error).message}`, url, 'error')],
    };
  }
}

/** Run tasks `width` at a time, yielding results in task order. */
async function* inOrder<T>(tasks: (() => Promise<T>)[], width: number): AsyncGenerator<T> {
  const running: Promise<T>[] = [];
  let next = 0;
  while (next < tasks.length && running.length < width) running.push(tasks[next++]!());
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < tasks.length) running.push(tasks[next++]!());
    yield result;
  }
}

/** One input read from disk, stdin or the network → its yield, then one yield per feed link followed. */
async function* fromInput(input: Input, b: Batch): AsyncGenerator<Collected> {
  const { value, collected } = ingestInput(input, b);
  const max = b.opts.maxFollow ?? 100;
  const links = value.follow.filter((l) => !b.fetched.has(l.url));
  if (links.length > max) {
    const msg = `${input.name} links ${links.length} articles; only the first ${max} were fetched`;
    collected.issues.push(issue('collect.follow-capped', msg, input.name));
  }
  // a feed whose items are all links has nothing of its own to report: its articles follow
  if (collected.docs.length > 0 || collected.issues.length > 0 || value.follow.length === 0) yield collected;
  const chosen = links.slice(0, max);
  for (const l of chosen) b.fetched.add(l.url);
  const tasks = chosen.map((l) => () => fetchAndIngest(l.url, l.meta, b));
  yield* inOrder(tasks, Math.max(1, b.opts.concurrency ?? 4));
}

/** The inputs one spec names: a URL, stdin, or a file or directory on disk. */
async function* readSpec(spec: string, b: Batch): AsyncGenerator<ReadResult> {
  if (spec === '-') {
    if (!b.opts.stdin) {
      yield { issue: issue('collect.no-stdin', '"-" names stdin, but no stdin was given', '-', 'error') };
      return;
    }
    b.opts.onInput?.('stdin');
    yield await readStream(b.opts.stdin, b.maxBytes);
  } else if (HTTP.test(spec)) {
    b.opts.onInput?.(spec);
    b.fetched.add(spec);
    const r = await fetchUrl(spec, fetchOptions(b));
    yield r.input ? { input: r.input } : { issue: r.issue };
  } else if (OTHER_SCHEME.test(spec)) {
    const msg = `${spec}: only http and https URLs are fetched`;
    yield { issue: issue('fetch.protocol', msg, spec, 'error') };
  } else {
    for await (const r of readPath(spec, b.maxBytes, { followSymlinks: b.ctx.followSymlinks ?? false })) {
      if (r.input) b.opts.onInput?.(r.input.name);
      yield r;
    }
  }
}

function newBatch(ctx: Context, opts: CollectOptions): Batch {
  return { ctx, opts, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, ids: new Map(), fetched: new Set() };
}

/** Every input of the specs as raw documents, one yield per input (and per feed link followed), in order. */
export async function* collect(
  specs: string[],
  ctx: Context,
  opts: CollectOptions = {},
): AsyncGenerator<Collected> {
  const b = newBatch(ctx, opts);
  for (const spec of specs) {
    for await (const r of readSpec(spec, b)) {
      if (r.input) yield* fromInput(r.input, b);
      else if (r.issue) yield { source: r.issue.where ?? spec, docs: [], issues: [r.issue] };
    }
  }
}

/** Inputs already in memory (an HTTP upload, posted records) → raw documents, feed links followed as for specs. */
export async function* collectInputs(
  inputs: Input[],
  ctx: Context,
  opts: CollectOptions = {},
): AsyncGenerator<Collected> {
  const b = newBatch(ctx, opts);
  for (const input of inputs) yield* fromInput(input, b);
}
