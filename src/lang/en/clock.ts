// Clock times as news writes them ("at 5am", "07:40 BST", "5:45 a.m. local time", "by 9.30pm") and the words that
// say which happening a time belongs to. Read by the quantity extractor's clock parser.
import { wordTable } from '../table.ts';

/** Meridiem words written as one token: "5am", "6 PM", "6 A.M." (the abbreviation's dots kept or dropped). */
export const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = wordTable({
  am: 'am',
  pm: 'pm',
  'a.m': 'am',
  'p.m': 'pm',
  'a.m.': 'am',
  'p.m.': 'pm',
});

/** Words a bare "10:30" needs before it to be read as a time of day, not a ratio or a verse ("John 3:16"). */
export const CLOCK_LEADS: ReadonlySet<string> = new Set([
  'at',
  'by',
  'around',
  'about',
  'approximately',
  'roughly',
  'until',
  'till',
  'before',
  'after',
  'from',
  'since',
  'shortly',
  'just',
]);

/** Bounds news puts on a time: "shortly after 5am" is no earlier than 5, "by 7.15am" no later than 7.15. Longest
 *  phrases first; each maps to the qualifier of a count ("over", "up to", "under"). */
export const CLOCK_QUALIFIERS: readonly [string[], 'over' | 'up to' | 'under' | 'about'][] = [
  [['by', 'about'], 'up to'],
  [['by', 'around'], 'up to'],
  [['shortly', 'after'], 'over'],
  [['just', 'after'], 'over'],
  [['soon', 'after'], 'over'],
  [['shortly', 'before'], 'under'],
  [['just', 'before'], 'under'],
  [['after'], 'over'],
  [['by'], 'up to'],
  [['before'], 'under'],
];

/** Words that call emergency services in, however worded: "the alarm was raised", "crews were called", "police
 *  were alerted". A time told with any of them is the time of the call. */
export const ALERT_WORDS: ReadonlySet<string> = new Set([
  'alarm',
  'alerted',
  'alerting',
  'called',
  'dialled',
  'dialed',
  'summoned',
  'reported',
]);

/** Nouns that name the happening a time is told of ("the blaze", "the explosion"), folded to one concept. */
export const HAPPENING_NOUNS: Readonly<Record<string, string>> = wordTable({
  fire: 'fire',
  blaze: 'fire',
  explosion: 'explosion',
  blast: 'explosion',
  attack: 'attack',
  shooting: 'shooting',
  earthquake: 'earthquake',
  quake: 'earthquake',
  temblor: 'earthquake',
  tremor: 'earthquake',
  crash: 'crash',
  collision: 'crash',
  raid: 'raid',
  robbery: 'raid',
  heist: 'raid',
  collapse: 'collapse',
  landfall: 'landfall',
  vote: 'vote',
  launch: 'launch',
});

/** Words that set a happening apart from the story's main one ("a second blast", "an aftershock struck"): its
 *  time is never set against the main happening's. */
export const OTHER_HAPPENING: ReadonlySet<string> = new Set([
  'another',
  'second',
  'third',
  'aftershock',
  'aftershocks',
  'earlier',
  'later',
  'previous',
  'next',
]);

/** Verbs that only say the happening took place ("the quake struck", "the fire broke out", "the attack began"):
 *  one key, so the noun beside them decides which happening it was. */
export const OCCURRED: ReadonlySet<string> = new Set([
  'occurred',
  'happened',
  'struck',
  'hit',
  'began',
  'started',
  'erupted',
  'broke',
  'took',
]);

/** Words a verb-form test takes for verbs ("during", "morning"), and verbs that never say what happened at the time
 *  ("said"): left out of a time's happening. */
export const EMPTY_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'according',
  'added',
  'being',
  'having',
  'using',
  'including',
  'during',
  'morning',
  'evening',
]);

/** Words that open the next clause on either side of a time: its happening is told before them. */
export const TIME_CLAUSE_OPENERS: readonly string[] = [
  'after',
  'before',
  'when',
  'while',
  'as',
  'and',
  'but',
  'because',
  'since',
  'until',
  'with',
  'which',
  'who',
  'where',
];

/** Articles, links and bounds trimmed from the edges of a time's "about": "[the] coastguard [was] alerted [at]". */
export const CLAUSE_EDGE_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'of',
  'to',
  'is',
  'was',
  'by',
  'at',
  'about',
  'around',
  'shortly',
  'just',
  'on',
];
