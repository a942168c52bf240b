// Quote disputes: the same words put in different mouths, or altered where it matters (a number, a negation).
import { EMPHATIC_NEGATION, NEGATION_WORDS } from '../lang/en/negation.ts';
import { oneOf } from '../lang/pattern.ts';
import type { Dispute, Entity, QuoteGroup, QuoteMember, SpanEvidence } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import type { DocInfo } from './docs.ts';

const NEGATION = new RegExp(`\\b(${oneOf(NEGATION_WORDS)})\\b`, 'g');
const NUMBER = /\d[\d,.]*/g;
const PRONOUN = /^(?:he|she|they|it|him|her|them)$/i;

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’]/g, "'");
}

/** What must not change between two renderings of one quote: its numbers and its negations. */
function fixedPoints(s: string): string {
  const f = fold(s);
  const nums = (f.match(NUMBER) ?? []).map((n) => n.replace(/[,.]$/, '').replace(/,/g, ''));
  // "Nothing less than", "no more than", "none other than" stress a point; they deny nothing.
  const negs = (f.replace(EMPHATIC_NEGATION, ' ').match(NEGATION) ?? []).length;
  return `${nums.sort().join(' ')}|${negs}`;
}

function evidenceOf(m: QuoteMember, docs: Map<string, DocInfo>): SpanEvidence[] {
  const d = docs.get(m.doc);
  return d ? [d.evidence(m.q.span)] : [];
}

const nameTokens = (name: string): Set<string> =>
  new Set(
    fold(name)
      .split(/[^a-z]+/)
      .filter((t) => t.length > 1),
  );

/** Two speakers are different people only when they are people and share no name ("Vell" and "Orsa-Vell" may
 *  be one man the resolver kept apart). */
function differentPeople(a: Entity | undefined, b: Entity | undefined): boolean {
  if (!a || !b || a.type !== 'person' || b.type !== 'person') return false;
  const ta = nameTokens(a.name);
  for (const t of nameTokens(b.name)) if (ta.has(t)) return false;
  return true;
}

/** One rendering holds the other: an outlet trimmed or extended the quote, which changes no word of it. */
function contains(a: string, b: string): boolean {
  const wa = ` ${fold(a)
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()} `;
  const wb = ` ${fold(b)
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()} `;
  return wa.includes(wb) || wb.includes(wa);
}

/** Words several people said together ("a joint statement from A, B and C"): an article naming two of the
 *  speakers in the sentence that attributes the words gives them to both, so sources naming one each agree. */
function jointly(
  members: QuoteMember[],
  speakers: string[],
  byId: Map<string, Entity>,
  docs: Map<string, DocInfo>,
): boolean {
  const namesOf = (id: string) => {
    const e = byId.get(id);
    return e ? [e.name, ...e.aliases].filter((n) => n.length > 2) : [];
  };
  return members.some((m) => {
    const d = docs.get(m.doc);
    const at = m.q.attribution ?? m.q.span;
    const s = d?.sentenceAt(at.start);
    if (!d || !s) return false;
    const sentence = d.text.slice(s.start, s.end);
    return speakers.filter((id) => namesOf(id).some((n) => sentence.includes(n))).length >= 2;
  });
}

export function assessQuotes(
  groups: QuoteGroup[],
  entities: Entity[],
  docs: Map<string, DocInfo>,
): Omit<Dispute, 'id'>[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const docsOf = new Map(entities.map((e) => [e.id, e.docs]));
  const out: Omit<Dispute, 'id'>[] = [];
  for (const g of groups) {
    if (new Set(g.members.map((m) => m.doc)).size < 2) continue;
    const bySpeaker = new Map<string, QuoteMember[]>();
    const named = new Set(
      g.members.filter((m) => m.speaker && !PRONOUN.test(m.q.speakerText ?? '')).map((m) => m.speaker!),
    );
    for (const m of g.members) {
      if (!m.speaker) continue;
      // "she said" guessed to be someone else, in an article that names the other speaker too, is no contradiction.
      if (
        PRONOUN.test(m.q.speakerText ?? '') &&
        [...named].some((id) => id !== m.speaker && docsOf.get(id)?.includes(m.doc))
      )
        continue;
      pushTo(bySpeaker, m.speaker, m);
    }
    const byId = new Map(entities.map((e) => [e.id, e]));
    const speakers = [...bySpeaker.keys()];
    const twoPeople = speakers.some((x, i) =>
      speakers.slice(i + 1).some((y) => differentPeople(byId.get(x), byId.get(y))),
    );
    if (bySpeaker.size >= 2 && twoPeople && !jointly(g.members, speakers, byId, docs)) {
      out.push({
        kind: 'quote',
        about: `who said "${g.text}"`,
        sides: [...bySpeaker.entries()].map(([id, ms]) => ({
          value: names.get(id) ?? id,
          docs: [...new Set(ms.map((m) => m.doc))],
          evidence: ms.flatMap((m) => evidenceOf(m, docs)),
        })),
        note: 'the same words are attributed to different speakers',
      });
      continue;
    }
    const byForm = new Map<string, QuoteMember[]>();
    for (const m of g.members) {
      const k = fixedPoints(m.q.text);
      pushTo(byForm, k, m);
    }
    const forms = [...byForm.values()].map((ms) => ms[0]!.q.text);
    const trimmedOnly = forms.every((x) => forms.every((y) => contains(x, y)));
    if (byForm.size >= 2 && !trimmedOnly && new Set([...byForm.values()].map((ms) => ms[0]!.doc)).size >= 2) {
      out.push({
        kind: 'quote',
        about: `wording of the quote "${g.text}"`,
        sides: [...byForm.values()].map((ms) => ({
          value: ms[0]!.q.text,
          docs: [...new Set(ms.map((m) => m.doc))],
          evidence: ms.flatMap((m) => evidenceOf(m, docs)),
        })),
        note: 'the quote differs in a number or a negation between sources: it was altered in at least one',
      });
    }
  }
  return out;
}
