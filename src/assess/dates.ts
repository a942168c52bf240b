// Dates of one event that cannot both be true: one is not a coarser form of the other ("2026-01" fits
// "2026-01-03"; "2024-03" does not). One article giving two such dates contradicts itself.

import { MONTH_STEMS, WEEKDAY_STEMS, WEEKDAYS } from '../lang/en/calendar.ts';
import { capitalised, oneOf } from '../lang/pattern.ts';
import type { Flag } from '../model/document.ts';
import type { DateGroup, DateMember, Dispute, SpanEvidence, TimelineEntry } from '../model/finding.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

const iso = (m: DateMember): string => m.date.resolved ?? '';

/** First and last day an ISO prefix covers: "2026-01" → 2026-01-01 .. 2026-01-31 (31 is enough to compare). */
function span(x: string, end?: string | null): [string, string] {
  const lo = x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x.slice(0, 10);
  const e = end ?? x;
  const hi = e.length === 4 ? `${e}-12-31` : e.length === 7 ? `${e}-31` : e.slice(0, 10);
  return [lo, hi];
}

export function compatible(a: string, b: string, aEnd?: string | null, bEnd?: string | null): boolean {
  const [la, ha] = span(a, aEnd);
  const [lb, hb] = span(b, bEnd);
  return la <= hb && lb <= ha;
}

interface Cluster {
  value: string;
  members: DateMember[];
}

export interface DateAssessment {
  disputes: Omit<Dispute, 'id'>[];
  flags: { doc: string; flag: Flag }[];
  contested: SpanEvidence[];
}

function clusters(members: DateMember[]): Cluster[] {
  const out: Cluster[] = [];
  const sorted = [...members].sort((a, b) => iso(b).length - iso(a).length || (iso(a) < iso(b) ? -1 : 1));
  for (const m of sorted) {
    const c = out.find((k) =>
      k.members.every((x) =>
        compatible(iso(x), iso(m), x.date.mention.resolvedEnd, m.date.mention.resolvedEnd),
      ),
    );
    if (c) c.members.push(m);
    else out.push({ value: iso(m), members: [m] });
  }
  return out;
}

/** A date written as a modifier names a thing ("the 2016 election", "Sept. 11 victims"): it does not date the
 *  event its sentence tells. */
const MODIFIER_AFTER =
  /^\s+(?!and\b|or\b|to\b|at\b|in\b|on\b|by\b|for\b|after\b|before\b|when\b|as\b|the\b|a\b|an\b|with\b|from\b|until\b|through\b|of\b|that\b|this\b|is\b|was\b|were\b|are\b|had\b|has\b|have\b|will\b|would\b)[a-z][a-z-]+/;
const WRITTEN_DATE = new RegExp(
  `^(?:\\d{4}|(?:${oneOf(capitalised(MONTH_STEMS))})[a-z]*\\.? \\d{1,2}|\\d{1,2}\\/\\d{1,2})$`,
);

function namesAThing(m: DateMember, docs: Map<string, DocInfo>): boolean {
  const t = m.date.mention.text.trim();
  if (!WRITTEN_DATE.test(t)) return false;
  const text = docs.get(m.doc)?.text ?? '';
  return MODIFIER_AFTER.test(text.slice(m.date.mention.span.end, m.date.mention.span.end + 30));
}

