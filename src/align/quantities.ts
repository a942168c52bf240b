// Quantities about the same thing: blocked by their head-word keys, joined when unit, scope and what is
// measured fit. Different measures (killed vs injured) and different scopes (since May vs since June) never join.

import { MONTH_STEMS, TIME_ZONES } from '../lang/en/calendar.ts';
import { MEASURE_STEMS } from '../lang/en/casualties.ts';
import { COUNTED, RESCUE_MONEY } from '../lang/en/concepts.ts';
import { OFFENDER_NOUNS, PLAIN_PEOPLE_NOUNS } from '../lang/en/person.ts';
import { oneOf } from '../lang/pattern.ts';
import type { QuantityGroup, QuantityMember } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import { CLOCK_UNIT, type QuantityMention } from '../model/mention.ts';
import { DisjointSets } from '../model/sets.ts';
import { KeyIndex, keysOf, shared, stem, words } from './text.ts';

const MEASURES: [string, RegExp][] = Object.entries(MEASURE_STEMS).map(([name, stems]) => [
  name,
  new RegExp(`^(${oneOf(stems)})`),
]);
const CURRENCY = /^(usd|eur|gbp|jpy|cny|inr|\$|€|£|¥|dollar|euro|pound|yen|yuan|peso|rupee)/i;

interface Q {
  doc: string;
  q: QuantityMention;
  keys: Set<string>;
  unit: string | null;
  measure: string | null;
  unitClass: 'percent' | 'money' | 'count' | 'time';
  /** A clock time's zone as written ("BST", "ET"), or null when none or "local time". */
  zone: string | null;
  /** Dates written in its sentence (ISO prefixes). */
  dates: string[];
  /** "another 5", "5 more": an increment, never comparable with a total. */
  increment: boolean;
  /** "dozens", "hundreds": too vague to compare with a count, or to keep a count out of a group. */
  vague: boolean;
  /** Month and year words of its time scope, read once. */
  scopeWords: Set<string>;
  /** Its sentence is set in a period written with its year ("In December 2008"). */
  period: boolean;
  /** Content words of its sentence: what the count is told about. */
  context: Set<string>;
}

/** Content words two sentences giving one small count must share to tell one fact ("reopen the harbour for
 *  three weeks" / "keep the harbour open for three weeks"): small numbers recur, their context less so. */
const CONTEXT_SHARED = 2;

const VAGUE =
  /^(?:(?:tens|hundreds|thousands|millions) of )?(?:dozens|scores|hundreds|thousands|millions|billions|several|many|a few|a handful|numerous)\b/i;
/** Units of a property fixed once the event happened (an earthquake's strength): one value per event.
 *  Areas, distances and speeds change as a fire spreads or a storm moves, so they do not count here. */
const MEASURE_UNIT = /^(?:magnitude|richter)/;
const INCREMENT_BEFORE = /\b(?:another|additional|further|extra)\s+$/i;
const INCREMENT_AFTER = /^\s+more\b(?!\s+than)/i;

function measureOf(keys: Iterable<string>): string | null {
  for (const k of keys) for (const [name, re] of MEASURES) if (re.test(k)) return name;
  return null;
}

/** The measure word nearest the number in its sentence ("killing 12 … and injuring 140": 140 is injured). */
function nearestMeasure(q: QuantityMention, text: string): string | null {
  const before = words(text.slice(Math.max(q.sentence.start, q.span.start - 120), q.span.start))
    .slice(-12)
    .reverse();
  // "at least three people, a man and two women, were killed": the verb may follow a long apposition.
  const after = words(text.slice(q.span.end, Math.min(q.sentence.end, q.span.end + 100))).slice(0, 11);
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    for (const w of [before[i], after[i]]) {
      if (w === undefined) continue;
      const m = measureOf([stem(w)]);
      if (m) return m;
    }
  }
  return null;
}

/** What may stand between a list's semicolon and a count that is its item: "; and two officers". */
const LIST_ITEM_LEAD = /;\s*(and\s+|as well as\s+)?$/i;
/** Semicolons before a count that make it an item of a list, when no "and" closes the list before it. */
const LIST_SEMICOLONS = 2;
/** Characters before a count read for its list item lead. */
const LIST_LEAD_CHARS = 16;

/**
 * "The blast injured Ana Ruiz; Tomas Lenz, a clerk; and two officers": a count closing an item of a list set off
 * by semicolons takes the measure the clause opening the list gives (its last measure word), however far it is.
 * Exported for its CPU guard.
 */
