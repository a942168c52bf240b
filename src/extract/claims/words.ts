// Small word tests for claims: numbers, date words, stop words, and the keys used to block claims across
// articles.
import { MONTH_ABBREVIATIONS, MONTHS, SEASON_WORDS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { CLAIM_STOP_WORDS } from '../../lang/en/stopwords.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';
import { FACT_FORMS } from './verbs.ts';

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;

export const hasNumber = (s: string): boolean => /\d/.test(s) || NUMBER_WORD.test(s);

const MONTH = `(?:${oneOf([...capitalised(MONTHS), ...capitalised(MONTH_ABBREVIATIONS).map((m) => `${m}\\.`)])})`;
const DAY_NUM = '(?:\\d{1,2}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten)';
const DATE = new RegExp(
  [
    `\\b(?:since |until |by |in |on )?${MONTH}(?:\\s+${DAY_NUM}\\b)?(?:,?\\s+(?:19|20)\\d{2}\\b)?`,
    `\\b(?:${oneOf(capitalised(WEEKDAYS))})\\b`,
    `\\b(?:last|next|this|past|earlier this|later this) (?:week|month|year|weekend|night|morning|${oneOf(SEASON_WORDS)})\\b`,
    '\\b(?:yesterday|today|tonight)\\b',
    '\\b(?:in |since |by )?(?:19|20)\\d{2}\\b',
  ].join('|'),
  'g',
);

/** Date words of a sentence, in order: "Jan. three", "last week", "since September 2025". */
export function datesIn(s: string): string[] {
  const out: string[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(s); m; m = DATE.exec(s)) {
    // "May" alone is often the verb: only count it with a day or a year.
    if (/^(?:in |on |since |by |until )?May$/.test(m[0])) continue;
    out.push(m[0].trim());
  }
  return out;
}

export const STOP = CLAIM_STOP_WORDS;

/** Content words, lower case and singular-ish, for blocking claims across articles. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}%$'’.-]*/gu;
const ASCII_WORD = /[a-z0-9][a-z0-9%$'.-]*/g; // the common case, without Unicode classes

const PUNCT_IN_WORD = /['’.]/;

export function keysOf(s: string): string[] {
  const out = new Set<string>();
  const ascii = !/[^\x00-\x7f]/.test(s);
  const re = ascii ? ASCII_WORD : WORD;
  re.lastIndex = 0;
  const folded = (ascii ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    let w = m[0];
    if (PUNCT_IN_WORD.test(w)) w = w.replace(/['’]s?$/u, '').replace(/\.+$/, '');
    if (w.length < 3 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    const lemma = FACT_FORMS.get(w); // "captured", "captures" → "capture": claims block across tenses
    if (lemma) w = lemma;
    else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
    out.add(w);
  }
  return [...out];
}
