// Building regular expressions from the word lists in lang/: a stage may build its own pattern, from the list.

/** Words as the body of a regex alternation: "jan|feb|mar". Order is kept: an alternation tries the first first. */
export const oneOf = (words: readonly string[]): string => words.join('|');

/** Each word with its first letter upper case ("January"), for case-sensitive patterns. */
export const capitalised = (words: readonly string[]): string[] =>
  words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
