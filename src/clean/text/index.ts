// Text cleaning as an ordered list of small passes over units; the order matters and is the one below.
import type { Block } from '../../model/document.ts';
import { mapList } from '../../model/list.ts';
import { assemble } from './assemble.ts';
import { type Detokeniser, detokeniser } from './detokenise.ts';
import { type Dropped, dropChrome } from './drop.ts';
import { parseMarkdown } from './markdown.ts';
import { cleanTitle, type TextMeta, takeMeta } from './meta.ts';
import { normaliseLayout, normaliseSpaces, repairSpacing } from './normalize.ts';
import { parsePlain } from './plain.ts';
import { dropRepeatedHeadline, inferHeadings, inferLabelTables, resolveBreadcrumbs } from './structure.ts';
import { type Unit, unit, wordCount } from './units.ts';

export type { Dropped } from './drop.ts';

const TITLE_WITHIN = 3;

export interface CleanedText extends TextMeta {
  text: string;
  blocks: Block[];
  /** The first heading when it reads like a headline, else null. */
  title: string | null;
  dropped: Dropped[];
}

function repairUnit(u: Unit, joinTokens: Detokeniser): Unit {
  const fix = (s: string): string => joinTokens(repairSpacing(normaliseSpaces(s)));
  return u.cells ? { ...u, cells: u.cells.map(fix), text: fix(u.text) } : { ...u, text: fix(u.text) };
}

/** The shared passes: repair, breadcrumbs, chrome, metadata lines, repeated headline, structure, assembly. */
export function cleanUnits(parsed: Unit[]): CleanedText {
  const dropped: Dropped[] = [];
  const joinTokens = detokeniser(mapList(parsed, (u) => u.text).join('\n'));
  let units = mapList(parsed, (u) => repairUnit(u, joinTokens)).filter(
    (u) => u.text || u.cells?.some(Boolean),
  );
  units = resolveBreadcrumbs(units, dropped);
  const chrome = dropChrome(units);
  dropped.push(...chrome.dropped);
  const taken = takeMeta(chrome.kept);
  units = dropRepeatedHeadline(taken.units, dropped);
  units = inferHeadings(inferLabelTables(units));
  const { text, blocks } = assemble(units);
  // A section label ("World") or a "Key points" box may stand above the headline.
  const head = units.slice(0, TITLE_WITHIN).find((u) => u.kind === 'heading' && wordCount(u.text) >= 3);
  const title = head ? cleanTitle(head.text) : null;
  return { ...taken.meta, text, blocks, title, dropped };
}

export const cleanPlainText = (body: string): CleanedText => cleanUnits(parsePlain(normaliseLayout(body)));

export const cleanMarkdown = (body: string): CleanedText => cleanUnits(parseMarkdown(normaliseLayout(body)));

/** Text and blocks an HTML extractor found: each block becomes a unit; without blocks the text is read as plain. */
export function cleanExtracted(text: string, blocks: Block[]): CleanedText {
  if (!blocks.length) return cleanPlainText(text);
  const units = blocks.map((b, i) => {
    const gap = i > 0 && text.slice(blocks[i - 1]!.end, b.start).includes('\n\n');
    const u = unit(b.kind, normaliseLayout(text.slice(b.start, b.end)).replace(/\s+/g, ' '), gap, b.level);
    if (b.kind === 'table-row' && b.cells)
      u.cells = b.cells.map((c) => normaliseLayout(text.slice(c.start, c.end)));
    return u;
  });
  return cleanUnits(units);
}