export function assessDates(
  groups: DateGroup[],
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
): DateAssessment {
  const out: DateAssessment = { disputes: [], flags: [], contested: [] };
  for (const g of groups) {
    // Dates of sentences that tell different events are no contradiction, however alike the event words.
    if (g.comparable === false) continue;
    // Relative dates ("last Tuesday") are only as good as the publication date they were counted from.
    const reliable = (m: DateMember) => {
      const basis = docs.get(m.doc)?.x.seg.doc.publishedBasis;
      return !m.date.mention.relative || basis === 'metadata' || basis === 'text';
    };
    const news = g.members.filter(
      (m) => !NOT_NEWS.has(m.sectionKind) && m.date.resolved && reliable(m) && !namesAThing(m, docs),
    );
    if (news.length < 2) continue;
    let cs = clusters(news);
    if (cs.length < 2) continue;
    // A year only inferred from the reference date is too weak to contradict a year written in full, unless
    // month or day differ as well.
    const weak = (c: Cluster) =>
      c.members.every((m) => m.date.mention.certainty === 'implied' && !m.date.completedFrom);
    const md = (c: Cluster) => c.value.slice(5);
    const sameMonthDay = (a: Cluster, b: Cluster) =>
      !md(a) || !md(b) || md(a).startsWith(md(b)) || md(b).startsWith(md(a));
    cs = cs.filter((c) => !weak(c) || !cs.some((k) => k !== c && !weak(k) && sameMonthDay(c, k)));
    // The same day and month with years each implied from a different reference is one written date, read twice.
    const sameWritten = (a: Cluster, b: Cluster) => weak(a) && weak(b) && md(a) !== '' && md(a) === md(b);
    cs = cs.filter((c, i) => !cs.some((k, j) => j < i && sameWritten(c, k)));
    // "Wednesday" in two reports published on different days may be one Wednesday counted from two dates.
    const weekday = (c: Cluster) => {
      const days = new Set(c.members.map((m) => m.date.mention.offset?.weekday ?? -1));
      return days.size === 1 && !days.has(-1) ? [...days][0]! : null;
    };
    cs = cs.filter((c, i) => !cs.some((k, j) => j < i && weekday(c) !== null && weekday(c) === weekday(k)));
    if (cs.length < 2) continue;
    const sides = cs.map((c) => {
      const docsOf = [...new Set(c.members.map((m) => m.doc))];
      const evidence = c.members.map((m) => {
        const d = docs.get(m.doc)!;
        return sentenceEvidence(d, m.date.mention.sentence);
      });
      // Each wording once: three sources saying "on Tuesday" make one "Tuesday", not three.
      const texts = new Map(
        c.members.map((m) => [m.date.mention.text.toLowerCase().replace(/^on\s+/, ''), m.date.mention.text]),
      );
      return { value: c.value, docs: docsOf, evidence, texts: [...texts.values()] };
    });
    const count = (s: (typeof sides)[number]) => new Set(s.docs.map((d) => sourceOf[d] ?? d)).size;
    const top = Math.max(...sides.map(count));
    const tied = sides.filter((s) => count(s) === top).length > 1;
    for (const s of sides) if (tied || count(s) < top) out.contested.push(...s.evidence);
    const inOne = [...new Set(news.map((m) => m.doc))].filter(
      (doc) => sides.filter((s) => s.docs.includes(doc)).length > 1,
    );
    for (const doc of inOne) {
      const vals = sides.filter((s) => s.docs.includes(doc)).map((s) => s.value);
      out.flags.push({
        doc,
        flag: {
          kind: 'self-contradiction',
          evidence: `dates ${vals.join(' and ')} given for one event: ${g.event}`,
        },
      });
    }
    const completed = news.filter((m) => m.date.completedFrom);
    let note = inOne.length
      ? 'one article gives two dates for the same event'
      : 'the sources date the same event differently';
    if (completed.length)
      note += `; a year was completed from another source (${completed[0]!.date.completedFrom!.doc})`;
    out.disputes.push({
      kind: 'date',
      about: `when: ${g.event}`,
      sides: sides.map((s) => ({
        value: `${s.value} (${s.texts.join('; ')})`,
        docs: s.docs,
        evidence: s.evidence,
      })),
      note,
    });
  }
  return out;
}

const WEEKDAY = new RegExp(`\\b(${oneOf(WEEKDAY_STEMS)})[a-z]*\\b`, 'i');

/** False when the words name a weekday and the ISO day is another weekday. */
function weekdayFits(words: string, iso: string): boolean {
  const w = WEEKDAY.exec(words);
  if (!w || iso.length < 10) return !w;
  const day = new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[day]!.startsWith(w[1]!.toLowerCase());
}

/** Timeline entries: each date group split into its compatible clusters; hypothetical and opinion dates left out. */
export function timelineOf(
  groups: DateGroup[],
  docs: Map<string, DocInfo>,
  order: Map<string, number>,
): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const g of groups) {
    const news = g.members.filter((m) => !NOT_NEWS.has(m.sectionKind));
    const cs = clusters(news.filter((m) => m.date.resolved));
    // An undated relative mention ("last week" with no publication date) joins the cluster with the most sources,
    // the latest on a tie: relative words point at recent events.
    const floating = news.filter((m) => !m.date.resolved);
    const weight = (c: Cluster) => new Set(c.members.map((m) => m.doc)).size;
    const ranked = [...cs].sort((a, b) => weight(b) - weight(a) || (a.value < b.value ? 1 : -1));
    // "On Tuesday" can only be a day that was a Tuesday.
    for (const m of floating) ranked.find((c) => weekdayFits(m.date.mention.text, c.value))?.members.push(m);
    for (const c of cs) {
      const docsOf = [...new Set(c.members.map((m) => m.doc))].sort((a, b) => order.get(a)! - order.get(b)!);
      const sorted = [...c.members].sort(
        (a, b) =>
          order.get(a.doc)! - order.get(b.doc)! || a.date.mention.span.start - b.date.mention.span.start,
      );
      out.push({
        date: c.value,
        event: sorted[0]!.date.mention.event || g.event,
        docs: docsOf,
        evidence: sorted.map((m) => {
          const d = docs.get(m.doc)!;
          const e = d.evidence(m.date.mention.span);
          const s = sentenceEvidence(d, m.date.mention.sentence);
          if (m.date.completedFrom)
            return { ...e, sentence: s.text, completedFrom: m.date.completedFrom.doc };
          return m.date.resolved ? { ...e, sentence: s.text } : { ...e, sentence: s.text, undated: true };
        }),
        certainty: c.members.some((m) => m.date.mention.certainty === 'stated' || m.date.completedFrom)
          ? 'stated'
          : 'implied',
      });
    }
  }
  return out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.event < b.event ? -1 : a.event > b.event ? 1 : 0,
  );
}
