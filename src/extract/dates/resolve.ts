// Resolution of a date expression against the reference date: the publication date when known, else "now".
// News reports the past, so a date missing its year, and a bare weekday, take the latest occurrence not after it.
import { EASTER_OFFSETS, FIXED_HOLIDAYS, THANKSGIVING } from '../../lang/en/holidays.ts';
import type { DatePrecision } from '../../model/mention.ts';
import type { DateCand } from './types.ts';

export interface Reference {
  /** The publication date (UTC midnight) when known, with how much of it is known. */
  published: Date | null;
  precision: DatePrecision | null;
  now: Date;
}

export interface Resolution {
  resolved: string | null;
  resolvedEnd?: string | null;
  /** First and last day the words allow, when finer than the precision says ("last week": Monday to Sunday). */
  within?: { from: string; to: string };
  precision: DatePrecision;
  certainty: 'stated' | 'implied';
  relative: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number): string =>
  m === undefined
    ? String(y).padStart(4, '0')
    : d === undefined
      ? `${y}-${pad(m)}`
      : `${y}-${pad(m)}-${pad(d)}`;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const ymd = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

/** The publication date as a reference: "2026-01-10T08:00Z" → 2026-01-10, precision day. */
export function referenceOf(published: string | null, basis: string, now: Date): Reference {
  const m = published && basis !== 'unknown' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!m) return { published: null, precision: null, now };
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const precision: DatePrecision = m[3] ? 'day' : m[2] ? 'month' : 'year';
  return { published: utc(y, mo, d), precision, now };
}

/** Latest year for month/day that is not after ref (or the earliest not before it, when the text looks ahead). */
function yearFor(month: number, day: number | undefined, ref: Date, ahead: boolean): number {
  const [ry, rm, rd] = ymd(ref);
  const after = month > rm || (month === rm && (day ?? 1) > rd);
  // Looking ahead, the publication day itself and its month still count as ahead.
  if (ahead) return month < rm || (month === rm && day !== undefined && day < rd) ? ry + 1 : ry;
  return after ? ry - 1 : ry;
}

const dayIso = (d: Date): string => iso(...ymd(d));

/** Easter Sunday of a year (the anonymous Gregorian computus). */
function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

/** The day a holiday falls on in a year, or null for a name no rule places. */
function holidayIn(name: string, y: number): Date | null {
  const fixed = FIXED_HOLIDAYS[name];
  if (fixed) return utc(y, fixed[0], fixed[1]);
  const offset = EASTER_OFFSETS[name];
  if (offset !== undefined) return addDays(easter(y), offset);
  if (name === THANKSGIVING) {
    const first = utc(y, 11, 1);
    return addDays(first, ((4 - first.getUTCDay() + 7) % 7) + 21);
  }
  return null;
}

/** A holiday: its written year, else the latest one not after the reference (the next one, looking ahead). */
function resolveHoliday(c: DateCand, ref: Reference, ahead: boolean): Resolution {
  const h = c.holiday!;
  const anchor = ref.published ?? ref.now;
  let y = c.year ?? anchor.getUTCFullYear();
  let day = holidayIn(h.name, y);
  if (day && c.year === undefined) {
    if (!ahead && day > anchor) day = holidayIn(h.name, --y);
    else if (ahead && ref.published && day < anchor) day = holidayIn(h.name, ++y);
  }
  if (!day) return { resolved: null, precision: 'day', certainty: 'implied', relative: false };
  const res: Resolution = {
    resolved: dayIso(day),
    precision: 'day',
    certainty: c.year === undefined ? 'implied' : 'stated',
    relative: false,
  };
  // "Easter weekend" runs from Good Friday to Easter Monday; another holiday's weekend the days around it.
  if (h.weekend) {
    const easterLike = EASTER_OFFSETS[h.name] !== undefined;
    res.within = { from: dayIso(addDays(day, easterLike ? -2 : -1)), to: dayIso(addDays(day, 1)) };
  }
  return res;
}

/** The ISO month of a week: the month holding its Thursday (the ISO week rule). */
function weekMonth(d: Date): string {
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const [y, m] = ymd(thursday);
  return iso(y, m);
}

