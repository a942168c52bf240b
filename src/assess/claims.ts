// Claim statuses: hypothetical and opinion by where and how they are said; disputed when a contested side of a
// dispute stands in them; corroborated with two independent sources or more; single-source otherwise.

import { words } from '../lang/en/keys.ts';
import type { ClaimGroup, ClaimMember, DisputeSide, Finding, SpanEvidence } from '../model/finding.ts';
import type { Span } from '../model/span.ts';
import { type DocInfo, sortDocs } from './docs.ts';

/** Two sentences sharing this share of their runs of words are one text reprinted, not two reports (a
 *  paraphrase reuses the words, not their order). */
const SAME_SENTENCE = 0.6;
const RUN = 4;

/** A sentence shorter than this many words is said alike by reporters who never read each other ("Nobody was
 *  hurt in the blaze."): the same words are no sign of one text reprinted. */
const REPRINT_MIN_WORDS = 12;

/** Quoted words: outlets that quote one speaker alike print the same words without copying each other. */
const QUOTED = /["“][^"“”]*["”]/g;

function runsOf(text: string): Set<string> {
  const w = words(text.replace(QUOTED, ' '));
  if (w.length < REPRINT_MIN_WORDS) return new Set();
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  if (!out.size && w.length) out.add(w.join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, a.size + b.size - n);
}

/**
 * Independent statements of one fact: articles of one source (copies, shared wire text) count once, and so does
 * one sentence reprinted word for word by outlets that otherwise report on their own.
 */
export function independentCount(
  items: { doc: string; text: string }[],
  sourceOf: Record<string, string>,
): number {
  const roots: { root: string; keys: Set<string> }[] = [];
  for (const it of items) {
    const root = sourceOf[it.doc] ?? it.doc;
    const keys = runsOf(it.text);
    if (roots.some((r) => r.root === root || jaccard(r.keys, keys) >= SAME_SENTENCE)) continue;
    roots.push({ root, keys });
  }
  return roots.length;
}

/** Cues that make a sentence the writer's view. A verdict word ('opinion': "is a clear climbdown") flags the article
 *  but leaves the sentence's facts news: "in week six of the strike, and a clear climbdown" still tells when. */
const OPINION_CUES = new Set(['prediction', 'first-person']);

type Voice = 'news' | 'opinion' | 'hypothetical';

function voice(d: DocInfo, start: number, sectionKind: string): Voice {
  const kind = d.kindAt(start) || sectionKind;
  if (kind === 'hypothetical' || sectionKind === 'hypothetical') return 'hypothetical';
  if (kind === 'opinion' || kind === 'advice' || sectionKind === 'opinion' || sectionKind === 'advice')
    return 'opinion';
  const s = d.sentenceAt(start);
  if (s?.cues.includes('hypothetical')) return 'hypothetical';
  if (s?.cues.some((c) => OPINION_CUES.has(c)) && !d.quoted(start)) return 'opinion';
  return 'news';
}

/** A side of a dispute with more than this many times the articles of every other side prevails: a claim
 *  that states it is still corroborated by its sources, the dispute listed beside it ("5.2" in nine reports
 *  against "5.0" in one). A claim on any other side is disputed. */
export const PREVAILING_RATIO = 2;

/** The evidence of the sides of a dispute that do not prevail: what makes a claim stating it disputed. */
export function contestedSides(sides: DisputeSide[]): Contested[] {
  const prevails = (s: DisputeSide) =>
    sides.every((o) => o === s || s.docs.length > PREVAILING_RATIO * o.docs.length);
  return sides.filter((s) => !prevails(s)).flatMap((s) => s.evidence.map((e) => ({ ...e, value: s.value })));
}

/** A contested sentence, with the value its side gives when the dispute names one ("18"). */
export type Contested = SpanEvidence & { value?: string };

/** Contested evidence by article, so a claim looks only at its own article's contested sentences. */
function byDoc<T extends SpanEvidence>(list: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of list) {
    const l = out.get(c.doc);
    if (l) l.push(c);
    else out.set(c.doc, [c]);
  }
  return out;
}

/** A clause of a contested sentence is contested only when it holds the value in dispute: "…and 12 arrested"
 *  is not part of a dispute over the 18 injured the same sentence gives. */