export function listMeasure(q: QuantityMention, text: string): string | null {
  const lead = text.slice(Math.max(q.sentence.start, q.span.start - LIST_LEAD_CHARS), q.span.start);
  const closing = LIST_ITEM_LEAD.exec(lead);
  if (!closing) return null;
  const before = text.slice(q.sentence.start, q.span.start);
  // A list's last item ("; and two officers"), or an item after two semicolons: one semicolon alone may open a clause.
  if (!closing[1] && before.split(';').length - 1 < LIST_SEMICOLONS) return null;
  const head = words(before.slice(0, before.indexOf(';')));
  for (let i = head.length - 1; i >= 0; i--) {
    const m = measureOf([stem(head[i]!)]);
    if (m) return m;
  }
  return null;
}

function isIncrement(q: QuantityMention, text: string): boolean {
  const before = text.slice(Math.max(0, q.span.start - 20), q.span.start);
  const after = text.slice(q.span.end, q.span.end + 15);
  return (
    INCREMENT_BEFORE.test(before) || INCREMENT_AFTER.test(after) || /^(?:another|additional)\b/i.test(q.text)
  );
}

/** Nouns for people: a count of them may take its measure (killed, injured) from the words around it. */
const PEOPLE =
  /^(?:people|persons?|civilians?|soldiers?|residents?|child(?:ren)?|men|women|workers?|victims?|passengers?|migrants?|students?|officers?|firefighters?|troops?|fighters?|militants?|patients?|miners?|adults?|inhabitants?|tourists?|journalists?|protesters?|demonstrators?|prisoners?|hostages?|refugees?|individuals?|crew|sailors?|pilots?|farmers?|villagers?|employees?|staff|others?|bodies|body)$/i;

const GENERIC_PEOPLE = /^(?:people|person|individual|other|victim|bodie|body|dead|casualtie|casualty)$/;
/** A noun naming which people were counted (soldiers, civilians), not just people. */
const specificPeople = (unit: string): boolean => PEOPLE.test(unit) && !GENERIC_PEOPLE.test(unit);

const genericPeople = (q: Q): boolean => q.unit !== null && GENERIC_PEOPLE.test(q.unit);
/** Whether two counts share a key other than a word for people at large. */
const sharesBeyondPeople = (a: Q, b: Q): boolean =>
  [...a.keys].some((k) => b.keys.has(k) && !GENERIC_PEOPLE.test(k)) || a.q.value === b.q.value;

/** Stems of plain and of offender nouns, as units are compared stemmed. */
const PLAIN_PEOPLE = new Set(PLAIN_PEOPLE_NOUNS.map(stem));
const OFFENDERS = new Set(OFFENDER_NOUNS.map(stem));
/** Weight of one article's "three men" meeting another's "three robbers" told in like words: their only key. */
const PLAIN_FOR_OFFENDERS = 2;

/** The same number told in two articles in sentences sharing words about it. */
const toldAlike = (a: Q, b: Q): boolean =>
  a.doc !== b.doc && a.q.value === b.q.value && shared(a.context, b.context) >= CONTEXT_SHARED;

/** People counted plainly in one count ("three men") and by their part in a crime in the other ("three robbers"). */
const plainAndOffenderNouns = (a: Q, b: Q): boolean =>
  a.unitClass === 'count' &&
  a.unit !== null &&
  b.unit !== null &&
  ((PLAIN_PEOPLE.has(a.unit) && OFFENDERS.has(b.unit)) ||
    (PLAIN_PEOPLE.has(b.unit) && OFFENDERS.has(a.unit)));

/** "150 homes" or "71 years old" near "died" counts homes or an age, never the dead. */
const countsThings = (q: QuantityMention): boolean =>
  Boolean(q.unit && !PEOPLE.test(q.unit.trim())) || q.keys.includes('age');

const YEAR_OR_MONTH = new RegExp(`^(\\d{4}|${oneOf(MONTH_STEMS)})`);
const scopeWords = (s: string | null): Set<string> =>
  new Set(
    words(s ?? '')
      .filter((w) => YEAR_OR_MONTH.test(w))
      .map((w) => w.slice(0, 3)),
  );

