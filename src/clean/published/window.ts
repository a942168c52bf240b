// The latest date with a stated year that an article reports: found around each four-digit year, never all text.
import { chronoNode } from '../../lang/chrono.ts';
import { MONTH_STEMS } from '../../lang/en/calendar.ts';
import { oneOf } from '../../lang/pattern.ts';
import { dayWordsToDigits } from './numberWords.ts';
import { lowerBound, type StatedDate, toIso } from './parse.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const MAX_YEARS = 400;
const BEFORE = 40;
const AFTER = 12;
// A date the article looks forward to ("by March 2031", "scheduled for") says nothing about when it was written.
const FORWARD =
  /\b(by|until|till|before|through|ahead of|scheduled (for|on)|expected (in|on|by)|due (in|on|by)|next)\s+(the\s+)?(end of\s+|early\s+|late\s+|mid-?)?$/i;
const DATE_HINT = new RegExp(`\\b(${oneOf(MONTH_STEMS)})[a-z]*\\b|\\d{4}-\\d\\d-\\d\\d`, 'i');
// A bare year the article places something in ("in 2029", "since 2030").
const BARE_YEAR_CUE = /\b(in|since|during|of|early|late|mid-?)\s*$/i;

interface Piece {
  /** Where the window stands in the article. */
  from: number;
  to: number;
  /** Where its (normalised) text starts in the joined string the parser reads. */
  at: number;
  /** The window's text, normalised for the parser. */
  text: string;
}

/** Windows around the years, merged where they overlap, each normalised for the parser. */
function windows(text: string, years: RegExpMatchArray[]): Piece[] {
  const spans: { from: number; to: number }[] = [];
  for (const m of years) {
    const from = Math.max(0, m.index! - BEFORE);
    const to = Math.min(text.length, m.index! + m[0].length + AFTER);
    const last = spans[spans.length - 1];
    if (last && from <= last.to) last.to = to;
    else spans.push({ from, to });
  }
  return spans.map((s) => ({
    ...s,
    text: dayWordsToDigits(text.slice(s.from, s.to).replace(/\s/g, ' ')),
    at: 0,
  }));
}

// What a window needs for the parser to read a stated year in it: a month word (even inside other letters or
// glued to digits), digits joined by a date separator, or a number with a time unit ("2025 days"). Windows
// without one only matter beside one that has it (a weekday or a time merges with the date next to it), so
// those neighbours are parsed too.
const YEAR_DATE_HINT = new RegExp(`${oneOf(MONTH_STEMS)}|month|\\d[-./\\s]\\d|\\d{4}\\s{0,3}[smhdwyq]`, 'i');
// Between windows that were not neighbours: a mark no date pattern reads or merges across.
const APART = '#\n\n';

/** The windows the parser must read, joined for one call (calls cost more than text). */
function joinForParser(all: Piece[]): { joined: string; pieces: Piece[] } {
  const hinted = all.map((p) => YEAR_DATE_HINT.test(p.text));
  let joined = '';
  const pieces: Piece[] = [];
  let prev = -2;
  all.forEach((p, i) => {
    if (!hinted[i] && !hinted[i - 1] && !hinted[i + 1]) return;
    if (pieces.length && prev !== i - 1) joined += APART;
    pieces.push({ ...p, at: joined.length });
    joined += `${p.text}\n\n`;
    prev = i;
  });
  return { joined, pieces };
}

/** Dates with a stated year that are not in the future of `now` nor looked forward to. */
export function reportedDates(text: string, now: Date): StatedDate[] {
  const nowIso = now.toISOString().slice(0, 10);
  const years = [...take(text.matchAll(YEAR), MAX_YEARS)];
  if (!years.length) return [];
  const out: StatedDate[] = [];
  const keep = (d: StatedDate, before: string): void => {
    if (!FORWARD.test(before) && lowerBound(d.iso) <= nowIso) out.push(d);
  };
  const all = windows(text, years);
  // Only a month name or an ISO date near a year can make a full date: without one the parser is not called.
  const { joined, pieces } = all.some((p) => DATE_HINT.test(p.text))
    ? joinForParser(all)
    : { joined: '', pieces: [] };
  const parsed = joined ? chronoNode().parse(joined, now) : [];
  let p = 0;
  for (const r of parsed) {
    const iso = toIso(r);
    while (p < pieces.length - 1 && r.index >= pieces[p + 1]!.at) p++;
    const piece = pieces[p]!;
    // A relative phrase in a window ("yesterday") is dated by `now`, not by the article: the year must be written.
    if (iso && /\d{4}/.test(r.text))
      keep(
        { iso, text: r.text, index: piece.from + r.index - piece.at },
        joined.slice(Math.max(piece.at, r.index - 30), r.index),
      );
  }
  for (const m of years) {
    const before = text.slice(Math.max(0, m.index! - 30), m.index);
    if (BARE_YEAR_CUE.test(before)) keep({ iso: m[0], text: m[0], index: m.index! }, before);
  }
  return out;
}

function* take<T>(it: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

/** The latest of the dates by lower bound; of equal bounds, the more precise. */
export function latest(dates: StatedDate[]): StatedDate | null {
  let best: StatedDate | null = null;
  for (const d of dates) {
    const a = lowerBound(d.iso);
    const b = best ? lowerBound(best.iso) : '';
    if (!best || a > b || (a === b && d.iso.length > best.iso.length)) best = d;
  }
  return best;
}
