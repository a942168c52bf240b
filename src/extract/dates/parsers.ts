// Ordered date parsers over one sentence: relative words, number-word days, year ranges, decades, seasons, then
// chrono-node for written dates, then bare years. Earlier parsers win where spans overlap.

import type { Chrono } from 'chrono-node';
import { chronoNode } from '../../lang/chrono.ts';
import { MONTHS, monthOf, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { HOLIDAY_NAMES } from '../../lang/en/holidays.ts';
import { ordinalValue, readNumber, wordValue } from '../../lang/numbers.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';
import type { DateCand } from './types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './words.ts';

export type DateParser = (text: string, base: number) => DateCand[];

function each(re: RegExp, text: string, f: (m: RegExpExecArray) => DateCand | null): DateCand[] {
  const out: DateCand[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const c = f(m);
    if (c) out.push(c);
  }
  return out;
}

const NUM_WORD =
  '(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+few|a\\s+couple\\s+of)';

/** "yesterday", "today", "tomorrow", "last night". */
const CASUAL = new RegExp(
  `\\b((?:yesterday|tomorrow)(?:\\s+(?:${oneOf(PARTS_OF_DAY)}))?|today|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b`,
  'gi',
);
export const casual: DateParser = (text, base) =>
  each(CASUAL, text, (m) => {
    const w = (m[1] as string).toLowerCase();
    // "Today" capitalised inside a sentence is usually a title ("USA Today").
    if (
      m[1]?.startsWith('Today') &&
      m.index > 0 &&
      /\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      return null;
    const offset = w.startsWith('yesterday') || w.startsWith('last') ? -1 : w.startsWith('tomorrow') ? 1 : 0;
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      relative: { unit: 'day', offset },
      parser: 'casual',
    };
  });

/** "last week", "this month", "earlier this year", "next year". */
const PERIOD = /\b(?:(?:earlier|later)\s+)?(last|this|next)\s+(week|weekend|month|year)\b/gi;
export const period: DateParser = (text, base) =>
  each(PERIOD, text, (m) => {
    const dir = (m[1] as string).toLowerCase();
    const unit =
      (m[2] as string).toLowerCase() === 'weekend' ? 'week' : ((m[2] as string).toLowerCase() as 'week');
    const offset = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      relative: { unit, offset },
      parser: 'period',
    };
  });

/** "January of last year", "late March this year", "Oct. 3 last year": a month (or day) of a year told relative to
 *  the publication, one date rather than a bare month and a separate "last year". */
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `\\b(?:(?:early|late|mid)[-‑ ]+)?(${MONTH_NAMES})\\.?(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s+of)?\\s+(last|this|next)\\s+year\\b`,
  'g',
);
export const monthOfRelativeYear: DateParser = (text, base) =>
  each(MONTH_OF_RELATIVE_YEAR, text, (m) => {
    const month = monthOf(m[1] as string);
    if (!month) return null;
    const dir = (m[3] as string).toLowerCase();
    const c: DateCand = {
      start: base + m.index,
      end: base + m.index + m[0].length,
      month,
      relative: { unit: 'year', offset: dir === 'last' ? -1 : dir === 'next' ? 1 : 0 },
      parser: 'month-of-relative-year',
    };
    const day = m[2] ? Number(m[2]) : undefined;
    if (day !== undefined && day >= 1 && day <= 31) c.day = day;
    return c;
  });

/** "two days ago", "3 weeks ago". */
const AGO = new RegExp(`\\b(${NUM_WORD})\\s+(day|week|month|year)s?\\s+(?:ago|earlier)\\b`, 'gi');
export const ago: DateParser = (text, base) =>
  each(AGO, text, (m) => {
    const w = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (wordValue(w)?.value ?? null);
    if (n === null) return null;
    const unit = (m[2] as string).toLowerCase() as 'day';
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      relative: { unit, offset: -n },
      parser: 'ago',
    };
  });

/** "The apology comes one day after the vote": what the report tells now follows the event by that much, so the event
 *  lies that far before the publication. Only the present: "came a day after" counts from a day not known. */
const COMES_AFTER = new RegExp(
  `\\b((?:comes|coming)\\s+(?:just\\s+|only\\s+)?)(${NUM_WORD})\\s+(day|week)s?\\s+after\\b`,
  'gi',
);
export const comesAfter: DateParser = (text, base) =>
  each(COMES_AFTER, text, (m) => {
    const w = (m[2] as string).toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (wordValue(w)?.value ?? null);
    if (n === null) return null;
    const start = base + m.index + (m[1] as string).length;
    return {
      start,
      end: base + m.index + m[0].length,
      relative: { unit: (m[3] as string).toLowerCase() as 'day', offset: -n },
      parser: 'comes-after',
    };
  });

