// Dates of one event that cannot both be true: one is not a coarser form of the other ("2026-01" fits
// "2026-01-03"; "2024-03" does not). One article giving two such dates contradicts itself.

import { MONTH_STEMS, WEEKDAY_STEMS, WEEKDAYS } from '../lang/en/calendar.ts';
import { CALLED_OFF, GOES_AHEAD } from '../lang/en/happening.ts';
import { keysOf } from '../lang/en/keys.ts';
import { capitalised, oneOf } from '../lang/pattern.ts';
import type { Flag } from '../model/document.ts';
import type { DateGroup, DateMember, Dispute, SpanEvidence, TimelineEntry } from '../model/finding.ts';
import { daysBetween, firstDay, interval, lastDay } from '../model/iso-days.ts';
import type { DateMention } from '../model/mention.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

const iso = (m: DateMember): string => m.date.resolved ?? '';

/** First and last day an ISO prefix covers, to the end of a stated range: "2026-01" → 2026-01-01 .. 2026-01-31. */
function span(x: string, end?: string | null): [string, string] {
  return [firstDay(x), lastDay(end ?? x)];
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

/** The days a member may date: a week or a holiday weekend as its days, else its ISO prefix to any stated end. */
function daysOf(m: DateMember): [string, string] {
  const w = m.date.mention.within;
  return w ? [w.from, w.to] : span(iso(m), m.date.mention.resolvedEnd);
}

/** Two members can date one moment: their days overlap. */
function fits(x: DateMember, m: DateMember): boolean {
  const [lx, hx] = daysOf(x);
  const [lm, hm] = daysOf(m);
  return lx <= hm && lm <= hx;
}

function clusters(members: DateMember[]): Cluster[] {
  const out: Cluster[] = [];
  const sorted = [...members].sort((a, b) => iso(b).length - iso(a).length || (iso(a) < iso(b) ? -1 : 1));
  for (const m of sorted) {
    const c = out.find((k) => k.members.every((x) => fits(x, m)));
    if (c) c.members.push(m);
    else out.push({ value: iso(m), members: [m] });
  }
  return out;
}

/** A date written as a modifier names a thing ("the 2016 election", "the Oct. 12 marchers"): it does not date the
 *  event its sentence tells. */
const MODIFIER_AFTER =
  /^\s+(?!and\b|or\b|to\b|at\b|in\b|on\b|by\b|for\b|after\b|before\b|when\b|as\b|the\b|a\b|an\b|with\b|from\b|until\b|through\b|of\b|that\b|this\b|is\b|was\b|were\b|are\b|had\b|has\b|have\b|will\b|would\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b)[a-z][a-z-]+/;
const WRITTEN_DATE = new RegExp(
  `^(?:\\d{4}|(?:${oneOf(capitalised(MONTH_STEMS))})[a-z]*\\.? (?:\\d{1,2}|\\d{4})|\\d{1,2}\\/\\d{1,2})$`,
);

function namesAThing(m: DateMember, docs: Map<string, DocInfo>): boolean {
  const t = m.date.mention.text.trim();
  if (!WRITTEN_DATE.test(t)) return false;
  const text = docs.get(m.doc)?.text ?? '';
  return MODIFIER_AFTER.test(text.slice(m.date.mention.span.end, m.date.mention.span.end + 30));
}

/** Longest sentence a timeline entry quotes whole; a longer one (a failed split, a data dump) is quoted around the
 *  date, so a pathological text cannot make every entry carry its whole length. */
const SENTENCE_CHARS = 1000;
const AROUND_DATE = 400;

function aroundDate(s: SpanEvidence, date: SpanEvidence): string {
  if (s.text.length <= SENTENCE_CHARS) return s.text;
  const from = Math.max(0, date.start - s.start - AROUND_DATE);
  const to = Math.min(s.text.length, date.end - s.start + AROUND_DATE);
  return `${from > 0 ? '… ' : ''}${s.text.slice(from, to)}${to < s.text.length ? ' …' : ''}`;
}

/** The group's direct matches as "member/member" keys of both orders; null when the group records none. */
function directLinks(g: DateGroup): Set<string> | null {
  if (!g.links) return null;
  const out = new Set<string>();
  for (const [i, j] of g.links) {
    const a = g.members[i];
    const b = g.members[j];
    if (!a || !b) continue;
    out.add(`${key(a)}|${key(b)}`);
    out.add(`${key(b)}|${key(a)}`);
  }
  return out;
}

const key = (m: DateMember): string => `${m.doc}@${m.date.mention.span.start}`;

function linkedClusters(a: Cluster, b: Cluster, linked: Set<string> | null): boolean {
  if (!linked) return true;
  return a.members.some((x) => b.members.some((y) => linked.has(`${key(x)}|${key(y)}`)));
}

/** Hours near midnight: late on one day is early on the next a few time zones away. */
const LATE_HOURS = /\b(?:late|evening|night|overnight|midnight|p\.m\.)\b/i;
const EARLY_HOURS = /\b(?:early|morning|dawn|overnight|midnight|a\.m\.)\b/i;
const LOCAL_TIME = /\blocal time\b/i;

/** The words around a date: "early Saturday", "Friday evening", "at 2 a.m. Sunday". */
function hourWords(m: DateMember, docs: Map<string, DocInfo>): string {
  const text = docs.get(m.doc)?.text ?? '';
  const { start, end } = m.date.mention.span;
  return text.slice(Math.max(0, start - 14), Math.min(text.length, end + 14));
}

/** Late on the earlier day and early on the later one (or a "local time" said): one moment in two time zones. */
function sameMomentElsewhere(earlier: Cluster, later: Cluster, docs: Map<string, DocInfo>): boolean {
  const words = (c: Cluster) => c.members.map((m) => hourWords(m, docs));
  const e = words(earlier);
  const l = words(later);
  if ([...e, ...l].some((w) => LOCAL_TIME.test(w))) return true;
  return e.some((w) => LATE_HOURS.test(w)) && l.some((w) => EARLY_HOURS.test(w));
}

/** Two full days one day apart. */
function dayApart(a: string, b: string): boolean {
  if (a.length < 10 || b.length < 10) return false;
  return Math.abs(daysBetween(a, b)) === 1;
}

/** Words of a sentence that say nothing of which event it is: the happening words and the date words. */
const WEEKDAY_KEY = new RegExp(`^(?:${oneOf(WEEKDAYS)})`);
const NOT_EVENT_WORDS = new Set([
  'held',
  'hold',
  'take',
  'place',
  'happen',
  'ahead',
  'proceed',
  'would',
  'could',
  'not',
]);

/**
 * Whether a planned event goes ahead on its day: one source says it could or will be held, another that it will
 * not be (or was called off). Both name the same day and share a word of the event.
 */
export function assessHappening(groups: DateGroup[], docs: Map<string, DocInfo>): Omit<Dispute, 'id'>[] {
  type Told = { doc: string; day: string; keys: Set<string>; ev: SpanEvidence; words: string };
  const ahead: Told[] = [];
  const off: Told[] = [];
  for (const g of groups)
    for (const m of g.members) {
      const day = m.date.resolved;
      const d = docs.get(m.doc);
      if (!d || !day || day.length < 10 || NOT_NEWS.has(m.sectionKind)) continue;
      const s = m.date.mention.sentence;
      // The clause that leads to the date: "…but the speaker said it would not be held this Tuesday".
      const lead = d.text.slice(Math.max(s.start, m.date.mention.span.start - 60), m.date.mention.span.start);
      const cancelled = CALLED_OFF.test(lead);
      const goes = !cancelled && GOES_AHEAD.test(lead);
      if (!cancelled && !goes) continue;
      const sentence = d.text.slice(s.start, s.end);
      const dateWords = new Set(keysOf(m.date.mention.text));
      const keys = new Set(
        keysOf(sentence).filter((k) => !NOT_EVENT_WORDS.has(k) && !dateWords.has(k) && !WEEKDAY_KEY.test(k)),
      );
      const told = { doc: m.doc, day, keys, ev: sentenceEvidence(d, s), words: lead.trim() };
      (cancelled ? off : ahead).push(told);
    }
  const out: Omit<Dispute, 'id'>[] = [];
  const seen = new Set<string>();
  for (const a of ahead)
    for (const b of off) {
      if (a.doc === b.doc || a.day !== b.day || seen.has(a.day)) continue;
      if (![...a.keys].some((k) => b.keys.has(k))) continue;
      seen.add(a.day);
      const yes = ahead.filter((x) => x.day === a.day);
      const no = off.filter((x) => x.day === a.day);
      const side = (ts: Told[], value: string) => ({
        value,
        docs: [...new Set(ts.map((t) => t.doc))],
        evidence: ts.map((t) => t.ev),
      });
      out.push({
        kind: 'account',
        about: `whether it goes ahead on ${a.day}`,
        sides: [side(yes, 'goes ahead or may'), side(no, 'will not go ahead')],
        note: 'one source says the event can still take place that day, another that it will not',
      });
    }
  return out;
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
    // "Friday evening" in Washington is "early Saturday" in Seoul: adjacent days told by the hour are one moment.
    const oneMoment = (a: Cluster, b: Cluster) =>
      dayApart(a.value, b.value) &&
      (a.value < b.value ? sameMomentElsewhere(a, b, docs) : sameMomentElsewhere(b, a, docs));
    cs = cs.filter((c, i) => !cs.some((k, j) => j < i && oneMoment(c, k)));
    // Two dates joined only through a third sentence may date two events: a side must match another directly.
    const linked = directLinks(g);
    cs = cs.filter((c) => cs.some((k) => k !== c && linkedClusters(c, k, linked)));
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
      // A week or a holiday weekend reads as its days, an ISO interval ("2018-04-09/2018-04-15").
      const w = c.members[0]!.date.mention.within;
      const same =
        w &&
        c.members.every((m) => m.date.mention.within?.from === w.from && m.date.mention.within?.to === w.to);
      const value = same ? interval(w) : c.value;
      return { value, docs: docsOf, evidence, texts: [...texts.values()] };
    });
    const count = (s: (typeof sides)[number]) => new Set(s.docs.map((d) => sourceOf[d] ?? d)).size;
    const top = Math.max(...sides.map(count));
    const tied = sides.filter((s) => count(s) === top).length > 1;
    for (const s of sides) if (tied || count(s) < top) out.contested.push(...s.evidence);
    // An article contradicts itself only in its own voice: a date it quotes a speaker giving is the speaker's.
    const ownSides = cs.map((c) => new Set(c.members.filter((m) => !m.quoted).map((m) => m.doc)));
    const inOne = [...new Set(news.map((m) => m.doc))].filter(
      (doc) => ownSides.filter((s) => s.has(doc)).length > 1,
    );
    // A side only quoted speakers give: the reports date the event one way, someone they quote another.
    const quotedOnly = cs.some((c) => c.members.every((m) => m.quoted));
    for (const doc of inOne) {
      const vals = sides.filter((_, i) => ownSides[i]!.has(doc)).map((s) => s.value);
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
      : quotedOnly
        ? 'a speaker the reports quote dates the event otherwise than they do; the speaker may be mistaken or loose'
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

/** ISO characters a cluster's date needs to hold a relative date of each unit: a day, a week or a month. */
const NEEDED_PRECISION: Record<string, number> = { day: 10, weekday: 10, week: 7, month: 7, year: 4 };

/** A relative date can only float to a cluster as precise as it is: "yesterday" is no decade. */
function precisionFits(m: DateMention, iso: string): boolean {
  return iso.length >= (NEEDED_PRECISION[m.offset?.unit ?? 'year'] ?? 4);
}

/** A year or decade inside someone's quoted words ("back to the 1960s") is rhetoric, not when something happened. */
function rhetorical(m: DateMember, docs: Map<string, DocInfo>): boolean {
  return m.date.mention.precision === 'year' && (docs.get(m.doc)?.quoted(m.date.mention.span.start) ?? false);
}

/** Timeline entries: each date group split into its compatible clusters; hypothetical and opinion dates left out. */
export function timelineOf(
  groups: DateGroup[],
  docs: Map<string, DocInfo>,
  order: Map<string, number>,
): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const g of groups) {
    const news = g.members.filter((m) => !NOT_NEWS.has(m.sectionKind) && !rhetorical(m, docs));
    const cs = clusters(news.filter((m) => m.date.resolved));
    // An undated relative mention ("last week" with no publication date) joins the cluster with the most sources,
    // the latest on a tie: relative words point at recent events.
    const floating = news.filter((m) => !m.date.resolved);
    const weight = (c: Cluster) => new Set(c.members.map((m) => m.doc)).size;
    const ranked = [...cs].sort((a, b) => weight(b) - weight(a) || (a.value < b.value ? 1 : -1));
    // "On Tuesday" can only be a day that was a Tuesday, and "yesterday" no year or decade.
    for (const m of floating)
      ranked
        .find((c) => weekdayFits(m.date.mention.text, c.value) && precisionFits(m.date.mention, c.value))
        ?.members.push(m);
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
          const sentence = aroundDate(s, e);
          if (m.date.completedFrom) return { ...e, sentence, completedFrom: m.date.completedFrom.doc };
          return m.date.resolved ? { ...e, sentence } : { ...e, sentence, undated: true };
        }),
        certainty: c.members.some((m) => m.date.mention.certainty === 'stated' || m.date.completedFrom)
          ? 'stated'
          : 'implied',
      });
    }
  }
  return mergeRepeated(out).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.event < b.event ? -1 : a.event > b.event ? 1 : 0,
  );
}

/** Entries of one date, event and articles (an article naming "the 2016 election" three times) are one entry,
 *  with every sentence as its evidence. */
function mergeRepeated(entries: TimelineEntry[]): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry>();
  for (const e of entries) {
    const key = `${e.date}\n${e.event}\n${e.docs.join('\n')}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, e);
    else {
      seen.evidence.push(...e.evidence);
      if (e.certainty === 'stated') seen.certainty = 'stated';
    }
  }
  return [...byKey.values()];
}
