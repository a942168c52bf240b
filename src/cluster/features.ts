// Document → what clustering compares: names, content terms and numbers (each counted), the published day, and
// a MinHash signature for near copies. Cheap by design: no NLP model, one pass over the words.

import { normaliseForMatch } from '../clean/dedupe/hash.ts';
import { bandKeys, shingles, signature } from '../clean/dedupe/minhash.ts';
import { fold } from '../lang/places.ts';
import { NOT_NAMES, STOP_WORDS, stemWord, WEEKDAYS } from '../lang/topic-words.ts';
import type { Document } from '../model/document.ts';
import { TUNING, type Tuning } from './params.ts';

/** Feature families, as key prefixes: one inverted index holds them all. */
export const NAME = 'n:';
export const TERM = 't:';
export const NUMBER = '#:';

export interface DocFeatures {
  id: string;
  /** Feature key (prefixed by family) → occurrences in the article. */
  counts: Map<string, number>;
  /** Days since 1970 of a stated publication date, or null when undated. */
  day: number | null;
  signature: number[];
  bands: string[];
}

/** Words, then numbers; a number run into letters ("76ers", "3rd", "5pm") is a word, not a count. */
const WORD = /[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*|\d+[A-Za-z][A-Za-z0-9]*|\d[\d.,]*\d|\d/g;
/** "170, 000" and "170,000" are one number: tokenised corpora put a space after the thousands comma. */
const THOUSANDS = /(\d),\s?(?=\d{3}(?!\d))/g;
const SENTENCE_END = /[.!?:;]["”’)]?\s+$/;
const OPEN_QUOTE = /["“‘(]\s*$/;

const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (w[0] !== w[0]!.toLowerCase() && w[0] === w[0]!.toUpperCase());
};

/** A word as a key: folded, possessive and edge punctuation dropped, dots of acronyms removed ("F.B.I." → "fbi"). */
function wordKey(w: string): string {
  return fold(w)
    .replace(/['’]s$/, '')
    .replace(/[.'’-]+$/, '')
    .replace(/^[.'’-]+/, '')
    .replace(/\./g, '');
}

function numberKey(token: string): string | null {
  const v = Number(token.replace(/,/g, ''));
  return Number.isFinite(v) ? `${NUMBER}${v}` : null;
}

interface Token {
  key: string;
  capital: boolean;
  /** First word of a sentence or line: its capital says nothing. */
  opener: boolean;
  /** Follows the word before it with only spaces between ("Port Sael", not "Sael, Port"). */
  joined: boolean;
}

/** A headline in title case ("Quake Hits Coastal Town"): its capitals say nothing about names. */
const HEADLINE_SHARE = 0.6;

function isHeadline(line: string): boolean {
  const long = line.match(/[A-Za-z\u00c0-\u024f]{4,}/g) ?? [];
  if (long.length < 3) return false;
  return long.filter((w) => isCapitalised(w)).length / long.length >= HEADLINE_SHARE;
}

function tokens(text: string): { words: Token[]; numbers: { key: string; at: number }[] } {
  const words: Token[] = [];
  const numbers: { key: string; at: number }[] = [];
  for (const line of text.replace(THOUSANDS, '$1').split('\n')) {
    const headline = isHeadline(line);
    // where the last word kept ended on this line (-1: none yet, a number or short word after it, or it closed on a
    // stop or a possessive: "Washington. The", "Ruiz's Tower" are not one name)
    let lastEnd = -1;
    for (const m of line.matchAll(WORD)) {
      const raw = m[0];
      if (raw.charCodeAt(0) <= 57 && !/[A-Za-z]/.test(raw)) {
        const k = numberKey(raw);
        if (k) numbers.push({ key: k, at: words.length });
        lastEnd = -1;
        continue;
      }
      const key = wordKey(raw);
      const joined = lastEnd >= 0 && /^ +$/.test(line.slice(lastEnd, m.index));
      if (key.length < 2) {
        lastEnd = -1;
        continue;
      }
      const before = line.slice(Math.max(0, m.index - 3), m.index);
      const opener = headline || m.index === 0 || SENTENCE_END.test(before) || OPEN_QUOTE.test(before);
      words.push({ key, capital: isCapitalised(raw), opener, joined });
      lastEnd = /[.'’-]$|['’]s$/.test(raw) ? -1 : m.index + raw.length;
    }
  }
  return { words, numbers };
}

/** A capitalised word is a name when the article capitalises it mid-sentence more often than it writes it in lower case. */
function nameKeys(words: Token[]): Set<string> {
  const lower = new Map<string, number>();
  const midCapital = new Map<string, number>();
  for (const w of words) {
    if (!w.capital) lower.set(w.key, (lower.get(w.key) ?? 0) + 1);
    else if (!w.opener) midCapital.set(w.key, (midCapital.get(w.key) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const w of words) {
    if (!w.capital || NOT_NAMES.has(w.key) || STOP_WORDS.has(w.key)) continue;
    if ((midCapital.get(w.key) ?? 0) > (lower.get(w.key) ?? 0)) names.add(w.key);
  }
  return names;
}

const bump = (m: Map<string, number>, k: string, n = 1): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

/** Words of the headline and lead: news puts the event's who, where and how many first (the inverted pyramid). */
const LEAD_WORDS = 60;

/** Days since 1970 of a date the article states (metadata or its text); inferred dates are only lower bounds. */
export function statedDay(d: Pick<Document, 'published' | 'publishedBasis'>): number | null {
  if (!d.published || (d.publishedBasis !== 'metadata' && d.publishedBasis !== 'text')) return null;
  const ms = Date.parse(d.published.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/** MinHash band keys, each hashed to a short key: the index holds many, and a collision only adds a candidate. */
export function bandsOf(sig: Uint32Array): string[] {
  return bandKeys(sig).map((k) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  });
}

/** The tuning's choices that shape an article's features (the rest only weigh them). */
export type FeatureTuning = Pick<Tuning, 'leadWeight' | 'nameBigrams'>;

/**
 * An article's features: `leadWeight` is how much more a word of the headline and lead counts; with `nameBigrams`,
 * two names written one after the other ("Ana Lortel", "Port Sael") are also one key, so that two people who
 * share a given name or a family name, or two places that share a word, are told apart.
 */
export function featuresOf(doc: Document, t: FeatureTuning = TUNING): DocFeatures {
  const text = doc.title && !doc.text.startsWith(doc.title) ? `${doc.title}\n${doc.text}` : doc.text;
  const { words, numbers } = tokens(text);
  const names = nameKeys(words);
  const counts = new Map<string, number>();
  const isName = (w: Token | undefined): boolean => w?.capital === true && names.has(w.key);
  words.forEach((w, at) => {
    const n = at < LEAD_WORDS ? t.leadWeight : 1;
    // the day of the week an article names is a fact of its event, like its numbers
    if (WEEKDAYS.has(w.key)) bump(counts, `${NUMBER}${w.key}`, n);
    else if (isName(w)) {
      bump(counts, `${NAME}${w.key}`, n);
      if (t.nameBigrams && w.joined && isName(words[at - 1]))
        bump(counts, `${NAME}${words[at - 1]!.key}_${w.key}`, n);
    } else if (!STOP_WORDS.has(w.key) && w.key.length > 2 && !names.has(w.key)) {
      bump(counts, `${TERM}${stemWord(w.key.replace(/['’-]/g, ''))}`, n);
    }
  });
  for (const x of numbers) bump(counts, x.key, x.at < LEAD_WORDS ? t.leadWeight : 1);
  const sig = signature(shingles(normaliseForMatch(doc.text)));
  return { id: doc.id, counts, day: statedDay(doc), signature: Array.from(sig), bands: bandsOf(sig) };
}

const computed = new WeakMap<Document, { key: string; features: DocFeatures }>();

/** featuresOf, computed once per document object: a stream worker computes them before it takes the clustering
 * lock, so that the lock is held only for what needs the shared state. */
export function featuresOnce(doc: Document, t: FeatureTuning = TUNING): DocFeatures {
  const key = `${t.leadWeight}/${t.nameBigrams}`;
  const known = computed.get(doc);
  if (known?.key === key) return known.features;
  const features = featuresOf(doc, t);
  computed.set(doc, { key, features });
  return features;
}
