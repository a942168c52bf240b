// Text folding shared by the resolve rules: accents, case and punctuation must not split one name in two.
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}\s'-]/gu;
const POSSESSIVE = /['’]s\b/g;

/** Lower case without accents: "Nicolás" → "nicolas". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Folded word tokens of a name, dots dropped so "U.S." → "us". */
export function nameWords(s: string): string[] {
  return fold(s)
    .replace(POSSESSIVE, '')
    .replace(/\./g, '')
    .replace(NON_WORD, ' ')
    .replace(/[-']/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Folded content words of running text, for overlap measures. */
export function textWords(s: string): string[] {
  return fold(s)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
