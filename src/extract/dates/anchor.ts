// Articles with no publication date (or one inferred from their own text, a lower bound) cannot count "on Thursday"
// or "July 21" from today: today is not when they were written. They count from the story's own evidence instead,
// its latest date written with a year (a report is written after what it reports): a full day is their reference
// day; a month only bounds them, so a date written without its year is the first such date on or after it, and a
// relative date stays unresolved. When the story also names a day without its year and one weekday above all ("the
// 5th of May", "on Wednesday"), the one year soon after the bound in which that day is that weekday is the story's
// year. A story that writes no year leaves those dates unresolved.
import type { Context } from '../../context.ts';
import { daysBetween, lastDay } from '../../model/iso-days.ts';
import { pushTo } from '../../model/list.ts';
import type { DateMention, Extracted } from '../../model/mention.ts';
import { findDates } from './index.ts';

/** The latest date the story gives with its year (another article's publication date, or a date written in a text),
 *  at day or month precision; null if none. */
export function storyAnchor(extracted: Extracted[]): { iso: string; precision: 'day' | 'month' } | null {
  let best: { iso: string; precision: 'day' | 'month' } | null = null;
  const consider = (iso: string, precision: 'day' | 'month') => {
    const a = { iso: iso.slice(0, precision === 'day' ? 10 : 7), precision };
    if (!best || lastDay(a.iso) > lastDay(best.iso)) best = a;
  };
  for (const x of extracted) {
    const { published, publishedBasis } = x.seg.doc;
    if (published && (publishedBasis === 'metadata' || publishedBasis === 'text') && published.length >= 7)
      consider(published, published.length >= 10 ? 'day' : 'month');
  }
  for (const x of extracted)
    for (const m of x.dates) {
      if (m.certainty !== 'stated' || m.relative || !m.resolved || m.precision === 'year') continue;
      consider(m.resolved, m.precision);
    }
  return best;
}

/** Years after the bound a story's day may fall in: news is written soon after the latest past it recalls. */
const YEARS_AFTER_BOUND = 3;
/** The story's weekday must be named this often, and more often than any other. */
const WEEKDAY_MIN = 3;