function resolveRelative(c: DateCand, ref: Reference, ahead: boolean, dawn: boolean): Resolution {
  const r = c.relative as NonNullable<DateCand['relative']>;
  const out = (resolved: string | null, precision: DatePrecision): Resolution => ({
    resolved,
    precision,
    certainty: 'implied',
    relative: true,
  });
  const p = ref.published;
  const known = ref.precision;
  const unitPrecision: DatePrecision =
    r.unit === 'year' ? 'year' : r.unit === 'month' || r.unit === 'week' ? 'month' : 'day';
  if (!p) return out(null, unitPrecision);
  const [y, m] = ymd(p);
  // "January of last year": the month (and day) written, in the year the words count to.
  if (r.unit === 'year')
    return c.month === undefined
      ? out(iso(y + r.offset), 'year')
      : out(iso(y + r.offset, c.month, c.day), c.day === undefined ? 'month' : 'day');
  if (r.unit === 'month') {
    if (known === 'year') return out(null, 'month');
    const mm = m + r.offset;
    const yy = y + Math.floor((mm - 1) / 12);
    return out(iso(yy, ((((mm - 1) % 12) + 12) % 12) + 1), 'month');
  }
  if (known !== 'day') return out(null, unitPrecision);
  if (r.unit === 'week') {
    const day = addDays(p, 7 * r.offset);
    const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
    return {
      ...out(weekMonth(day), 'month'),
      within: { from: dayIso(monday), to: dayIso(addDays(monday, 6)) },
    };
  }
  if (r.unit === 'day') {
    const [dy, dm, dd] = ymd(addDays(p, r.offset));
    return out(iso(dy, dm, dd), 'day');
  }
  // Weekday: "on Monday" is the last Monday up to publication; "last Monday" the one before; "next" after.
  // Looking ahead, "will sign on Saturday" in a Saturday's article is that same day.
  const wd = r.weekday ?? 0;
  const today = p.getUTCDay();
  let delta: number;
  if (r.offset > 0) delta = (wd - today + 7) % 7 || 7;
  else if (r.offset === 0 && ahead) delta = (wd - today + 7) % 7;
  else {
    delta = -((today - wd + 7) % 7);
    if (r.offset < 0 && delta === 0) delta = -7;
    // "announced early Saturday" in a Friday's report: the next day where it happened, hours ahead of the newsroom.
    if (r.offset === 0 && dawn && delta === -6) delta = 1;
  }
  const [wy, wm, wdd] = ymd(addDays(p, delta));
  return out(iso(wy, wm, wdd), 'day');
}

/** Days after publication within which a yearless date is taken as coming, unless its clause is in the past:
 *  reports name the next days and weeks ("from May 3", "talks in June") far more often than a date some
 *  eleven months back without its year. */
export const NEAR_AHEAD_DAYS = 60;

/** The yearless month (and day) falls in the NEAR_AHEAD_DAYS after the publication date, in its year. */
function soonAfter(month: number, day: number | undefined, published: Date): boolean {
  const [py] = ymd(published);
  const gap = (utc(py, month, day ?? 1).getTime() - published.getTime()) / 86_400_000;
  return gap > 0 && gap <= NEAR_AHEAD_DAYS;
}

/** Resolves one candidate. `ahead` is true when the sentence speaks of the future ("will", "scheduled"); `dawn`
 *  when the day is qualified as its first hours ("early Saturday", "Saturday morning"); `past` when the clause
 *  leading to it is in the past tense ("tested a bomb in September"). */
export function resolveCand(
  c: DateCand,
  ref: Reference,
  ahead: boolean,
  dawn = false,
  past = false,
): Resolution {
  if (c.relative) return resolveRelative(c, ref, ahead, dawn);
  if (c.holiday) return resolveHoliday(c, ref, ahead);
  const precision: DatePrecision = c.day !== undefined ? 'day' : c.month !== undefined ? 'month' : 'year';
  let year = c.year;
  let certainty: 'stated' | 'implied' = 'stated';
  if (year === undefined) {
    certainty = 'implied';
    const anchor = ref.published ?? ref.now;
    if (ref.published && ref.precision === 'year') year = anchor.getUTCFullYear();
    // Unknown publication: the latest year that keeps the date in the past of now (we cannot read it before it was written).
    else {
      const coming = ahead || (!past && ref.precision === 'day' && soonAfter(c.month ?? 1, c.day, anchor));
      year = yearFor(c.month ?? 1, c.day, anchor, coming && ref.published !== null);
    }
  }
  const res: Resolution = {
    resolved: iso(year, c.month, c.day),
    precision,
    certainty,
    relative: false,
  };
  if (c.endYear !== undefined || c.endMonth !== undefined || c.endDay !== undefined) {
    const ey = c.endYear ?? year;
    res.resolvedEnd = iso(ey, c.endMonth ?? (c.endDay !== undefined ? c.month : undefined), c.endDay);
  }
  return res;
}
