// Unit and "about" refiner: the noun phrase after the number names what is counted ("20 strikes on boats"),
// or, when nothing follows, the one before it ("trade volume exceeds $800 billion").

import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { COUNTED_BY_VERB, EVENT_KEYS } from '../../lang/en/casualties.ts';
import { ADDITIVE_WORDS, ATTENDED_BY, CROWD_VERBS } from '../../lang/en/measures.ts';
import { oneOf } from '../../lang/pattern.ts';
import { mapList } from '../../model/list.ts';
import { clockAbout } from './clock.ts';
import { keyOf, singular } from './keys.ts';
import { ageAbout, isTurnout, ordinalAbout, speaksOfTurnout } from './kinds.ts';
import { measureAbout } from './measures.ts';
import type { Candidate } from './parsers.ts';
import { type Token, touches } from './tokens.ts';
import { isVerbForm, PAST } from './verbs.ts';

/** Words that end a noun phrase. */
const STOP = new Set([
  'in',
  'at',
  'since',
  'during',
  'across',
  'within',
  'into',
  'from',
  'by',
  'with',
  'without',
  'as',
  'than',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'when',
  'where',
  'after',
  'before',
  'because',
  'but',
  'and',
  'or',
  'nor',
  'if',
  'so',
  'yet',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'said',
  'says',
  'say',
  'told',
  'to',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'my',
  'your',
  'it',
  'they',
  'he',
  'she',
  'we',
  'i',
  'you',
  'them',
  'him',
  'us',
  'me',
  'not',
  'no',
  'also',
  'over',
  'under',
  'through',
  'per',
  'each',
  'every',
  'annually',
  'yearly',
  'monthly',
  'daily',
  'weekly',
  'ago',
  'earlier',
  'later',
  'last',
  'next',
  'this',
  'then',
  'now',
  'already',
  'still',
  'only',
  'just',
  'about',
  'around',
  'up',
  'down',
  'out',
  'off',
  'for',
  'against',
  'on',
  'of',
  'among',
  'near',
  'outside',
  'inside',
  'along',
  'beside',
  'between',
  'like',
  'including',
  'until',
  'toward',
  'towards',
  'via',
  'respectively',
  'apiece',
  'more',
  'less',
  'fewer',
  'or',
  'plus',
  'times',
  'percent',
  'cent',
]);
/** Weekdays, months and day words: never part of what is counted. */
const TIME_WORD = new RegExp(
  `^(?:${oneOf([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS])}|today|tonight|yesterday|tomorrow|weekend)$`,
);
/** Prepositions that may carry the counted thing on: "strikes on boats", "tons of arms", "attacks against ships". */
const LINK = new Set(['of', 'on', 'against', 'aboard']);
/** Nouns of change that take "in": "a 12% reduction in weapon flow". */
const CHANGE =
  /^(?:reduction|increase|rise|drop|decline|fall|cut|jump|surge|growth|decrease|gain|loss|slump|spike)s?$/;
/** Measures that may come in two words: "metric tons", "square kilometres". */
const MEASURE_LEAD = new Set(['metric', 'square', 'cubic', 'nautical', 'light', 'short', 'long']);
const IRREGULAR_PLURAL = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'personnel',
  'staff',
  'troops',
  'data',
  'cattle',
]);
/** Verbs that link a noun to the number before it: "trade volume exceeds $800 billion", "the toll rose to 80". */
const LINK_VERB =
  /^(?:is|are|was|were|stands?|stood|reached|reaches|rose|rise|rises|fell|falls|totall?ed|totals|exceeds?|exceeded|topped|tops|hit|hits|numbered|numbers|climbed|jumped|dropped|of|at|to|by|about|around|nearly|some|over|more|than|least|estimated|an|approximately|approximate|roughly|almost|risen|grown|climbed|increased|gone|has|have|had|now|already|down|up|lower|higher|plunged|slumped|tumbled|soared|surged|slid|sank|gained|lost|closed|ended|finished)$/;
