import { wordValue } from '../../lang/numbers.ts';

// Tokens with offsets: numbers, words and single signs, so parsers can read "$800 billion" and still point at it.

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// One pass, no nested quantifiers that can overlap: linear on any input.
const TOKEN =
  /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?:st|nd|rd|th)?)|((?:\p{Lu}\.){2,}|\p{L}+(?:['’]\p{L}+)*(?:[-‑]\p{L}+)*)|(\S)/gu;

/** Tokens of text, offsets shifted by `base` so they point into the document. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    let lower = kind === 'num' ? t : t.toLowerCase();
    if (kind === 'word' && (lower.includes('’') || lower.includes('‑')))
      lower = lower.replace(/’/g, "'").replace(/‑/g, '-');
    const at = base + m.index;
    const cut = kind === 'word' ? countedCompound(lower) : 0;
    if (cut) {
      // "four-nation tour": the number, the hyphen and the counted word, as "4-nation" is read.
      out.push({ text: t.slice(0, cut), lower: lower.slice(0, cut), start: at, end: at + cut, kind: 'word' });
      out.push({ text: t[cut]!, lower: '-', start: at + cut, end: at + cut + 1, kind: 'sym' });
      out.push({
        text: t.slice(cut + 1),
        lower: lower.slice(cut + 1),
        start: at + cut + 1,
        end: at + t.length,
        kind,
      });
    } else out.push({ text: t, lower, start: at, end: at + t.length, kind });
  }
  return out;
}

/** Parts after a number word that make a fraction ("two-thirds"), not a count of things. */
const FRACTION =
  /^(?:halves?|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/;

/** Where a compound of a number word and what it counts splits ("four-nation" at 4), or 0: never for "one"
 *  ("one-time", "one-sided" are idioms), a number in words ("twenty-one") or a fraction ("two-thirds"). */
function countedCompound(lower: string): number {
  const dash = lower.indexOf('-');
  if (dash < 3) return 0;
  const n = wordValue(lower.slice(0, dash));
  if (!n || n.ordinal || n.value < 2) return 0;
  const rest = lower.slice(dash + 1).split('-')[0]!;
  return rest.length >= 2 && !wordValue(rest) && !FRACTION.test(rest) ? dash : 0;
}

/** True when b follows a with no space between ("20-30", "$5m"). */
export const touches = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;