function unitClassOf(q: QuantityMention): Q['unitClass'] {
  if (q.unit === CLOCK_UNIT) return 'time';
  if (q.unit === '%' || /percent/i.test(q.unit ?? '')) return 'percent';
  return CURRENCY.test(q.unit ?? '') ? 'money' : 'count';
}

/** A zone written after a time; "local time" names none. */
const ZONE = new RegExp(`\\b(?:${oneOf(TIME_ZONES)})\\b`);

function prep(
  doc: string,
  q: QuantityMention,
  text: string,
  dates: string[],
  period: boolean,
  context: Set<string>,
): Q {
  const unitClass = unitClassOf(q);
  // A time's keys are its happening alone: the places and people of its clause would join times of two happenings.
  const keys =
    unitClass === 'time'
      ? new Set(q.keys)
      : new Set([...q.keys.map((k) => stem(k.toLowerCase())), ...keysOf(q.about)]);
  const unit = q.unit ? stem(q.unit.toLowerCase()) : null;
  return {
    doc,
    q,
    keys,
    unit,
    // A time is of a happening, never a toll: "killed at 5am" gives no count of the dead.
    measure:
      unitClass === 'time'
        ? null
        : ((countsThings(q) ? null : (nearestMeasure(q, text) ?? listMeasure(q, text))) ?? measureOf(keys)),
    unitClass,
    zone: unitClass === 'time' ? (ZONE.exec(q.text)?.[0] ?? null) : null,
    dates,
    increment: isIncrement(q, text),
    vague: VAGUE.test(q.text.trim()),
    scopeWords: scopeWords(q.scope),
    period,
    context,
  };
}

/** Equal within rounding (2.5%, as "about 1,000" and "1,012"). */
const nearlyEqual = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 0.025 * Math.max(Math.abs(x), Math.abs(y));

/** Units news words differently for one thing ("engines", "appliances"): the same counted concept. */
const sameConcept = (a: string, b: string): boolean => {
  const ca = COUNTED[a] ?? COUNTED[stem(a)];
  return ca !== undefined && ca === (COUNTED[b] ?? COUNTED[stem(b)]);
};

/** Whether both sums are told as money lent or given to carry someone through ("bailout", "loans", "aid package"):
 *  outlets swap those words for one sum. */
const bothRescueMoney = (a: Q, b: Q): boolean =>
  [...a.keys].some((k) => RESCUE_MONEY[k] !== undefined) &&
  [...b.keys].some((k) => RESCUE_MONEY[k] !== undefined);

/** Properties named by the measure refiner (magnitude, depth, distance from a place): equal keys are one property. */
export const PROPERTY = new Set(['magnitude', 'depth', 'distance']);
const sameProperty = (a: QuantityMention, b: QuantityMention): boolean =>
  PROPERTY.has(a.keys[0] ?? '') && a.keys.length === b.keys.length && a.keys.every((k, i) => b.keys[i] === k);

const isTollMeasure = (m: string | null): boolean => m === 'dead' || m === 'hurt';

