// Name slips: an article names someone once by a near-spelling of a name it also gives in full, a name the other
// sources use ("Martens was injured" in an article about Rep. Marten Olsby). The slip is a finding a reader
// should check: two sources disagree on who the sentence is about.
import type { Flag } from '../model/document.ts';
import type { Dispute, DisputeSide, Entity, SpanEvidence } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

/** Edit distance up to `max` (Levenshtein), or max + 1 when farther. */
function within(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Shortest name a slip can be: shorter names are near-spellings of too many others. */
const MIN_NAME = 5;
/** Other articles that must give the full name: a slip is set against an accepted form. */
const MIN_OTHER_DOCS = 1;

const tokens = (name: string): string[] => name.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t));

/** The mention spans of an entity in one article. */
function spansIn(e: Entity, doc: DocInfo): SpanEvidence[] {
  const locals = new Set(e.refs.filter((r) => r.doc === doc.id).map((r) => r.local));
  return doc.x.entities
    .filter((d) => locals.has(d.id))
    .flatMap((d) => d.mentions)
    .map((span) => sentenceEvidence(doc, span));
}

export function assessNameSlips(entities: Entity[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  // People by article: a slip is looked for among the people of its own article only, so the cost stays linear.
  const peopleIn = new Map<string, Entity[]>();
  for (const p of entities)
    if (p.type === 'person' && p.docs.length > MIN_OTHER_DOCS) for (const d of p.docs) pushTo(peopleIn, d, p);
  const out: Omit<Dispute, 'id'>[] = [];
  for (const e of entities) {
    // One word, in one article, said once: a full name said often is a person of its own.
    if (e.type === 'place' || e.docs.length !== 1 || tokens(e.name).length !== 1 || e.aliases.length)
      continue;
    const word = e.name.toLowerCase();
    if (word.length < MIN_NAME) continue;
    const doc = docs.get(e.docs[0]!);
    if (!doc) continue;
    const said = spansIn(e, doc);
    if (said.length !== 1 || NOT_NEWS.has(doc.kindAt(said[0]!.start))) continue;
    // The person it slips from: named in the same article and in another, one of whose names is one letter away.
    // "the Ruizes", "the Olsbys": a family named by its surname in the plural is no slip of it.
    const familyOf = (p: Entity) => {
      const surname = tokens(p.name).at(-1)?.toLowerCase();
      return word === `${surname}s` || word === `${surname}es`;
    };
    const near = (peopleIn.get(doc.id) ?? []).filter(
      (p) =>
        p.id !== e.id &&
        !familyOf(p) &&
        tokens(p.name).some((t) => t.toLowerCase() !== word && within(t.toLowerCase(), word, 1) <= 1),
    );
    if (near.length !== 1) continue;
    const p = near[0]!;
    const others = p.docs.filter((d) => d !== doc.id);
    out.push({
      kind: 'name',
      about: `name of the person: "${e.name}" or ${p.name}`,
      sides: [
        { value: e.name, docs: [doc.id], evidence: said },
        {
          value: p.name,
          docs: others,
          evidence: others.flatMap((d) => {
            const info = docs.get(d);
            return info ? spansIn(p, info).slice(0, 1) : [];
          }),
        },
      ],
      note: `"${e.name}" is named once, in one article, one letter from ${p.name}, whom that article and others name: likely a slip`,
    });
  }
  return out;
}

/** A name given wrongly once is an error of fact in that article, beside the dispute that shows it (the slip's side
 *  comes first in each name dispute above). */
export function slipFlags(disputes: Omit<Dispute, 'id'>[]): { doc: string; flag: Flag }[] {
  return disputes
    .filter((d) => d.kind === 'name')
    .map((d) => {
      const [slip, named] = d.sides as [DisputeSide, DisputeSide];
      return {
        doc: slip.docs[0]!,
        flag: { kind: 'errors', evidence: `names ${named.value} once as "${slip.value}"` },
      };
    });
}
