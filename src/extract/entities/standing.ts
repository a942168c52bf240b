// A suspect's legal standing as a role: "Eli Rask, 31, from Tarn, was charged with arson" gives Rask
// "31-year-old from Tarn, charged with arson". Only the person the phrase is about: the name is the subject,
// right before the phrase (an age, an origin or a relative clause "who was ..." may stand between).
import { MONTHS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { DETERMINERS } from '../../lang/en/clauses.ts';
import {
  CHARGE_NOUNS,
  CHARGED_WITH_WEAPONS,
  COURT_APPEARANCE,
  DENIED_NOT_OFFENCE,
  OBJECT_MARKERS,
  OFFENCE_ENDS,
  OFFENCE_MAX_WORDS,
  STANDING_ADVERBS,
  STANDING_ALONE,
  STANDING_AUXILIARIES,
  STANDING_PHRASES,
  STANDING_TIMES,
} from '../../lang/en/legal.ts';
import { oneOf } from '../../lang/pattern.ts';
import type { RoleMention } from '../../model/mention.ts';
import type { Mention } from './mentions.ts';

/** "on Monday", "yesterday": a time told between the verb and its preposition ("charged on Monday with arson"). */
const TIMES = oneOf([...WEEKDAYS, ...STANDING_TIMES].map((w) => w.replace(/ /g, '\\s+')));
const WHEN = `(?:\\s*,?\\s+(?:on\\s+)?(?:${TIMES})\\b,?)`;
const WHEN_RE = new RegExp(WHEN, 'gi');

/** Each phrase with room for a time after its verb: "charged(?: on Monday)? with". */
const phraseWithTime = (p: string): string => {
  const [verb, ...rest] = p.split('\\s+');
  return rest.length ? `${verb}${WHEN}?\\s+${rest.join('\\s+')}` : verb!;
};

/** A tense before the phrase ("was", "has been"), an adverb ("later"), a court appearance ("appeared in court"). */
const PREDICATE = new RegExp(
  `^\\s+(?:(?:${oneOf(STANDING_AUXILIARIES)})\\s+)?(?:(?:${oneOf(STANDING_ADVERBS)})\\s+)?` +
    `(?:${COURT_APPEARANCE}\\s*,?\\s+)?(${STANDING_PHRASES.map(phraseWithTime).join('|')})\\b`,
  'i',
);

/** ", 31," / ", aged 31 and" after the name. */
const AGE_AFTER = /^,\s*(?:aged\s+)?(\d{1,3})(?=\s*(?:,|and\b))\s*(?:,|and\b)/;
/** "31-year-old Eli Rask": the age before the name. */
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+$/;
/** "from Tarn," / "of High Street, Tarn,": where the person is from, up to the apposition's closing comma. */
const ORIGIN =
  /^(?:\s*,)?\s*(?:from|of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’-]*){0,1})\s*,/u;
/** ", who was remanded in custody,": the relative clause is about the name before it. */
const WHO = /^\s*,\s*who(?=\s)/;

/** The rest of the clause up to an "and" that may open a second predicate of the same subject. */
const AND_NEXT = /^[^,.;:()]{0,40}?\sand(?=\s)/;

/** Words that follow the name as its object or complement, not as the subject's: "the case against Rask". */
const GOVERNED_BEFORE = new RegExp(`\\b(?:${oneOf(OBJECT_MARKERS)})\\s+$`, 'i');

