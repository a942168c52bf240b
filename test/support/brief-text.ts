// Golden cases end to end from text: short passages, one article each, from different outlets, all published the
// same day, briefed with a fixed "now" so that no date can come from the machine's clock.
import { brief } from '../../src/api/run.ts';
import type { Briefing } from '../../src/model/briefing.ts';

export const TEST_NOW = new Date('2026-03-10T00:00:00Z');
const OUTLETS = ['Harbor Post', 'Sael Times', 'Lorvik Daily', 'Velmor Wire'];

/** Articles "a", "b", "c"… of the given texts, published on `published`. */
export function briefTexts(texts: string[], published = '2026-03-09'): Briefing {
  const articles = texts.map((text, i) => ({
    id: String.fromCharCode(97 + i),
    outlet: OUTLETS[i % OUTLETS.length]!,
    published,
    text,
  }));
  return brief(articles, { now: TEST_NOW }).briefing;
}

/** Status and articles of each claim whose text matches `words`: what a golden case of alignment asserts. */
export const claimStatus = (b: Briefing, words: RegExp): [string, string[]][] =>
  b.claims.filter((c) => words.test(c.text)).map((c) => [c.status, c.docs]);
