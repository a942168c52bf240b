// Blocks for a document whose clean stage kept no structure: paragraphs, headings, list items and pipe-table
// rows are read off the lines of the text, one pass, so that sentences and sections have boundaries.
import { HEADING_SMALL_WORDS } from '../lang/en/stopwords.ts';
import type { Block } from '../model/document.ts';
import type { Span } from '../model/span.ts';

interface Line extends Span {
  text: string;
}

const LIST_MARK = /^[ \t]*(?:[-*•·▪‣◦–]|\d{1,2}[.)])[ \t]+/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?)?[ \t]*$/;
const ENDS_SENTENCE = /[.!?…:;"”’)\]]$/;
const HEADING_BAD_END = /[.,;!"”]$/;
const FIRST_LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SMALL_WORDS = new Set(HEADING_SMALL_WORDS);

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return out;
}

/** Share of content words written with a capital: Title Case headings are near 1, sentences near 0.2. */
export function titleCaseShare(s: string): number {
  let content = 0;
  let caps = 0;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (UPPER.test(w[0] ?? '')) caps++;
  }
  return content ? caps / content : 0;
}

/** A short line that does not read as a sentence: no closing punctuation, starts with a capital. */
export function looksLikeHeading(line: string): boolean {
  if (line.length === 0 || line.length > 110) return false;
  const words = line.split(/\s+/).length;
  if (words > 14) return false;
  const first = FIRST_LETTER.exec(line);
  if (!first || !UPPER.test(first[0])) return false;
  if (HEADING_BAD_END.test(line)) return false;
  if (line.endsWith('?')) return words <= 8 && titleCaseShare(line) >= 0.6;
  return words <= 8 || titleCaseShare(line) >= 0.6;
}

// Lower-case headings ("evergreen insights") count only when blank lines set them apart.
function isHeadingLine(line: string, prevBlank: boolean, next: string): boolean {
  // A line the next one continues in lower case is the start of a sentence, not a heading.
  if (/^\p{Ll}/u.test(next) || line.length > 110) return false;
  if (looksLikeHeading(line)) return true;
  const nextBlank = next === '';
  const capitalised = line.replace(FIRST_LETTER, (c) => c.toUpperCase());
  if (/^by\s/i.test(line)) return false;
  return prevBlank && nextBlank && line.split(/\s+/).length <= 8 && looksLikeHeading(capitalised);
}

function cellsOf(line: Line): Span[] {
  const cells: Span[] = [];
  let i = line.text.indexOf('|') + 1;
  while (i > 0 && i < line.text.length) {
    const j = line.text.indexOf('|', i);
    if (j < 0) break;
    const raw = line.text.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    cells.push({ start: line.start + i + lead, end: line.start + i + lead + t.length });
    i = j + 1;
  }
  return cells;
}

/** Lines of prose broken at a fixed width (mail, wire copy) are joined back into paragraphs. */
function isHardWrapped(lines: Line[]): boolean {
  const full = lines.filter((l) => l.text.length > 0);
  if (full.length < 6 || full.length === lines.length) return false;
  const mid = full.filter((l) => l.text.length >= 40 && l.text.length <= 90).length;
  return mid / full.length >= 0.6 && full.every((l) => l.text.length <= 100);
}

/** Blocks inferred from plain text: blank lines, list marks, pipes and short unpunctuated lines. */
export function inferBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const wrapped = isHardWrapped(lines);
  const blocks: Block[] = [];
  let prevBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) {
      prevBlank = true;
      continue;
    }
    const last = blocks.at(-1);
    if (TABLE_RULE.test(line.text) && line.text.includes('-')) {
      prevBlank = false;
      continue;
    }
    if (TABLE_ROW.test(line.text)) {
      blocks.push({ kind: 'table-row', level: 0, start: line.start, end: line.end, cells: cellsOf(line) });
    } else if (LIST_MARK.test(line.text)) {
      const mark = LIST_MARK.exec(line.text)![0].length;
      const indent = text.slice(text.lastIndexOf('\n', line.start) + 1, line.start).length;
      blocks.push({ kind: 'list-item', level: indent > 0 ? 1 : 0, start: line.start + mark, end: line.end });
    } else if (isHeadingLine(line.text, prevBlank, lines[i + 1]?.text ?? '') && !(wrapped && !prevBlank)) {
      blocks.push({ kind: 'heading', level: blocks.length === 0 ? 1 : 2, start: line.start, end: line.end });
    } else if (
      last?.kind === 'paragraph' &&
      !prevBlank &&
      (wrapped || (!ENDS_SENTENCE.test(text.slice(last.start, last.end)) && /^\p{Ll}/u.test(line.text)))
    ) {
      last.end = line.end;
    } else {
      blocks.push({ kind: 'paragraph', level: 0, start: line.start, end: line.end });
    }
    prevBlank = false;
  }
  return blocks;
}
