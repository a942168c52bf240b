// Words that make a statement less than asserted: "reportedly", "could", "is expected to", "plans to".
// Matched on the article's own words (quotes blanked), each reported once, lower case.
import { CLAIM_HEDGE_PHRASES, HEDGE_ADVERBS } from '../../lang/en/hedges.ts';
import { oneOf } from '../../lang/pattern.ts';

const HEDGE = new RegExp(`\\b(?:${oneOf([...HEDGE_ADVERBS, ...CLAIM_HEDGE_PHRASES])})\\b`, 'gi');
// "may" only in lower case: "May" is also the month.
const MAY = /\bmay\b/g;

export function hedgesOf(own: string): string[] {
  const out = new Set<string>();
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(own); m; m = HEDGE.exec(own)) {
    const w = m[0].toLowerCase().replace(/\s+/g, ' ');
    out.add(/plan/.test(w) ? 'plans' : w.replace(/^(?:is|are|was|were) expected to$/, 'is expected to'));
  }
  MAY.lastIndex = 0;
  if (MAY.test(own)) out.add('may');
  return [...out];
}