const OBJECT_OF = COUNTED_BY_VERB;
/** Words that open a clause, so the subject of "the toll has risen to 6" starts after them. */
const CLAUSE_OPEN = new Set(['that', 'said', 'says', 'told', 'and', 'but', 'while', 'when', 'which', 'who']);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'our']);
/** Heads that only frame a count: "the number of people killed" counts people. */
const FRAME = new Set(['number', 'total', 'count', 'tally', 'figure']);

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const looksPlural = (w: string): boolean =>
  IRREGULAR_PLURAL.has(w) || (/[a-z]s$/.test(w) && !/(?:ss|us|is|ics)$/.test(w));
/** Stop words, except an all-capitals abbreviation that spells one ("US" is a country, not "us"). */
const isStop = (t: Token): boolean =>
  STOP.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase());

interface Phrase {
  words: Token[];
  heads: string[];
  end: number;
}

/** A head noun phrase from tokens[i]: up to four words, ending at a plural noun, a stop word or a verb form. */
function headPhrase(toks: Token[], i: number): Phrase {
  const words: Token[] = [];
  let j = i;
  while (j < toks.length && words.length < 4) {
    const t = toks[j];
    if (!isWord(t) || isStop(t)) break;
    // An -ed/-ing word after a noun starts a clause ("boats tied to"); before one it is an adjective ("armed men").
    if (words.length > 0 && (isVerbForm(t.lower) || PAST.has(t.lower))) break;
    words.push(t);
    j++;
    if (looksPlural(t.lower) && !MEASURE_LEAD.has(t.lower)) {
      const n = toks[j];
      if (
        !(
          n?.kind === 'word' &&
          looksPlural(n.lower) &&
          // "two hundred people" reads on; so does a name's plural word: "Capitol Police officers".
          (words.length < 2 || /^\p{Lu}/u.test(t.text)) &&
          /^[a-z]/.test(n.text) &&
          !isStop(n) &&
          !isVerbForm(n.lower)
        )
      )
        break;
    }
  }
  const head = words[words.length - 1];
  return { words, heads: head ? [head.lower] : [], end: j };
}

/** Extends a head phrase through "of/on ... NP" and a participle with its object ("tied to cartel activity"). */
function extendPhrase(toks: Token[], p: Phrase): Phrase {
  let { words, end } = p;
  const heads = [...p.heads];
  for (let hop = 0; hop < 3 && words.length < 9; hop++) {
    const t = toks[end];
    if (!isWord(t)) break;
    const last = words[words.length - 1]?.lower ?? '';
    if (LINK.has(t.lower) || (t.lower === 'in' && CHANGE.test(last))) {
      let k = end + 1;
      if (toks[k]?.lower === 'the' || toks[k]?.lower === 'a' || toks[k]?.lower === 'an') k++;
      // "nine workers on Friday": a day or month after "on" is when, not what is counted.
      if (TIME_WORD.test(toks[k]?.lower ?? '')) break;
      const np = headPhrase(toks, k);
      if (np.words.length === 0) break;
      words = [...words, ...toks.slice(end, np.end).filter((x) => x.kind === 'word')];
      heads.push(...np.heads);
      end = np.end;
      continue;
    }
    if (isVerbForm(t.lower) && !isStop(t)) {
      let k = end + 1;
      if (toks[k]?.lower === 'to' || toks[k]?.lower === 'by' || toks[k]?.lower === 'with') k++;
      const np = headPhrase(toks, k);
      if (np.words.length === 0) break;
      words = [...words, ...toks.slice(end, np.end).filter((x) => x.kind === 'word')];
      end = np.end;
      continue;
    }
    break;
  }
  return { words, heads, end };
}

