// Claims that state one fact across articles, found by meaning: IDF-weighted overlap of content words, resolved
// entities and numbers (see meaning.ts). Each claim joins the group of its best match in another article when
// they say enough of the same specific things; a group never drifts away from its first statement.
import type { ClaimGroup, ClaimMember } from '../model/finding.ts';
import {
  MeaningIndex,
  numbersClash,
  sharedMass,
  similarity,
  statementOf,
  type WeightedStatement,
  weigh,
} from './meaning.ts';
import { stem } from './text.ts';

/** Cosine from which two sentences state the same fact (a paraphrase shares its rare words, a topic sentence
 *  shares only the story's common ones). */
export const SAME_FACT = 0.35;
/** ...or they share this much specific meaning (relative weights summed: about three uncommon terms) */
export const SHARED_MASS = 2.5;
/** ...in at least this many terms... */
const SHARED_TERMS = 3;
/** ...while still close as wholes: two long sentences about different parts of the story share terms too. */
const PARAPHRASE_COSINE = 0.2;
/** A member must also stay this close to the group's first statement: no chains of near neighbours. */
const TO_FIRST = 0.3;

/** How strongly two statements state one fact (their cosine), or 0 when they do not: close as wholes, or a
 *  paraphrase sharing several specific terms. */
export function sameFact(a: WeightedStatement, b: WeightedStatement): number {
  const cos = similarity(a, b);
  if (cos >= SAME_FACT) return cos;
  const shared = sharedMass(a, b);
  const paraphrase = shared.mass >= SHARED_MASS && shared.terms >= SHARED_TERMS && cos >= PARAPHRASE_COSINE;
  return paraphrase ? cos : 0;
}

export function alignClaims(members: ClaimMember[]): ClaimGroup[] {
  const statements = members.map((m) => {
    const s = statementOf(m.doc, m.c.text, m.entities);
    const extra = m.c.keys.map((k) => stem(k.toLowerCase()));
    return { ...s, words: [...new Set([...s.words, ...extra])] };
  });
  const ws = weigh(statements);
  const index = new MeaningIndex(members.length);
  const groupOf: number[] = [];
  const groups: number[][] = [];
  const groupDocs: Set<string>[] = [];
  // Two sentences giving different counts are not one fact corroborated: the quantities compare them.
  ws.forEach((w, i) => {
    let best = -1;
    let bestSim = 0;
    for (const j of index.candidates(w)) {
      if (members[j]!.doc === members[i]!.doc) continue;
      if (numbersClash(statements[i]!, statements[j]!)) continue;
      const s = sameFact(w, ws[j]!);
      const g = groupOf[j]!;
      if (!s || s <= bestSim) continue;
      if (groups[g]!.length > 1 && sameFact(w, ws[groups[g]![0]!]!) < TO_FIRST) continue;
      if (groupDocs[g]!.has(members[i]!.doc)) continue;
      best = g;
      bestSim = s;
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
      groupDocs.push(new Set());
    }
    groups[best]!.push(i);
    groupDocs[best]!.add(members[i]!.doc);
    groupOf[i] = best;
    index.add(i, w);
  });
  return groups.map((g, k) => ({ id: `C${k + 1}`, members: g.map((i) => members[i]!) }));
}
