// Clock times: "5am", "07:40 BST", "5:45 a.m. local time", "0900 GMT", "by 7.15pm". Reports of one fire, quake or
// shooting cross-check when it happened, so a time is a quantity (hours on a 24-hour clock) of the happening its
// clause tells, never a count. A bare "10:30" is a time only after a word of time ("at", "by", "shortly after").
import { TIME_ZONES } from '../../lang/en/calendar.ts';
import {
  ALERT_WORDS,
  CLAUSE_EDGE_WORDS,
  CLOCK_LEADS,
  EMPTY_VERBS,
  HAPPENING_NOUNS,
  MERIDIEM,
  OCCURRED,
  OTHER_HAPPENING,
  TIME_CLAUSE_OPENERS,
} from '../../lang/en/clock.ts';
import { stem } from '../../lang/en/keys.ts';
import { FUNCTION_WORDS } from '../../lang/en/stopwords.ts';
import { CLOCK_UNIT } from '../../model/mention.ts';
import { candidate } from './candidate.ts';
import type { Candidate, Parser } from './parsers.ts';
import { type Token, touches } from './tokens.ts';
import { isVerbForm, PAST } from './verbs.ts';

const ZONES = new Set(TIME_ZONES);
const FUNCTION = new Set(FUNCTION_WORDS);
const HOUR = /^\d{1,2}$/;
const DOTTED = /^(\d{1,2})\.(\d{2})$/;
const FOUR = /^(\d{2})(\d{2})$/;
const MINUTES = /^\d{2}$/;

interface Digits {
  hour: number;
  minute: number | null;
  last: number;
  /** "0900": read as a time only with a zone or "hrs" after it. */
  four: boolean;
}

/** "5", "7.15", "07:40", "07 : 40" (a tokenised copy), "0900". */
function digitsAt(toks: Token[], i: number): Digits | null {
  const t = toks[i]!;
  if (t.kind !== 'num') return null;
  const dotted = DOTTED.exec(t.text);
  if (dotted) return { hour: Number(dotted[1]), minute: Number(dotted[2]), last: i, four: false };
  const four = FOUR.exec(t.text);
  if (four) return { hour: Number(four[1]), minute: Number(four[2]), last: i, four: true };
  if (!HOUR.test(t.text)) return null;
  const colon = toks[i + 1];
  const mins = toks[i + 2];
  // The colon touches both sides ("07:40") or neither ("07 : 40"): "3: 16" is a list, not a time.
  const evenly = touches(t, colon) === touches(colon, mins);
  if (colon?.text === ':' && mins?.kind === 'num' && MINUTES.test(mins.text) && evenly)
    return { hour: Number(t.text), minute: Number(mins.text), last: i + 2, four: false };
  return { hour: Number(t.text), minute: null, last: i, four: false };
}

/** "am", "p.m.", "a. m." (tokenised) right after the digits: the meridiem and its last token. */
function meridiemAt(toks: Token[], lowers: string[], j: number): { m: 'am' | 'pm'; last: number } | null {
  const w = lowers[j];
  if (w === undefined) return null;
  const one = MERIDIEM[w];
  if (one) return { m: one, last: w.includes('.') && !w.endsWith('.') && lowers[j + 1] === '.' ? j + 1 : j };
  if ((w === 'a' || w === 'p') && lowers[j + 1] === '.' && lowers[j + 2] === 'm') {
    const last = lowers[j + 3] === '.' ? j + 3 : j + 2;
    return toks[j + 2]?.kind === 'word' ? { m: w === 'a' ? 'am' : 'pm', last } : null;
  }
  return null;
}

/** "BST", "ET", "local time", "hrs" after the time: how many tokens, 0 when none. */
function zoneAt(toks: Token[], lowers: string[], j: number): number {
  const t = toks[j];
  if (!t) return 0;
  if (ZONES.has(t.text)) return 1;
  if (lowers[j] === 'local' && lowers[j + 1] === 'time') return 2;
  return 0;
}

const HOURS_WORD = /^(?:hrs|hours|h)$/;

/** The clock parser: runs before the count parsers, so "5am" is never read as five of something. */
export const clock: Parser = (toks, lowers, i) => {
  const d = digitsAt(toks, i);
  if (!d) return null;
  let last = d.last;
  const mer = meridiemAt(toks, lowers, last + 1);
  if (mer) last = mer.last;
  const zone = zoneAt(toks, lowers, last + 1);
  last += zone;
  const hrs = d.four && !zone && HOURS_WORD.test(lowers[last + 1] ?? '') ? 1 : 0;
  last += hrs;
  const oclock = !mer && d.minute === null && lowers[d.last + 1] === "o'clock";
  if (oclock) last = d.last + 1;
  let hour = d.hour;
  const minute = d.minute ?? 0;
  if (minute > 59) return null;
  if (mer) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (mer.m === 'pm' ? 12 : 0);
  } else if (oclock) {
    if (hour < 1 || hour > 12) return null;
  } else if (d.four) {
    if (!zone && !hrs) return null;
  } else if (d.minute === null) {
    // An hour alone is a time only with its meridiem ("5am") or a zone ("18 GMT" is rare but read).
    if (!zone) return null;
  } else if (!zone && !CLOCK_LEADS.has(lowers[i - 1] ?? '')) return null;
  if (hour > 23 && !(hour === 24 && minute === 0)) return null;
  const value = Math.round((hour + minute / 60) * 1e4) / 1e4;
  return candidate(i, last, value, 'time', CLOCK_UNIT, { ordinal: false, words: false });
};

