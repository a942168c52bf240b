// Words that make a statement less than asserted: "reportedly", "could", "is expected to", "plans to".
// Matched on the article's own words (quotes blanked), each reported once, lower case.

const HEDGE =
  /\b(?:reportedly|allegedly|alleged|purportedly|apparently|possibly|potentially|likely|unlikely|could|might|would|plans? to|planned to|planning to|is planning|are planning|(?:is|are|was|were) expected to|appears? to|seems? to|reports? (?:indicate|suggest)s?|is said to|are said to)\b/gi;
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