/** The weekday the story names most ("on Wednesday" in most of its articles), when one stands out. */
function storyWeekday(extracted: Extracted[]): number | null {
  const counts = new Map<number, number>();
  for (const x of extracted)
    for (const m of x.dates)
      if (m.offset?.unit === 'weekday' && m.offset.value === 0 && m.offset.weekday !== undefined)
        counts.set(m.offset.weekday, (counts.get(m.offset.weekday) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < WEEKDAY_MIN || (next && top[1] <= next[1])) return null;
  return top[0];
}

/** The story's year pinned by its weekday: the one year on or after the bound (within a few years) in which a day it
 *  writes without a year falls on the story's weekday, as "YYYY-01"; null when none or several years fit. */
export function weekdayYear(extracted: Extracted[], bound: string): string | null {
  return storyDay(extracted, bound)?.year ?? null;
}

/** The year pinned as above, and the story's day: the first day it writes that falls on its weekday that year. */
function storyDay(
  extracted: Extracted[],
  bound: string,
): { year: string; day: string | null; weekday: number } | null {
  const weekday = storyWeekday(extracted);
  if (weekday === null) return null;
  const days = new Set<string>();
  for (const x of extracted)
    for (const m of x.dates) {
      const w = /^--(\d{2})-(\d{2})$/.exec(m.written ?? '');
      if (w) days.add(`${w[1]}-${w[2]}`);
    }
  const from = Number(bound.slice(0, 4));
  const fits = new Map<number, string[]>();
  for (const md of days)
    for (let y = from; y <= from + YEARS_AFTER_BOUND; y++) {
      const iso = `${y}-${md}`;
      const day = new Date(`${iso}T12:00:00Z`);
      if (iso >= bound && !Number.isNaN(day.getTime()) && day.getUTCDay() === weekday) pushTo(fits, y, iso);
    }
  if (fits.size !== 1) return null;
  const [year, isos] = [...fits][0]!;
  // The earliest such day is the event's: later ones on its weekday are deadlines and follow-ups it looks ahead to.
  return { year: `${year}-01`, day: isos.sort()[0] ?? null, weekday };
}

/** Days before the story's day a weekday told in the past may fall and still be that week's ("announced Sunday" in a
 *  report of Wednesday's events, written that day or the next). */
const WEEK_BEFORE_DAYS = 3;
/** Days after it a weekday the article looks ahead to may fall ("will vote on Thursday"). */
const WEEK_AFTER_DAYS = 6;

/** Another weekday of an article that names the story's: read from the story's day when it falls in the days around
 *  it that do not depend on which of them the article was written ("Sunday" before a Wednesday, "Thursday" ahead). */
function nearStoryDay(r: DateMention, day: string): boolean {
  if (r.offset?.unit !== 'weekday' || r.offset.value !== 0 || !r.resolved) return false;
  const d = daysBetween(day, r.resolved);
  return r.ahead ? d > 0 && d <= WEEK_AFTER_DAYS : d < 0 && -d <= WEEK_BEFORE_DAYS;
}

/** "On Wednesday", the story's own weekday, in an undated article of it: the story's day, whatever day of that week
 *  the article was written; a date without its year reads as in a report of that day; the article's other weekdays
 *  read from that day where they do not depend on the day it was written (nearStoryDay); its other relative dates
 *  ("yesterday", "last week") need the day it was written and stay unresolved. */
function onStoryDay(x: Extracted, day: string, weekday: number, ctx: Context): Extracted {
  const doc = { ...x.seg.doc, published: day, publishedBasis: 'inferred' as const };
  const reread = findDates({ ...x.seg, doc }, ctx).value;
  const isStoryWeekday = (m: DateMention) =>
    m.offset?.unit === 'weekday' &&
    m.offset.value === 0 &&
    m.offset.weekday === weekday &&
    m.resolved === day;
  const namesStoryDay = reread.some(isStoryWeekday);
  return {
    ...x,
    dates: x.dates.map((m, i) => {
      const r = reread[i];
      if (!r || r.span.start !== m.span.start) return borrowsReference(m) ? unresolved(m) : m;
      // a date written without its year reads as it would in a report of that day; a relative one needs the day
      if (isStoryWeekday(r) || !r.relative) return r;
      return namesStoryDay && nearStoryDay(r, day) ? r : unresolved(m);
    }),
  };
}

/** A date read against the reference date (a relative date, or a year the text left out). */
const borrowsReference = (m: DateMention): boolean => m.relative || m.certainty === 'implied';

const unresolved = (m: DateMention): DateMention => ({ ...m, resolved: null, resolvedEnd: null });

const LAST_BEFORE = /\b(?:last|past)\s+$/i;

/** "--01-03" or "--01" written without a year: the first such date on or after `bound` (YYYY-MM). */
function onOrAfter(m: DateMention, bound: string, text: string): DateMention {
  const w = /^--(\d{2})(?:-(\d{2}))?$/.exec(m.written ?? '');
  if (m.relative || m.certainty !== 'implied' || !w) return borrowsReference(m) ? unresolved(m) : m;
  // "took office last October" counts back from a day we do not know: no year can be read.
  if (LAST_BEFORE.test(text.slice(Math.max(0, m.span.start - 6), m.span.start))) return unresolved(m);
  const year = Number(bound.slice(0, 4));
  const md = w[2] ? `${w[1]}-${w[2]}` : w[1]!;
  const y = md < bound.slice(5, 5 + md.length) ? year + 1 : year;
  return { ...m, resolved: `${y}-${md}`, resolvedEnd: null };
}

/** Dates of undated articles read again against the story's anchor, or left unresolved when it has none. */
export function anchorUndated(extracted: Extracted[], ctx: Context): Extracted[] {
  if (
    !extracted.some((x) => x.seg.doc.publishedBasis === 'unknown' || x.seg.doc.publishedBasis === 'inferred')
  )
    return extracted;
  let anchor = storyAnchor(extracted);
  let pinned: ReturnType<typeof storyDay> = null;
  if (anchor?.precision === 'month') {
    pinned = storyDay(extracted, anchor.iso);
    if (pinned) anchor = { iso: pinned.year, precision: 'month' };
  }
  // A date inferred from an article's own text is only a lower bound: the story's evidence is as near or nearer
  // (its own latest date is part of it), and "last month" counted back from a lower bound is no date at all.
  const undated = (x: Extracted) =>
    x.seg.doc.publishedBasis === 'unknown' ||
    (x.seg.doc.publishedBasis === 'inferred' && anchor !== null && (x.seg.doc.published ?? '') <= anchor.iso);
  return extracted.map((x) => {
    if (!undated(x)) return x;
    if (!anchor) return { ...x, dates: x.dates.map((m) => (borrowsReference(m) ? unresolved(m) : m)) };
    if (pinned?.day) return onStoryDay(x, pinned.day, pinned.weekday, ctx);
    if (anchor.precision === 'month')
      return { ...x, dates: x.dates.map((m) => onOrAfter(m, anchor.iso, x.seg.doc.text)) };
    const doc = { ...x.seg.doc, published: anchor.iso, publishedBasis: 'inferred' as const };
    return { ...x, dates: findDates({ ...x.seg, doc }, ctx).value };
  });
}
