// A claim's simple structure: subject, predicate (verb lemma), object, read from the asserted content of
// the sentence (after "X said that"). Rule-based and shallow: enough to compare claims across articles.
import { DETERMINERS } from '../../lang/en/clauses.ts';
import {
  END_STATE_FOLLOWERS,
  END_STATE_WORDS,
  ING_ADJECTIVES,
  PAST_AS_BARE,
  STATE_WORDS,
} from '../../lang/en/fact-verbs.ts';
import { MODALS } from '../../lang/en/hedges.ts';
import type { Tok } from '../quotes/tokens.ts';
import { AUX } from '../quotes/words.ts';
import { FACT_FORMS, isOtherPast, PARTICLES } from './verbs.ts';

export interface Structure {
  subject: string | null;
  predicate: string | null;
  object: string | null;
}

const BARE_AFTER = new Set(
  'will would could can may might must should to did do does not they we i you'.split(' '),
);
// Before an -s form these make it a plural noun: "financial sanctions", "35 strikes", "of arrests".
const ADJECTIVE = /(?:al|ic|ive|ous|ful|able|ible|ent|ant|ary|ile|-\w+|\d)$/;
const PREPOSITION = new Set('of in on for with by to from against into over under about like'.split(' '));
const CLAUSE_WORD = new Set(
  'that which who whom whose whether how as while when where because if'.split(' '),
);
const NOUN_BEFORE = new Set(
  'the a an his her their its our my your this that these those every each no'.split(' '),
);
const MODAL = new Set(MODALS);
const BE = new Set('is are was were be been being'.split(' '));
const ADVERB = /^(?:\w+ly|already|also|now|then|later|first|once|never|not|long|still|just|even)$/;
const OBJECT_STOP = new Set('that which who when while because after before since as'.split(' '));
const MAX = 10;

/** Words that open a verb's object: "cut the levy", "put Portugal's rating", "hit 40 homes". */
const OBJECT_OPENS = (t: Tok): boolean =>
  NOUN_BEFORE.has(t.lower) || t.possessive || /^[\p{Lu}\d]/u.test(t.word);

/** A past written as its bare form ("cut", "put", "hit"), told by its place: after a closing comma or a singular
 *  subject (a name, possessive or not: "Moody's put"; a noun not in -s), and before its object. */
function pastAsBare(toks: Tok[], j: number): boolean {
  const t = toks[j] as Tok;
  if (!PAST_AS_BARE.has(t.lower) || t.word !== t.lower) return false;
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (!prev || !next || next.punct || !OBJECT_OPENS(next)) return false;
  if (prev.word === ',') return true;
  if (prev.punct || NOUN_BEFORE.has(prev.lower) || BARE_AFTER.has(prev.lower) || AUX.has(prev.lower))
    return false;
  return prev.possessive ? /^\p{Lu}/u.test(prev.word) : !/s$/.test(prev.lower);
}

/** The first token that is a fact verb used as a verb (not "the strike", "a targeted raid"). */
export function factVerb(toks: Tok[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = toks[j] as Tok;
    if (t.punct) continue;
    const lemma = FACT_FORMS.get(t.word);
    if (!lemma) continue;
    const prev = toks[j - 1];
    const before = prev && !prev.punct ? prev.lower : '';
    let k = j - 1; // the word before, skipping adverbs: "is actively developing"
    while (k > from && ADVERB.test((toks[k] as Tok).lower)) k--;
    const beforeAdv = toks[k] && k < j ? (toks[k] as Tok).lower : '';
    if (t.word === lemma && pastAsBare(toks, j)) return j;
    if (NOUN_BEFORE.has(before) || prev?.possessive) continue;
    if (t.word === lemma && !BARE_AFTER.has(beforeAdv) && !/[^s]s$/.test(beforeAdv)) continue;
    if (/[^s]s$/.test(t.word) && t.word !== lemma && (ADJECTIVE.test(before) || PREPOSITION.has(before)))
      continue;
    if (t.word.endsWith('ing') && !BE.has(beforeAdv)) continue;
    if (prev?.word === ',' && toks[j + 1]?.lower === 'by') continue; // ", led by X": a reduced relative clause
    return j;
  }
  return -1;
}

const join = (text: string, toks: Tok[]): string | null => {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  return text.slice(first.start, last.end).replace(/\s*\([^)]*$/, '') || null; // "the agency (CIA" → "the agency"
};

/** A hyphen standing alone between two words: a compound a tokenised copy wrote with spaces ("No - one"). */
const spacedHyphen = (toks: Tok[], i: number, from: number): boolean =>
  toks[i]!.word === '-' && i > from && toks[i + 1]?.punct === false && toks[i - 1]?.punct === false;

