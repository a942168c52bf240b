// Plain text → units: list items, pipe and aligned tables, paragraphs (hard-wrapped lines joined).
import { normaliseSpaces } from './normalize.ts';
import { endsLikeSentence, type Unit, unit } from './units.ts';

const BULLET = /^([•●▪◦‣∙○■□➢➤►▸*+\-–])\s+(\S.*)$/;
const NUMBERED = /^(\d{1,3}[.)])\s+(\S.*)$/;
const PIPE_ROW = /^\|.*\|$/;
export const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const ALIGNED_GAP = /\t+| {2,}/;

interface Line {
  raw: string;
  indent: number;
  text: string;
  gapBefore: boolean;
}

function toLines(body: string): Line[] {
  const out: Line[] = [];
  let gap = false;
  for (const raw of body.split('\n')) {
    const text = raw.trim();
    if (!text) {
      gap = true;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    out.push({ raw: raw.trimEnd(), indent, text, gapBefore: gap });
    gap = false;
  }
  return out;
}

/** Cells of a pipe row: "| a | b |" → ["a", "b"]. */
export function pipeCells(text: string): string[] {
  return text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => normaliseSpaces(c));
}

// Two spaces after a full stop is typewriter spacing between sentences, not a column gap.
const SENTENCE_GAP = /[.!?:;,]["”’)]?(?:\t| {2,})/;
const MAX_CELL = 80;

const alignedCells = (text: string): string[] => {
  if (SENTENCE_GAP.test(text)) return [];
  const cells = text
    .split(ALIGNED_GAP)
    .map((c) => normaliseSpaces(c))
    .filter(Boolean);
  return cells.every((c) => c.length <= MAX_CELL) ? cells : [];
};

/** Two or more consecutive lines split by tabs or wide spaces into the same number (>= 2) of cells. */
function alignedRun(lines: Line[], i: number): number {
  const first = lines[i];
  if (!first || !ALIGNED_GAP.test(first.text)) return 0;
  const n = alignedCells(first.text).length;
  if (n < 2 || n > 12) return 0;
  let j = i + 1;
  while (j < lines.length) {
    const l = lines[j]!;
    if (l.gapBefore || alignedCells(l.text).length !== n) break;
    j++;
  }
  return j - i >= 2 ? j - i : 0;
}

function listUnit(line: Line, baseIndent: number): Unit | null {
  const m = BULLET.exec(line.text) ?? NUMBERED.exec(line.text);
  if (!m) return null;
  const level = Math.max(0, Math.min(5, Math.floor((line.indent - baseIndent) / 2)));
  // The marker goes, numbered or not, as in markdown and HTML lists: the block kind says it is a list.
  return unit('list-item', normaliseSpaces(m[2]!), line.gapBefore, level);
}

/** Most lines of the chunk stop mid-sentence: the text was wrapped at a width, not written line by line. */
function isWrapped(chunk: Line[]): boolean {
  if (chunk.length < 3) return false;
  let open = 0;
  for (let k = 0; k < chunk.length - 1; k++) if (!endsLikeSentence(chunk[k]!.text)) open++;
  // a loop, not Math.max(...): a chunk can hold more lines than the call stack takes arguments
  let maxLen = 0;
  for (const l of chunk) if (l.text.length > maxLen) maxLen = l.text.length;
  // Wrapped lines fill the width: all but the last are about as long as the longest.
  const even = chunk.slice(0, -1).every((l) => l.text.length >= Math.max(30, 0.6 * maxLen));
  return open / (chunk.length - 1) >= 0.5 && maxLen <= 100 && even;
}

const continues = (prevEnd: string, prevLength: number, next: string): boolean =>
  !/[.!?:;"”’)\]]$/.test(prevEnd) && /^\p{Ll}/u.test(next) && prevLength >= 30;

/** Paragraph lines of one chunk (no blank line between): joined when wrapped, else one unit per line. */
function paragraphUnits(chunk: Line[]): Unit[] {
  const out: Unit[] = [];
  const wrapped = isWrapped(chunk);
  // The open paragraph as parts, joined once at the end: tests on a growing string would re-read it every line.
  let parts: string[] = [];
  let length = 0;
  const close = (): void => {
    const last = out[out.length - 1];
    if (last && parts.length > 1) last.text = parts.join('');
    parts = [];
    length = 0;
  };
  for (const line of chunk) {
    const text = normaliseSpaces(line.text);
    const prevEnd = parts[parts.length - 1] ?? '';
    if (parts.length && !line.gapBefore && (wrapped || continues(prevEnd, length, line.text))) {
      // A word broken at the line end keeps its hyphen and loses the break: "inter-\nnational" → "inter-national".
      const glue = /\p{L}-$/u.test(prevEnd) ? '' : ' ';
      parts.push(glue + text);
      length += glue.length + text.length;
      continue;
    }
    close();
    out.push({ ...unit('paragraph', text, line.gapBefore), inferKind: true });
    parts = [text];
    length = text.length;
  }
  close();
  return out;
}

/** Parses plain text into units. Kinds of paragraph units (heading or not) are decided later, after chrome is gone. */
export function parsePlain(body: string): Unit[] {
  const lines = toLines(body);
  const out: Unit[] = [];
  let chunk: Line[] = [];
  let listIndent = -1;
  const flush = (): void => {
    out.push(...paragraphUnits(chunk));
    chunk = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.gapBefore) flush();
    if (PIPE_ROW.test(line.text)) {
      flush();
      if (!PIPE_SEPARATOR.test(line.text)) out.push(rowUnit(pipeCells(line.text), line.gapBefore));
      continue;
    }
    const run = alignedRun(lines, i);
    if (run) {
      flush();
      for (let k = i; k < i + run; k++) out.push(rowUnit(alignedCells(lines[k]!.text), lines[k]!.gapBefore));
      i += run - 1;
      continue;
    }
    if (listIndent < 0 || line.gapBefore) listIndent = line.indent;
    const item = listUnit(line, Math.min(listIndent, line.indent));
    if (item) {
      flush();
      out.push(item);
      continue;
    }
    listIndent = -1;
    chunk.push(line);
  }
  flush();
  return out;
}

export function rowUnit(cells: string[], gapBefore: boolean): Unit {
  return { ...unit('table-row', cells.join(' | '), gapBefore), cells };
}
