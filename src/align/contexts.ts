// A number dispute needs the two counts to stand in sentences that tell the same fact: "Four men rammed their car
// into the store" and "In 2008, three men emptied the stock of gems" both count men, but not the same men. The
// sentences are compared by meaning (meaning.ts) with their numbers left out, since the numbers are what differ.
import type { QuantityGroup } from '../model/finding.ts';
import { sharedMass, similarity, statementOf, weigh } from './meaning.ts';

/** Cosine of two sentences, numbers left out, from which they report one fact. */
const SAME_CONTEXT = 0.12;
/** ...or the specific meaning they share (relative weights; see meaning.ts). */
const SHARED_CONTEXT = 1.0;

const sentenceKey = (doc: string, start: number): string => `${doc}@${start}`;
const withoutNumbers = (s: string): string => s.replace(/\d[\d,.]*/g, ' ');

/** Marks each group whose differing counts stand in sentences of one fact (`comparable`). */
export function markComparable(groups: QuantityGroup[], texts: Map<string, string>): QuantityGroup[] {
  const keys: string[] = [];
  const at = new Map<string, number>();
  const statements = [];
  for (const g of groups) {
    if (new Set(g.members.map((m) => m.doc)).size < 2) continue;
    for (const m of g.members) {
      const k = sentenceKey(m.doc, m.q.sentence.start);
      if (at.has(k)) continue;
      at.set(k, keys.length);
      keys.push(k);
      const text = (texts.get(m.doc) ?? '').slice(m.q.sentence.start, m.q.sentence.end);
      statements.push(statementOf(m.doc, withoutNumbers(text), []));
    }
  }
  const ws = weigh(statements);
  return groups.map((g) => {
    const ms = g.members;
    let comparable = false;
    for (let i = 0; i < ms.length && !comparable; i++)
      for (let j = i + 1; j < ms.length && !comparable; j++) {
        const [a, b] = [ms[i]!, ms[j]!];
        if (a.doc === b.doc || a.q.value === b.q.value) continue;
        const wa = ws[at.get(sentenceKey(a.doc, a.q.sentence.start))!]!;
        const wb = ws[at.get(sentenceKey(b.doc, b.q.sentence.start))!]!;
        // A sentence with no words besides its number gives no evidence against comparing.
        const unknown = !wa.terms.size || !wb.terms.size;
        comparable =
          unknown || similarity(wa, wb) >= SAME_CONTEXT || sharedMass(wa, wb).mass >= SHARED_CONTEXT;
      }
    return { ...g, comparable };
  });
}
