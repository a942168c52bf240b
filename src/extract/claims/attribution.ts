// Who a sentence says says so: "according to X", "X said (that) …", "…, X said." An unnamed source
// ("a senior official speaking on background", "officials familiar with") is reported as 'unnamed source'.
import { INVERTING_VERBS } from '../../lang/en/speech.ts';
import { mapList } from '../../model/list.ts';
import type { Tok } from '../quotes/tokens.ts';
import { AUX, LEADING_ADVERBIAL } from '../quotes/words.ts';
import { FACT_FORMS, isReportVerb } from './verbs.ts';

export interface Source {
  /** The source as written ("the White House", "Mexican President Ana Sol"), or null. */
  text: string | null;
  unnamed: boolean;
  /** Token index where the asserted content begins (after "X said that"), and where it ends. */
  from: number;
  to: number;
}

const UNNAMED =
  /\b(?:speaking on (?:the )?(?:condition of anonymity|background)|on (?:the )?condition of anonymity|familiar with|close to the|briefed on|with knowledge of|(?:unnamed|anonymous) (?:sources?|officials?|aides?|diplomats?)|not authori[sz]ed to|declined to be (?:named|identified)|who asked not to be named|requested anonymity)\b/i;
const INDEFINITE = new Set('a an one two three several some many few unnamed anonymous'.split(' '));
const GENERIC =
  /^(?:[\p{L}-]+\s+){0,3}(?:officials|sources|analysts|experts|critics|diplomats|people|observers|insiders|aides|reports|residents|witnesses|lawmakers|authorities|officers|investigators|researchers)$/iu;

export function isUnnamed(np: string, sentence: string): boolean {
  if (UNNAMED.test(sentence)) return true;
  const first = np.split(/\s+/)[0]?.toLowerCase() ?? '';
  return INDEFINITE.has(first) || GENERIC.test(np.trim());
}

const ACCORDING = /\baccording to ((?:the )?[^,.;:()]{2,80}?)(?=\s*(?:[,.;:()]|$|\bthat\b|\bwhich\b))/i;

// Words that open an adverbial or a clause, never a source: "Whatever the definition, …", "Before the vote, …".
const NOT_SOURCE_START = new Set(
  'that which whatever whichever besides before after from since while when if as because although though despite during in on at by for with to of today yesterday now here there this these those it what how why'.split(
    ' ',
  ),
);
const CLAUSE_INSIDE = new Set('is are was were be been being has have had'.split(' '));
const ADVERB = /^(?:\w+ly|twice|once|also|again|then|later|still|already|long|since)$/;

/** Could these words name who says something (not an adverbial, not a clause)? */
function sourceLike(np: Tok[]): boolean {
  const first = np[0];
  if (!first || first.punct) return false;
  if (NOT_SOURCE_START.has(first.lower) && !/^(?:This|These|Those)$/.test(first.word)) return false;
  return !np.some((t) => CLAUSE_INSIDE.has(t.lower) || /\d/.test(t.word));
}

/** First token index at or after `from` that is a reporting verb in a finite form. */
function reportVerb(toks: Tok[], from: number, limit: number): number {
  for (let j = from; j < Math.min(toks.length, limit); j++) {
    const t = toks[j] as Tok;
    if (t.punct && t.word !== ',') return -1;
    const lemma = FACT_FORMS.get(t.word);
    if (!lemma || !isReportVerb(lemma) || t.word.endsWith('ing')) continue;
    const prev = toks[j - 1];
    // "Reports indicate", "Critics argue": a bare form only after a plural or a pronoun.
    if (t.word === lemma && !(prev && (/[^s]s$/.test(prev.lower) || /^(?:they|we|i|you)$/.test(prev.lower))))
      continue;
    if (t.word !== lemma && /[^s]s$/.test(t.word) && prev && /^[\p{Lu}]/u.test(prev.word) && j - 1 === 0)
      continue;
    return j;
  }
  return -1;
}

