// A preview overtaken: an article whose headline looks ahead to an act ("Assembly Set to Overturn Veto") while
// another source, published the same day or later, headlines the act as done ("Assembly Overturns Veto"). What the
// preview says of the act is outdated; the reader should take the later report.
import { PLANNED_ACT } from '../lang/en/happening.ts';
import { stem, words } from '../lang/en/keys.ts';
import type { Flag } from '../model/document.ts';
import type { DocInfo } from './docs.ts';

const headlineOf = (d: DocInfo): string | null => d.x.seg.doc.title?.trim() || null;

function plannedVerb(title: string): string | null {
  const m = PLANNED_ACT.exec(title);
  const verb = (m?.[1] ?? m?.[2])?.toLowerCase();
  return verb && verb.length > 2 ? stem(verb) : null;
}

/** The headline reports the verb as done: a form of it stands there with no plan before it. */
function reportsDone(title: string, verb: string): boolean {
  if (PLANNED_ACT.test(title)) return false;
  return words(title).some((w) => stem(w) === verb || stem(w.replace(/(?:ed|es|s|d)$/, '')) === verb);
}

/** Outdated flags: each preview headline another source's later (or same-day) headline reports as done. */
export function overtakenPreviews(docs: DocInfo[]): { doc: string; flag: Flag }[] {
  const out: { doc: string; flag: Flag }[] = [];
  for (const a of docs) {
    const title = headlineOf(a);
    const verb = title ? plannedVerb(title) : null;
    if (!title || !verb || !a.published) continue;
    const later = docs.find((b) => {
      const t =
        b !== a && b.published && b.published.slice(0, 10) >= a.published!.slice(0, 10)
          ? headlineOf(b)
          : null;
      return t !== null && reportsDone(t, verb);
    });
    if (!later) continue;
    out.push({
      doc: a.id,
      flag: {
        kind: 'outdated',
        evidence: `the headline "${title}" looks ahead to what ${later.id} ("${headlineOf(later)}") reports as done`,
      },
    });
  }
  return out;
}
