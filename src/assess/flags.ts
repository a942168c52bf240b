// Article flags found in one article's own text and structure: opinion, hypothetical, self-contradiction,
// unnamed sources, errors, promotional. Cross-source flags (outdated, dated self-contradiction) come from
// the dispute assessors; the clean stage's flags (duplicate-of) are kept as they are.

import { MONTH_ABBREVIATIONS } from '../lang/en/calendar.ts';
import { FIRST_PERSON_SINGULAR } from '../lang/en/person.ts';
import { unnamedSource } from '../lang/en/sources.ts';
import { SPEECH_AFTER_NAME } from '../lang/en/speech.ts';
import { misspellings } from '../lang/en/spelling.ts';
import { STANCE } from '../lang/en/stance.ts';
import { capitalised, oneOf } from '../lang/pattern.ts';
import type { Flag } from '../model/document.ts';
import type { DocInfo } from './docs.ts';
import { headlineSlip } from './headline.ts';
import { unknownTollGiven } from './unknown-toll.ts';

const NO_FICTION =
  /\b(?:no|nothing|none of (?:the|these)) (?:\w+ ){0,4}?(?:is |are |has been |have been |was |were )?(?:fictional|fictitious|invented|made[- ]up|fabricated|hypothetical|imagined)\b|\b(?:fictional|invented|fabricated) (?:events|details|facts) (?:have|has) not been\b/i;
// "Speculative" only when the article speaks of itself: "police offered no speculation" is reporting, not a claim.
const NO_SPECULATION =
  /\b(?:no part of (?:it|this(?: (?:article|report|story|piece))?)|nothing (?:here|in (?:this|the) (?:article|report|story|piece))) (?:\w+ ){0,3}?(?:speculative|speculation|conjecture)\b/i;
const PROMO = [
  /\b(?:buy now|order now|shop now|subscribe (?:now|today)|sign up (?:now|today)|limited[- ]time offer|use (?:promo |discount |coupon )?code|affiliate links?|sponsored content|paid partnership)\b/i,
];
const NUMBER_WORD_DATE = new RegExp(
  `\\b(?:${oneOf(capitalised(MONTH_ABBREVIATIONS))})\\.? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\\b`,
);
/** Distinct misspelt words that mark an article careless by themselves: a new word or two ("livestream",
 *  "cryptocurrency") is no dictionary's yet, three rarely are. */
