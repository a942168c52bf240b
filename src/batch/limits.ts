// Budgets of the cross-source stages, which see every document of a story at once.
import { type Issue, issue } from '../model/issue.ts';

/** Documents briefed as one story: a big story runs to a few hundred articles; more is a collection, not a story. */
export const MAX_STORY_DOCS = 500;

/** The documents a briefing takes, and an error issue naming the story when some were left out. */
export function storyDocs<T>(docs: T[], story: string): { docs: T[]; issues: Issue[] } {
  if (docs.length <= MAX_STORY_DOCS) return { docs, issues: [] };
  const message = `only the first ${MAX_STORY_DOCS} of ${docs.length} documents are briefed (the budget per story); brief the rest as stories of their own`;
  return {
    docs: docs.slice(0, MAX_STORY_DOCS),
    issues: [issue('budget.story-docs', message, story, 'error')],
  };
}
