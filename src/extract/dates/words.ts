// Month, weekday and season patterns of the date parsers, built from the calendar words in lang/en.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';

/** "January|…|December|Jan|…|Dec": full names first, so a name is never read as its abbreviation. */
export const MONTH_NAMES = oneOf(capitalised([...MONTHS, ...MONTH_ABBREVIATIONS]));

export const WEEKDAY_NAMES = oneOf(capitalised(WEEKDAYS));
