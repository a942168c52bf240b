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

const TOKEN = /[,:;]|[\u2013\u2014]|[^\s,:;\u2013\u2014()[\]]+/g;

const TRAIL = new Set(['.', '!', '?', '"', '”', '“']);
const LEAD = new Set(['"', '“', '‘']);
const PUNCT = /^(?:[,:;\u2013\u2014]|-+)$/;
const POSSESSIVE_END = /\p{L}['’]s?$/u;

// Runs on every sentence a claim or quote may sit in: character tests first, a regex only where they call for one.
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
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
    const start = from + m.index + lead;
    out.push({ word, lower, start, end: start + word.length, possessive, punct });
  }
  return out;
}
