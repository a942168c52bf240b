// English words, to tell a misspelling ("goverment", "recieved") from a word: the an-array-of-english-words package
// (~275,000 words with their inflections). Loaded on first use, once per process (~0.1 s).
import { createRequire } from 'node:module';

const requireLazy = createRequire(import.meta.url);
let words: Set<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(requireLazy('an-array-of-english-words') as string[]);
  return words.has(word);
}

/** Lower-case words of four letters or more, standing alone: no name, number, contraction, address or compound. */
const PLAIN_WORD = /(?<![\p{L}\d'’@./-])[a-z]{4,}(?![\p{L}\d'’@/-])/gu;

/** Distinct plain words of the text that are no English word, at most `enough` of them. */
export function misspellings(text: string, enough: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  const seen = new Set<string>();
  PLAIN_WORD.lastIndex = 0;
  for (let m = PLAIN_WORD.exec(text); m !== null && out.length < enough; m = PLAIN_WORD.exec(text)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    if (!isEnglishWord(m[0])) out.push({ word: m[0], at: m.index });
  }
  return out;
}
