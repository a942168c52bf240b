// Day numbers written as words after a month ("Feb. nine", "March twenty-first") → digits, for the date parser only.
import { MONTH_ABBREVIATIONS, MONTHS } from '../../lang/en/calendar.ts';
import { wordValue } from '../../lang/numbers.ts';
import { oneOf } from '../../lang/pattern.ts';

const MONTH = `(?:${oneOf([...MONTHS, ...MONTH_ABBREVIATIONS])})`;
const MONTH_THEN_WORD = new RegExp(`\\b(${MONTH}\\.?\\s+)(?:the\\s+)?([a-z]+)(?:([- ])([a-z]+))?\\b`, 'gi');

/** A day of the month (1-31) written as one or two words, or null. */
function dayValue(word: string): number | null {
  const v = wordValue(word)?.value;
  return v !== undefined && v >= 1 && v <= 31 ? v : null;
}

/** "Feb. nine" → "Feb. 9": only right after a month name, so no other number word changes. */
export function dayWordsToDigits(s: string): string {
  return s.replace(
    MONTH_THEN_WORD,
    (all: string, month: string, first: string, sep: string | undefined, second: string | undefined) => {
      // A month name is capitalised: "may one day" is a verb, not a date.
      if (!/^\p{Lu}/u.test(month)) return all;
      const both = second ? dayValue(`${first}-${second}`) : null;
      if (both !== null) return `${month}${both}`;
      const one = dayValue(first);
      return one === null ? all : `${month}${one}${sep ?? ''}${second ?? ''}`;
    },
  );
}