/** Start of the clause proper: after a leading adverbial like "On Monday," or "In a statement,". */
export function clauseBegin(toks: Tok[]): number {
  // A list item's label: "Diplomatic backlash – …", "Key point: …". Bounded scans: tokens may be many.
  const find = (from: number, to: number, ok: (t: Tok) => boolean): number => {
    for (let j = from; j < Math.min(to, toks.length); j++) if (ok(toks[j] as Tok)) return j;
    return -1;
  };
  const label = find(1, 7, (t) => t.punct && t.word !== ',' && t.word !== ';');
  const at = label > 0 ? label + 1 : 0;
  const first = toks[at];
  if (!first || !LEADING_ADVERBIAL.has(first.lower)) return at;
  const comma = find(at + 1, at + 14, (t) => t.word === ',');
  return comma > 0 ? comma + 1 : at;
}

export function sourceOf(toks: Tok[], own: string, text: string): Source {
  const whole: Source = { text: null, unnamed: false, from: 0, to: toks.length };
  const acc = ACCORDING.exec(own);
  if (acc?.[1] && !/^(?:reports?|estimates?|data|figures|polls?)\b/i.test(acc[1].trim())) {
    const np = acc[1].trim();
    return { ...whole, text: np, unnamed: isUnnamed(np, own) };
  }
  if (acc?.[1]) return { ...whole, text: acc[1].trim(), unnamed: true };
  // Trailing "…, Smith said." / "…, said Smith."
  let comma = -1;
  for (let j = toks.length - 1; j >= Math.max(0, toks.length - 10); j--) {
    if (toks[j]?.word === ',') {
      comma = j;
      break;
    }
  }
  if (comma > 0 && toks.length - comma <= 9) {
    const k = reportVerb(toks, comma + 1, toks.length);
    if (k > comma + 1 && k === toks.length - 1 && sourceLike(toks.slice(comma + 1, k))) {
      const np = text.slice((toks[comma + 1] as Tok).start, (toks[k - 1] as Tok).end);
      return { text: np, unnamed: isUnnamed(np, own), from: 0, to: comma };
    }
    const inverts = INVERTING_VERBS.includes(toks[k]?.word ?? '');
    if (k === comma + 1 && k < toks.length - 1 && inverts && sourceLike(toks.slice(k + 1))) {
      const np = text.slice((toks[k + 1] as Tok).start, (toks[toks.length - 1] as Tok).end);
      return { text: np, unnamed: isUnnamed(np, own), from: 0, to: comma };
    }
  }
  const begin = clauseBegin(toks);
  const j = reportVerb(toks, begin, begin + 30); // far enough for "X, speaking on background because …, said"
  if (j > begin) {
    // Auxiliaries and adverbs right before the verb are no part of the source: "Big Machine have twice said".
    let e = j;
    while (e > begin && (AUX.has((toks[e - 1] as Tok).lower) || ADVERB.test((toks[e - 1] as Tok).lower))) e--;
    let np = toks.slice(begin, e);
    const comma = np.findIndex((t) => t.word === ',');
    if (comma > 0) {
      // "Smith, a senior adviser, said" names Smith; "Today, the ministry said" names the ministry.
      const lastComma = mapList(np, (t) => t.word).lastIndexOf(',');
      np = sourceLike(np.slice(0, comma)) ? np.slice(0, comma) : np.slice(lastComma + 1);
    }
    const hasVerb = np.some((t) => FACT_FORMS.has(t.word) && /(?:ed|said|told)$/.test(t.word));
    const first = np[0];
    const last = np[np.length - 1];
    if (first && last && np.length <= 12 && !hasVerb && sourceLike(np)) {
      const words = text
        .slice(first.start, last.end)
        .replace(/['’]s$/u, '')
        .replace(/\s*\([^)]*$/, '');
      let from = j + 1;
      if (toks[j]?.word === 'told')
        while (from < toks.length && toks[from]?.word !== 'that' && from < j + 7) from++;
      if (toks[from]?.word === 'that') from++;
      if (toks[from]?.word === ',' || toks[from]?.word === ':') from++;
      return { text: words, unnamed: isUnnamed(words, own), from, to: toks.length };
    }
  }
  return whole;
}
