// Verbs of speech: who says so. Several lists on purpose, each read by one rule and tuned with it: merging them
// would change what those rules find (the quote finder needs every verb that can open a quote, the name finder
// only those common right after a name). A new rule reads the list that fits, or names a new one here.
import { wordTable } from '../table.ts';

/** Verbs that report speech in a fact: who says so is part of the fact (fact-verbs, embedding selection). */
export const SPEECH_LEMMAS = [
  'say',
  'tell',
  'state',
  'claim',
  'report',
  'warn',
  'insist',
  'argue',
  'add',
  'write',
  'tweet',
  'testify',
  'allege',
  'acknowledge',
] as const;

/** Verbs that may open or close a quote ("…," she warned): the widest list, read by quote attribution. */
export const QUOTE_SPEECH_LEMMAS: readonly string[] = [
  'say',
  'tell',
  'add',
  'declare',
  'explain',
  'note',
  'state',
  'write',
  'ask',
  'reply',
  'continue',
  'insist',
  'argue',
  'warn',
  'claim',
  'tweet',
  'remark',
  'observe',
  'recall',
  'acknowledge',
  'admit',
  'concede',
  'emphasize',
  'emphasise',
  'stress',
  'announce',
  'respond',
  'caution',
  'predict',
  'suggest',
  'urge',
  'vow',
  'pledge',
  'promise',
  'conclude',
  'describe',
  'call',
  'complain',
  'boast',
  'assert',
  'contend',
  'counter',
  'joke',
  'quip',
  'shout',
  'exclaim',
  'muse',
  'mention',
  'confirm',
  'deny',
  'testify',
  'repeat',
  'hint',
  'disclose',
  'reveal',
  'signal',
  'allege',
  'recount',
  'lament',
];

/** Forms of the quote verbs their regular inflection does not make, mapped to the lemma. */
export const QUOTE_SPEECH_IRREGULAR: Readonly<Record<string, string>> = wordTable({
  said: 'say',
  says: 'say',
  saying: 'say',
  told: 'tell',
  tells: 'tell',
  telling: 'tell',
  wrote: 'write',
  written: 'write',
  writes: 'write',
  writing: 'write',
});

/** Speech verbs right after a name, as written: evidence that the name is a person's (or a speaking body's). */
export const SPEECH_AFTER_NAME: readonly string[] =
  'said says told tells added noted argued explained wrote stated warned insisted claimed announced asked replied responded urged'.split(
    ' ',
  );

/** Verbs of saying that date a statement: "the chief said on Thursday", "announced Monday". */
export const STATEMENT_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'announced',
  'confirmed',
  'stated',
  'added',
  'wrote',
  'tweeted',
  'posted',
  'reported',
];

/** Verbs of reporting a date may follow and belong to ("officials said on Thursday"), not to the event. */
export const REPORT_VERBS: readonly string[] = ['said', 'says', 'told', 'added', 'stated'];

/** Speech verbs that stand before their subject after a quote or clause: "…, said the minister". */
export const INVERTING_VERBS: readonly string[] = [
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'noted',
  'notes',
];

/** Verbs that report a claim rather than state it (extract/claims): "officials said", "estimates". */
export const CLAIM_REPORT_LEMMAS: readonly string[] =
  'say tell announce confirm report claim state deny warn add note argue insist explain acknowledge indicate contend estimate write testify allege assert declare caution'.split(
    ' ',
  );
