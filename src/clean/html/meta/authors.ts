// Author names from a byline or a metadata value: "By A, B and C" → [A, B, C]; URLs, handles and outlets dropped.

import { mapList } from '../../../model/list.ts';
import { clean } from '../text.ts';

// "By", "Written by", "Analysis by", "Von", "Por", "Par" open a byline.
const BY = /^\s*(?:\p{L}+\s+){0,2}?(?:by|von|por|par|di|door)[:\s]+/iu;
// Everything after a dash, a pipe or a bullet in a byline is a date, a role or the outlet.
const TAIL = /\s+[-–—|•·]\s+.*$|\s*\|.*$/;
// Conjunctions are lower-case words (or all-caps AND), so an initial like "E." never splits a name.
const SPLIT = /\s*[,;&]\s*|\s+(?:and|AND|And|und|et|e|y|i|en|og|och)\s+/;
const NOT_A_NAME =
  /https?:|www\.|@|\d|\b(staff|admin|editors?|reporters?|correspondents?|writers?|contributors?|columnist|producer|news ?desk|wire)\b|^the$/i;
const ROLE_SUFFIX = /,?\s+(staff writer|senior \w+|correspondent|reporter|editor|contributor|columnist)$/i;
const MAX_NAME_WORDS = 5;

function isName(s: string): boolean {
  if (s.length < 3 || NOT_A_NAME.test(s)) return false;
  const words = s.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  // A person's name has at least one capitalised word (any script with case, or a script without case).
  return words.some((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w));
}

// "MARY ANN LEE" → "Mary Ann Lee"; one all-caps word ("AFP", "PTI") is an agency or initials and stays.
function unshout(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return mapList(words, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** Splits one byline or metadata value into person names. */
export function splitAuthors(raw: string): string[] {
  const line = clean(raw).replace(BY, '').replace(TAIL, '');
  return line
    .split(SPLIT)
    .map((s) => clean(s.replace(ROLE_SUFFIX, '').replace(BY, '')))
    .filter(isName)
    .map(unshout);
}

/** Names from several values, deduplicated case-insensitively, outlet names left out. */
export function authorList(values: string[], outlet?: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const skip = outlet?.toLowerCase();
  for (const v of values) {
    // "Jane Roe. Example Post" → drop the outlet the byline ends with.
    const trimmed = skip && v.toLowerCase().endsWith(skip) ? v.slice(0, v.length - skip.length) : v;
    for (const name of splitAuthors(trimmed.replace(/[\s.,|-]+$/, ''))) {
      const key = name.toLowerCase();
      if (seen.has(key) || key === skip) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
