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
