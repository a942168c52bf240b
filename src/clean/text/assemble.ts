// Units → the cleaned text and its blocks: blank lines between blocks, one newline inside a list or a table.
import type { Block } from '../../model/document.ts';
import type { Unit } from './units.ts';

const ROW_SEPARATOR = ' | ';

const tight = (a: Unit, b: Unit): boolean =>
  a.kind === b.kind && (a.kind === 'list-item' || a.kind === 'table-row') && !b.gapBefore;

/** Joins the units into one text; every block's span (and every cell's) points into it. */
export function assemble(units: Unit[]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  units.forEach((u, i) => {
    if (i > 0) text += tight(units[i - 1]!, u) ? '\n' : '\n\n';
    const start = text.length;
    if (u.kind === 'table-row' && u.cells) {
      const cells: Block['cells'] = [];
      u.cells.forEach((c, k) => {
        if (k > 0) text += ROW_SEPARATOR;
        cells.push({ start: text.length, end: text.length + c.length });
        text += c;
      });
      blocks.push({ start, end: text.length, kind: u.kind, level: u.level, cells });
      return;
    }
    text += u.text;
    blocks.push({ start, end: text.length, kind: u.kind, level: u.level });
  });
  return { text, blocks };
}