/** "on Monday", "last Friday", "next Tuesday"; not "Mondays", not a weekday that opens a written date. */
const WEEKDAY = new RegExp(
  `\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\\s+)?(${WEEKDAY_NAMES})(?:\\s+(?:${oneOf(PARTS_OF_DAY)}))?\\b(?!s\\b|\\s*,?\\s*(?:the\\s+)?(?:\\d|(?:${MONTH_NAMES})\\b))`,
  'g',
);
/** Named days that are not a date of the story: "Black Friday", "Super Tuesday", "Good Friday". */
const NAMED_DAY = /\b(?:Black|Cyber|Good|Super|Ash|Bloody|Holy|Maundy|Palm|Giving|Small\s+Business)\s+$/;
export const weekday: DateParser = (text, base) =>
  each(WEEKDAY, text, (m) => {
    if (!m[1] && NAMED_DAY.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    const lead = (m[1] ?? '').toLowerCase();
    const offset = lead === 'last' || lead === 'past' ? -1 : lead === 'next' ? 1 : 0;
    const wd = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      relative: { unit: 'weekday', offset, weekday: wd },
      parser: 'weekday',
    };
  });

const DAY_WORD =
  '(?:(?:twenty|thirty)[-\\s](?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';

function dayValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  const v = ordinalValue(w) ?? wordValue(w)?.value ?? readNumber(w.split('-'), 0)?.value ?? null;
  return v !== null && v >= 1 && v <= 31 ? v : null;
}

/** "Jan. eight", "January third", "March twenty-first, 2025": days written as words. */
const MONTH_DAY_WORD = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(?:the\\s+)?(${DAY_WORD})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
  'g',
);
/** A day-precise candidate from a match's month, day and optional year words, or null when they are no date. */
function dayCandidate(
  m: RegExpExecArray,
  base: number,
  parts: { month: string; day: string; year: string | undefined },
  parser: string,
): DateCand | null {
  const month = monthOf(parts.month);
  const day = dayValue(parts.day);
  if (!month || !day) return null;
  const c: DateCand = { start: base + m.index, end: base + m.index + m[0].length, month, day, parser };
  if (parts.year) c.year = Number(parts.year);
  return c;
}

export const monthDayWords: DateParser = (text, base) =>
  each(MONTH_DAY_WORD, text, (m) =>
    dayCandidate(m, base, { month: m[1] as string, day: m[2] as string, year: m[3] }, 'month-day-words'),
  );