/** Score of two quantities being counts of the same thing, or 0 when they cannot be. */
export function sameThingScore(a: Q, b: Q): number {
  if (a.doc === b.doc && a.q.sentence.start === b.q.sentence.start) return 0;
  // A property of "another" event (an aftershock's magnitude) belongs to no event the others report.
  if (a.q.keys.includes('other') || b.q.keys.includes('other')) return 0;
  // One article rarely contradicts itself: two clearly different counts in it are counts of two things.
  if (a.doc === b.doc && !nearlyEqual(a.q.value, b.q.value)) return 0;
  // An increment ("another 5") compares with increments only, never with a total.
  if (a.unitClass !== b.unitClass || a.increment !== b.increment || a.vague || b.vague) return 0;
  // "5:45 a.m. local time" and "10.45 p.m. ET" are one moment on two clocks: times in two zones are not compared.
  if (a.zone && b.zone && a.zone !== b.zone) return 0;
  // "6 soldiers" and "3 civilians" killed are two tolls; "6 people" may be either.
  if (
    a.unit &&
    b.unit &&
    a.unit !== b.unit &&
    specificPeople(a.unit) &&
    specificPeople(b.unit) &&
    !sameConcept(a.unit, b.unit)
  )
    return 0;
  // An age is compared with ages only.
  if (a.q.keys.includes('age') !== b.q.keys.includes('age')) return 0;
  if (a.measure && b.measure && a.measure !== b.measure) return 0;
  // A toll (dead or hurt) is compared with tolls of that measure only: "20 people inside the bank" counts no injured.
  if (a.measure !== b.measure && (isTollMeasure(a.measure) || isTollMeasure(b.measure))) return 0;
  const lo = Math.min(Math.abs(a.q.value), Math.abs(b.q.value));
  const hi = Math.max(Math.abs(a.q.value), Math.abs(b.q.value));
  if (lo > 0 && hi / lo > 50) return 0;
  // Counts dated to different moments in their own sentences are counts of different things.
  if (
    a.dates.length &&
    b.dates.length &&
    !a.dates.some((x) => b.dates.some((y) => x.startsWith(y) || y.startsWith(x)))
  )
    return 0;
  // A count set in a written past period ("In December 2008, three men…") is background; an undated count is news.
  if (a.period !== b.period && (!a.dates.length || !b.dates.length)) return 0;
  if (a.unitClass === 'time') return sameTimeScore(a, b);
  const sa = a.scopeWords;
  const sb = b.scopeWords;
  let scope = 0;
  if (sa.size && sb.size) {
    const months = (s: Set<string>) => [...s].filter((w) => !/^\d/.test(w));
    const ma = months(sa);
    const mb = months(sb);
    if (ma.length && mb.length && !ma.some((m) => mb.includes(m))) return 0;
    scope = shared(sa, sb) ? 1 : 0;
  }
  const common = shared(a.keys, b.keys);
  // "30 more people" led out and "another five people" rescued: additions of people at large are additions to
  // different things unless they share what befell them.
  if (a.increment && genericPeople(a) && genericPeople(b) && !sharesBeyondPeople(a, b)) return 0;
  // A sum of money to the unit is more specific still: "$4.2 million" in two articles is one sum, unless their
  // words say what each is the value of and those differ (a necklace's $4.1 million, a haul's $4.1 million).
  const sameSum =
    a.unitClass === 'money' &&
    a.unit === b.unit &&
    a.q.value === b.q.value &&
    a.doc !== b.doc &&
    (common > 0 || !a.keys.size || !b.keys.size || bothRescueMoney(a, b));
  // The same people counted plainly in one article and by their part in another, told alike.
  const plain = plainAndOffenderNouns(a, b) && toldAlike(a, b);
  if (!common && !sameSum && !plain && !(a.measure && a.measure === b.measure)) return 0;
  const sameMeasureUnit =
    (a.unit && a.unit === b.unit && MEASURE_UNIT.test(a.unit)) || sameProperty(a.q, b.q) ? 1 : 0;
  const unitMatch =
    (a.unit && b.unit && (a.unit === b.unit || sameConcept(a.unit, b.unit))) ||
    (a.unit && b.keys.has(a.unit)) ||
    (b.unit && a.keys.has(b.unit))
      ? 1
      : 0;
  // Casualty counts of one story are counts of its toll unless their words or dates say otherwise.
  const casualty = a.measure === b.measure && (a.measure === 'dead' || a.measure === 'hurt');
  const measure = a.measure && a.measure === b.measure ? (casualty && a.unitClass === 'count' ? 3 : 1) : 0;
  // One article repeating its toll in other words (headline "kills 4", body "killing 4 workers") counts one thing.
  const repeatedToll = a.doc === b.doc && casualty && a.q.value === b.q.value;
  if (a.doc === b.doc && !repeatedToll && common < Math.max(2, Math.min(a.keys.size, b.keys.size))) return 0;
  // The same uncommon number for the same noun in two articles is one count, not a coincidence.
  const agree =
    a.doc !== b.doc && Math.abs(a.q.value) >= 10 && nearlyEqual(a.q.value, b.q.value) ? (sameSum ? 2 : 1) : 0;
  // Two increments of one kind ("an additional six engines", "a further four appliances") are rare enough to be one.
  const increments = a.increment && b.increment ? 1 : 0;
  // The same count told in sentences about the same thing in two articles: one fact, however small the number.
  const told = plain || toldAlike(a, b) ? 1 : 0;
  return (
    common +
    unitMatch +
    sameMeasureUnit +
    scope +
    measure +
    agree +
    increments +
    told +
    (plain ? PLAIN_FOR_OFFENDERS : 0)
  );
}

/** Hours within which two times are told as one ("soon after 3 a.m." and "3:07 a.m."). */
const CLOSE_HOURS = 1 / 6;
const ABOUT_HOURS = 1 / 4;

