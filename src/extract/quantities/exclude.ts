// Refiner that drops what is not a count: years, days of dates, times, identifiers, phone numbers, list numbers,
// ordinals and "one" used as a pronoun. Each rule is small and named, so a wrong drop is easy to trace.
import { ELAPSED_UNITS, MONTH_ABBREVIATIONS, MONTHS, SEASON_WORDS } from '../../lang/en/calendar.ts';
import { LENGTH_UNITS } from '../../lang/en/measures.ts';
import { oneOf } from '../../lang/pattern.ts';
import type { Candidate } from './parsers.ts';
import { type Token, touches } from './tokens.ts';

export interface Window {
  toks: Token[];
  lowers: string[];
  /** Character spans (document offsets) that look like phone numbers. */
  phones: { start: number; end: number }[];
  /** Whether any word stands in the unit (computed once: rules run per candidate). */
  hasWords: boolean;
}

type Rule = (c: Candidate, w: Window) => boolean;

export const MONTH = new RegExp(`^(?:${oneOf([...MONTHS, ...MONTH_ABBREVIATIONS])})$`);
const TIME_AFTER = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'pst',
  'pdt',
  'bst',
  'cet',
  'cest',
  "o'clock",
  'hrs',
]);
const TIME_PREP = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'during',
  'before',
  'after',
  'through',
  'between',
  'and',
  'to',
  'early',
  'late',
  'mid',
  'the',
  'year',
  'fiscal',
  ...SEASON_WORDS,
  'circa',
  'c',
]);
/** Capitalised words that may stand before a count without naming it ("In 20 cases", "Some 30 people"). */
const FUNCTION_CAPS = new Set([
  'in',
  'on',
  'at',
  'of',
  'for',
  'by',
  'with',
  'from',
  'to',
  'about',
  'over',
  'under',
  'around',
  'nearly',
  'almost',
  'some',
  'only',
  'just',
  'all',
  'the',
  'and',
  'but',
  'or',
  'since',
  'after',
  'before',
  'during',
  'than',
  'roughly',
  'approximately',
  'approximate',
  'another',
  'least',
  'most',
  'more',
  'fewer',
  'less',
  'up',
  'as',
  'those',
  'these',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'while',
  'when',
  'where',
  'if',
  'then',
  'also',
  'into',
  'across',
  'among',
  'killing',
  'including',
  'exceeds',
  'between',
  'about',
  'every',
  'each',
  'estimated',
  'an',
  'a',
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'you',
  'there',
  'that',
  'this',
  'what',
  'who',
  'which',
  'why',
  'how',
  'yes',
  'no',
]);
const ONE_IDIOM_NEXT = new Set([
  'of',
  'another',
  'day',
  'time',
  'way',
  'side',
  'hand',
  'thing',
  'point',
  'or',
  'and',
  'more',
  'less',
  'by',
  'after',
  'that',
  'which',
  'who',
  'is',
  'was',
  'in',
  'on',
  'to',
  'for',
  'at',
  'as',
  'with',
  'but',
  'would',
  'could',
  'should',
  'can',
  'will',
  'may',
  'might',
  'must',
  'has',
  'had',
  'have',
  'says',
  'said',
  'another',
  'too',
  'else',
]);
const ONE_IDIOM_PREV = new Set([
  'the',
  'no',
  'any',
  'every',
  'each',
  'this',
  'that',
  'which',
  'another',
  'someone',
  'anyone',
  'everyone',
  'only',
  'no-one',
]);
const UNIT_ABBR = /^(?:km|kg|mm|cm|m|mi|lb|lbs|t|ft|mph|kmh|h|hr|hrs|mw|gw|kw|kwh|gb|mb|tb|bn|mn|tn|k|x|s)$/;

/** Nouns that number things rather than count them: "executive order 13864", "section 5", "flight 370". */
const CODE_NOUN = new Set([
  'order',
  'article',
  'section',
  'resolution',
  'bill',
  'flight',
  'route',
  'highway',
  'room',
  'page',
  'chapter',
  'clause',
  'paragraph',
  'no',
  'number',
  'case',
  'docket',
  'item',
  'code',
  'platform',
  'gate',
  'model',
  'version',
  'act',
  'law',
  'decree',
  'amendment',
  'rule',
  'regulation',
  'title',
  'form',
  'annex',
  'protocol',
  'file',
  'exhibit',
  'volume',
  'vol',
  'issue',
  'episode',
  'season',
  'level',
  'phase',
  'stage',
  'step',
  'grade',
  'category',
  'precinct',
  'district',
  'ward',
  'lane',
  'terminal',
  'pier',
  'berth',
  'bus',
  'tier',
  'zone',
  'sector',
]);

