// Sentence spans: one linear regex pass per block finds candidate ends (terminal punctuation, closing quotes,
// then a capital), then fixes for what news breaks (abbreviations, initials, quotes closed after a comma,
// missing spaces). A sentence never crosses a block. No tokenizer: this is the hottest loop of the pipeline,
// and the benchmark compares the whole pipeline with bare wink-nlp tokenization.
import { MONTH_ABBREVIATIONS, MONTHS, TIME_ZONES, WEEKDAYS } from '../lang/en/calendar.ts';
import { SENTENCE_TITLE_ABBREVIATIONS } from '../lang/en/titles.ts';
import { capitalised, oneOf } from '../lang/pattern.ts';
import type { Block } from '../model/document.ts';
import type { Span } from '../model/span.ts';

// Abbreviations after which a capitalised word does not start a new sentence.
const STRONG_ABBREV = new Set([
  ...MONTH_ABBREVIATIONS,
  ...SENTENCE_TITLE_ABBREVIATIONS,
  ...'no nos vs fig vol approx est dept univ mt ft ave'.split(' '),
]);
const ABBREV_AT_END = /(?:^|[\s(“"'])([\p{L}]+)\.$/u;
const INITIALS_AT_END = /(?:^|[\s(“"'])(?:\p{Lu}\.){1,3}$/u;
/** A clock time's "a.m." or "p.m." (tokenised "a. m."): a capital after it may still be its sentence's... */
const MERIDIEM_AT_END = /\d\s?[ap]\.\s?m\.$/i;
/** ...when it is the time's zone, or the day or month the time falls on ("4:30 a.m. ET", "7 p.m. Thursday"). */
const AFTER_CLOCK = new RegExp(
  `^\\(?(?:(?:${oneOf(TIME_ZONES)})\\b|(?:${oneOf(capitalised([...WEEKDAYS, ...MONTHS]))})\\b)`,
);
const STARTS_LOWER = /^[“"'‘(]?\p{Ll}/u;
// A straight quote before a letter opens the next sentence; only a curly closer or bracket continues one.
const STARTS_CLOSER = /^(?:[”’)\]]|["'](?![\p{L}\p{N}]))/u;
const MISSING_SPACE = /[\p{Ll})\]]\.(?=\p{Lu}\p{Ll})/gu;
const CLOSE_AFTER_COMMA = /,[”"’]\s+\p{Ll}/u;

// A candidate end: terminal marks, closing quotes or brackets (a straight closer may stand apart, spaced as in
// tokenised copies: 'building. " Engineers'), then space and a capital, digit or opening mark.
const BOUNDARY = /[.!?…]+[”’"')\]]*(?:[ \t]+"(?=[ \t]))?(?=\s+[“‘"'([]*[\p{Lu}\p{N}])/gu;

/** Candidate sentence spans of a piece of text, before the fixes. */
function candidates(text: string, block: Span): Span[] {
  const piece = text.slice(block.start, block.end);
  const out: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(piece); m; m = BOUNDARY.exec(piece)) {
    const cut = m.index + m[0].length;
    out.push({ start: block.start + from, end: block.start + cut });
    from = cut;
  }
  out.push({ start: block.start + from, end: block.end });
  return out;
}

function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** True when the sentence ends with an abbreviation or initial that a name or date continues after. */
function endsWithAbbrev(s: string): boolean {
  if (INITIALS_AT_END.test(s)) return true;
  const m = ABBREV_AT_END.exec(s);
  return m !== null && STRONG_ABBREV.has(m[1]!.toLowerCase());
}

function countOf(s: string, mark: string): number {
  let n = 0;
  for (let i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) n++;
  return n;
}

const quoteBalance = (s: string): number => countOf(s, '“') - countOf(s, '”');

/** Whether piece `b` continues the sentence ending at `a`; `open` is the count of quotes left open before it. */
function shouldJoin(text: string, a: Span, b: Span, open: number): boolean {
  // Only the tail matters, and reading only the tail keeps long runs of joins linear.
  const left = text.slice(Math.max(a.start, a.end - 40), a.end);
  const right = text.slice(b.start, Math.min(b.end, b.start + 400));
  if (STARTS_LOWER.test(right) || STARTS_CLOSER.test(right)) return true;
  if (!/[\p{L}\p{N}]/u.test(right)) return true;
  if (endsWithAbbrev(left) && /^[\p{Lu}\p{N}]/u.test(right)) return true;
  if (MERIDIEM_AT_END.test(left) && AFTER_CLOCK.test(right)) return true;
  // A spaced straight mark the boundary took as a closer opens a quote when it is the sentence's only unpaired one.
  if (/\s"$/.test(left) && countOf(text.slice(a.start, a.end), '"') % 2 === 1) return true;
  // An open quote closed after a comma and followed by "he said": one sentence, though a period stood inside.
  return open > 0 && CLOSE_AFTER_COMMA.test(right);
}

/** Splits where a period is glued to the next sentence ("sources.No fictional"). */
function splitMissingSpace(text: string, s: Span): Span[] {
  const piece = text.slice(s.start, s.end);
  const out: Span[] = [];
  let from = s.start;
  MISSING_SPACE.lastIndex = 0;
  for (let m = MISSING_SPACE.exec(piece); m; m = MISSING_SPACE.exec(piece)) {
    const cut = s.start + m.index + 2;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
  return out;
}

/** Sentences inside one block. */
function sentencesOfBlock(text: string, block: Block): Span[] {
  if (block.kind === 'heading' || block.kind === 'table-row') {
    const t = trimSpan(text, block);
    return t ? [t] : [];
  }
  const pieces: Span[] = [];
  for (const c of candidates(text, block)) {
    const clipped = trimSpan(text, c);
    if (clipped) pieces.push(...splitMissingSpace(text, clipped));
  }
  const joined: Span[] = [];
  let open = 0;
  for (const p of pieces) {
    const last = joined.at(-1);
    if (last && last.end - last.start < MAX_SENTENCE_CHARS && shouldJoin(text, last, p, open))
      last.end = p.end;
    else {
      joined.push({ ...p });
      open = 0;
    }
    open += quoteBalance(text.slice(p.start, p.end));
  }
  return joined.flatMap((j) => (j.end - j.start > MAX_SENTENCE_CHARS ? cutLong(text, j) : [j]));
}

/** A sentence longer than this is no sentence of prose (a list run together, a page without stops): it is cut, so
 *  that every step that reads a sentence whole stays bounded. News sentences rarely pass 600 characters. */
export const MAX_SENTENCE_CHARS = 3000;

/** A run past the longest sentence, cut at the last space before each limit. */
function cutLong(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    const cut = space > from ? space : from + MAX_SENTENCE_CHARS;
    out.push({ start: from, end: cut });
    from = cut;
    while (from < s.end && text[from] === ' ') from++;
  }
  if (from < s.end) out.push({ start: from, end: s.end });
  return out;
}

/** Sentences of every block in order; each lies inside its block. `block` is the index into blocks. */
export function splitSentences(text: string, blocks: Block[]): (Span & { block: number })[] {
  const out: (Span & { block: number })[] = [];
  for (let b = 0; b < blocks.length; b++) {
    for (const s of sentencesOfBlock(text, blocks[b]!)) out.push({ ...s, block: b });
  }
  return out;
}