/**
 * Score of two times being the time of one happening: two happening words in common may set different times
 * against each other (a dispute); one, or only the words around them, may only join times that agree.
 */
function sameTimeScore(a: Q, b: Q): number {
  const happening = shared(a.keys, b.keys);
  // "about 3am" reaches a quarter of an hour either way; values are rounded to the minute, hence the epsilon.
  const reach = a.q.qualifier === 'about' || b.q.qualifier === 'about' ? ABOUT_HOURS : CLOSE_HOURS;
  const close = Math.abs(a.q.value - b.q.value) <= reach + 1e-3;
  // One article gives one time for one happening: its other times are of other happenings.
  if (a.doc === b.doc && !(close && happening > 0)) return 0;
  const told = close && shared(a.context, b.context) >= CONTEXT_SHARED ? 1 : 0;
  const unitMatch = 1;
  return happening + (close ? 1 : 0) + told + unitMatch;
}

const NEEDED = 3;
/** Members of a group a newcomer is checked against, from each end. */
const GROUP_SAMPLE = 8;

const isCasualty = (q: Q): boolean => q.measure === 'dead' || q.measure === 'hurt';

/** "The toll rose to 6 after two workers died in hospital": a smaller casualty count in the sentence of a larger one
 *  of the same measure is a part of that toll, so it is never set against other sources' tolls. */
function partsOfTolls(qs: Q[]): Set<number> {
  const bySentence = new Map<string, number[]>();
  qs.forEach((q, i) => {
    if (!isCasualty(q) || q.vague) return;
    const key = `${q.doc}@${q.q.sentence.start}`;
    pushTo(bySentence, key, i);
  });
  const parts = new Set<number>();
  for (const ids of bySentence.values())
    for (const i of ids)
      if (ids.some((j) => qs[j]!.measure === qs[i]!.measure && qs[j]!.q.value > qs[i]!.q.value)) parts.add(i);
  return parts;
}

/** Blocking keys: head words, plus what is measured, so "the toll rose to 31" meets "killing 12". */
const blockKeys = (q: Q): string[] => [
  ...q.keys,
  ...(q.measure ? [`#${q.measure}`] : []),
  // A sum meets the same sum elsewhere whatever words stand around it.
  ...(q.unitClass === 'money' ? [`=${q.unit}:${q.q.value}`] : []),
  // People counted plainly meet people counted by their part ("three men", "three robbers") of the same number.
  ...(q.unit && (PLAIN_PEOPLE.has(q.unit) || OFFENDERS.has(q.unit)) ? [`~${q.q.value}`] : []),
  // A time meets times close to it, whatever words each clause uses for the happening.
  ...(q.unitClass === 'time' ? clockBuckets(q.q.value) : []),
];

/** Buckets of CLOSE_HOURS a time falls in or beside, so two close times always share one. */
function clockBuckets(hours: number): string[] {
  const b = Math.floor(hours / CLOSE_HOURS);
  return [`@${b - 1}`, `@${b}`, `@${b + 1}`];
}

/** A toll's measure, in the words a reader expects after the counted people: "people killed". */
const MEASURE_WORDS: Record<string, string> = { dead: 'killed', hurt: 'injured' };
/** Longest label a group gets: a phrase, not a sentence. */
const LABEL_WORDS = 6;

/**
 * A short label made from the text: the counted people and the measure ("people injured") for a toll, else the
 * wording most members use for what they count, cut to a phrase ("depth", "questions", "protesters marched").
 */