/** "2-1", "3-0": a score or a code; ranges were read whole by the range parser before this. */
const dashedPair: Rule = (c, w) => {
  if (c.kind !== 'count' || c.words) return false;
  const a = w.toks[c.first] as Token;
  const next = w.toks[c.last + 1];
  const prev = w.toks[c.first - 1];
  if (
    next?.text === '-' &&
    touches(w.toks[c.last], next) &&
    w.toks[c.last + 2]?.kind === 'num' &&
    touches(next, w.toks[c.last + 2])
  )
    return true;
  return (
    prev?.text === '-' &&
    touches(prev, a) &&
    w.toks[c.first - 2]?.kind === 'num' &&
    touches(w.toks[c.first - 2], prev)
  );
};

/** A sign of multiplication between two numbers ("4x4", "6×6"). */
const isTimes = (t: Token | undefined): boolean => t !== undefined && (t.lower === 'x' || t.text === '×');

/** "4x4", "6×6", "a four-by-four": a vehicle's drive or a size, not a count of anything. */
const timesPair: Rule = (c, w) => {
  if (c.kind !== 'count') return false;
  const next = w.toks[c.last + 1];
  const after = w.toks[c.last + 2];
  const prev = w.toks[c.first - 1];
  const before = w.toks[c.first - 2];
  if (
    isTimes(next) &&
    touches(w.toks[c.last] as Token, next!) &&
    after?.kind === 'num' &&
    touches(next!, after)
  )
    return true;
  if (
    isTimes(prev) &&
    touches(prev!, w.toks[c.first] as Token) &&
    before?.kind === 'num' &&
    touches(before, prev!)
  )
    return true;
  // "four-by-four" is cut at its number: "four", "-", "by-four".
  return (
    next?.text === '-' && touches(w.toks[c.last] as Token, next) && (after?.lower.startsWith('by-') ?? false)
  );
};

/** "1 min read": page furniture, not a count. */
const readingTime: Rule = (c, w) =>
  (w.lowers[c.last + 1] === 'min' || w.lowers[c.last + 1] === 'minute') && w.lowers[c.last + 2] === 'read';

/** A number alone in its sentence ("0" under a menu) counts nothing. */
const alone: Rule = (_c, w) => !w.hasWords && w.toks.length < 4;

const numText = (c: Candidate, w: Window): string => w.toks[c.first]?.text ?? '';
const isYearText = (t: string): boolean => /^(?:1[89]|20)\d\d$/.test(t);

/** Event nouns an ordinal can count: "the third attack this month" says there were three. */
const EVENT_NOUN =
  /^(?:attack|strike|airstrike|shooting|bombing|explosion|blast|incident|earthquake|quake|aftershock|protest|killing|murder|fire|wildfire|crash|raid|outbreak|storm|hurricane|typhoon|cyclone|flood|eruption|derailment|collision|kidnapping|abduction|assault|riot|clash|execution|spill|breach|cyberattack|hack|recall|shutdown|lockdown|evacuation|coup|election|referendum|indictment|impeachment|veto|default|downgrade|hike|cut|landslide|stabbing|overdose|incursion|ambush|heatwave|drought|tornado)$/;
/** Words before such an ordinal: "the third attack", "its fourth strike", "the city's second shooting". */
const ORDINAL_LEAD = /^(?:the|its|their|his|her|a|this|that)$|'s$/;

/** "The attack was the fourth": the event noun is the subject, the ordinal stands alone after "the". */
const LINK = /^(?:was|is|marks|marked|became|becomes)$/;
/** Words that may follow such a lone ordinal: "the fourth on energy sites", "the fourth this month". */
const AFTER_ALONE = /^(?:on|in|of|since|this|so|against|at|to)$/;

/** The token of the event noun an ordinal counts ("the third attack", "the attack was the fourth"), or -1. */
export function eventNounOf(
  c: { first: number; last: number },
  lowerAt: (i: number) => string | undefined,
): number {
  const prev = lowerAt(c.first - 1);
  if (prev === undefined) return -1;
  const next = lowerAt(c.last + 1);
  if (next !== undefined && EVENT_NOUN.test(next)) return ORDINAL_LEAD.test(prev) ? c.last + 1 : -1;
  const alone = next === undefined || !/^[a-z]/.test(next) || AFTER_ALONE.test(next);
  const subject = lowerAt(c.first - 3) ?? '';
  return alone && prev === 'the' && LINK.test(lowerAt(c.first - 2) ?? '') && EVENT_NOUN.test(subject)
    ? c.first - 3
    : -1;
}

