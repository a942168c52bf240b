// The writer's own judgement in a news sentence: frames that only an author taking a side writes ("the strange
// thing is that…", "…is a clear climbdown by the minister"). Read outside quotation marks, so a speaker's judgement
// quoted in a report never marks the report as opinion.

/** "The strange thing is", "the sad truth is": the writer remarks on the facts. */
export const REMARK_ADJECTIVES: readonly string[] = [
  'strange',
  'odd',
  'curious',
  'sad',
  'ironic',
  'funny',
  'bizarre',
  'absurd',
  'shocking',
  'astonishing',
];
export const REMARK_NOUNS: readonly string[] = ['thing', 'truth', 'irony', 'fact', 'part'];

/** "Is a clear climbdown", "was a humiliating surrender": a verdict on what someone did ("defeat" and "failure" are
 *  left out: news states those as outcomes). */
export const VERDICT_ADJECTIVES: readonly string[] = [
  'clear',
  'obvious',
  'blatant',
  'shameful',
  'disgraceful',
  'humiliating',
  'embarrassing',
  'pathetic',
  'cowardly',
];
export const VERDICT_NOUNS: readonly string[] = [
  'cave',
  'capitulation',
  'climbdown',
  'u-turn',
  'surrender',
  'betrayal',
  'disgrace',
  'humiliation',
  'embarrassment',
];

/** Phrases an author uses to insist: "make no mistake", "needless to say". */
export const INSISTING_PHRASES: readonly string[] = [
  'make no mistake',
  'needless to say',
  "let's be honest",
  'let us be honest',
  'to be blunt',
];

/** The writer's own judgement: a remark on the facts, a verdict on an act, an insisting phrase. */
export const STANCE = new RegExp(
  [
    `\\bthe (?:${REMARK_ADJECTIVES.join('|')}) (?:${REMARK_NOUNS.join('|')}) (?:is|was)\\b`,
    `\\b(?:is|was|are|were) (?:a|an) (?:${VERDICT_ADJECTIVES.join('|')}) (?:${VERDICT_NOUNS.join('|')})\\b`,
    `\\b(?:${INSISTING_PHRASES.join('|')})\\b`,
  ].join('|'),
  'i',
);
