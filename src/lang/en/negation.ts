// Words that negate. A quote that loses one says the opposite; a term after one is denied, not asserted.

/** Negating words of English: "not", "never", "nobody", "n't". */
export const NEGATION_WORDS: readonly string[] = [
  'not',
  'no',
  'never',
  "n't",
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'cannot',
];

/** What negates the term right after it ("no", "non-", "never"), as regex fragments. */
export const NEGATING_BEFORE: readonly string[] = ['no', 'not', 'non-?', 'never', 'nothing'];

/** A negated verb: "did not veto", "wasn't", "never signed" (not "no one", "not far from"). */
export const NEGATED_VERB =
  /\b(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should)(?:\s+not|n['’]t)|cannot|never)\b/i;

/** "Nothing less than", "no more than", "none other than": they stress a point and deny nothing. */
export const EMPHATIC_NEGATION = /\b(?:nothing|no|none)\s+(?:less|more|other|fewer)\s+than\b/g;

/** "There were no reports of injuries": an existential with "no" counts zero of something, a checkable fact. */
export const NONE_THERE = /^\s*there\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b/i;

/** "No one", "no-one", "No - one" (tokenised copy), "nobody": a subject that denies, as a regex fragment. */
export const NOBODY = 'no\\s*-?\\s*one|nobody';
