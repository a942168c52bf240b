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

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const punct = /^[,:;\u2013\u2014]$/.test(raw) || /^-+$/.test(raw);
    let word = raw;
    if (!punct && /[.!?"”“]$/u.test(word)) word = word.replace(/[.!?"”“]+$/u, '');
    if (!punct && /^["“‘]/u.test(word)) word = word.replace(/^["“‘]+/u, '');
    if (!word) continue;
    const lead = raw.indexOf(word);
    const apostrophe = /['’]/.test(word);
    const possessive = apostrophe && !punct && /\p{L}['’]s?$/u.test(word);
    const low = word.toLowerCase();
    const lower = apostrophe ? low.replace(/['’]s?$/u, '').replace(/[’]/g, "'") : low;
    const start = from + m.index + Math.max(0, lead);
    out.push({ word, lower, start, end: start + word.length, possessive, punct });
  }
  return out;
}
