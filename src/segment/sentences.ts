// Sentence spans: wink-nlp finds boundaries once over the whole text; then linear fixes for what news breaks
// (abbreviations, initials, quotes that close after a comma, missing spaces) and block boundaries.
import { winkSentences } from '../lang/wink.ts';
import type { Block } from '../model/document.ts';
import type { Span } from '../model/span.ts';

// Abbreviations after which a capitalised word does not start a new sentence.
const STRONG_ABBREV = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov ' +
    'sen rep rev st sr jr hon pres supt det insp brig cpl pvt no nos vs fig vol approx est dept univ mt ft ave'
  ).split(' '),
);
const ABBREV_AT_END = /(?:^|[\s(“"'])([\p{L}]+)\.$/u;
const INITIALS_AT_END = /(?:^|[\s(“"'])(?:\p{Lu}\.){1,3}$/u;
const STARTS_LOWER = /^[“"'‘(]?\p{Ll}/u;
const STARTS_CLOSER = /^[”’"')\]]+/;
const MISSING_SPACE = /[\p{Ll})\]]\.(?=\p{Lu}\p{Ll})/gu;
const CLOSE_AFTER_COMMA = /,[”"’]\s+\p{Ll}/u;

/** Sentence spans of wink-nlp over the whole text, as character offsets (one tokenization per document). */
export function winkSpans(text: string): Span[] {
  const nlp = winkSentences();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    // wink keeps token text verbatim; when it does not, the token sits where the cursor is.
    const s = at < 0 || at - cursor > 64 ? cursor : at;
    starts[i] = s;
    ends[i] = at < 0 ? s : s + v.length;
    cursor = ends[i]!;
  }
  const spans: Span[] = [];
  for (const [a, b] of doc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
    const s = starts[a];
    const e = ends[b];
    if (s !== undefined && e !== undefined && e > s) spans.push({ start: s, end: e });
  }
  return spans;
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

function quoteBalance(s: string): number {
  let n = 0;
  for (let i = s.indexOf('“'); i >= 0; i = s.indexOf('“', i + 1)) n++;
  for (let i = s.indexOf('”'); i >= 0; i = s.indexOf('”', i + 1)) n--;
  return n;
}

/** Whether piece `b` continues the sentence ending at `a`; `open` is the count of quotes left open before it. */
function shouldJoin(text: string, a: Span, b: Span, open: number): boolean {
  // Only the tail matters, and reading only the tail keeps long runs of joins linear.
  const left = text.slice(Math.max(a.start, a.end - 40), a.end);
  const right = text.slice(b.start, Math.min(b.end, b.start + 400));
  if (STARTS_LOWER.test(right) || STARTS_CLOSER.test(right)) return true;
  if (!/[\p{L}\p{N}]/u.test(right)) return true;
  if (endsWithAbbrev(left) && /^[\p{Lu}\p{N}]/u.test(right)) return true;
  // An open quote closed after a comma and followed by "he said": one sentence that wink cut inside the quote.
  return open > 0 && CLOSE_AFTER_COMMA.test(right);
}

/** Splits where a period is glued to the next sentence ("sources.No fictional"): wink reads one token there. */
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

/** Sentences inside one block, from the wink spans that overlap it. */
function sentencesOfBlock(text: string, block: Block, wink: Span[], first: number): Span[] {
  if (block.kind === 'heading' || block.kind === 'table-row') {
    const t = trimSpan(text, block);
    return t ? [t] : [];
  }
  const pieces: Span[] = [];
  for (let i = first; i < wink.length && wink[i]!.start < block.end; i++) {
    const w = wink[i]!;
    const clipped = trimSpan(text, {
      start: Math.max(w.start, block.start),
      end: Math.min(w.end, block.end),
    });
    if (clipped) pieces.push(...splitMissingSpace(text, clipped));
  }
  const joined: Span[] = [];
  let open = 0;
  for (const p of pieces) {
    const last = joined.at(-1);
    if (last && shouldJoin(text, last, p, open)) last.end = p.end;
    else {
      joined.push({ ...p });
      open = 0;
    }
    open += quoteBalance(text.slice(p.start, p.end));
  }
  // Text of the block that wink left out (rare: odd whitespace tokens) still belongs to a sentence.
  if (joined.length === 0) {
    const t = trimSpan(text, block);
    return t ? [t] : [];
  }
  joined[0]!.start = Math.min(joined[0]!.start, trimSpan(text, block)?.start ?? joined[0]!.start);
  return joined;
}

/** Sentences of every block in order; each lies inside its block. `block` is the index into blocks. */
export function splitSentences(text: string, blocks: Block[]): (Span & { block: number })[] {
  const wink = text.trim() ? winkSpans(text) : [];
  const out: (Span & { block: number })[] = [];
  let w = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    while (w < wink.length && wink[w]!.end <= block.start) w++;
    for (const s of sentencesOfBlock(text, block, wink, w)) out.push({ ...s, block: b });
  }
  return out;
}