/** An ordinal of events (2nd or later) with its event noun: a count sources may disagree on. */
export function countsEvents(c: Candidate, w: Window): boolean {
  if (!c.ordinal || c.value < 2 || c.value > 1000 || c.first !== c.last) return false;
  return eventNounOf(c, (i) => w.lowers[i]) >= 0;
}

/** An ordinal of days, weeks or years of something (2nd or later): how long it has lasted so far ("the strike's
 *  40th day"). */
function countsTime(c: Candidate, w: Window): boolean {
  return (
    c.ordinal &&
    c.value >= 2 &&
    c.value <= 1000 &&
    c.first === c.last &&
    ELAPSED_UNITS[w.lowers[c.last + 1] ?? ''] !== undefined
  );
}

/** Ordinals are ranks ("the third quarter"), except when they count events or elapsed time. */
const ordinal: Rule = (c, w) => c.ordinal && !countsEvents(c, w) && !countsTime(c, w);

/** "2024", "in 1998"; a year-like number counts only with a qualifier or before a plural noun. */
const year: Rule = (c, w) => {
  if (c.kind !== 'count' || c.words || c.low !== undefined) return false;
  if (!isYearText(numText(c, w))) return false;
  if (c.qualifier) return false;
  const prev = w.lowers[c.first - 1];
  if (prev !== undefined && (TIME_PREP.has(prev) || MONTH.test(prev.replace(/\.$/, '')))) return true;
  // "June 15 2024", "June 15, 2024": a year after a day of a month.
  const p2 = w.lowers[prev === ',' ? c.first - 3 : c.first - 2];
  if (p2 !== undefined && MONTH.test(p2.replace(/\.$/, ''))) return true;
  const next = w.toks[c.last + 1];
  return !(next?.kind === 'word' && /^[a-z]+[^s]s$/.test(next.text) && !TIME_PREP.has(next.lower));
};

/** "2016-2020": a range of years is a period, not a count. */
const yearRange: Rule = (c, w) =>
  c.kind === 'range' && isYearText(numText(c, w)) && c.high !== undefined && c.high >= 1800 && c.high <= 2100;

/** Day numbers beside a month: "June 15", "15 June", "Jan. 8", "the 3rd of May". */
const dayOfMonth: Rule = (c, w) => {
  if (c.kind !== 'count' || c.value > 31) return false;
  let p = c.first - 1;
  if (w.lowers[p] === '.' || w.lowers[p] === ',') p--;
  const prev = w.lowers[p];
  if (prev !== undefined && MONTH.test(prev)) return true;
  let n = c.last + 1;
  if (w.lowers[n] === 'of') n++;
  const next = w.lowers[n];
  return next !== undefined && MONTH.test(next) && next !== 'may' && next !== 'march';
};

/** "10:30", "5 pm", "0900 GMT". */
const time: Rule = (c, w) => {
  const next = w.toks[c.last + 1];
  const prev = w.toks[c.first - 1];
  if (next?.text === ':' && touches(w.toks[c.last], next)) return true;
  if (prev?.text === ':' && touches(prev, w.toks[c.first])) return true;
  const n = w.lowers[c.last + 1];
  if (n === 'a' || n === 'p') return w.lowers[c.last + 2] === '.' && w.lowers[c.last + 3] === 'm';
  return n !== undefined && TIME_AFTER.has(n);
};

