// DOM → structured drafts (headings, paragraphs, list items, table rows, quotes), before spans are assigned.
import type { Block } from '../../model/document.ts';
import { clean, squash } from './text.ts';

export interface Draft {
  kind: Block['kind'];
  level: number;
  text: string;
  /** Table cells, already cleaned; text is their join. */
  cells?: string[];
  /** Items of one list or rows of one table share a group, so they sit one per line. */
  group: number;
  /** Characters of the text that are link text (menus and "related" lists are mostly links). */
  linkChars: number;
}

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'audio',
  'video',
  'head',
  'title',
  'meta',
  'link',
  'map',
  'option',
]);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'pre',
  'body',
  'html',
  'fieldset',
  'legend',
  'caption',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'hgroup',
  'picture',
]);

const HEADING = /^h([1-6])$/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// A table cell this long, or a one-column table, is page layout rather than data.
const LAYOUT_CELL_CHARS = 400;

interface Ctx {
  kind: Block['kind'];
  level: number;
  listDepth: number;
  group: number;
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

const tagOf = (el: Element): string => el.localName?.toLowerCase() ?? el.tagName.toLowerCase();

/** Renders an element's content as drafts, one per visual block. */
export function renderDrafts(root: Element): Draft[] {
  const out: Draft[] = [];
  let buf = '';
  let linkBuf = '';
  let linkDepth = 0;
  let nextGroup = 1;
  const flush = (ctx: Ctx): void => {
    const text = clean(buf);
    const linkChars = Math.min(text.length, clean(linkBuf).length);
    buf = '';
    linkBuf = '';
    if (text) out.push({ kind: ctx.kind, level: ctx.level, text, group: ctx.group, linkChars });
  };
  const walk = (node: Node, ctx: Ctx): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        buf += child.nodeValue ?? '';
        if (linkDepth > 0) linkBuf += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = tagOf(el);
      if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
      if (tag === 'br') {
        flush(ctx);
        continue;
      }
      const h = HEADING.exec(tag);
      if (h) {
        flush(ctx);
        const text = inlineText(el);
        const linkChars = linkTextLength(el, text.length);
        if (text) out.push({ kind: 'heading', level: Number(h[1]), text, group: nextGroup++, linkChars });
        continue;
      }
      if (tag === 'ul' || tag === 'ol') {
        flush(ctx);
        const group = ctx.listDepth === 0 ? nextGroup++ : ctx.group;
        walk(el, { kind: 'paragraph', level: 0, listDepth: ctx.listDepth + 1, group });
        flush(ctx);
        continue;
      }
      if (tag === 'li') {
        flush(ctx);
        const inner: Ctx = {
          kind: 'list-item',
          level: ctx.listDepth,
          listDepth: ctx.listDepth,
          group: ctx.group,
        };
        walk(el, inner);
        flush(inner);
        continue;
      }
      if (tag === 'table') {
        flush(ctx);
        if (!renderTable(el, out, nextGroup++)) walk(el, ctx);
        flush(ctx);
        continue;
      }
      if (tag === 'blockquote') {
        flush(ctx);
        const inner: Ctx = { ...ctx, kind: 'quote', level: 0, group: nextGroup++ };
        walk(el, inner);
        flush(inner);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush(ctx);
        walk(el, ctx);
        flush(ctx);
        continue;
      }
      if (tag === 'a') linkDepth++;
      walk(el, ctx);
      if (tag === 'a') linkDepth--;
    }
  };
  const top: Ctx = { kind: 'paragraph', level: 0, listDepth: 0, group: 0 };
  walk(root, top);
  flush(top);
  return out;
}

/** Pushes one draft per row of a data table; false when the table is layout and should be walked as blocks. */
function renderTable(table: Element, out: Draft[], group: number): boolean {
  if (table.getElementsByTagName('table').length > 0) return false;
  const rows: string[][] = [];
  let widest = 0;
  for (const tr of Array.from(table.getElementsByTagName('tr'))) {
    if (isHidden(tr)) continue;
    const cells: string[] = [];
    for (const c of Array.from(tr.children)) {
      const t = tagOf(c);
      if (t !== 'td' && t !== 'th') continue;
      const text = inlineText(c);
      if (text.length > LAYOUT_CELL_CHARS) return false;
      cells.push(text);
    }
    widest = Math.max(widest, cells.length);
    if (cells.some((c) => c)) rows.push(cells);
  }
  if (widest < 2) return false;
  const caption = table.getElementsByTagName('caption')[0];
  const captionText = caption ? inlineText(caption) : '';
  if (captionText) out.push({ kind: 'paragraph', level: 0, text: captionText, group, linkChars: 0 });
  for (const cells of rows)
    out.push({ kind: 'table-row', level: 0, text: cells.join(' | '), cells, group, linkChars: 0 });
  return true;
}

function linkTextLength(el: Element, max: number): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += clean(a.textContent).length;
  return Math.min(n, max);
}

/** An element's visible text on one line: block boundaries become spaces. */
export function inlineText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const c = child as Element;
        const tag = tagOf(c);
        if (SKIP_TAGS.has(tag) || isHidden(c)) continue;
        const block = tag === 'br' || BLOCK_TAGS.has(tag) || tag === 'li' || HEADING.test(tag);
        if (block) parts.push(' ');
        walk(c);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return clean(squash(parts.join('')));
}
