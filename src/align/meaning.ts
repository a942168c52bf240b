// Statements compared by meaning: a weighted bag of what a sentence is about (stemmed content words, resolved
// entities, numbers), each term weighted by how rare it is among the story's statements, so the story's own
// subject ("the quake", the main actor) counts little and the specific detail ("3:17", "sole dissenting vote") counts
// most. Candidates come from an inverted index over each statement's rarest terms, never from all pairs.
import { wordValue } from '../lang/numbers.ts';
import { keysOf, words } from './text.ts';

export interface Statement {
  doc: string;
  /** Stemmed content words. */
  words: string[];
  /** Global entity ids named in it. */
  entities: string[];
  /** Numbers written in digits, as text ("48", "2.6"). */
  numbers: string[];
  /** Those of its words that name its entities ("ana", "ruiz"): who it is about, not what it says. */
  names?: string[];
  /** Dates it gives, resolved across the story (ISO prefixes): one day or month however each article writes it. */
  dates?: string[];
  /** Its words that write those dates or its time of day ("friday", "early", "morning"): when, not what. */
  dateWords?: string[];
}

export interface WeightedStatement {
  terms: Map<string, number>;
  /** The heaviest weight a term can have in this story (a term of one statement): weights over it are relative. */
  scale: number;
  norm: number;
  /** Terms some other statement also has, by falling weight: the ones a candidate must share. */
  rarest: string[];
  /** Its name words and entity ids. */
  who: Set<string>;
  /** The words that write its dates or its time of day (its dates are its `%` terms). */
  when: Set<string>;
}

/** Terms looked up in the index per statement: enough to find any statement sharing its specific words. */
const LOOKUP_TERMS = 8;
/** A term in more statements than this share of the story is its topic: never a reason to compare. */
const TOPIC_SHARE = 0.2;
/** ...but a small story may always look a term up among this many statements. */
const MIN_POSTINGS = 40;
/** Statements examined per looked-up term: the latest ones (copies of one statement stand for each other). */
const PER_TERM = 24;
/** Entities and numbers say more about which fact it is than one word does. */
const ENTITY_BOOST = 1.5;
const NUMBER_BOOST = 1.5;
/** A resolved date is one specific thing two sentences say, however each writes it; the story's own day is common
 *  and weighs little by its frequency alone. */
const DATE_BOOST = 1.5;

const termsOf = (s: Statement): string[] => [
  ...new Set([
    ...s.words,
    ...s.entities.map((e) => `@${e}`),
    ...s.numbers.map((n) => `#${n}`),
    ...(s.dates ?? []).map((d) => `%${d}`),
  ]),
];

const boost = (t: string): number =>
  t[0] === '@' ? ENTITY_BOOST : t[0] === '#' ? NUMBER_BOOST : t[0] === '%' ? DATE_BOOST : 1;

/** Numbers in a sentence, in digits, commas dropped: "170,000" → "170000", "Six soldiers" → "6" ("one" is left
 *  out: it is a pronoun as often as a count). */
export function numbersIn(text: string): string[] {
  // A clock time is one specific number: "3:17 a.m." and "3 : 17" are "3:17", not a 2 and a 9.
  const times = [...text.matchAll(CLOCK)].map((m) => `${Number(m[1])}:${m[2] ?? m[3]}`);
  const rest = times.length ? text.replace(CLOCK, ' ') : text;
  const out = [...times, ...(rest.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''))];
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (w === 'one') continue;
    const v = wordValue(w);
    if (v && !v.ordinal) out.push(String(v.value));
  }
  return out;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
/** Hours and minutes, as written or tokenised ("3:17", "07 : 40"), or with a dot before "am"/"pm" as British news
 *  writes them ("4.30am"; a dot alone is a decimal). */
const CLOCK = /\b([01]?\d|2[0-3])(?: ?: ?([0-5]\d)\b|\.([0-5]\d) ?(?=[ap]\.? ?m\b))/gi;