const MISSPELLINGS = 3;
const GARBLED = /\b[a-z]{3,}[A-Z]\b|\b[a-z]{2,},[a-z]{2,}\b/;
const OPINION_CUES = new Set(['prediction', 'first-person', 'opinion']);
/** The clause of a verdict, between the marks around it: "…and is a clear climbdown by X, whose …". */
const CLAUSE_MARK = /[,;:―—–(]/;
/** ", the minister said." closing a sentence: all of it is the minister's. */
const CLOSING_ATTRIBUTION =
  /,\s*(?:[\p{L}.'’-]+\s+){0,5}(?:said|says|told \S+|added|wrote)(?:\s+(?:on\s+)?\S+){0,2}\s*[.!?]?\s*$/u;

/** A verdict somebody is reported giving: a verb of saying in its clause, or the sentence closing on "…, X said". */
function attributed(sentence: string): boolean {
  const m = STANCE.exec(sentence);
  if (!m) return true;
  // Back to the mark before the verdict, one character at a time: linear, however long the sentence.
  let from = m.index;
  while (from > 0 && !CLAUSE_MARK.test(sentence[from - 1]!)) from--;
  const cut = sentence.slice(m.index).search(CLAUSE_MARK);
  // The verdict's own words are left out: "needless to say" says nothing of a speaker.
  const clause = `${sentence.slice(from, m.index)} ${sentence.slice(m.index + m[0].length, cut < 0 ? sentence.length : m.index + cut)}`;
  return SAYS.test(clause) || CLOSING_ATTRIBUTION.test(sentence);
}

/** A verb of saying or "according to": the judgement in the sentence is somebody's the report quotes. */
const SAYS = new RegExp(
  `\\b(?:${oneOf([...SPEECH_AFTER_NAME, 'say', 'according to', 'called', 'calls', 'described'])})\\b`,
  'i',
);

function firstMatch(text: string, res: RegExp[]): RegExpExecArray | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** The sentence holding a match, or the match itself when no sentence does. */
function sentenceAround(d: DocInfo, i: number, len: number): string {
  const s = d.sentenceAt(i);
  return (s ? d.text.slice(s.start, s.end) : d.text.slice(i, i + len)).replace(/\s+/g, ' ').trim();
}

function sectionFlags(d: DocInfo, out: Flag[]): void {
  for (const s of d.x.seg.sections) {
    const label = s.heading?.text ?? (s.cues.join(', ') || s.kind);
    const span = s.heading ? { start: s.heading.start, end: s.heading.end } : { start: s.start, end: s.end };
    if (s.kind === 'hypothetical' && !out.some((f) => f.kind === 'hypothetical'))
      out.push({ kind: 'hypothetical', evidence: label, span });
    if ((s.kind === 'opinion' || s.kind === 'advice') && !out.some((f) => f.kind === 'opinion'))
      out.push({ kind: 'opinion', evidence: label, span });
  }
}

/** First-person predictions and opinions in the article's own voice (quoted speakers do not count). */
function voiceFlags(d: DocInfo, out: Flag[]): void {
  if (out.some((f) => f.kind === 'opinion')) return;
  for (const s of d.x.seg.sentences) {
    if (!s.cues.some((c) => OPINION_CUES.has(c))) continue;
    const text = d.text.slice(s.start, s.end);
    // The writer speaking as "I": a reporter's "is likely to" or a headline's unmarked "We …" is no opinion piece.
    // A verdict in the writer's own words ("is a clear climbdown") is one, unless someone is reported saying it.
    const stance = s.cues.includes('opinion') && !attributed(text);
    if (!stance && !FIRST_PERSON_SINGULAR.test(text.replace(/['‘][^'’]*['’]/g, ' '))) continue;
    if (d.quoted(s.start) || d.quoted(Math.max(s.start, s.end - 2)) || /["“”]/.test(text)) continue;
    if (d.kindAt(s.start) === 'reader-engagement') continue;
    out.push({ kind: 'opinion', evidence: text.trim(), span: { start: s.start, end: s.end } });
    return;
  }
}

export function textFlags(d: DocInfo): Flag[] {
  const out: Flag[] = [];
  sectionFlags(d, out);
  voiceFlags(d, out);
  const nf = NO_FICTION.exec(d.text) ?? NO_SPECULATION.exec(d.text);
  if (nf && out.some((f) => f.kind === 'hypothetical'))
    out.push({
      kind: 'self-contradiction',
      evidence: `"${sentenceAround(d, nf.index, nf[0].length)}" beside a section declared hypothetical`,
      span: { start: nf.index, end: nf.index + nf[0].length },
    });
  const slip = headlineSlip(d);
  if (slip) out.push(slip);
  const toll = unknownTollGiven(d);
  if (toll && !out.some((f) => f.kind === 'self-contradiction')) out.push(toll);
  const un = unnamedSource(d.text);
  if (un)
    out.push({
      kind: 'unnamed-sources',
      evidence: un[0],
      span: { start: un.index, end: un.index + un[0].length },
    });
  const pr = firstMatch(d.text, PROMO);
  if (pr)
    out.push({
      kind: 'promotional',
      evidence: pr[0],
      span: { start: pr.index, end: pr.index + pr[0].length },
    });
  const errs: string[] = [];
  const nw = NUMBER_WORD_DATE.exec(d.text);
  if (nw) errs.push(`number word in a date: "${nw[0]}"`);
  const gb = GARBLED.exec(d.text);
  if (gb) errs.push(`garbled word: "${gb[0]}"`);
  const typos = misspellings(d.text, MISSPELLINGS);
  if (typos.length) errs.push(`not English words: ${typos.map((t) => `"${t.word}"`).join(', ')}`);
  // One slip is a typo; two kinds of error, or several misspelt words, mark a careless or machine-mangled article.
  if (errs.length >= 2 || typos.length >= MISSPELLINGS)
    out.push({ kind: 'errors', evidence: errs.join('; ') });
  return out;
}
