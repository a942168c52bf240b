// A tiny tokenizer for attribution windows (a few hundred characters at most): words keep their offsets,
// and commas, colons and dashes are tokens of their own because they bound the phrases we look for.

export interface Tok {
  /** As written, trailing sentence punctuation removed: "explained", "News’". */
  word: string;
  /** Lower case, without a possessive ending: "news". */
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
  punct: boolean;
}

// Tokens are , : ; – — alone, or runs of anything else but white space and brackets (what
// /[,:;]|[\u2013\u2014]|[^\s,:;\u2013\u2014()[\]]+/g matches), read by a character scanner: no match arrays.
const TRAIL = new Set(['.', '!', '?', '"', '”', '“']);
const LEAD = new Set(['"', '“', '‘']);
const PUNCT = /^(?:[,:;\u2013\u2014]|-+)$/;
const POSSESSIVE_END = /\p{L}['’]s?$/u;

/** Exactly what \s matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isMark = (c: number): boolean => c === 44 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014;
const isBracket = (c: number): boolean => c === 40 || c === 41 || c === 91 || c === 93;

// Runs on every sentence a claim or quote may sit in: character tests first, a regex only where they call for one.
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBracket(c)) {
      i++;
      continue;
    }
    const at = i++;
    if (!isMark(c)) {
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (isSpace(d) || isBracket(d) || isMark(d)) break;
      }
    }
    const raw = text.slice(at, i);
    const punct = raw.length === 1 ? PUNCT.test(raw) : raw[0] === '-' && PUNCT.test(raw);
    let word = raw;
    let lead = 0;
    if (!punct) {
      let e = word.length;
      while (e > 0 && TRAIL.has(word[e - 1]!)) e--;
      let b = 0;
      while (b < e && LEAD.has(word[b]!)) b++;
      if (b > 0 || e < word.length) word = word.slice(b, e);
      lead = b;
    }
    if (!word) continue;
    const apostrophe = word.includes("'") || word.includes('’');
    const possessive = apostrophe && !punct && POSSESSIVE_END.test(word);
    const low = word.toLowerCase();
    const lower = apostrophe ? low.replace(/['’]s?$/u, '').replace(/[’]/g, "'") : low;
    const start = at + lead;
    out.push({ word, lower, start, end: start + word.length, possessive, punct });
  }
  return out;
}
