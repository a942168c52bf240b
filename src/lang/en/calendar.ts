// Calendar words of English news: months, weekdays, seasons. One list of each, read by every stage that finds,
// cleans or compares dates; a stage builds its own pattern from these lists, never from a copy of them.
import { wordTable } from '../table.ts';

/** Month names in calendar order, lower case. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first three letters of each month, in order: what every spelling of it starts with ("Sept.", "/mar/"). */
export const MONTH_STEMS: readonly string[] = MONTHS.map((m) => m.slice(0, 3));

/** Shortened month names ("Jan.", "Sept."); "sept" before "sep" so an alternation tries the longer first. May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** The months AP style shortens before a day ("Jan. 8", "Sept. 8"): it spells out March to July. */
export const AP_MONTH_ABBREVIATIONS: readonly string[] = MONTH_ABBREVIATIONS.filter((m) => {
  const n = monthOf(m) ?? 0;
  return n < 3 || n > 7;
});

/** 1-12 for a month name or abbreviation, read by its first three letters, else null. */
export function monthOf(word: string): number | null {
  const i = MONTH_STEMS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

/** Weekday names, Sunday first as `Date.getUTCDay()` counts them, lower case. */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** The first three letters of each weekday, Sunday first ("Mon", "Tue"). */
export const WEEKDAY_STEMS: readonly string[] = WEEKDAYS.map((d) => d.slice(0, 3));

/** Each weekday without its "day" ("tues", "wednes"), Sunday first: with the stems, where a loose pattern may stop. */
export const WEEKDAY_ROOTS: readonly string[] = WEEKDAYS.map((d) => d.slice(0, -3));

/** Seasons a date parser places in one year → their first and last month (northern hemisphere). Winter straddles
 *  two years, so it is not here. */
export const SEASONS: Readonly<Record<string, [number, number]>> = wordTable({
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
});

/** Every season word, winter too. */
export const SEASON_WORDS: readonly string[] = [...Object.keys(SEASONS), 'winter'];

/** The parts of a day a date may name: "Friday night", "yesterday morning". */
export const PARTS_OF_DAY: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/** Words that say when in a day, in whose clock, or how near another moment ("Saturday morning local time",
 *  "shortly after"): when a thing happened, not what. */
export const TIME_OF_DAY_WORDS: readonly string[] = [
  ...PARTS_OF_DAY,
  'overnight',
  'midnight',
  'noon',
  'dawn',
  'dusk',
  'local',
  'time',
  'early',
  'late',
  'hours',
  'shortly',
  'soon',
  'earlier',
  'later',
  'ago',
  'recently',
];

/** Time-zone abbreviations news writes after a clock time ("4:30 a.m. ET", "06:00 BST"), upper case. */
export const TIME_ZONES: readonly string[] = [
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EET',
  'IST',
  'JST',
  'AEST',
];

/** Nouns of elapsed time an ordinal counts, with the unit it counts in: "its 40th day" is 40 days so far, "the 12th
 *  anniversary" 12 years. */
export const ELAPSED_UNITS: Readonly<Record<string, string>> = wordTable({
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  anniversary: 'years',
});

/** Months that are also family names ("Nora May"): after a given name, the name goes on. */
export const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);
