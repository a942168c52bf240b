// Word keys of English text for blocking and overlap: folded, stop words out, crude suffix stemming so "strikes"
// meets "strike" and a concept's words meet ("blaze", "fire"). Read by every stage that compares sentences.

import { oneOf } from '../pattern.ts';
import { MONTH_STEMS } from './calendar.ts';
import { SAME_HAPPENING } from './concepts.ts';
import { ALIGN_STOP_WORDS } from './stopwords.ts';

const MARKS = /[\u0300-\u036f]/g;
export const STOP = ALIGN_STOP_WORDS;
const MONTH = new RegExp(`^(${oneOf(MONTH_STEMS)})[a-z]*$`);

export function fold(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function words(s: string): string[] {
  return fold(s)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9%\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const SAME_WORD = new Map(Object.entries(SAME_HAPPENING));

export function stem(w: string): string {
  const same = SAME_WORD.get(w);
  if (same) return same;
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Content keys of text: stemmed, no stop words, numbers or month names. */
export function keysOf(s: string): string[] {
  const out = new Set<string>();
  for (const w of words(s)) {
    if (w.length < 3 || STOP.has(w) || /^\d/.test(w) || MONTH.test(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}
