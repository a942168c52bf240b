// The work a pool worker does for one document: clean it, or segment and extract it, through pipeline.ts.
import { makeContext } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { cleanDoc, type FirstPart, tryExtract, tryExtractFirst } from '../pipeline.ts';

/** Clean a document, extract it, or run the first part of its extraction (pipeline.ts says which is which). */
export type Task =
  | { kind: 'clean'; raw: RawDocument }
  | { kind: 'extract'; doc: Document }
  | { kind: 'first'; doc: Document };
export type TaskResult = Result<Document | null> | Result<Extracted | null> | Result<FirstPart | null>;

/** What a worker needs of the context: plain data, since functions do not cross threads. */
export interface TaskContext {
  now: string;
}

export function runTask(task: Task, tc: TaskContext): TaskResult {
  const ctx = makeContext({ now: new Date(tc.now) });
  if (task.kind === 'clean') return cleanDoc(task.raw, ctx);
  return task.kind === 'extract' ? tryExtract(task.doc, ctx) : tryExtractFirst(task.doc, ctx);
}

/** A result as a worker sends it: an extraction without the document it was given, which the pool already holds
 * (segment keeps the very object it was given, so putting it back restores the result exactly). */
export function compact(task: Task, r: TaskResult): TaskResult {
  if (task.kind === 'clean' || !r.value || !('seg' in r.value)) return r;
  return { ...r, value: { ...r.value, seg: { ...r.value.seg, doc: null as never } } } as TaskResult;
}

/** The result compact() sent, whole again. */
export function restore(task: Task, r: TaskResult): TaskResult {
  if (task.kind === 'clean' || !r.value || !('seg' in r.value)) return r;
  r.value.seg.doc = task.doc;
  return r;
}

/** Characters of input a task works on: what the size budgets bound its time by. */
export const taskChars = (t: Task): number => (t.kind === 'clean' ? t.raw.body.length : t.doc.text.length);

/** Documents the main thread may take between messages: a long article is 5-30 thousand characters, and the
 * finders are held linear on lines of a million (test/support/cpu.ts), so one this size takes milliseconds. */
export const INLINE_CHARS = 100_000;

/** A task small enough to run where it cannot be stopped. */
export const runsInline = (t: Task): boolean => taskChars(t) <= INLINE_CHARS;

/** The name a task's document goes by in messages. */
export const taskWhere = (t: Task): string => (t.kind === 'clean' ? t.raw.source : t.doc.id);

/** The stage a task is part of, as messages name it. */
export const taskStage = (t: Task): 'clean' | 'extract' => (t.kind === 'clean' ? 'clean' : 'extract');
