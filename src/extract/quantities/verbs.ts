// Verb forms told apart from nouns without a tagger: enough to end a noun phrase or name a clause's happening.

/** Irregular past tenses that end a noun phrase: "an earthquake struck". */
export const PAST = new Set(
  'struck hit fell rose left took made came went said told saw began ran won lost sent held met found gave got put set shot fought led paid built brought kept thought spent stood drove grew threw wrote spoke broke chose flew'.split(
    ' ',
  ),
);
const NOT_VERB = new Set([
  'need',
  'seed',
  'feed',
  'speed',
  'breed',
  'greed',
  'creed',
  'thing',
  'king',
  'ring',
  'wing',
  'spring',
  'string',
  'evening',
  'morning',
  'ceiling',
  'building',
  'meeting',
  'funding',
  'hundred',
]);
export const isVerbForm = (w: string): boolean => /(?:ed|ing)$/.test(w) && w.length >= 4 && !NOT_VERB.has(w);