const contestedIn = (e: SpanEvidence, c: Contested): boolean => {
  if (!(c.start < e.end && e.start < c.end)) return false;
  const clause = c.start <= e.start && e.end <= c.end && e.end - e.start < c.end - c.start;
  return !clause || !c.value || !c.text.includes(c.value) || e.text.includes(c.value);
};

const overlapsAny = (e: SpanEvidence, byArticle: Map<string, Contested[]>): boolean =>
  (byArticle.get(e.doc) ?? []).some((c) => contestedIn(e, c));

export function assessClaims(
  groups: ClaimGroup[],
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  contested: Contested[],
  order: Map<string, number>,
  /** Every side's evidence of every dispute, the prevailing sides' too: the sentences that state a disputed thing. */
  involved: Contested[] = contested,
): Finding[] {
  const out: Finding[] = [];
  const contestedByDoc = byDoc(contested);
  const involvedByDoc = byDoc(involved);
  const none = new Map<string, Contested[]>();
  // Clauses alignment already made claims of their own: a contested sentence's rest is not told twice.
  const told = new Set(groups.flatMap((g) => g.members.map(spanKey)));
  // A sentence standing apart for a figure only it gives (align/residual) says nothing new when the sentence is
  // already a finding of that status, or disputed, or states a side of a dispute (its figure is then the dispute's).
  const held = new Set<string>();
  for (const g of groups) {
    const first = g.members[0];
    if (g.figures && first && overlapsAny(docs.get(first.doc)!.evidence(first.c.span), involvedByDoc))
      continue;
    for (const part of splitContested(g.members, docs, contestedByDoc, told, involvedByDoc)) {
      const f = findingOf(part.members, docs, sourceOf, part.besideDispute ? none : contestedByDoc, order);
      if (!f) continue;
      const at = spanKey(part.members[0]!);
      if (g.figures && (held.has(`${at}:${f.status}`) || held.has(`${at}:disputed`))) continue;
      for (const m of part.members) held.add(`${spanKey(m)}:${f.status}`);
      out.push(g.figures ? { ...f, figures: g.figures } : f);
    }
  }
  return out;
}

/** Members that make one finding; `besideDispute` when some state a disputed thing beside the fact they share. */
interface Part {
  members: ClaimGroup['members'];
  besideDispute?: boolean;
}

/** A group whose sentences are partly on a contested side: the contested ones make a disputed finding, the others
 *  (the same fact told without the contested part, or on the prevailing side) keep their own status. When every
 *  sentence is contested, the clauses of each that hold no contested value ("The quake struck 9 miles north of X"
 *  before "and had a focal depth of 3 miles") still tell a fact together, and only the clauses holding one are disputed. */
function splitContested(
  members: ClaimGroup['members'],
  docs: Map<string, DocInfo>,
  contestedByDoc: Map<string, Contested[]>,
  told: Set<string>,
  involvedByDoc: Map<string, Contested[]>,
): Part[] {
  const known = members.filter((m) => docs.has(m.doc));
  const hit = known.map((m) => overlapsAny(docs.get(m.doc)!.evidence(m.c.span), contestedByDoc));
  const on = known.filter((_, i) => hit[i]);
  const off = known.filter((_, i) => !hit[i]);
  if (off.length && !on.length) return [{ members: known }];
  if (off.length) {
    // "The quake struck 9 miles west of X, centred 30 miles down" beside reports of the place alone: the others
    // state nothing disputed, so the sentence still tells their fact, and its disputed figure is a dispute apart.
    const besideDispute = !off.some((m) => overlapsAny(docs.get(m.doc)!.evidence(m.c.span), involvedByDoc));
    return besideDispute
      ? [{ members: known, besideDispute }, { members: on }]
      : [{ members: off }, { members: on }];
  }
  const rests: ClaimMember[] = [];
  const whole: ClaimMember[] = [];
  const disputed: ClaimMember[] = [];
  for (const m of on) {
    const parts = uncontestedPart(m, docs.get(m.doc)!, contestedByDoc);
    if (parts && !told.has(spanKey(parts.rest))) rests.push(parts.rest);
    else if (!parts) whole.push(m);
    disputed.push(...(parts?.contested ?? [m]));
  }
  if (!rests.length) return [{ members: known }];
  // "…9 miles west of X, centred 30 miles down": a sentence with no clause to cut still tells the rest's fact
  // when it says most of a rest's words; the figure in dispute is the dispute's, told apart.
  const telling = whole.filter((m) => rests.some((r) => tellsClause(m.c.text, r.c.text)));
  return telling.length
    ? [{ members: [...rests, ...telling], besideDispute: true }, { members: disputed }]
    : [{ members: rests }, { members: disputed }];
}