/** The subject of the clause whose verb stands at `verb`: "The number of people killed … has risen to 6". */
function clauseSubject(toks: Token[], verb: number): Phrase | null {
  let j = verb - 1;
  while (j >= 0 && verb - j <= 30) {
    const t = toks[j] as Token;
    if ((t.kind === 'sym' && /^[,;:—–(]$/.test(t.text)) || (t.kind === 'word' && CLAUSE_OPEN.has(t.lower)))
      break;
    j--;
  }
  if (verb - j > 30) return null;
  let k = j + 1;
  if (DETERMINER.has(toks[k]?.lower ?? '')) k++;
  const head = headPhrase(toks, k);
  if (head.words.length === 0 || head.end > verb) return null;
  const full = extendPhrase(toks, head);
  if (full.end > verb) return null;
  if (!(full.heads.length > 1 && FRAME.has(full.heads[0] as string))) return full;
  // "the number of people killed in …" counts "people killed".
  const of = full.words.findIndex((w) => w.lower === 'of');
  const words = full.words.slice(of + 1);
  const next = toks[full.end];
  if (next && isVerbForm(next.lower) && next.lower.endsWith('ed')) words.push(next);
  return { words, heads: full.heads.slice(1), end: full.end };
}

/** The phrase before the number, for "trade volume exceeds $800 billion": skip linking verbs, take up to 3 words. */
function phraseBefore(toks: Token[], at: number): Token[] {
  let j = at - 1;
  while (
    j >= 0 &&
    toks[j]?.kind === 'word' &&
    (LINK_VERB.test(toks[j]?.lower ?? '') || isVerbForm(toks[j]?.lower ?? ''))
  )
    j--;
  const out: Token[] = [];
  while (j >= 0 && out.length < 3) {
    const t = toks[j];
    if (!isWord(t) || isStop(t)) break;
    out.unshift(t);
    j--;
  }
  return out;
}

/** Index of the first linking verb of the run right before the number ("has risen to"), or -1. */
function verbBefore(toks: Token[], at: number): number {
  let j = at - 1;
  let verb = -1;
  while (j >= 0 && toks[j]?.kind === 'word' && LINK_VERB.test(toks[j]?.lower ?? '')) {
    if (COUNT_VERB.test(toks[j]?.lower ?? '')) verb = j;
    else if (verb >= 0 && /^(?:has|have|had|now|already)$/.test(toks[j]?.lower ?? '')) verb = j;
    j--;
  }
  return verb;
}
/** Verbs that say a count moved or stands somewhere: the thing counted is their subject. */
const COUNT_VERB =
  /^(?:rose|risen|rise|rises|climbed|reached|reaches|increased|grown|grew|jumped|stands?|stood|totall?ed|totals|hit|hits|fell|dropped|topped|numbered|exceeds?|exceeded)$/;

/** Up to three words after a phrase, within its clause: "41 people were killed", not "12 people and injuring". */
function tailOf(toks: Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let j = from; j < toks.length && j < from + 3; j++) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || /^(?:and|or|but|while|as)$/.test(t.lower)) break;
    out.push(t);
  }
  return out;
}

const join = (ws: Token[]): string => mapList(ws, (w) => w.text).join(' ');

/** Sets unit, about and keys of each candidate. `rowHeader` names the row when the number stands in a table cell. */
export function refineAbout(
  cands: Candidate[],
  toks: Token[],
  rowHeader: (c: Candidate) => string | null,
): void {
  let turnout: boolean | undefined;
  for (const c of cands) {
    if (
      c.kind === 'tally' ||
      clockAbout(c, toks) ||
      ordinalAbout(c, toks) ||
      ageAbout(c, toks) ||
      measureAbout(c, toks)
    )
      continue;
    aboutOf(c, toks, rowHeader);
    if (!isTurnout(c)) continue;
    if (turnout === undefined) turnout = speaksOfTurnout(toks);
    // Both heads, so "turnout was 38%" and "41% of voters turned out" meet whichever word each uses.
    if (turnout) c.keys = ['turnout', 'voter'];
  }
}