/** "the third of January", "the 8th of March 2024". */
const DAY_OF_MONTH = new RegExp(
  `\\bthe\\s+(${DAY_WORD}|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${MONTH_NAMES})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
  'gi',
);
export const dayOfMonthWords: DateParser = (text, base) =>
  each(DAY_OF_MONTH, text, (m) =>
    /^[A-Z]/.test(m[2] as string)
      ? dayCandidate(m, base, { month: m[2] as string, day: m[1] as string, year: m[3] }, 'day-of-month')
      : null,
  );

/** "2016-2020", "2019–20", "from 2016 to 2020", "between 2016 and 2020". */
const YEAR_RANGE =
  /\b(?:(?:from|between)\s+)?((?:1[89]|20)\d\d)\s*(?:[-‑–—]|to|and|through|until)\s*((?:1[89]|20)\d\d|\d\d)\b(?![-‑–.,]?\d)/g;
export const yearRange: DateParser = (text, base) =>
  each(YEAR_RANGE, text, (m) => {
    const a = Number(m[1]);
    let b = Number(m[2]);
    if ((m[2] as string).length === 2) b = Math.floor(a / 100) * 100 + b;
    if (!(b > a) || b - a > 100) return null;
    if (/^(?:and|to)/i.test(m[0].slice((m[1] as string).length).trim()) && !/^(?:from|between)/i.test(m[0]))
      return null;
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      year: a,
      endYear: b,
      parser: 'year-range',
    };
  });

/** "the 1990s": a decade, as a range of years. */
const DECADE = /\bthe\s+((?:1[89]|20)\d)0s\b/g;
export const decade: DateParser = (text, base) =>
  each(DECADE, text, (m) => {
    const y = Number(m[1]) * 10;
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      year: y,
      endYear: y + 9,
      parser: 'decade',
    };
  });

/** "summer 2024", "the spring of 2023" (northern-hemisphere months). */
const SEASON = new RegExp(
  `\\b(?:the\\s+)?(${oneOf(Object.keys(SEASONS))})\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b`,
  'gi',
);
export const season: DateParser = (text, base) =>
  each(SEASON, text, (m) => {
    const months = SEASONS[(m[1] as string).toLowerCase()] as [number, number];
    const year = Number(m[2]);
    return {
      start: base + m.index,
      end: base + m.index + m[0].length,
      year,
      month: months[0],
      endYear: year,
      endMonth: months[1],
      parser: 'season',
    };
  });

// chrono-node for written dates only: relative words, times and weekdays are read by the parsers above.
const KEEP = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
let written: Chrono | null = null;
function writtenDates(): Chrono {
  if (!written) {
    const c = chronoNode().casual.clone();
    c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
    // "the end of July" is no day: chrono-node moves it to the 31st; the month alone is what the words state.
    c.refiners = c.refiners.filter(
      (r) => !/Forward|Relative|Time|Timezone|EndOfPeriod/.test(r.constructor.name),
    );
    written = c;
  }
  return written;
}

const BARE_MONTH = new RegExp(`^(${MONTH_NAMES})\\.?$`);
const MONTH_COMMA_NUMBER = new RegExp(`^(${MONTH_NAMES})\\.?,\\s*\\d{1,2}$`);
/** Words before a bare month that make it a date: "in May", "since March", "early June". */
const MONTH_LEAD =
  /\b(?:in|since|by|until|till|from|of|during|through|before|after|between|and|or|to|last|next|this|early|late|mid|end|start|beginning|on)\s*-?$/i;

/** chrono-node is the costly parser: it runs only where a capitalised month name or a numeric date stands. */
const CHRONO_GATE = new RegExp(`\\b(?:${MONTH_NAMES})\\b|\\d{4}-\\d\\d|\\d/\\d`);

export const writtenChrono: DateParser = (text, base) => {
  const out: DateCand[] = [];
  if (!CHRONO_GATE.test(text)) return out;
  for (const r of writtenDates().parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })) {
    let t = r.text.replace(/[\s,.]+$/, '');
    // chrono-node takes the "on" of "on 3 August" into its text; the date itself starts after it.
    const lead = /^(?:on|the|of|in)\s+/i.exec(t);
    const index = r.index + (lead ? lead[0].length : 0);
    if (lead) t = t.slice(lead[0].length);
    let len = t.length;
    // "September, 20 strikes": a comma between month and number is a list, not a day.
    if (MONTH_COMMA_NUMBER.test(t)) {
      t = t.slice(0, t.search(/[.,]/));
      len = t.length;
      const c = bareMonth(text, index, t, base);
      if (c) out.push(c);
      continue;
    }
    if (!/\p{Lu}|\d/u.test(t.charAt(0))) continue; // "march", "may" in lower case are verbs
    const s = r.start;
    if (BARE_MONTH.test(t) || (!s.isCertain('day') && !s.isCertain('year') && s.isCertain('month'))) {
      const c = bareMonth(text, index, t, base);
      if (c) out.push(c);
      continue;
    }
    if (r.tags().has('parser/SlashDateFormatParser') && !s.isCertain('year')) continue;
    // "the 24 Oct. 12 hostages": news writes no two-digit years; the number after the month is its day
    const count = COUNT_BEFORE_MONTH_DAY.exec(t);
    if (count) {
      const at = index + count[1]!.length;
      const day: DateCand = { start: base + at, end: base + index + len, parser: 'chrono' };
      day.month = monthOf(count[2]!) ?? undefined;
      day.day = Number(count[3]);
      if (day.month) out.push(day);
      continue;
    }
    const c: DateCand = { start: base + index, end: base + index + len, parser: 'chrono' };
    if (s.isCertain('year')) c.year = s.get('year') as number;
    if (s.isCertain('month')) c.month = s.get('month') as number;
    if (s.isCertain('day')) c.day = s.get('day') as number;
    if (c.month === undefined && c.year === undefined) continue;
    const e = r.end;
    if (e) {
      if (e.isCertain('year')) c.endYear = e.get('year') as number;
      if (e.isCertain('month') || e.isCertain('day')) c.endMonth = e.get('month') as number;
      if (e.isCertain('day')) c.endDay = e.get('day') as number;
      if (c.endYear === undefined && c.year !== undefined) c.endYear = c.year;
    }
    out.push(c);
  }
  return out;
};

/** A count, a month and a two-digit number: "24 Oct. 12" (chrono reads day, month and year '12). */
const COUNT_BEFORE_MONTH_DAY = new RegExp(`^(\\d{1,2}\\s+)(${MONTH_NAMES})\\.?\\s+(\\d{1,2})$`);

/** "the end of July": the part of the month belongs to the date's words, not to the event's. */
const PART_OF_MONTH_BEFORE = /\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+$/i;
const FULL_MONTH = new RegExp(`^(?:${oneOf(capitalised(MONTHS))})$`);
/** A month named alone: only in a date phrase ("in May"), never an abbreviation alone ("Jan" may be a name). */
function bareMonth(text: string, index: number, word: string, base: number): DateCand | null {
  const month = monthOf(word);
  if (!month) return null;
  if (!FULL_MONTH.test(word)) return null;
  const ambiguous = word === 'May' || word === 'March';
  const before = text.slice(Math.max(0, index - 16), index);
  if ((ambiguous || index === 0 || /^\s*$/.test(before)) && !MONTH_LEAD.test(before.trimEnd())) return null;
  const part = PART_OF_MONTH_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
  const start = index - (part ? part[0].length : 0);
  return { start: base + start, end: base + index + word.length, month, parser: 'month' };
}

/** A bare year: "in 2019", "the 2020 act"; not a code ("EO 2019"), an amount ("$2019") or a count ("2019 people"). */
const STREET =
  /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Highway|Parkway)\b/;
const YEAR = /(?<![\d.,$€£#/‑-])\b((?:1[89]|20)\d\d)\b(?![.,]\d|%|\d|[-‑]\d)/g;
export const bareYear: DateParser = (text, base) =>
  each(YEAR, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const prevWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
    // A street number: "1909 Elm Drive".
    if (STREET.test(text.slice(m.index + 4, m.index + 40))) return null;
    // A capitalised code word right before: "EO 2019", "Article 2019", "H.R. 2019".
    if (
      /^[A-Z][A-Za-z.]*$/.test(prevWord) &&
      !/^(?:In|Since|By|Until|From|Of|During|Through|Before|After|Between|And|The|Early|Late|Mid|Fiscal|FY)$/.test(
        prevWord,
      )
    )
      return null;
    const after = text.slice(m.index + 4, m.index + 24);
    if (
      /^\s+[a-z]+s\b/.test(after) &&
      !/^\s+(?:was|has|is|saw|brought|marks|sees)\b/.test(after) &&
      !/\b(?:in|since|by|of|the)\s*$/i.test(before)
    )
      return null;
    return { start: base + m.index, end: base + m.index + 4, year: Number(m[1]), parser: 'year' };
  });

/** "mid-2024", "early-2025": a year with a part of it glued on. */
const PART_YEAR = /\b(?:mid|early|late)[-‑]((?:19|20)\d\d)\b(?![-‑]\d)/gi;
export const partYear: DateParser = (text, base) =>
  each(PART_YEAR, text, (m) => ({
    start: base + m.index,
    end: base + m.index + m[0].length,
    year: Number(m[1]),
    parser: 'part-year',
  }));

/** "late May", "mid-March": chrono-node reads a month that is also a word only after "in"; a part of the month
 *  before it says as much. */
const PART_MONTH = new RegExp(`\\b(?:early|late|mid)[-‑ ]+(${oneOf(capitalised(MONTHS))})\\b`, 'g');
export const partMonth: DateParser = (text, base) =>
  each(PART_MONTH, text, (m) => {
    const month = bareMonth(text, m.index + m[0].length - m[1]!.length, m[1]!, base);
    // the span takes the part in ("mid-May"), as "mid-2024" does
    return month && { ...month, start: base + m.index };
  });

const escapeName = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
/** "over Easter weekend", "on Christmas Eve", "Thanksgiving Day 2019": a holiday, with its year when written. */
const HOLIDAY = new RegExp(
  `\\b(${HOLIDAY_NAMES.map(escapeName).join('|')})(?:\\s+(weekend|day|holiday))?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'gi',
);
export const holiday: DateParser = (text, base) =>
  each(HOLIDAY, text, (m) => {
    // Holidays are proper names: "christmas" in lower case is a season's word, not a date.
    if (!/^\p{Lu}/u.test(m[1]!)) return null;
    const name = m[1]!.toLowerCase().replace(/’/g, "'");
    const c: DateCand = {
      start: base + m.index,
      end: base + m.index + m[0].length,
      holiday: { name, weekend: (m[2] ?? '').toLowerCase() === 'weekend' },
      parser: 'holiday',
    };
    if (m[3]) c.year = Number(m[3]);
    return c;
  });

export const DATE_PARSERS: readonly DateParser[] = [
  holiday,
  partYear,
  casual,
  monthOfRelativeYear,
  period,
  comesAfter,
  ago,
  monthDayWords,
  dayOfMonthWords,
  yearRange,
  decade,
  season,
  writtenChrono,
  partMonth,
  weekday,
  bareYear,
];