const ENDS = new Set([...OFFENCE_ENDS, ...WEEKDAYS, ...MONTHS]);
const ALONE = new Set(STANDING_ALONE);
const WEAPONS = new Set(CHARGED_WITH_WEAPONS);
const NOT_DENIED = new Set(DENIED_NOT_OFFENCE);
const CHARGES = new Set(CHARGE_NOUNS);
// "F.B.I." is one word: a period closes a single letter's word, a sentence's otherwise.
const OFFENCE_WORD = /^\s+([\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*(?:(?<=(?:^|[^\p{L}])\p{L})\.)?)/u;
const DETERMINER = new Set(DETERMINERS);
const TRAILING = new Set([...DETERMINERS, 'to', 'of', 'for', 'with', 'about', 'into', 'a', 'an']);
const PAST_FORM = /^\p{Ll}{3,}ed$/u;

/** The offence after a standing phrase: words up to a punctuation mark, a clause, a time or a place. */
function offenceAfter(text: string, from: number): { words: string[]; end: number } {
  const words: string[] = [];
  const ends: number[] = [];
  let at = from;
  while (words.length < OFFENCE_MAX_WORDS) {
    const w = OFFENCE_WORD.exec(text.slice(at, at + 60));
    if (!w || ENDS.has(w[1]!.toLowerCase()) || verbOfNextClause(words, w[1]!)) break;
    words.push(w[1]!);
    at += w[0].length;
    ends.push(at);
  }
  // "forging papers for the tax office of his": a phrase cut short ends on its last content word.
  while (words.length && TRAILING.has(words.at(-1)!.toLowerCase())) {
    words.pop();
    ends.pop();
  }
  return { words, end: ends.at(-1) ?? from };
}

/** "accused of laundering money increased to": a past form after a noun is the verb of the sentence going on
 *  (after a determiner, or first, it is the offence's own adjective: "the attempted murder"). */
function verbOfNextClause(words: string[], w: string): boolean {
  const prev = words.at(-1)?.toLowerCase();
  return prev !== undefined && !DETERMINER.has(prev) && PAST_FORM.test(w);
}

/** The standing a predicate right at `from` states, as written: "charged with arson", "remanded in custody". */
function standingAt(text: string, from: number): { phrase: string; start: number; end: number } | null {
  const hit = PREDICATE.exec(text.slice(from, from + 200));
  if (!hit) return null;
  const start = from + hit.index + hit[0].length - hit[1]!.length;
  const said = hit[1]!.replace(WHEN_RE, '').replace(/\s+/g, ' ').toLowerCase();
  // "remanded in custody pending trial": a standing whole in itself takes no offence.
  const after = from + hit.index + hit[0].length;
  const offence = ALONE.has(said) ? { words: [], end: after } : offenceAfter(text, after);
  const first = offence.words[0]?.toLowerCase();
  if (!offence.words.length && !ALONE.has(said)) return null;
  // "Ruiz denies the claims": a denial of what was said, not of an offence.
  const charges = first === 'the' && CHARGES.has(offence.words[1]?.toLowerCase() ?? '');
  if (said === 'denies' && (first === undefined || (NOT_DENIED.has(first) && !charges))) return null;
  // "an officer charged with a baton": a weapon, not an offence.
  if (said === 'charged with' && offence.words.slice(0, 3).some((w) => WEAPONS.has(w.toLowerCase())))
    return null;
  const phrase = [said, ...offence.words].join(' ');
  return { phrase, start, end: offence.words.length ? offence.end : start + hit[1]!.length };
}

/** Who the person is, as the apposition gives it: "31-year-old from Tarn". */
function who(age: string | undefined, origin: string | undefined): string {
  return [age ? `${age}-year-old` : '', origin ? `from ${origin}` : ''].filter(Boolean).join(' ');
}

/** The legal standing stated of the name as its subject: after it, or in a "who" clause right after it. */
export function legalStanding(text: string, m: Mention): RoleMention[] {
  if (GOVERNED_BEFORE.test(text.slice(Math.max(0, m.run.start - 12), m.run.start))) return [];
  let at = m.span.end;
  let first = at;
  let age = AGE_BEFORE.exec(text.slice(Math.max(0, m.run.start - 16), m.run.start))?.[1];
  const ageAfter = AGE_AFTER.exec(text.slice(at, at + 20));
  if (ageAfter) {
    age = ageAfter[1];
    at += ageAfter[0].length;
  }
  const origin = ORIGIN.exec(text.slice(at, at + 60));
  if (origin) at += origin[0].length;
  else if (ageAfter && text[at - 1] !== ',') return [];
  if (ageAfter || origin) first = m.span.end + 1;
  const out: RoleMention[] = [];
  const add = (s: { phrase: string; start: number; end: number }): void => {
    const person = who(age, origin?.[1]);
    const label = person ? `${person}, ${s.phrase}` : s.phrase;
    const span = { start: Math.min(first, s.start), end: s.end };
    out.push({ text: label, normalized: label.toLowerCase(), status: 'current', span });
  };
  const rel = WHO.exec(text.slice(at, at + 10));
  if (rel) {
    // "Lee Grant, who was remanded in custody, pleaded not guilty": the clause, then the main verb after it.
    const inClause = standingAt(text, at + rel[0].length);
    if (!inClause) return out;
    add(inClause);
    const close = /^[^,.;]*,/.exec(text.slice(inClause.end, inClause.end + 80));
    if (!close) return out;
    at = inClause.end + close[0].length - 1;
  }
  // "Rask, charged with arson,": a bare apposition only after a person's name ("Tarn, charged" ends a place).
  const apposed =
    text[at] === ',' && (rel !== null || ageAfter !== null || origin !== null || m.type === 'person');
  if (text[at] === ',' && !apposed) return out;
  if (rel && text[at] !== ',') return out;
  let main = standingAt(text, text[at] === ',' ? at + 1 : at);
  while (main) {
    add(main);
    // "convicted of fraud in 2019 and was sentenced to six years": a second standing of the same subject.
    const and = AND_NEXT.exec(text.slice(main.end, main.end + 60));
    main = and ? standingAt(text, main.end + and[0].length) : null;
  }
  return out;
}