/** The general case: the noun phrase after the number, or a verb's object or subject, or the words before it. */
function aboutOf(c: Candidate, toks: Token[], rowHeader: (c: Candidate) => string | null): void {
  let i = c.qEnd;
  // "hundreds of thousands of people", "97% of the drugs", "20 of the strikes".
  const partitive = toks[i]?.lower === 'of';
  if (partitive) i += toks[i + 1]?.lower === 'the' || toks[i + 1]?.lower === 'all' ? 2 : 1;
  if (partitive && partOfWhole(c, toks, i)) return;
  // "$3.1 million (2.8 million euros) in watches": the amount converted in brackets says no more of what. (The
  // converted amount is left without words of its own, so it meets the same sum told plainly elsewhere.)
  i = pastConversion(toks, i);
  // "30 more guests": the additive word is said, what is counted follows it.
  if (ADDITIVE_WORDS.has(toks[i]?.lower ?? '') && isWord(toks[i + 1]) && !isStop(toks[i + 1] as Token)) i++;
  if (c.kind === 'money' && (toks[i]?.lower === 'in' || toks[i]?.lower === 'worth')) i++;
  // "$2 million worth of jewellery": the sum is the value of what follows "worth of".
  if (c.kind === 'money' && toks[i - 1]?.lower === 'worth' && toks[i]?.lower === 'of') i++;
  // "a 20-year-old man", "a 5-mile walk": the glued word is the unit, the noun after is what is measured.
  const dash = toks[i];
  const glued = toks[i + 1];
  if (
    c.unit === null &&
    dash?.text === '-' &&
    touches(toks[i - 1], dash) &&
    glued?.kind === 'word' &&
    touches(dash, glued)
  ) {
    const old = /^(year|month|week|day)s?-old$/.exec(glued.lower);
    c.unit = old ? `${old[1]}s old` : singular(glued.lower);
    const after = headPhrase(toks, i + 2);
    c.about = [glued.text, ...mapList(after.words, (w) => w.text)].join(' ');
    // An age is compared with ages only: its noun ("man") would join it to counts of people.
    c.keys = old ? ['age'] : [...new Set([...mapList(after.heads, keyOf), keyOf(glued.lower)])];
    return;
  }
  const head = headPhrase(toks, i);
  if (head.words.length > 0) {
    const full = extendPhrase(toks, head);
    c.about = join(full.words);
    const h = head.words;
    const last = h[h.length - 1] as Token;
    const prev = h[h.length - 2];
    if (c.unit === null) {
      c.unit = prev && MEASURE_LEAD.has(prev.lower) ? `${prev.lower} ${last.lower}` : last.lower;
    }
    // "41 people were killed": the verb after the phrase says what happened to them.
    const tail = tailOf(toks, full.end);
    c.keys = withEventKeys(mapList(full.heads, keyOf), full.words, toks, c.qFirst, tail);
    if (magnitude(toks, c.first)) c.unit = 'magnitude';
    return;
  }
  // "The march was attended by 200,000", "the rally drew 5,000": the number counts the people at the subject.
  const crowd = crowdVerb(toks, c.qFirst);
  const gathered = crowd >= 0 ? subjectBefore(toks, crowd) : null;
  if (gathered) {
    c.about = `people at ${join(gathered.words)}`;
    c.unit ??= 'people';
    c.keys = [...new Set([...mapList(gathered.heads, keyOf), 'people'])];
    return;
  }
  // "kills at least 4, dozens evacuated": the verb says what the bare number counts.
  const object = OBJECT_OF[toks[c.qFirst - 1]?.lower ?? ''];
  if (object) {
    c.about = object[0];
    c.keys = [object[1]];
    return;
  }
  // "the death toll has risen to 12": the subject of the verb names what is counted.
  const verb = verbBefore(toks, c.qFirst);
  const subject = verb >= 0 ? clauseSubject(toks, verb) : null;
  if (subject) {
    c.about = join(subject.words);
    const tail = tailOf(toks, subject.end);
    c.keys = withEventKeys(mapList(subject.heads, keyOf), subject.words, toks, c.qFirst, tail);
    return;
  }
  const before = phraseBefore(toks, c.qFirst);
  const header = before.length === 0 ? rowHeader(c) : null;
  c.about = before.length > 0 ? join(before) : (header ?? '');
  const words = (c.about.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !STOP.has(w)).slice(-3);
  c.keys = withEventKeys(mapList(words, keyOf), before, toks, c.qFirst);
  if (magnitude(toks, c.first)) c.unit = 'magnitude';
}

