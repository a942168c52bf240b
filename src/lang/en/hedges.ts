// Words that make a statement less than asserted: modal verbs, hedging adverbs, and phrases that put it in the
// future or on someone else's word. The phrase lists are regex fragments; each is named for the rule reading it.

/** English modal verbs: "could", "would". A verb phrase that holds one is not a plain assertion. */
export const MODALS: readonly string[] = [
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
];

/** Adverbs that put what they qualify on someone else's word or in doubt: "reportedly", "allegedly". */
export const HEDGE_ADVERBS: readonly string[] = [
  'reportedly',
  'allegedly',
  'purportedly',
  'apparently',
  'possibly',
  'potentially',
];

/** The hedges a claim lists besides the adverbs (extract/claims), as regex fragments: "could", "plans to". */
export const CLAIM_HEDGE_PHRASES: readonly string[] = [
  'alleged',
  'likely',
  'unlikely',
  'could',
  'might',
  'would',
  'plans? to',
  'planned to',
  'planning to',
  'is planning',
  'are planning',
  '(?:is|are|was|were) expected to',
  'appears? to',
  'seems? to',
  'reports? (?:indicate|suggest)s?',
  'is said to',
  'are said to',
];

/** The hedges that mark a sentence besides the adverbs (segment cues), as regex fragments. */
export const SENTENCE_HEDGE_PHRASES: readonly string[] = [
  'could',
  'might',
  'plans? to',
  'planning to',
  '(?:is|are|was|were) (?:expected|said|believed|thought) to',
  'reports? (?:indicate|suggest)s?',
  'according to (?:reports|sources)',
];
