// The budget of the cross-source stages (resolve, align, assess, brief): they see every document of a story at
// once, on one thread that cannot be stopped, so the work handed to them is bounded before they start. A budget
// of work rather than of seconds, so that a briefing stays the same on a busy machine and an idle one.
import type { Briefing } from '../model/briefing.ts';
import { type Issue, issue } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { storyDocs } from './limits.ts';

/** Findings (entities, figures, dates, quotes, claims) compared across one story. Measured on one core: a real
 * 1,000-article story has ~62,000 and its cross-source stages take ~8 s; articles dense with dated figures,
 * quotes and claims (900 each) cost more per finding (80 articles, 72,000: ~10 s; 110, 99,000: ~20 s and half a
 * gigabyte), so the budget sits just above the real story. */
export const MAX_STORY_FINDINGS = 75_000;

const findingsOf = (x: Extracted): number =>
  x.entities.length + x.quantities.length + x.dates.length + x.quotes.length + x.claims.length;

/** The documents whose findings fit the budget, in story order, and an error naming what was left out. */
export function storyFindings(
  extracted: Extracted[],
  story: string,
  budget = MAX_STORY_FINDINGS,
): { kept: Extracted[]; issues: Issue[] } {
  let total = 0;
  let n = 0;
  for (; n < extracted.length; n++) {
    const more = findingsOf(extracted[n]!);
    if (n > 0 && total + more > budget) break;
    total += more;
  }
  if (n === extracted.length) return { kept: extracted, issues: [] };
  const all = total + extracted.slice(n).reduce((s, x) => s + findingsOf(x), 0);
  const message = `only the first ${n} of ${extracted.length} documents are compared across sources: together they have ${all} findings, over the budget of ${budget} per story; brief the rest as stories of their own`;
  return { kept: extracted.slice(0, n), issues: [issue('budget.story-findings', message, story, 'error')] };
}

/** Both budgets of a story's cross-source work: documents, then findings. */
export function storyBudget(extracted: Extracted[], story: string): { kept: Extracted[]; issues: Issue[] } {
  const docs = storyDocs(extracted, story);
  const found = storyFindings(docs.docs, story);
  return { kept: found.kept, issues: [...docs.issues, ...found.issues] };
}

const isStoryCut = (i: Issue): boolean => i.code.startsWith('budget.story-');

/** The briefing, saying in `cut` what a story budget left out (absent when nothing was). */
export function withCuts(b: Briefing, issues: Issue[]): Briefing {
  const cuts = issues.filter(isStoryCut).map((i) => ({ code: i.code, message: i.message }));
  if (cuts.length === 0) return b;
  const known = new Set((b.cut ?? []).map((c) => c.message));
  return { ...b, cut: [...(b.cut ?? []), ...cuts.filter((c) => !known.has(c.message))] };
}