const CROWD = new Set(CROWD_VERBS);
/** Tokens before its verb a clause's subject may start at (clauseSubject looks no further back). */
const SUBJECT_REACH = 32;
const ATTENDED = new Set(ATTENDED_BY);

/** The subject of the verb at `verb`, read from the words before it alone ("drew" is no noun of it), as far back
 *  as a subject may stand. */
function subjectBefore(toks: Token[], verb: number): Phrase | null {
  const upToVerb = toks.slice(Math.max(0, verb - SUBJECT_REACH), verb);
  return clauseSubject(upToVerb, upToVerb.length);
}

/** The verb before a bare number that makes it a crowd ("drew", "attended by"), or -1. */
function crowdVerb(toks: Token[], at: number): number {
  const before = toks[at - 1]?.lower ?? '';
  if (CROWD.has(before)) return at - 1;
  return before === 'by' && ATTENDED.has(toks[at - 2]?.lower ?? '') ? at - 2 : -1;
}

/** Tokens a bracketed conversion may take: "(Dh390bn)", "(2.8 million euros)". */
const CONVERSION_MAX = 8;

/** The token after a bracketed amount at `i` ("(€2m)"), or `i` when none stands there. */
function pastConversion(toks: Token[], i: number): number {
  if (toks[i]?.text !== '(') return i;
  for (let j = i + 1; j < Math.min(toks.length, i + CONVERSION_MAX); j++) {
    if (toks[j]?.text !== ')') continue;
    return toks.slice(i + 1, j).some((t) => t.kind === 'num') ? j + 1 : i;
  }
  return i;
}

/** Tokens between a whole and its noun: "the 17 Oct. 3 detainees". */
const WHOLE_NOUN_REACH = 5;

/** The first plural noun after a whole, across a date or a name before it; none past a stop word. */
function countedAfter(toks: Token[], from: number): Token | null {
  for (let j = from; j < Math.min(toks.length, from + WHOLE_NOUN_REACH); j++) {
    const t = toks[j] as Token;
    if (t.kind === 'word' && isStop(t)) return null;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && looksPlural(t.lower)) return t;
  }
  return null;
}

/** "Fifteen of the 19 hijackers": a part of a counted whole is keyed apart from counts of the whole (it is no
 * rival of "19 hijackers"), and meets the same part told elsewhere. */
function partOfWhole(c: Candidate, toks: Token[], i: number): boolean {
  const whole = toks[i];
  if (whole?.kind !== 'num') return false;
  const noun = countedAfter(toks, i + 1);
  if (!noun) return false;
  c.about = `of ${whole.text} ${noun.text}`;
  c.unit ??= noun.lower;
  c.keys = [`${keyOf(noun.lower)} of ${whole.text}`];
  return true;
}

const EVENT_KEY = EVENT_KEYS;

/** Adds the event keys found in the phrase and in the two words before the number. */
function withEventKeys(
  keys: string[],
  words: Token[],
  toks: Token[],
  qFirst: number,
  after: Token[] = [],
): string[] {
  const out = [...keys];
  // "the evacuation of 300 residents": the noun before "of" says what happened to them.
  const lead = toks[qFirst - 1]?.lower === 'of' ? toks[qFirst - 2] : undefined;
  const near = [toks[qFirst - 1], lead, ...words, ...after];
  for (const t of near) {
    const k = t && EVENT_KEY[t.lower];
    if (k) out.push(k);
  }
  return [...new Set(out)];
}

/** "a magnitude 7.8 earthquake", "a magnitude-6 quake". */
function magnitude(toks: Token[], first: number): boolean {
  const prev = toks[first - 1];
  return prev?.lower === 'magnitude' || (prev?.text === '-' && toks[first - 2]?.lower === 'magnitude');
}