function labelOf(members: Q[]): string {
  const measure = members.find((m) => m.measure)?.measure ?? null;
  const unit = members
    .find((m) => m.q.unit && PEOPLE.test(m.q.unit.trim()))
    ?.q.unit?.trim()
    .toLowerCase();
  if (measure && MEASURE_WORDS[measure]) return `${unit ?? 'people'} ${MEASURE_WORDS[measure]}`;
  const counts = new Map<string, number>();
  for (const m of members) {
    const a = m.q.about.trim();
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort(
    (x, y) => y[1] - x[1] || x[0].split(' ').length - y[0].split(' ').length || (x[0] < y[0] ? -1 : 1),
  )[0]?.[0];
  const label = best ?? members.find((m) => m.q.unit)?.q.unit ?? '';
  return label.split(/\s+/).slice(0, LABEL_WORDS).join(' ');
}

export function alignQuantities(
  items: QuantityMember[],
  texts: Map<string, string>,
  sentenceDates: Map<string, string[]> = new Map(),
  periods: Set<string> = new Set(),
): QuantityGroup[] {
  // A sentence's words are read once, however many counts it gives.
  const contexts = new Map<string, Set<string>>();
  const qs = items.map((m) => {
    const at = `${m.doc}@${m.q.sentence.start}`;
    const text = texts.get(m.doc) ?? '';
    let context = contexts.get(at);
    if (!context) {
      context = new Set(keysOf(text.slice(m.q.sentence.start, m.q.sentence.end)));
      contexts.set(at, context);
    }
    return prep(m.doc, m.q, text, sentenceDates.get(at) ?? [], periods.has(at), context);
  });
  const index = new KeyIndex();
  const groupOf: number[] = [];
  const groups: number[][] = [];
  const parts = partsOfTolls(qs);
  qs.forEach((q, i) => {
    if (parts.has(i)) {
      groupOf[i] = groups.length;
      groups.push([i]);
      return;
    }
    let best = -1;
    let bestScore = 0;
    for (const j of index.candidates(blockKeys(q))) {
      const g = groupOf[j]!;
      const members = groups[g]!;
      // A large group is checked against its first and latest members: copies of one count stand for the rest.
      const sample =
        members.length > 2 * GROUP_SAMPLE
          ? [...members.slice(0, GROUP_SAMPLE), ...members.slice(-GROUP_SAMPLE)]
          : members;
      if (sample.some((k) => sameThingScore(q, qs[k]!) === 0)) continue;
      const s = sameThingScore(q, qs[j]!);
      if (s >= NEEDED && s > bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(i);
    groupOf[i] = best;
    index.add(i, blockKeys(q));
  });
  const joined = joinConversions(groups, groupOf, qs, texts);
  return joined.map((g, k) => ({
    id: `Q${k + 1}`,
    about: labelOf(g.map((i) => qs[i]!)),
    members: g.map((i) => items[i]!),
  }));
}

/** What may stand between a sum and its conversion: "3 million euros ($3.3 million)", "€3m (£2.5m; $3.3m)",
 *  "about €90m (roughly $99m)". */
const CONVERSION_GAP =
  /^\s*[(;,/]\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|over|or)\s+)?$/i;

/** Two sums of one sentence in different currencies, the second written as the first's conversion. */
function isConversion(a: Q, b: Q, text: string): boolean {
  if (a.doc !== b.doc || a.unitClass !== 'money' || b.unitClass !== 'money' || a.q.unit === b.q.unit)
    return false;
  if (a.q.sentence.start !== b.q.sentence.start) return false;
  const [first, second] = a.q.span.start < b.q.span.start ? [a, b] : [b, a];
  return CONVERSION_GAP.test(text.slice(first.q.span.end, second.q.span.start));
}

/**
 * A sum and its conversion into another currency are one amount: outlets abroad report it in theirs ("€2m",
 * "$2.6m", "£1.7m"), and an article that writes both shows which of their groups are one. Groups bridged so are
 * joined; no exchange rate is assumed.
 */
function joinConversions(
  groups: number[][],
  groupOf: number[],
  qs: Q[],
  texts: Map<string, string>,
): number[][] {
  const sets = new DisjointSets(groups.length);
  // Sums of one sentence, in order: a conversion follows its sum.
  const bySentence = new Map<string, number[]>();
  qs.forEach((q, i) => {
    if (q.unitClass !== 'money') return;
    pushTo(bySentence, `${q.doc}@${q.q.sentence.start}`, i);
  });
  for (const ids of bySentence.values()) {
    if (ids.length < 2) continue;
    ids.sort((x, y) => qs[x]!.q.span.start - qs[y]!.q.span.start);
    for (let k = 1; k < ids.length; k++) {
      const [a, b] = [qs[ids[k - 1]!]!, qs[ids[k]!]!];
      if (!isConversion(a, b, texts.get(a.doc) ?? '')) continue;
      sets.union(groupOf[ids[k - 1]!]!, groupOf[ids[k]!]!);
    }
  }
  const out = new Map<number, number[]>();
  groups.forEach((g, k) => {
    const root = sets.find(k);
    const members = out.get(root);
    if (!members) out.set(root, [...g]);
    else for (const i of g) members.push(i); // a loop: a spread of a huge group overflows the stack
  });
  return [...out.values()];
}
