// Articles with no publication date (or one inferred from their own text, a lower bound) cannot count "on Thursday" or "July 21" from today: today is not when they were
// written. They count from the story's own evidence instead, its latest date written with a year (a report is
// written after what it reports): a full day is their reference day; a month only bounds them, so a date written
// without its year is the first such date on or after it, and a relative date stays unresolved. A story that
// writes no year leaves those dates unresolved.
import type { Context } from '../../context.ts';
import type { DateMention, Extracted } from '../../model/mention.ts';
import { findDates } from './index.ts';

/** The latest date the story gives with its year (another article's publication date, or a date written in a text),
 *  at day or month precision; null if none. */
export function storyAnchor(extracted: Extracted[]): { iso: string; precision: 'day' | 'month' } | null {
  let best: { iso: string; precision: 'day' | 'month' } | null = null;
  const end = (a: { iso: string }) => (a.iso.length === 7 ? `${a.iso}-31` : a.iso);
  const consider = (iso: string, precision: 'day' | 'month') => {
    const a = { iso: iso.slice(0, precision === 'day' ? 10 : 7), precision };
    if (!best || end(a) > end(best)) best = a;
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

/** A date read against the reference date (a relative date, or a year the text left out). */
const borrowsReference = (m: DateMention): boolean => m.relative || m.certainty === 'implied';

const unresolved = (m: DateMention): DateMention => ({ ...m, resolved: null, resolvedEnd: null });

/** "--01-03" or "--01" written without a year: the first such date on or after `bound` (YYYY-MM). */
function onOrAfter(m: DateMention, bound: string): DateMention {
  const w = /^--(\d{2})(?:-(\d{2}))?$/.exec(m.written ?? '');
  if (m.relative || m.certainty !== 'implied' || !w) return borrowsReference(m) ? unresolved(m) : m;
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
  const anchor = storyAnchor(extracted);
  // A date inferred from an article's own text is only a lower bound: the story's evidence, when later, is nearer.
  const undated = (x: Extracted) =>
    x.seg.doc.publishedBasis === 'unknown' ||
    (x.seg.doc.publishedBasis === 'inferred' && anchor !== null && (x.seg.doc.published ?? '') < anchor.iso);
  return extracted.map((x) => {
    if (!undated(x)) return x;
    if (!anchor) return { ...x, dates: x.dates.map((m) => (borrowsReference(m) ? unresolved(m) : m)) };
    if (anchor.precision === 'month') return { ...x, dates: x.dates.map((m) => onOrAfter(m, anchor.iso)) };
    const doc = { ...x.seg.doc, published: anchor.iso, publishedBasis: 'inferred' as const };
    return { ...x, dates: findDates({ ...x.seg, doc }, ctx).value };
  });
}
