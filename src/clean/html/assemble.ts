// Drafts → the cleaned text and its blocks with spans: blank line between blocks, one line per list item / row.
import type { Block } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { Draft } from './render.ts';

export const CELL_SEPARATOR = ' | ';

const sameRun = (a: Draft, b: Draft): boolean =>
  a.kind === b.kind && a.group === b.group && (a.kind === 'list-item' || a.kind === 'table-row');

export function assemble(drafts: Draft[]): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let pos = 0;
  let prev: Draft | undefined;
  for (const d of drafts) {
    if (prev) {
      const sep = sameRun(prev, d) ? '\n' : '\n\n';
      parts.push(sep);
      pos += sep.length;
    }
    const block: Block = { start: pos, end: pos + d.text.length, kind: d.kind, level: d.level };
    if (d.cells) block.cells = cellSpans(d.cells, pos);
    blocks.push(block);
    parts.push(d.text);
    pos += d.text.length;
    prev = d;
  }
  return { text: parts.join(''), blocks };
}

function cellSpans(cells: string[], start: number): Span[] {
  const spans: Span[] = [];
  let at = start;
  for (const c of cells) {
    spans.push({ start: at, end: at + c.length });
    at += c.length + CELL_SEPARATOR.length;
  }
  return spans;
}