/** "Article 30", "EO 13864", "H.R. 4245", "No. 5", "Flight 370", "F-16", "Article 2 (4)", "[3]". */
const identifier: Rule = (c, w) => {
  if (c.kind === 'money' || c.qualifier) return false;
  const first = w.toks[c.first] as Token;
  const prev = w.toks[c.first - 1];
  const next = w.toks[c.last + 1];
  if (prev === undefined) return false;
  if (prev.text === '#' || prev.text === '§' || prev.text === '№') return true;
  if (prev.text === '[' && next?.text === ']') return true;
  // A number in brackets right after another number or code: "Article 2 (4)".
  if (prev.text === '(' && next?.text === ')') {
    const before = w.toks[c.first - 2];
    return before !== undefined && (before.kind === 'num' || /^[A-Z]/.test(before.text));
  }
  // Letters glued to the number: "F-16", "G7", "COVID-19", "5G" (but "5km" is a measure).
  if (touches(prev, first) && (prev.kind === 'word' || prev.text === '-')) {
    const before = w.toks[c.first - 2];
    if (before?.lower === 'magnitude') return false;
    if (prev.kind === 'word' || (before?.kind === 'word' && touches(before, prev))) return true;
  }
  if (next?.kind === 'word' && touches(w.toks[c.last], next) && !UNIT_ABBR.test(next.lower)) return true;
  if (c.words) return false;
  // "H.R. 4245", "No. 5": a capital abbreviation with dots.
  if (prev.text === '.') {
    const abbr = w.toks[c.first - 2];
    return (abbr !== undefined && /^[A-Z][a-z]?$/.test(abbr.text)) || abbr?.lower === 'no';
  }
  if (prev.kind === 'word' && CODE_NOUN.has(prev.lower)) return true;
  // "Article 30", "EO 13864": a capitalised name word, not a function word or a month.
  if (prev.kind === 'word' && /^[A-Z]/.test(prev.text) && !/['’]s$/.test(prev.text)) {
    return !FUNCTION_CAPS.has(prev.lower) && !MONTH.test(prev.lower);
  }
  return false;
};

/** Digits glued by slashes or extra dots: "24/7", "9/11", "1/2", "2.4.0". */
const slashed: Rule = (c, w) => {
  const prev = w.toks[c.first - 1];
  const next = w.toks[c.last + 1];
  if (
    (prev?.text === '/' || prev?.text === '.') &&
    touches(prev, w.toks[c.first]) &&
    w.toks[c.first - 2]?.kind === 'num'
  )
    return true;
  return (
    (next?.text === '/' || next?.text === '.') &&
    touches(w.toks[c.last], next) &&
    w.toks[c.last + 2]?.kind === 'num' &&
    touches(next, w.toks[c.last + 2])
  );
};

/** "1." or "2)" opening a list item. */
const listNumber: Rule = (c, w) => {
  if (c.first > 1 || c.kind !== 'count' || c.words) return false;
  if (c.first === 1 && !/^[•·*\-–—(]$/.test(w.toks[0]?.text ?? '')) return false;
  const next = w.toks[c.last + 1];
  return (next?.text === '.' || next?.text === ')') && c.value < 1000;
};

const phone: Rule = (c, w) => {
  if (w.phones.length === 0) return false;
  const a = w.toks[c.first] as Token;
  // Phone spans are in text order: binary search for the first that ends after the number starts.
  let lo = 0;
  let hi = w.phones.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.phones[mid] as { end: number }).end <= a.start) lo = mid + 1;
    else hi = mid;
  }
  const p = w.phones[lo];
  return p !== undefined && p.start < a.end;
};

/** "one of the", "no one", "one day", "the one who": a pronoun, not a count. */
const pronounOne: Rule = (c, w) => {
  if (!c.words || c.value !== 1 || c.last !== c.first || c.qualifier) return false;
  const next = w.lowers[c.last + 1];
  const prev = w.lowers[c.first - 1];
  if (next === undefined || ONE_IDIOM_NEXT.has(next) || !/^[a-z]/.test(next)) return true;
  // "only one mile beneath the surface": a unit of length after it makes it a measure, whatever stands before
  if (LENGTH_UNITS.has(next)) return false;
  return prev !== undefined && ONE_IDIOM_PREV.has(prev);
};

/** Number words inside a name: "the Big Three", "Group of Seven" (capitalised, not opening the sentence). */
const namedWords: Rule = (c, w) => {
  if (!c.words || c.first === 0) return false;
  const t = w.toks[c.first] as Token;
  const prev = w.toks[c.first - 1];
  if (!/^[A-Z]/.test(t.text)) return false;
  return prev !== undefined && !/^["“‘'(:;•\-–—*]$/.test(prev.text);
};

export const RULES: readonly [string, Rule][] = [
  ['ordinal', ordinal],
  ['year', year],
  ['year-range', yearRange],
  ['day-of-month', dayOfMonth],
  ['time', time],
  ['identifier', identifier],
  ['slashed', slashed],
  ['list-number', listNumber],
  ['phone', phone],
  ['pronoun-one', pronounOne],
  ['named-words', namedWords],
  ['reading-time', readingTime],
  ['dashed-pair', dashedPair],
  ['times-pair', timesPair],
  ['alone', alone],
];

/** Keeps the candidates that no rule calls a non-count. */
export function dropNonCounts(cands: Candidate[], w: Window): Candidate[] {
  // A tally was read only in a vote's words, which already rule out dates, codes and ranges; a time by its clock.
  return cands.filter(
    (c) => c.kind === 'tally' || c.kind === 'time' || !RULES.some(([, rule]) => rule(c, w)),
  );
}

// Phone numbers: groups of 2-4, 3-4, 3-4 digits joined by space, dot or dash, optional country code.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)/g;

export function phoneSpans(text: string, base: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}
