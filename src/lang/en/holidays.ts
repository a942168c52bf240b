// Holidays news dates events by ("over Easter weekend", "on Christmas Eve"): fixed days by month and day, and
// moveable feasts by the rule that places them in a year.

import { wordTable } from '../table.ts';
import { WEEKDAYS } from './calendar.ts';

/** Fixed holidays: name (lower case) → [month, day]. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = wordTable({
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  'valentine’s day': [2, 14],
  "valentine's day": [2, 14],
  halloween: [10, 31],
});

/** Moveable holidays: name (lower case) → days after Easter Sunday. Named by their weekday from calendar.ts. */
/** The weekday of a holiday's name by its number, Sunday = 0. */
const day = (n: number): string => WEEKDAYS[n]!;
export const EASTER_OFFSETS: Record<string, number> = wordTable({
  easter: 0,
  [`easter ${day(0)}`]: 0,
  [`easter ${day(1)}`]: 1,
  [`good ${day(5)}`]: -2,
  [`holy ${day(6)}`]: -1,
  [`palm ${day(0)}`]: -7,
  [`maundy ${day(4)}`]: -3,
  [`ash ${day(3)}`]: -46,
  pentecost: 49,
});

/** "Thanksgiving" in US news: the fourth Thursday of November. */
export const THANKSGIVING = 'thanksgiving';

/** Every holiday name, longest first, for one regular expression. */
export const HOLIDAY_NAMES: string[] = [
  ...Object.keys(FIXED_HOLIDAYS),
  ...Object.keys(EASTER_OFFSETS),
  THANKSGIVING,
].sort((a, b) => b.length - a.length);