/** Copulas that report a state: "is", "remains", "stays" ("the road remains closed"). */
const STATE_COPULA = new Set([...BE, 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
const STATES = new Set(STATE_WORDS.filter((w) => !w.includes(' ')));
const TWO_WORD_STATES = new Set(STATE_WORDS.filter((w) => w.includes(' ')));
const END_STATES = new Set(END_STATE_WORDS);
const END_STATE_AFTER = new Set(END_STATE_FOLLOWERS);

/** Whether a state word ("ongoing", "under way") starts at token k. */
function stateAt(toks: Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  if (STATES.has(t.lower)) return true;
  const next = toks[k + 1];
  if (END_STATES.has(t.lower)) return !next || next.punct || END_STATE_AFTER.has(next.lower);
  return next !== undefined && TWO_WORD_STATES.has(`${t.lower} ${next.lower}`);
}

/** A copula reporting a state, within a word of it ("are still missing"): the token of the copula, or -1. */
export function copulaWithState(toks: Tok[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (!STATE_COPULA.has((toks[j] as Tok).lower)) continue;
    for (let k = j + 1; k < Math.min(to, j + 3); k++) if (stateAt(toks, k)) return j;
  }
  return -1;
}

const ING_ADJECTIVE = new Set(ING_ADJECTIVES);

/** Any verb in a progressive after a form of "be" ("has been dealing with", "were negotiating"): a finite verb
 *  of its own, so the sentence states what someone was doing. */
function progressive(toks: Tok[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const t = toks[j] as Tok;
    if (t.word !== t.lower || t.lower.length < 6 || !t.lower.endsWith('ing') || ING_ADJECTIVE.has(t.lower))
      continue;
    let k = j - 1; // the word before, skipping adverbs: "were still negotiating"
    while (k > from && ADVERB.test((toks[k] as Tok).lower)) k--;
    if (BE.has((toks[k] as Tok).lower)) return j;
  }
  return -1;
}

/** Ordinals and superlatives: a copula before one ranks its subject ("the third summit", "the deadliest"). */
const RANK =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|lone|sole|\p{L}{3,}est|most|least|biggest|worst|best)$/u;

/** "The death toll is 40", "Losses were $2 million": a copula with a number soon after states a value; "Most of
 *  the crew were Velmori nationals", "The lone vote against was Senator Ana Ruiz": one with a name right after
 *  states an identity; "was the third such summit": one with a rank ranks. */
export function copulaWithNumber(toks: Tok[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (!BE.has((toks[j] as Tok).lower) || (toks[j] as Tok).lower === 'being') continue;
    // "There were no reports of injuries": none of something is a count too
    if (toks[j - 1]?.lower === 'there' && toks[j + 1]?.lower === 'no') return j;
    for (let k = j + 1; k < Math.min(to, j + 5); k++) {
      const t = toks[k] as Tok;
      if (t.punct) break;
      if (/\d/.test(t.word)) return j;
      // a name right after the copula; "is the mayor of X" is a role, which the entities keep
      if (k === j + 1 && /^\p{Lu}\p{Ll}/u.test(t.word)) return j;
      // "was the third such summit", "is the longest shutdown": a rank is checkable
      if (k <= j + 2 && RANK.test(t.lower)) return j;
    }
  }
  return -1;
}

/** The claim's verb: a fact verb, else a copula stating a number. */
/** Determiners and possessives before an -ed word make it an adjective ("the injured", "his stated aim"). */
const DETERMINER = new Set(DETERMINERS);

/** A past verb outside the fact list, in a clause of its own: "Four men rammed their car into the store". */
function otherPast(toks: Tok[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const t = toks[j] as Tok;
    if (t.punct || t.word !== t.lower || !isOtherPast(t.lower)) continue;
    if (pastAsBare(toks, j)) return j;
    const prev = toks[j - 1] as Tok;
    // "This followed a vote": a demonstrative opening the clause is its subject, not a determiner.
    const demonstrative = j - 1 === from && (prev.lower === 'this' || prev.lower === 'that');
    if (prev.punct || (DETERMINER.has(prev.lower) && !demonstrative) || prev.possessive) continue;
    return j;
  }
  return -1;
}

export function mainVerb(toks: Tok[], from: number, to: number): number {
  const v = factVerb(toks, from, to);
  if (v >= 0) return v;
  const c = copulaWithNumber(toks, from, to);
  if (c >= 0) return c;
  const st = copulaWithState(toks, from, to);
  if (st >= 0) return st;
  const p = otherPast(toks, from, to);
  return p >= 0 ? p : progressive(toks, from, to);
}

export function structureOf(toks: Tok[], from: number, to: number, text: string): Structure {
  const v = mainVerb(toks, from, to);
  if (v < 0) return { subject: null, predicate: null, object: null };
  const verb = toks[v] as Tok;
  let predicate = FACT_FORMS.get(verb.word) ?? 'be';
  let after = v + 1;
  const particle = toks[after];
  if (particle && PARTICLES.has(particle.lower)) {
    predicate = `${predicate} ${particle.lower}`;
    after++;
  }
  // Subject: the words before the verb back to the nearest comma, without auxiliaries and hedging adverbs.
  let s = v - 1;
  const skip = (t: Tok): boolean => AUX.has(t.lower) || MODAL.has(t.lower) || ADVERB.test(t.lower);
  while (s >= from && skip(toks[s] as Tok)) s--;
  // "The ministry plans to close …": the subject is that of the verb governing the infinitive.
  if (toks[s]?.lower === 'to' && s - 1 >= from && !(toks[s - 1] as Tok).punct) {
    s -= 2;
    while (s >= from && skip(toks[s] as Tok)) s--;
  }
  // "The government, under its new leader, is developing": skip one parenthetical between commas.
  if (toks[s]?.word === ',') {
    let p = s - 1;
    while (p >= from && !(toks[p] as Tok).punct) p--;
    if (p >= from && toks[p]?.word === ',') s = p - 1;
  }
  const subj: Tok[] = [];
  for (let i = s; i >= from && subj.length < MAX; i--) {
    const t = toks[i] as Tok;
    if ((t.punct && !spacedHyphen(toks, i, from)) || CLAUSE_WORD.has(t.lower)) break;
    subj.unshift(t);
  }
  const obj: Tok[] = [];
  for (let i = after; i < to && obj.length < MAX; i++) {
    const t = toks[i] as Tok;
    if (t.punct || (obj.length > 0 && OBJECT_STOP.has(t.lower))) break;
    obj.push(t);
  }
  return { subject: join(text, subj), predicate, object: join(text, obj) };
}