/** Share of a clause's words a whole sentence must say to tell the clause's fact. */
const CLAUSE_TOLD = 0.6;
const tellsClause = (sentence: string, clause: string): boolean => {
  const have = new Set(words(sentence));
  const want = [...new Set(words(clause))].filter((w) => w.length > 2);
  return want.length > 0 && want.filter((w) => have.has(w)).length >= CLAUSE_TOLD * want.length;
};

const spanKey = (m: ClaimMember): string => `${m.doc}@${m.c.span.start}-${m.c.span.end}`;

/** A clause of the member's sentence as a member of its own. */
const clauseMember = (m: ClaimMember, span: Span): ClaimMember => ({
  ...m,
  c: {
    ...m.c,
    span,
    text: m.c.text.slice(span.start - m.c.span.start, span.end - m.c.span.start),
    clauses: undefined,
  },
});

/** A contested sentence whose value in dispute stands in some of its clauses only ("The quake struck 14 miles
 *  north of the town and had a focal depth of 3 miles"): the clauses before or after it still tell the group's fact,
 *  and the clauses holding the value are the dispute's. Null when every clause holds it, or the rest is split. */
function uncontestedPart(
  m: ClaimMember,
  d: DocInfo,
  contestedByDoc: Map<string, Contested[]>,
): { rest: ClaimMember; contested: ClaimMember[] } | null {
  const clauses = m.c.clauses ?? [];
  if (clauses.length < 2) return null;
  const hit = clauses.map((span) => overlapsAny(d.evidence(span), contestedByDoc));
  const first = hit.indexOf(false);
  const last = hit.lastIndexOf(false);
  if (first < 0 || hit.slice(first, last + 1).includes(true)) return null;
  const rest = clauseMember(m, { start: clauses[first]!.start, end: clauses[last]!.end });
  return { rest, contested: clauses.filter((_, i) => hit[i]).map((span) => clauseMember(m, span)) };
}

/** A claim's evidence; a clause's carries its whole sentence too, so the reader sees what it is part of. */
function clauseEvidence(d: DocInfo, span: Span): SpanEvidence & { sentence?: string } {
  const e = d.evidence(span);
  const s = d.sentenceAt(span.start);
  if (!s || (s.start === span.start && s.end <= span.end)) return e;
  return { ...e, sentence: d.text.slice(s.start, s.end).trim() };
}

function findingOf(
  members: ClaimGroup['members'],
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  contestedByDoc: Map<string, Contested[]>,
  order: Map<string, number>,
): Finding | null {
  if (!members.length) return null;
  const voices = members.map((m) => voice(docs.get(m.doc)!, m.c.span.start, m.c.sectionKind));
  const evidence = members.map((m) => clauseEvidence(docs.get(m.doc)!, m.c.span));
  const news = members.filter((_, i) => voices[i] === 'news');
  const newsDocs = news.map((m) => m.doc);
  const sources = independentCount(
    news.map((m) => ({ doc: m.doc, text: m.c.text })),
    sourceOf,
  );
  let status: Finding['status'];
  if (!newsDocs.length) status = voices.includes('opinion') ? 'opinion' : 'hypothetical';
  else if (evidence.some((e, i) => voices[i] === 'news' && overlapsAny(e, contestedByDoc)))
    status = 'disputed';
  else status = sources >= 2 ? 'corroborated' : 'single-source';
  const first = members[0]!;
  // A clause that does not open its sentence reads as part of one: "…as did her lawyer"
  const opens = docs.get(first.doc)!.sentenceAt(first.c.span.start)?.start === first.c.span.start;
  return {
    id: '',
    text: `${opens ? '' : '…'}${first.c.text.trim()}`,
    status,
    docs: sortDocs(
      members.map((m) => m.doc),
      order,
    ),
    evidence,
    sources,
  };
}
