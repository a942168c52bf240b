// A person's legal standing as crime and court news states it: "charged with arson", "remanded in custody". The
// phrases are regex fragments, lower case; extract/entities/roles reads them after a suspect's name.

/** Phrases of standing that take the offence after them: "charged with" arson, "accused of" theft. */
export const STANDING_BEFORE_OFFENCE: readonly string[] = [
  'arrested on suspicion of',
  'arrested in connection with',
  'charged with',
  'accused of',
  'convicted of',
  'found guilty of',
  'found not guilty of',
  'acquitted of',
  'cleared of',
  'suspected of',
  'pleaded guilty to',
  'pleaded not guilty to',
  'pleads guilty to',
  'pleads not guilty to',
  'admitted charges of',
  'sentenced to',
  'jailed for',
  'denies',
];

/** Phrases of standing that are whole without an offence: "Ruiz pleaded not guilty." */
export const STANDING_ALONE: readonly string[] = [
  'remanded in custody',
  'pleaded not guilty',
  'pleaded guilty',
  'entered a plea of not guilty',
  'entered a not guilty plea',
  'entered a guilty plea',
  'released on bail',
  'granted bail',
];

/** Words before a standing phrase that only tense it: "was", "has been", "is being". */
export const STANDING_AUXILIARIES: readonly string[] = [
  'has since been',
  'has also been',
  'has now been',
  'has been',
  'had been',
  'have been',
  'is being',
  'was being',
  'was later',
  'was also',
  'was then',
  'was',
  'is',
  'were',
  'are',
  'had',
  'has',
];

/** Adverbs between the tense and the standing: "was later charged with". */
export const STANDING_ADVERBS: readonly string[] = [
  'also',
  'later',
  'now',
  'since',
  'subsequently',
  'previously',
  'already',
];

/** Times told between a standing's verb and its preposition, besides weekdays: "charged yesterday with". */
export const STANDING_TIMES: readonly string[] = ['yesterday', 'today', 'overnight', 'last night'];

/** Words right before a name that make it an object, not the subject: "the case against Rask", "arrested Rask". */
export const OBJECT_MARKERS: readonly string[] = [
  'of',
  'against',
  'to',
  'with',
  'by',
  'for',
  'from',
  'about',
  'on',
  'at',
  'in',
  'and',
  'arrested',
  'charged',
  'accused',
  'convicted',
  'sentenced',
];

/** "appeared in court charged with": a court appearance that the standing phrase then describes. */
export const COURT_APPEARANCE = 'appear(?:ed|s)\\s+(?:in|at|before)\\s+[^,.;:()\\n]{1,60}?';

/** Words that end the offence: a new clause, a time, a place or a reason ("charged with arson after the fire"). */
export const OFFENCE_ENDS: readonly string[] = [
  'after',
  'before',
  'following',
  'over',
  'on',
  'at',
  'in',
  'since',
  'during',
  'when',
  'while',
  'who',
  'which',
  'that',
  'but',
  'because',
  'as',
  'and',
  'yesterday',
  'today',
  'last',
  'this',
  'earlier',
  'later',
  'by',
  'from',
  'until',
];

/** What a denial is about when it is no offence: "denies the claims", "denies wrongdoing" is not a suspect's plea. */
export const DENIED_NOT_OFFENCE: readonly string[] = [
  'the',
  'that',
  'this',
  'it',
  'any',
  'all',
  'having',
  'being',
  'claims',
  'reports',
  'allegations',
  'wrongdoing',
  'responsibility',
  'involvement',
  'knowledge',
  'ever',
];

/** "denies the charges": after "the", the words that still name what the suspect is charged with. */
export const CHARGE_NOUNS: readonly string[] = ['charge', 'charges', 'counts'];

/** What an officer charges with as a weapon: "an officer charged with a baton" accuses no one. */
export const CHARGED_WITH_WEAPONS: readonly string[] = [
  'baton',
  'batons',
  'shield',
  'shields',
  'horse',
  'horses',
  'bayonet',
  'bayonets',
  'sword',
  'swords',
  'truncheon',
  'truncheons',
];

/** Offence words a standing phrase keeps at most: "accused of stealing the paintings" reads in four. */
export const OFFENCE_MAX_WORDS = 6;

/** The standing phrases, longest first, for one regex alternation. */
export const STANDING_PHRASES: readonly string[] = [
  ...new Set([...STANDING_ALONE, ...STANDING_BEFORE_OFFENCE]),
]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, '\\s+'));

/** Whether a role's comparable form states a legal standing (its wording is kept, not title-cased). */
export function isLegalStanding(normalized: string): boolean {
  return STANDING_TEST.test(normalized);
}

const STANDING_TEST = new RegExp(`(?:^|,\\s)(?:${STANDING_PHRASES.join('|')})\\b`);
