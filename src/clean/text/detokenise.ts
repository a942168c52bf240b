// Text that passed through a tokeniser (research corpora, some wire feeds) writes "170, 000", "high - profile",
// "$2.6 - million" and "09 : 30". A document that never writes the joined form anywhere is tokenised: its split
// forms are joined again, so numbers read as one number and compounds as one word. A document that writes
// "1,000" or "high-profile" somewhere uses the spaced forms on purpose (a dash between clauses) and is left alone.
// Treebank quotes ('' and ``) and split clitics ("do n't") are written by tokenisers only, and made plain again.
import { MONTH_STEMS } from '../../lang/en/calendar.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';

const SPLIT_THOUSANDS = /(?<![\d.,])(\d{1,3}), (?=\d{3}(?!\d))/g;
const JOINED_THOUSANDS = /\d,\d{3}(?!\d)/;
const SPLIT_HYPHEN = /(?<=[\p{L}\d]) - (?=[\p{L}\d$£€])/gu;
/** The words on each side of a spaced hyphen, to tell a compound from a dash between clauses. */
const AROUND_HYPHEN = /([\p{L}\d$£€.]+) - ([\p{L}\d$£€.]+)/gu;
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|\d[\d.,]*)$/i;

/** Two spaced dashes around three to a dozen words of one sentence (no word inside ends one): a dash pair never
 *  spans sentences, so two compounds far apart ("Smith - Jones said ... Smith - Jones") are not taken for one. */
const DASH_PAIR = / - ((?:[^\s-]*[^\s.!?;:-] ){2,11}[^\s-]+) - /g;
/** Stands in for a kept dash while compounds are joined (a private-use character no text holds). */
const HELD = '\ue000';

/** Short words inside compounds before a number: "four-by-four", "one-to-one". */
const LINK_WORD = /^(?:by|to|per|and|or|in|on|of)$/i;

const numberish = (w: string): boolean => NUMBER_WORD.test(w.replace(/^[$£€]/, '')) || LINK_WORD.test(w);
const numberCompound = (left: string, right: string): boolean =>
  numberish(left) && numberish(right) && !(LINK_WORD.test(left) && LINK_WORD.test(right));

/** "workers - two women and a man - died" is a dash; "twenty - six", "four - by - four", "high - profile" are not. A
 *  capital after the dash starts a new clause ("store - Police said"), unless the word before is capitalised too. */
function joinsAsCompound(left: string, right: string): boolean {
  if (/^\p{Lu}/u.test(right) && !/^\p{Lu}/u.test(left)) return false;
  return !NUMBER_WORD.test(right) || NUMBER_WORD.test(left.replace(/^[$£€]/, '')) || LINK_WORD.test(left);
}
const JOINED_HYPHEN = /\p{Ll}-\p{Ll}/u;
const SPLIT_TIME = /(?<=\b\d{1,2}) : (?=\d{2}\b)/g;
const JOINED_TIME = /\b\d{1,2}:\d{2}\b/;
/** "May 5, 200 people": a day of the month before the comma, not thousands. */
const DAY_OF_MONTH = new RegExp(`\\b(?:${oneOf(capitalised(MONTH_STEMS))})[a-z]*\\.? $`);
/** Penn Treebank quotes, as research corpora write them: two backticks open, two apostrophes close, with a space
 *  the tokeniser put between them and the words ("said, '' Ana Roe"). Plain text writes neither. */
const TREEBANK_OPEN = /``\s?/g;
const TREEBANK_CLOSE = /\s?''/g;
const TREEBANK_QUOTE = /''|``/;
/** Clitics a tokeniser split off their word: "do n't", "I 'm", "we 've", "Ruiz 's". */
const SPLIT_CLITIC = /(?<=\p{L}) (n't|'(?:s|m|d|re|ve|ll))(?!\p{L})/giu;
const JOINED_CLITIC = /\p{L}(?:n't|'(?:m|re|ve|ll))(?!\p{L})/iu;
/** Fewer split forms than this say nothing about the document. */
const MIN_SPLIT_HYPHENS = 2;

export type Detokeniser = (s: string) => string;

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) && n < 100) n++;
  re.lastIndex = 0;
  return n;
};

/** Decides, from the whole document, which split forms to join; returns the repair for its lines. */
export function detokeniser(whole: string): Detokeniser {
  const thousands = count(SPLIT_THOUSANDS, whole) > 0 && !JOINED_THOUSANDS.test(whole);
  const hyphens = count(SPLIT_HYPHEN, whole) >= MIN_SPLIT_HYPHENS && !JOINED_HYPHEN.test(whole);
  const times = count(SPLIT_TIME, whole) > 0 && !JOINED_TIME.test(whole);
  const quotes = TREEBANK_QUOTE.test(whole);
  const clitics = count(SPLIT_CLITIC, whole) > 0 && !JOINED_CLITIC.test(whole);
  if (!thousands && !hyphens && !times && !quotes && !clitics) return (s) => s;
  return (s) => {
    let out = s;
    if (quotes) out = out.replace(TREEBANK_OPEN, '"').replace(TREEBANK_CLOSE, '"');
    if (clitics) out = out.replace(SPLIT_CLITIC, '$1');
    if (thousands)
      out = out.replace(SPLIT_THOUSANDS, (m, n: string, at: number) =>
        DAY_OF_MONTH.test(out.slice(Math.max(0, at - 12), at)) ? m : `${n},`,
      );
    if (hyphens) {
      // Numbers first ("twenty - six", "four - by - four", "$2.6 - million"), then a pair of dashes around several
      // words is a parenthesis ("workers - two women and a man - died") and is kept.
      for (let k = 0; k < 2; k++)
        out = out.replace(AROUND_HYPHEN, (m, l: string, r: string) =>
          numberCompound(l, r) ? `${l}-${r}` : m,
        );
      out = out.replace(DASH_PAIR, `${HELD}$1${HELD}`);
      // Twice, so a chain ("four - by - four") joins link by link.
      for (let k = 0; k < 2; k++)
        out = out.replace(AROUND_HYPHEN, (m, l: string, r: string) =>
          joinsAsCompound(l, r) ? `${l}-${r}` : m,
        );
      out = out.replaceAll(HELD, ' - ');
    }
    if (times) out = out.replace(SPLIT_TIME, ':');
    return out;
  };
}
