// Counts of one thing compared with their qualifiers: "about 1,000" and "1,012" agree (rounding); "at least 20"
// and "at least 35" are both lower bounds, so they only disagree when written at different times (an update).
import { RUNNING_COUNT_STEMS } from '../lang/en/casualties.ts';
import { oneOf } from '../lang/pattern.ts';
import type { Dispute, QuantityGroup, SpanEvidence } from '../model/finding.ts';
import { CLOCK_UNIT, type QuantityMention } from '../model/mention.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

interface Bound {
  lo: number;
  hi: number;
}

const SCALES: [RegExp, number][] = [
  [/\bthousand\b/i, 1e3],
  [/\bmillion\b|\d\s?mn\b/i, 1e6],
  [/\bbillion\b|\d\s?bn\b/i, 1e9],
  [/\btrillion\b|\btn\b/i, 1e12],
];

/** Half the last written digit: "62%" stands for 61.5–62.5, "1.2 million" for 1.15–1.25 million. */
function lastDigit(q: QuantityMention): number {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(q.text);
  if (!digits) return 0;
  const scale = SCALES.find(([re]) => re.test(q.text))?.[1] ?? 1;
  return 0.5 * scale * 10 ** -(digits[1]?.length ?? 0);
}

/** Hours of slack in a time: "about 5am" a quarter of an hour, "5am" ten minutes (news rounds to the hour), "06:10"
 *  none. */
const CLOCK_ABOUT = 0.25;
const CLOCK_HOUR_ONLY = 1 / 6;
const MINUTES_WRITTEN = /\d\s?[:.]\s?\d\d/;
function clockSlack(q: QuantityMention): number {
  if (q.qualifier === 'about') return CLOCK_ABOUT;
  return MINUTES_WRITTEN.test(q.text) ? 0 : CLOCK_HOUR_ONLY;
}

/** Tolerance for numbers that are stated roughly: "about" 10%, round numbers 2.5%, any number its last digit. */
function slack(q: QuantityMention): number {
  if (q.unit === CLOCK_UNIT) return clockSlack(q);
  const v = Math.abs(q.value);
  if (q.qualifier === 'about') return 0.1 * v;
  const round = v >= 100 && v % 100 === 0;
  return Math.max(round ? 0.025 * v : 0, lastDigit(q));
}

export function bounds(q: QuantityMention): Bound {
  const s = slack(q);
  const lo = q.low ?? q.value;
  const hi = q.high ?? q.value;
  switch (q.qualifier) {
    case 'at least':
    case 'over':
      return { lo: lo - s, hi: Number.POSITIVE_INFINITY };
    case 'up to':
    case 'under':
      return { lo: Number.NEGATIVE_INFINITY, hi: hi + s };
    default:
      return { lo: lo - s, hi: hi + s };
  }
}

const CURRENCY = /^[A-Z]{3}$/;

const isLower = (q: QuantityMention): boolean => q.qualifier === 'at least' || q.qualifier === 'over';

/** Same stated count once rounding and approximation are allowed for. */
export function sameCount(a: QuantityMention, b: QuantityMention): boolean {
  // "at least 48" and "almost 48" exclude each other at the very number both name.
  if (
    (isLower(a) && b.qualifier === 'under' && b.value <= a.value) ||
    (isLower(b) && a.qualifier === 'under' && a.value <= b.value)
  )
    return false;
  if (isLower(a) !== isLower(b)) {
    const ba = bounds(a);
    const bb = bounds(b);
    return ba.lo <= bb.hi && bb.lo <= ba.hi && Math.abs(a.value - b.value) <= Math.max(slack(a), slack(b));
  }
  const tol = Math.max(slack(a), slack(b));
  const la = a.low ?? a.value;
  const ha = a.high ?? a.value;
  const lb = b.low ?? b.value;
  const hb = b.high ?? b.value;
  return la - tol <= hb && lb - tol <= ha;
}

interface Side {
  q: QuantityMention;
  docs: string[];
  evidence: SpanEvidence[];
}

export interface NumberVerdict {
  agree: boolean;
  dispute: Omit<Dispute, 'id'> | null;
  /** True when the difference reads as an update of a running count, not a contradiction. */
  update: boolean;
}

/** Counts that grow as a story unfolds: tolls, the injured, the missing, arrests, the displaced. */
const RUNNING = new RegExp(`\\b(?:${oneOf(RUNNING_COUNT_STEMS)})`, 'i');

