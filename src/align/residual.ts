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

/** Share of the keys another article of the group also says. */
const shareIn = (keys: string[], said: (k: string) => boolean): number =>
  keys.length ? keys.filter(said).length / keys.length : 0;

/** A member's clauses that the group's other articles do not say, each as a claim member of its own. */
function ownClauses(m: ClaimMember, said: (k: string) => boolean): ClaimMember[] {
  const clauses = (m.c.clauses ?? []).map((span) => {
    const text = m.c.text.slice(span.start - m.c.span.start, span.end - m.c.span.start);
    return { span, text, keys: keysOfText(text) };
  });
  if (clauses.length < 2) return [];
  const shares = clauses.map((c) => shareIn(c.keys, said));
  if (!shares.some((s) => s >= SHARED_SHARE)) return [];
  return clauses
    .filter((c, i) => c.keys.length >= MIN_CLAUSE_KEYS && shares[i]! <= OWN_SHARE)
    .map((c) => ({ ...m, c: { ...m.c, span: c.span, text: c.text, keys: c.keys, clauses: undefined } }));
}

/** Years are when, not what: "in 2016" adds no figure of its own. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Numbers in digits, not one side of a slashed pair ("9/11", "24/7" name a day or a habit, not a figure) nor the end
 *  of a span of years ("1950-53"). */
const DIGIT = /\d/;
const DIGITS = /(?<![\d/]|\d{4}[-–])\d+(?:,\d{3})*(?:\.\d+)?(?![\d/])/g;

/** A member's figures no other article of its group gives ("voted 41-9" beside "voted to override"): numbers in
 *  digits, less the days and years its dates are written with. */
function ownFigures(m: ClaimMember, keys: string[], said: (k: string) => boolean): string[] {
  const dated = new Set((m.written ?? []).flatMap(numbersIn));
  // Its numbers are the keys in digits (keysOf leaves numbers out, numbersIn gives them). Figures written in
  // digits only: a number word ("three workers") is told in words by the others too.
  const own = new Set(keys.filter((n) => /^\d/.test(n) && !YEAR.test(n) && !dated.has(n) && !said(n)));
  // ...as written ("1,200"), once each.
  return [...new Set((m.c.text.match(DIGITS) ?? []).filter((d) => own.has(d.replace(/,/g, ''))))];
}

/** The groups, plus a group of one for each clause that only one article of a group of several states, and for each
 *  sentence with no such clause that gives a figure only its article gives: the figure rests on that one source. */
export function withOwnClauses(groups: ClaimGroup[]): ClaimGroup[] {
  const extra: ClaimGroup[] = [];
  for (const g of groups) {
    if (new Set(g.members.map((m) => m.doc)).size < 2) continue;
    // Only a clause or a figure written in digits can stand apart: most groups have neither.
    if (!g.members.some((m) => m.c.clauses || DIGIT.test(m.c.text))) continue;
    // Which articles of the group say each key: read once per member, however large the group.
    const keys = g.members.map((m) => keysOfText(m.c.text));
    const docsOf = new Map<string, Set<string>>();
    g.members.forEach((m, i) => {
      for (const k of keys[i]!) {
        const set = docsOf.get(k);
        if (set) set.add(m.doc);
        else docsOf.set(k, new Set([m.doc]));
      }
    });
    for (const [i, m] of g.members.entries()) {
      const said = (k: string): boolean => {
        const d = docsOf.get(k);
        return d !== undefined && (d.size > 1 || !d.has(m.doc));
      };
      const own = m.c.clauses ? ownClauses(m, said) : [];
      for (const c of own) extra.push({ id: '', members: [c] });
      const figures = own.length ? [] : ownFigures(m, keys[i]!, said);
      if (figures.length) extra.push({ id: '', members: [m], figures });
    }
  }
  const n = groups.length;
  return [...groups, ...extra.map((g, k) => ({ ...g, id: `C${n + k + 1}` }))];
}
