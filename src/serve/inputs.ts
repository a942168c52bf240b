// From CLI input specs to cleaned documents, one input at a time: collect (disk, network) then clean (pure).
// A problem with one input becomes a rejection beside the others, never the end of the batch.
import { resolve } from 'node:path';
import type { Context } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Issue } from '../model/issue.ts';
import { cleanDoc, markCopies } from '../pipeline.ts';
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
export function cleanOne(
  source: string,
  raws: RawDocument[],
  collectIssues: Issue[],
  ctx: Context,
): CleanedInput {
  const rejected: Rejection[] = collectIssues.filter(isError).map((i) => ({
    input: i.where ?? source,
    reason: i.message,
  }));
  const warnings = collectIssues.filter((i) => !isError(i));
  const pairs: { raw: RawDocument; doc: Document }[] = [];
  for (const raw of raws) {
    const r = cleanDoc(raw, ctx);
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

/** Every input of the specs, cleaned, as soon as it has been read. */
export async function* cleanedInputs(specs: string[], ctx: Context, io: Io): AsyncGenerator<CleanedInput> {
  for await (const item of collect(specsFor(specs, io.cwd), ctx, { stdin: io.stdin })) {
    yield cleanOne(item.source, item.docs, item.issues, ctx);
  }
}

/** All inputs at once, duplicates marked across the whole batch (for commands that look at the batch as a story). */
export async function cleanBatch(
  specs: string[],
  ctx: Context,
  io: Io,
  onInput: (c: CleanedInput) => void = () => {},
): Promise<{ docs: Document[]; rejected: Rejection[]; warnings: Issue[] }> {
  const docs: Document[] = [];
  const rejected: Rejection[] = [];
  const warnings: Issue[] = [];
  for await (const c of cleanedInputs(specs, ctx, io)) {
    onInput(c);
    docs.push(...c.docs.map((p) => p.doc));
    rejected.push(...c.rejected);
    warnings.push(...c.warnings);
  }
  const marked = markCopies(docs, ctx);
  return { docs: marked.value, rejected, warnings: [...warnings, ...marked.issues] };
}