/** Words that end the clause a time belongs to, on either side of it. */
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '"', '“', '”']);
const OPENERS = new Set(TIME_CLAUSE_OPENERS);
const EDGES = new Set(CLAUSE_EDGE_WORDS);
/** Longest "about" of a time: the happening, not the whole clause. */
const ABOUT_WORDS = 6;

/** Tokens of the clause on one side of the time, nearest first, up to a clause boundary. */
function clauseSide(toks: Token[], from: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  let j = from;
  // "at 5:45 a.m. local time (10.45 p.m. ET) raiders drove in": a conversion in brackets is passed over.
  if (step === 1 && toks[j]?.text === '(') while (j < toks.length && toks[j]!.text !== ')') j++;
  if (step === 1 && toks[j]?.text === ')') j++;
  for (; j >= 0 && j < toks.length && out.length < 14; j += step) {
    const t = toks[j]!;
    // "the roof gave way in the fire, soon after 05:00": a comma right by the time sets it off, not a new clause.
    if (CLAUSE_END.has(t.text) && !(step === -1 && j === from && t.text === ',')) break;
    if (t.kind === 'sym' && t.text !== '-') continue;
    if (OPENERS.has(t.lower) && out.length > 0 && step === 1) break;
    if (t.kind === 'num' && step === 1 && out.length > 0) break;
    out.push(t);
    if (OPENERS.has(t.lower) && step === -1) {
      out.pop();
      break;
    }
  }
  return step === -1 ? out.reverse() : out;
}

/** "fire service", "fire crews": a noun before a content word that is no verb names that word's kind, not what
 *  happened. */
const modifies = (next: Token | undefined): boolean =>
  next?.kind === 'word' && !FUNCTION.has(next.lower) && !isVerbForm(next.lower) && !PAST.has(next.lower);

/** The happening key of the k-th word of a clause, or null: verbs and happening nouns, "blaze" folded to "fire". */
function happeningKey(words: Token[], k: number): string | null {
  const t = words[k]!;
  const w = t.lower;
  if (t.kind !== 'word' || EMPTY_VERBS.has(w)) return null;
  if (ALERT_WORDS.has(w)) return 'alert';
  if (OCCURRED.has(w)) return 'occurred';
  const noun = HAPPENING_NOUNS[w];
  if (noun) return modifies(words[k + 1]) ? null : noun;
  return isVerbForm(w) || PAST.has(w) ? stem(w) : null;
}

/** A clause's happening: its keys, and the index of its last happening word (-1 when none). */
function happeningOf(words: Token[]): { keys: string[]; last: number } {
  const keys = new Set<string>();
  let last = -1;
  for (let k = 0; k < words.length; k++) {
    const key = happeningKey(words, k);
    if (!key) continue;
    keys.add(key);
    last = k;
  }
  return { keys: [...keys], last };
}

/** The clause's words up to its last happening word (before the time), without the articles and links at their
 *  edges: "coastguard was alerted", "roof gave way in the fire". */
function aboutWords(words: Token[], before: boolean, last: number): Token[] {
  let lo = 0;
  let hi = words.length;
  if (before) {
    if (last >= 0) hi = last + 1;
    while (hi > lo && EDGES.has(words[hi - 1]!.lower)) hi--;
    lo = Math.max(lo, hi - ABOUT_WORDS);
  } else hi = Math.min(hi, lo + ABOUT_WORDS);
  while (lo < hi && EDGES.has(words[lo]!.lower)) lo++;
  return words.slice(lo, hi);
}

/** Names what a time is the time of: the clause before it, or after it when it opens its clause ("By 9am the fire
 *  was out"). Keys are the clause's happening, so only times of one happening are set side by side. */
export function clockAbout(c: Candidate, toks: Token[]): boolean {
  if (c.kind !== 'time') return false;
  const before = clauseSide(toks, c.qFirst - 1, -1);
  const after = clauseSide(toks, c.qEnd, 1);
  const fromBefore = happeningOf(before);
  const useBefore = fromBefore.keys.length > 0;
  const { keys, last } = useBefore ? fromBefore : happeningOf(after);
  c.about = aboutWords(useBefore ? before : after, useBefore, last)
    .map((t) => t.text)
    .join(' ');
  // The key alignment reads as "of another happening": compared with no other time.
  c.keys = [...before, ...after].some((t) => OTHER_HAPPENING.has(t.lower)) ? [...keys, 'other'] : keys;
  return true;
}
