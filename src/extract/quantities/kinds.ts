// Counts of a special kind, named before the general "about" refiner: event ordinals ("the third attack"), ages
// ("Tom Reade, 71,", "aged 60") and turnout ("41% of voters turned out"), so that sources compare like with like.
import { ELAPSED_UNITS, MONTHS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { oneOf } from '../../lang/pattern.ts';
import { mapList } from '../../model/list.ts';
import { eventNounOf } from './exclude.ts';
import { keyOf } from './keys.ts';
import type { Candidate } from './parsers.ts';
import type { Token } from './tokens.ts';

/** "this month", "so far this year": a period right after the counted event belongs to what is counted. */
const PERIOD_LEAD = /^(?:this|last)$/;
const PERIOD = /^(?:week|weekend|month|year|season|decade|century)$/;

/** "the third attack this month" → 3 attacks, about "attack this month". Only ordinals of events get here. */
export function ordinalAbout(c: Candidate, toks: Token[]): boolean {
  if (!c.ordinal) return false;
  if (elapsedAbout(c, toks)) return true;
  const at = eventNounOf(c, (i) => toks[i]?.lower);
  const noun = toks[at];
  if (!noun) return false;
  const words = [noun.text];
  const lead = toks[c.last + (at > c.last ? 2 : 1)];
  const period = toks[c.last + (at > c.last ? 3 : 2)];
  if (lead && period && PERIOD_LEAD.test(lead.lower) && PERIOD.test(period.lower))
    words.push(lead.text, period.text);
  c.unit = noun.lower.endsWith('s') ? noun.lower : `${noun.lower}s`;
  c.about = words.join(' ');
  c.keys = [keyOf(noun.lower)];
  return true;
}

/** An ordinal of elapsed time (ELAPSED_UNITS) counts in its unit and meets counts of that unit. */
function elapsedAbout(c: Candidate, toks: Token[]): boolean {
  const word = toks[c.last + 1]?.lower ?? '';
  const unit = ELAPSED_UNITS[word];
  if (!unit) return false;
  c.unit = unit;
  c.about = `${toks[c.last + 1]!.text} ${phraseAfterOf(toks, c.last + 2)}`.trim();
  c.keys = [keyOf(unit.replace(/s$/, ''))];
  return true;
}

/** Words that end the phrase of what has lasted: a verb or a preposition of the clause. */
const PHRASE_ENDS = new Set([
  'is',
  'was',
  'were',
  'has',
  'had',
  'will',
  'on',
  'in',
  'at',
  'as',
  'and',
  'but',
  'for',
  'to',
]);

/** "of the strike" after "40th day": what has lasted, up to three words. */
function phraseAfterOf(toks: Token[], i: number): string {
  if (toks[i]?.lower !== 'of') return '';
  const out = ['of'];
  for (let j = i + 1; j < toks.length && out.length < 5 && toks[j]!.kind === 'word'; j++) {
    if (PHRASE_ENDS.has(toks[j]!.lower)) break;
    out.push(toks[j]!.text);
  }
  return out.length > 1 ? out.join(' ') : '';
}

const NAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u;
/** Capitalised words that open a clause rather than end a name: "In 2020, 40 ...", "Monday, 12 ...". */
const NOT_NAME = new RegExp(
  `^(?:in|on|at|since|by|for|from|of|the|and|but|then|now|also|yet|so|meanwhile|however|overall|today|yesterday|${oneOf(WEEKDAYS)}|${oneOf(MONTHS)})$`,
);

/** "Tom Reade, 71,": a bare number between commas right after a name is that person's age. */
function nameBefore(c: Candidate, toks: Token[]): Token[] | null {
  if (c.kind !== 'count' || c.words || c.low !== undefined || c.qualifier) return null;
  if (!Number.isInteger(c.value) || c.value < 1 || c.value > 120) return null;
  if (toks[c.qFirst - 1]?.text !== ',') return null;
  const after = toks[c.last + 1];
  if (after && after.text !== ',' && after.text !== '.' && after.text !== ';') return null;
  const name: Token[] = [];
  for (let j = c.qFirst - 2; j >= 0 && name.length < 4; j--) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || !NAME.test(t.text) || NOT_NAME.test(t.lower)) break;
    name.unshift(t);
  }
  return name.length > 0 ? name : null;
}

/** "aged 60", "age 34", "ages 5-12". */
const AGE_LEAD = /^(?:aged|age|ages)$/;
const AGE_LINK = /^(?:to|at|from|of)$/;

/** Index of "age" among the few words before `from` (going back), or -1. */
function ageWordBefore(toks: Token[], from: number): number {
  for (let i = from; i >= Math.max(0, from - 4); i--) {
    const t = toks[i];
    if (t?.kind !== 'word') return -1;
    if (t.lower === 'age') return i;
  }
  return -1;
}

/** Names an age: unit "years old", the single key "age", so it never joins a count of people or of the dead. */
export function ageAbout(c: Candidate, toks: Token[]): boolean {
  if (c.kind !== 'count' && c.kind !== 'range') return false;
  const prev = toks[c.qFirst - 1];
  let about: string | null = null;
  // "raise the retirement age for women to 65": an age named a few words before "to", "at" or "from" the number.
  const named = prev && AGE_LINK.test(prev.lower) ? ageWordBefore(toks, c.qFirst - 2) : -1;
  if (prev && AGE_LEAD.test(prev.lower)) {
    const owner = toks[c.qFirst - 2];
    about = owner?.kind === 'word' && !AGE_LEAD.test(owner.lower) ? `${owner.text} age` : 'age';
  } else if (named >= 0) {
    const owner = toks[named - 1];
    about = owner?.kind === 'word' ? `${owner.text} age` : 'age';
  } else {
    const name = nameBefore(c, toks);
    if (name) about = `${mapList(name, (t) => t.text).join(' ')} age`;
  }
  if (about === null) return false;
  c.unit = 'years old';
  c.about = about;
  c.keys = ['age'];
  return true;
}

/** "41% of voters turned out", "voter turnout of 38%": the share of voters who voted. */
const TURNOUT = /^(?:turnout|turn-out)$/;
const VOTER = /^(?:voter|electorate|turnout)$/;

/** Whether the unit speaks of turnout at all; read once per unit, not once per number. */
export function speaksOfTurnout(toks: Token[]): boolean {
  return toks.some(
    (t, j) =>
      TURNOUT.test(t.lower) ||
      (/^(?:turned|turn|turning)$/.test(t.lower) && toks[j + 1]?.lower === 'out') ||
      (t.lower === 'cast' && /^(?:ballots?|votes?|their)$/.test(toks[j + 1]?.lower ?? '')),
  );
}

/** A percent of voters in a unit that speaks of turnout is the turnout. */
export const isTurnout = (c: Candidate): boolean => c.kind === 'percent' && c.keys.some((k) => VOTER.test(k));
