// Where one sentence starts telling a second fact: a contrast, a second subject, a second verb phrase.

/** Words that open a coordinated clause after a comma ("…, but the ministry denies it"): a comma alone is not
 *  one, as it sets off a phrase of the same fact far more often. The clause must bring its own subject. */
export const CLAUSE_OPENERS: readonly string[] = ['and', 'but', 'while', 'whereas', 'yet'];

/** "…, as did her deputy": a second subject of the same verb, the verb left out. */
export const ELLIPTIC_OPENERS: readonly string[] = [
  'as did',
  'as does',
  'as do',
  'as has',
  'as have',
  'as had',
];

/** "…and was held", "…and has been charged": a second verb phrase of one subject, told with its auxiliary. */
export const AUXILIARIES: readonly string[] = ['was', 'were', 'has', 'have', 'had', 'is', 'are', 'will'];

/** "…18 were hurt and 12 arrested": counts that may open a second fact whose auxiliary is left out. */
export const ELLIPTIC_COUNTS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'dozens',
  'hundreds',
  'thousands',
  'several',
];

/** Words after a participle that end its phrase ("12 arrested for looting", "40 injured in the crush"). */
export const PARTICIPLE_ENDS: readonly string[] = [
  'in',
  'on',
  'at',
  'for',
  'by',
  'after',
  'during',
  'when',
  'as',
  'and',
  'with',
  'from',
  'over',
];

/** Articles, demonstratives and possessives: a noun phrase follows ("the injured", "his stated aim"). */
export const DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
];

/** Words that start a subject after an opener: a determiner, a quantifier or a pronoun (or a name, by its capital). */
export const SUBJECT_STARTERS: readonly string[] = [
  ...DETERMINERS,
  ...['some', 'many', 'most', 'several', 'no'],
  ...['he', 'she', 'they', 'it', 'we', 'i'],
];

/** Words that open a clause of time or cause after the main one: "…the wages they lost since the strike began". */
export const TIME_SUBORDINATORS: readonly string[] = ['since', 'after', 'before', 'when', 'until', 'once'];

/** Irregular past tenses a short clause may end on before its date: "since the strike began in May". */
export const IRREGULAR_PAST: readonly string[] = [
  'began',
  'broke',
  'came',
  'fell',
  'fled',
  'froze',
  'hit',
  'left',
  'lost',
  'met',
  'ran',
  'rose',
  'sank',
  'shut',
  'spoke',
  'spread',
  'struck',
  'took',
  'went',
  'won',
];
