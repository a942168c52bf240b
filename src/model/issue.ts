import { z } from 'zod';

/** An expected problem, carried as data beside a value. `code` is stable: tests and users match on it. */
export const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** What the problem is about: an input name, a document id, a CLI flag. */
  where: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
});
export type Issue = z.infer<typeof IssueSchema>;

/** What every stage returns: its value, and the problems it met on the way. */
export interface Result<T> {
  value: T;
  issues: Issue[];
}

export function issue(
  code: string,
  message: string,
  where?: string,
  severity: Issue['severity'] = 'warning',
): Issue {
  return where === undefined ? { code, message, severity } : { code, message, where, severity };
}