/** Both statements give counts and no count is the same: they may be about one fact, but they do not agree. */
export function numbersClash(a: Statement, b: Statement): boolean {
  const na = a.numbers.filter((n) => !YEAR.test(n));
  const nb = new Set(b.numbers.filter((n) => !YEAR.test(n)));
  return na.length > 0 && nb.size > 0 && !na.some((n) => nb.has(n));
}

export function statementOf(doc: string, text: string, entities: string[]): Statement {
  return { doc, words: keysOf(text), entities, numbers: numbersIn(text) };
}

/** IDF over the story's statements: ln(1 + S / frequency). */
export function weigh(statements: Statement[]): WeightedStatement[] {
  const df = new Map<string, number>();
  const terms = statements.map(termsOf);
  for (const ts of terms) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const n = statements.length;
  return terms.map((ts, i) => {
    const m = new Map<string, number>();
    let sq = 0;
    for (const t of ts) {
      const w = Math.log(1 + n / df.get(t)!) * boost(t);
      m.set(t, w);
      sq += w * w;
    }
    // A term of this statement alone can never be shared: looking it up would crowd out the ones that can.
    const rarest = [...m.entries()]
      .filter(([t]) => df.get(t)! > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([t]) => t);
    const who = new Set([...ts.filter((t) => t[0] === '@'), ...(statements[i]!.names ?? [])]);
    const when = new Set(statements[i]!.dateWords);
    return { terms: m, norm: Math.sqrt(sq), rarest, scale: Math.log(1 + n), who, when };
  });
}

/** Cosine of two weighted statements. */
export function similarity(a: WeightedStatement, b: WeightedStatement): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.terms) {
    const v = large.terms.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** Weight of the terms two statements share, over the lighter statement's weight: how much of it the other says. */
export function coverage(a: WeightedStatement, b: WeightedStatement): number {
  let shared = 0;
  for (const [t, w] of a.terms) if (b.terms.has(t)) shared += w * w;
  const least = Math.min(a.norm * a.norm, b.norm * b.norm);
  return least ? shared / least : 0;
}

export interface Shared {
  /** Relative weights summed (1 = a term no other statement has)... */
  mass: number;
  /** ...over this many terms... */
  terms: number;
  /** ...and the part of it that is not who: terms neither statement uses to name an entity. */
  whatMass: number;
  whatTerms: number;
}

/** What two statements share: how much of it and how many terms, in all and besides the names. */
export function sharedMass(a: WeightedStatement, b: WeightedStatement): Shared {
  const out: Shared = { mass: 0, terms: 0, whatMass: 0, whatTerms: 0 };
  for (const [t, w] of a.terms) {
    if (!b.terms.has(t)) continue;
    const rel = w / boost(t) / a.scale;
    out.mass += rel;
    out.terms++;
    // Who and when are not what: two things one person did on one day are still two things.
    if (a.who.has(t) || b.who.has(t) || t[0] === '%' || a.when.has(t) || b.when.has(t)) continue;
    out.whatMass += rel;
    out.whatTerms++;
  }
  return out;
}

/** An index of statements by their rarest terms; lists of topic terms are not consulted. */
export class MeaningIndex {
  private postings = new Map<string, number[]>();
  private readonly cap: number;
  constructor(total: number) {
    this.cap = Math.max(MIN_POSTINGS, Math.ceil(total * TOPIC_SHARE));
  }
  add(i: number, s: WeightedStatement): void {
    for (const t of s.rarest.slice(0, LOOKUP_TERMS)) {
      const list = this.postings.get(t);
      if (list) {
        if (list.length <= this.cap) list.push(i);
      } else this.postings.set(t, [i]);
    }
  }
  /** Statements sharing one of the rarest terms: the latest PER_TERM of each term's list. */
  candidates(s: WeightedStatement): number[] {
    const seen = new Set<number>();
    for (const t of s.rarest.slice(0, LOOKUP_TERMS)) {
      const list = this.postings.get(t);
      if (!list || list.length > this.cap) continue;
      for (let x = list.length - 1; x >= Math.max(0, list.length - PER_TERM); x--) seen.add(list[x]!);
    }
    return [...seen].sort((a, b) => a - b);
  }
}

export { words };