/** Dated sides rise with the date, and no undated side falls outside them: reports of a growing count. */
function risesOverTime(dated: { s: Side; date: string | null }[]): boolean {
  const known = dated.filter((d) => d.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  if (new Set(known.map((d) => d.date!.slice(0, 10))).size < 2) return false;
  for (let i = 1; i < known.length; i++) {
    const [p, q] = [known[i - 1]!, known[i]!];
    if (p.date!.slice(0, 10) === q.date!.slice(0, 10) || q.s.q.value <= p.s.q.value) return false;
  }
  const lo = known[0]!.s.q.value;
  const hi = known.at(-1)!.s.q.value;
  return dated.every((d) => d.date || (d.s.q.value > lo && d.s.q.value < hi));
}

function note(sides: Side[], docs: Map<string, DocInfo>, about: string): { text: string; update: boolean } {
  const allLower = sides.every((s) => isLower(s.q));
  const dated = sides.map((s) => ({
    s,
    date: s.docs.map((d) => docs.get(d)?.published ?? null).find(Boolean) ?? null,
  }));
  const high = [...dated].sort((a, b) => b.s.q.value - a.s.q.value)[0]!;
  const low = [...dated].sort((a, b) => a.s.q.value - b.s.q.value)[0]!;
  const prefix = allLower
    ? 'both are lower bounds, so they need not contradict each other'
    : 'the counts differ';
  if (high.date && low.date && high.date !== low.date) {
    const later = high.date > low.date;
    const running = RUNNING.test(`${about} ${sides.map((s) => s.q.keys.join(' ')).join(' ')}`);
    const update = later && (allLower || (running && risesOverTime(dated)));
    // Only a count that grows with time (or lower bounds) reads as an update; a later, higher budget may be a fix.
    const when = update
      ? `the later report (${high.date}) gives the higher count: likely an update`
      : later
        ? `the later report (${high.date}) gives the higher count: an update or a correction`
        : `the earlier report (${high.date}) gives the higher count: check which is current`;
    return { text: `${prefix}; ${when}`, update };
  }
  if (allLower)
    return {
      text: `${prefix}; the higher count is likely a later update (publication dates unknown)`,
      update: true,
    };
  return {
    text: `${prefix}; the sources may count at different times or by different definitions`,
    update: false,
  };
}

/** Labels that already say what is measured ("depth", "distance from X", "magnitude of the earthquake"). */
/** A reader's label: a percentage is a change or share of its thing, money its value, a count the number of it. */
export function labelOf(about: string, q: QuantityMention): string {
  if (q.unit === CLOCK_UNIT) return about ? `time: ${about}` : 'time of day';
  if (PROPERTY_LABEL.test(about)) return about;
  if (q.unit === '%' || /percent/i.test(q.unit ?? '')) return `percentage change or share: ${about}`;
  if (CURRENCY.test(q.unit ?? '')) return `amount of money: ${about}`;
  return `number of ${about}`;
}

const PROPERTY_LABEL = /^(?:magnitude|depth|distance|value|size|share|rate|age|length|height|speed|area)\b/;

export function assessNumbers(g: QuantityGroup, docs: Map<string, DocInfo>): NumberVerdict {
  const sides: Side[] = [];
  for (const m of g.members) {
    const d = docs.get(m.doc);
    if (!d || NOT_NEWS.has(d.kindAt(m.q.span.start))) continue;
    const ev = sentenceEvidence(d, m.q.sentence);
    const side = sides.find((s) => sameCount(s.q, m.q) && s.q.qualifier === m.q.qualifier);
    if (side) {
      if (!side.docs.includes(m.doc)) side.docs.push(m.doc);
      side.evidence.push(ev);
    } else sides.push({ q: m.q, docs: [m.doc], evidence: [ev] });
  }
  if (sides.length < 2 || sides.every((s) => sides.every((t) => sameCount(s.q, t.q))))
    return { agree: true, dispute: null, update: false };
  // Sums in two currencies (or any two units) cannot be set against each other without a rate the text gives.
  if (new Set(sides.map((s) => s.q.unit ?? '')).size > 1 && sides.some((s) => CURRENCY.test(s.q.unit ?? '')))
    return { agree: true, dispute: null, update: false };
  // Ages of people the sentences do not show to be one person ("Ana, 61" and "a 76-year-old man").
  if (sides.every((s) => s.q.keys.includes('age')) && new Set(sides.map((s) => s.q.about)).size > 1)
    return { agree: true, dispute: null, update: false };
  // Lower bounds published the same day are compatible: the larger one simply says more.
  const published = sides.flatMap((s) => s.docs.map((d) => docs.get(d)?.published?.slice(0, 10) ?? null));
  if (sides.every((s) => isLower(s.q)) && published.every((p) => p && p === published[0]))
    return { agree: true, dispute: null, update: false };
  // Counts of one thing told in sentences about different facts: they differ, but nobody contradicts anybody.
  if (g.comparable === false) return { agree: false, dispute: null, update: false };
  const n = note(sides, docs, g.about);
  sides.sort((a, b) => a.q.value - b.q.value);
  return {
    agree: false,
    update: n.update,
    dispute: {
      kind: 'number',
      about: labelOf(g.about, sides[0]!.q),
      sides: sides.map((s) => ({ value: s.q.text, docs: s.docs, evidence: s.evidence })),
      note: n.text,
    },
  };
}
