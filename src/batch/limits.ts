// Budgets of the cross-source stages, which see every document of a story at once.
import { type Issue, issue, type Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';

/** Documents briefed as one story: a briefing a reader can check cites tens of sources, a wire story's copies run
 * to hundreds; the cross-source stages cost about the same per article up to a thousand (npm run bench). */
export const MAX_STORY_DOCS = 1000;

/** The documents a briefing takes, and an error issue naming the story when some were left out. */
export function storyDocs<T>(docs: T[], story: string): { docs: T[]; issues: Issue[] } {
  if (docs.length <= MAX_STORY_DOCS) return { docs, issues: [] };
  const message = `only the first ${MAX_STORY_DOCS} of ${docs.length} documents are briefed (the budget per story); brief the rest as stories of their own`;
  return {
    docs: docs.slice(0, MAX_STORY_DOCS),
    issues: [issue('budget.story-docs', message, story, 'error')],
  };
}

/** Findings of one kind kept per document: a long article has a few dozen dates or figures; thousands are a list
 * or a hostile page, and the cross-source stages compare findings across documents. */
export const MAX_FINDINGS = 300;

const KINDS = ['entities', 'quantities', 'dates', 'quotes', 'claims'] as const;

/** One document's findings within the budget, in text order, and a warning naming what was cut. */
export function boundFindings(x: Extracted, where: string): Result<Extracted> {
  const cut = KINDS.filter((k) => x[k].length > MAX_FINDINGS);
  if (cut.length === 0) return { value: x, issues: [] };
  const value = { ...x };
  for (const k of cut) (value[k] as unknown[]) = x[k].slice(0, MAX_FINDINGS);
  const what = cut.map((k) => `${x[k].length} ${k}`).join(', ');
  const message = `${where}: only the first ${MAX_FINDINGS} findings of each kind are compared (it has ${what})`;
  return { value, issues: [issue('budget.findings', message, where)] };
}
