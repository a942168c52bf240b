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
    out.push({
      text: t,
      lower,
      start: base + m.index,
      end: base + m.index + t.length,
      kind,
    });
  }
  return out;
}

/** True when b follows a with no space between ("20-30", "$5m"). */
export const touches = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;
