// The work a pool worker does for one document: clean it, or segment and extract it, through pipeline.ts.
import { makeContext } from '../context.ts';
import type { Document, RawDocument } from '../model/document.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { cleanDoc, tryExtract } from '../pipeline.ts';

export type Task = { kind: 'clean'; raw: RawDocument } | { kind: 'extract'; doc: Document };
export type TaskResult = Result<Document | null> | Result<Extracted | null>;

/** What a worker needs of the context: plain data, since functions do not cross threads. */
export interface TaskContext {
  now: string;
}

export function runTask(task: Task, tc: TaskContext): TaskResult {
  const ctx = makeContext({ now: new Date(tc.now) });
  return task.kind === 'clean' ? cleanDoc(task.raw, ctx) : tryExtract(task.doc, ctx);
}

/** The name a task's document goes by in messages. */
export const taskWhere = (t: Task): string => (t.kind === 'clean' ? t.raw.source : t.doc.id);
