// Account disputes: sources telling the same event with and without casualties ("killed 12" vs "no casualties").
import type { ClaimGroup, Dispute, SpanEvidence } from '../model/finding.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

const NONE =
  /\b(no (?:one|civilian|other)?\s*(?:was |were )?(?:killed|hurt|injured|dead|deaths|casualties|injuries|fatalities)|no (?:civilian )?casualties|nobody (?:was )?(?:killed|hurt|injured)|without (?:any )?casualties|no one died|no fatalities)\b/i;
const SOME = /\b(killed|dead|deaths?|died|fatalities|casualties|injured|wounded)\b/i;

export function assessAccounts(groups: ClaimGroup[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  const out: Omit<Dispute, 'id'>[] = [];
  for (const g of groups) {
    const none: { doc: string; ev: SpanEvidence }[] = [];
    const some: { doc: string; ev: SpanEvidence }[] = [];
    for (const m of g.members) {
      const d = docs.get(m.doc);
      if (!d || NOT_NEWS.has(d.kindAt(m.c.span.start))) continue;
      const ev = sentenceEvidence(d, m.c.span);
      if (NONE.test(m.c.text)) none.push({ doc: m.doc, ev });
      else if (SOME.test(m.c.text)) some.push({ doc: m.doc, ev });
    }
    if (!none.length || !some.length) continue;
    if (
      none.every((n) => some.some((s) => s.doc === n.doc)) &&
      new Set([...none, ...some].map((x) => x.doc)).size < 2
    )
      continue;
    out.push({
      kind: 'account',
      about: `casualties: ${g.members[0]!.c.text.slice(0, 80)}`,
      sides: [
        {
          value: 'casualties reported',
          docs: [...new Set(some.map((s) => s.doc))],
          evidence: some.map((s) => s.ev),
        },
        {
          value: 'no casualties',
          docs: [...new Set(none.map((s) => s.doc))],
          evidence: none.map((s) => s.ev),
        },
      ],
      note: 'one account reports casualties, another says there were none',
    });
  }
  return out;
}
