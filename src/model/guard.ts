// One document's trip through a stage, fenced: an exception (a bug met on strange input) rejects that document
// alone, with a reason that names it and the stage, and the rest of the batch goes on.
import { type Issue, issue, type Result } from './issue.ts';

/** Stable code of a document a stage failed on; its message says which stage and why. */
export const STAGE_FAILED = 'internal.stage-failed';

export function stageFailure(stage: string, where: string, e: unknown): Issue {
  const why = e instanceof Error ? e.message : String(e);
  const message = `${where}: ${stage} failed on this document (${why.slice(0, 200)}); it was left out — please report it`;
  return issue(STAGE_FAILED, message, where, 'error');
}

/** Runs fn; when it throws, the fallback value with an error issue in its place. */
export function guarded<T>(stage: string, where: string, fallback: T, fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    return { value: fallback, issues: [stageFailure(stage, where, e)] };
  }
}
