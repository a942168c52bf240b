// Sentence cues: small precompiled patterns, tested on the words outside quotation marks (a quoted "I" is the
// speaker's, not the author's), so opinion and engagement are the article's own voice.

import { HEDGE_ADVERBS, SENTENCE_HEDGE_PHRASES } from '../lang/en/hedges.ts';
import { NEGATING_BEFORE } from '../lang/en/negation.ts';
import { FIRST_PERSON } from '../lang/en/person.ts';
import { unnamedSource } from '../lang/en/sources.ts';
import { STANCE } from '../lang/en/stance.ts';
import { oneOf } from '../lang/pattern.ts';

export type SentenceCue =
  | 'hedge'
  | 'prediction'
  | 'first-person'
  | 'question'
  | 'unnamed-source'
  | 'hypothetical'
  | 'opinion';

const HEDGE = new RegExp(`\\b(?:${oneOf([...HEDGE_ADVERBS, ...SENTENCE_HEDGE_PHRASES])})\\b`, 'i');
// "may" only in lower case: "May" is also the month.
const HEDGE_MAY = /\bmay\b|^May (?:be|have|not|also|soon)\b/;
const PREDICTION =
  /\b(?:I|we) (?:predict|expect|forecast|anticipate|foresee|bet|suspect)\b|\bmy (?:prediction|forecast|guess)\b|\bwill (?:likely|probably|almost certainly|inevitably)\b|\b(?:is|are) (?:likely|bound|poised) to\b|\bexpect (?:to see|that)\b/i;
const HYPOTHETICAL =
  /\b(?:hypothetical(?:ly)?|imagine|suppose|supposing|what if|scenario|illustrative|fictional|fictitious|thought experiment|for the sake of argument)\b/gi;
const QUOTE_MARK = /[“”"]/g;
const NEGATED = new RegExp(`\\b(?:${oneOf(NEGATING_BEFORE)})\\s*$`, 'i');

/** The sentence with quoted passages blanked; `open` says whether it starts inside a quotation. */
export function unquoted(s: string, open: boolean): { text: string; open: boolean } {
  // Most sentences hold no quotation mark: no copy then. Otherwise copy by stretches, not by character.
  QUOTE_MARK.lastIndex = 0;
  let m = QUOTE_MARK.exec(s);
  if (!m && !open) return { text: s, open };
  let out = '';
  let inside = open;
  let at = 0;
  for (; m; m = QUOTE_MARK.exec(s)) {
    out += inside ? ' '.repeat(m.index - at) : s.slice(at, m.index);
    out += ' ';
    const c = m[0];
    inside = c === '“' ? true : c === '”' ? false : !inside;
    at = m.index + 1;
  }
  out += inside ? ' '.repeat(s.length - at) : s.slice(at);
  return { text: out, open: inside };
}

function hypothetical(s: string): boolean {
  HYPOTHETICAL.lastIndex = 0;
  for (let m = HYPOTHETICAL.exec(s); m; m = HYPOTHETICAL.exec(s)) {
    if (!NEGATED.test(s.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** A quotation in single marks ("Leader Says 'We No Longer Need' Tests"), as headlines write them. */
const SINGLE_QUOTED = /(^|[\s(:])['‘][^'’\n]{2,200}?['’](?=$|[\s,.;:)!?])/g;
const withoutSingleQuotes = (s: string): string =>
  s.includes("'") || s.includes('‘') ? s.replace(SINGLE_QUOTED, '$1 ') : s;

/** Cues of one sentence. `own` is its text outside quotations; `full` the whole sentence. */
export function sentenceCues(full: string, own: string): SentenceCue[] {
  const cues: SentenceCue[] = [];
  if (HEDGE.test(full) || HEDGE_MAY.test(full)) cues.push('hedge');
  if (PREDICTION.test(own)) cues.push('prediction');
  if (FIRST_PERSON.test(withoutSingleQuotes(own))) cues.push('first-person');
  if (/\?[)\s]*$/.test(own)) cues.push('question');
  if (unnamedSource(full)) cues.push('unnamed-source');
  if (hypothetical(own)) cues.push('hypothetical');
  if (STANCE.test(own)) cues.push('opinion');
  return cues;
}
