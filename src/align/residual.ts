// What only one source adds to a fact others report: a sentence can say the shared fact and, in a clause of its
// own, one more ("…declined to comment, as did the company's lawyer"). Such a clause stands as a claim of its own,
// so the briefing neither calls it corroborated nor loses it inside a corroborated sentence.
import type { ClaimGroup, ClaimMember } from '../model/finding.ts';
import { numbersIn } from './meaning.ts';
import { keysOf } from './text.ts';

/** A clause of fewer content words says too little to stand alone ("as did others"). */
const MIN_CLAUSE_KEYS = 3;
/** A clause the other articles of its group say at most this share of is its article's own... */
const OWN_SHARE = 1 / 3;
/** ...while another clause of the sentence is at least this much theirs: the group did match on the sentence. */
const SHARED_SHARE = 1 / 2;

const keysOfText = (t: string): string[] => [...new Set([...keysOf(t), ...numbersIn(t)])];

const shareIn = (keys: string[], others: Set<string>): number =>
  keys.length ? keys.filter((k) => others.has(k)).length / keys.length : 0;

/** A member's clauses that the group's other articles do not say, each as a claim member of its own. */
function ownClauses(m: ClaimMember, others: Set<string>): ClaimMember[] {
  const clauses = (m.c.clauses ?? []).map((span) => {
    const text = m.c.text.slice(span.start - m.c.span.start, span.end - m.c.span.start);
    return { span, text, keys: keysOfText(text) };
  });
  if (clauses.length < 2) return [];
  const shares = clauses.map((c) => shareIn(c.keys, others));
  if (!shares.some((s) => s >= SHARED_SHARE)) return [];
  return clauses
    .filter((c, i) => c.keys.length >= MIN_CLAUSE_KEYS && shares[i]! <= OWN_SHARE)
    .map((c) => ({ ...m, c: { ...m.c, span: c.span, text: c.text, keys: c.keys, clauses: undefined } }));
}

/** The groups, plus a group of one for each clause that only one article of a group of several states. */
export function withOwnClauses(groups: ClaimGroup[]): ClaimGroup[] {
  const extra: ClaimMember[] = [];
  for (const g of groups) {
    if (new Set(g.members.map((m) => m.doc)).size < 2) continue;
    for (const m of g.members) {
      if (!m.c.clauses) continue;
      const others = new Set(g.members.filter((o) => o.doc !== m.doc).flatMap((o) => keysOfText(o.c.text)));
      extra.push(...ownClauses(m, others));
    }
  }
  const n = groups.length;
  return [...groups, ...extra.map((m, k) => ({ id: `C${n + k + 1}`, members: [m] }))];
}
