// Day numbers written as words after a month ("Feb. nine", "March twenty-first") → digits, for the date parser only.

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Every way to write 1-31 in words, cardinal or ordinal, mapped to its value. */
const DAY_WORDS: Map<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 1; n <= 9; n++) m.set(UNITS[n]!, n).set(ORD_UNITS[n]!, n);
  for (let n = 0; n <= 9; n++) m.set(TEENS[n]!, 10 + n).set(ORD_TEENS[n]!, 10 + n);
  m.set('twenty', 20).set('twentieth', 20).set('thirty', 30).set('thirtieth', 30);
  for (let n = 1; n <= 9; n++) {
    for (const sep of ['-', ' ']) {
      m.set(`twenty${sep}${UNITS[n]}`, 20 + n).set(`twenty${sep}${ORD_UNITS[n]}`, 20 + n);
    }
  }
  m.set('thirty-one', 31).set('thirty one', 31).set('thirty-first', 31).set('thirty first', 31);
  return m;
})();

const WORD_ALTERNATIVES = [...DAY_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_THEN_WORD = new RegExp(`\\b(${MONTH}\\.?\\s+)(?:the\\s+)?(${WORD_ALTERNATIVES})\\b`, 'gi');

/** "Feb. nine" → "Feb. 9": only right after a month name, so no other number word changes. */
export function dayWordsToDigits(s: string): string {
  // A month name is capitalised: "may one day" is a verb, not a date.
  return s.replace(MONTH_THEN_WORD, (all: string, month: string, word: string) =>
    /^\p{Lu}/u.test(month) ? `${month}${DAY_WORDS.get(word.toLowerCase())}` : all,
  );
}
