// From CLI input specs to cleaned documents, one input at a time: collect (disk, network) then clean (pure).
// A problem with one input becomes a rejection beside the others, never the end of the batch.
import { resolve } from 'node:path';
import { type DocRunner, inThisThread } from '../batch/runner.ts';
import type { Context } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Issue } from '../model/issue.ts';
import { markCopies } from '../pipeline.ts';
import { collect } from './collect.ts';
import type { Io } from './io.ts';

export interface Rejection {
  /** The input or record as the user would name it. */
  input: string;
  reason: string;
}

export interface CleanedInput {
  source: string;
  docs: { raw: RawDocument; doc: Document }[];
  rejected: Rejection[];
  /** Problems that did not stop a document (shown with --verbose). */
  warnings: Issue[];
}

const isError = (i: Issue): boolean => i.severity === 'error';

/** Cleans the raw documents of one input; a document that cannot be cleaned is a rejection with clean's reason. */
export async function cleanOne(
  source: string,
  raws: RawDocument[],
  collectIssues: Issue[],
  runner: DocRunner,
): Promise<CleanedInput> {
  const rejected: Rejection[] = collectIssues.filter(isError).map((i) => ({
    input: i.where ?? source,
    reason: i.message,
  }));
  const warnings = collectIssues.filter((i) => !isError(i));
  const pairs: { raw: RawDocument; doc: Document }[] = [];
  const results = await Promise.all(raws.map((raw) => runner.clean(raw)));
  for (const [k, raw] of raws.entries()) {
    const r = results[k]!;
    if (r.value) {
      pairs.push({ raw, doc: r.value });
      warnings.push(...r.issues);
    } else {
      const why = r.issues.find(isError) ?? r.issues[0];
      rejected.push({ input: raw.source, reason: why?.message ?? 'no article text left after cleaning' });
      warnings.push(...r.issues.filter((i: Issue) => i !== why));
    }
  }
  if (raws.length === 0 && rejected.length === 0) {
    const why = warnings[0]?.message ?? 'no article found';
    rejected.push({ input: source, reason: why });
  }
  return { source, docs: pairs, rejected, warnings };
}

/** Flags copies among the documents of one input (an input may be a feed or a JSON Lines file of many). */
export function markWithin(c: CleanedInput, ctx: Context): CleanedInput {
  const marked = markCopies(
    c.docs.map((p) => p.doc),
    ctx,
  );
  return { ...c, docs: withMarks(c.docs, marked.value), warnings: [...c.warnings, ...marked.issues] };
}

/** Puts the duplicate marks back beside their raw documents: by position when dedupe kept them all, else by id. */
function withMarks(pairs: { raw: RawDocument; doc: Document }[], marked: Document[]) {
  if (marked.length === pairs.length && marked.every((d, i) => d.id === pairs[i]!.doc.id)) {
    return pairs.map((p, i) => ({ raw: p.raw, doc: marked[i]! }));
  }
  const byId = new Map(marked.map((d) => [d.id, d]));
  return pairs.map((p) => ({ raw: p.raw, doc: byId.get(p.doc.id) ?? p.doc }));
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Paths are relative to io.cwd; collect reads them relative to the process, so translate when the two differ. */
export function specsFor(specs: string[], cwd: string): string[] {
  if (resolve(cwd) === process.cwd()) return specs;
  return specs.map((s) => (s === '-' || URL_LIKE.test(s) ? s : resolve(cwd, s)));
}

/** Inputs read ahead while earlier ones are cleaned, so that a pool has work for every thread. */
const READ_AHEAD = 16;

/** Every input of the specs, cleaned, in order, as soon as it and those before it are done. */
export async function* cleanedInputs(
  specs: string[],
  ctx: Context,
  io: Io,
  runner: DocRunner = inThisThread(ctx),
): AsyncGenerator<CleanedInput> {
  const ahead: Promise<CleanedInput>[] = [];
  for await (const item of collect(specsFor(specs, io.cwd), ctx, { stdin: io.stdin })) {
    ahead.push(cleanOne(item.source, item.docs, item.issues, runner));
    if (ahead.length >= READ_AHEAD) yield await ahead.shift()!;
  }
  while (ahead.length) yield await ahead.shift()!;
}

/** All inputs at once, duplicates marked across the whole batch (for commands that look at the batch as a story). */
export async function cleanBatch(
  specs: string[],
  ctx: Context,
  io: Io,
  onInput: (c: CleanedInput) => void = () => {},
  runner: DocRunner = inThisThread(ctx),
): Promise<{ docs: Document[]; rejected: Rejection[]; warnings: Issue[] }> {
  const docs: Document[] = [];
  const rejected: Rejection[] = [];
  const warnings: Issue[] = [];
  for await (const c of cleanedInputs(specs, ctx, io, runner)) {
    onInput(c);
    docs.push(...c.docs.map((p) => p.doc));
    rejected.push(...c.rejected);
    warnings.push(...c.warnings);
  }
  const marked = markCopies(docs, ctx);
  return { docs: marked.value, rejected, warnings: [...warnings, ...marked.issues] };
}
