// Text that passed through a tokeniser (research corpora, some wire feeds) writes "170, 000", "high - profile",
// "$2.6 - million" and "09 : 30". A document that never writes the joined form anywhere is tokenised: its split
// forms are joined again, so numbers read as one number and compounds as one word. A document that writes
// "1,000" or "high-profile" somewhere uses the spaced forms on purpose (a dash between clauses) and is left alone.

const SPLIT_THOUSANDS = /(?<![\d.,])(\d{1,3}), (?=\d{3}(?!\d))/g;
const JOINED_THOUSANDS = /\d,\d{3}(?!\d)/;
const SPLIT_HYPHEN = /(?<=[\p{L}\d]) - (?=[\p{L}\d$£€])/gu;
const JOINED_HYPHEN = /\p{Ll}-\p{Ll}/u;
const SPLIT_TIME = /(?<=\b\d{1,2}) : (?=\d{2}\b)/g;
const JOINED_TIME = /\b\d{1,2}:\d{2}\b/;
/** "May 5, 200 people": a day of the month before the comma, not thousands. */
const DAY_OF_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $/;
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
  if (!thousands && !hyphens && !times) return (s) => s;
  return (s) => {
    let out = s;
    if (thousands)
      out = out.replace(SPLIT_THOUSANDS, (m, n: string, at: number) =>
        DAY_OF_MONTH.test(out.slice(Math.max(0, at - 12), at)) ? m : `${n},`,
      );
    if (hyphens) out = out.replace(SPLIT_HYPHEN, '-');
    if (times) out = out.replace(SPLIT_TIME, ':');
    return out;
  };
}
