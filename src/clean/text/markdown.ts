// Markdown → units: headings, lists, quotes and pipe tables kept as structure, inline markers stripped to plain text.
import { normaliseSpaces } from './normalize.ts';
import { PIPE_SEPARATOR, pipeCells, rowUnit } from './plain.ts';
import { type Unit, unit } from './units.ts';

const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^(=+|-+)\s*$/;
const LIST = /^(\s*)([-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const FENCE = /^\s*(```|~~~)/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]{1,200}\]:\s*\S+/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

/** Inline markdown → plain text: images go, links keep their text, emphasis and code markers go. */
export function stripInline(s: string): string {
  return normaliseSpaces(
    s
      .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')
      .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]{0,200}>/g, '')
      .replace(/(\*\*|__)(?=\S)([^*_]{1,300}?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])([*_])(?=\S)([^*_]{1,300}?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/~~(?=\S)([^~]{1,300}?\S)~~/g, '$1')
      .replace(/`([^`]{1,2000})`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1'),
  );
}

/** Parses markdown into units; consecutive plain lines form one paragraph, as markdown renders them. */
export function parseMarkdown(body: string): Unit[] {
  const out: Unit[] = [];
  const lines = body.split('\n');
  let para: string[] = [];
  let gap = false;
  let inFence = false;
  const flush = (): void => {
    if (para.length) out.push(unit('paragraph', stripInline(para.join(' ')), gap));
    if (para.length) gap = false;
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (!line.trim()) {
      flush();
      gap = true;
      continue;
    }
    if (inFence) {
      para.push(line);
      continue;
    }
    const next = lines[i + 1] ?? '';
    const atx = ATX.exec(line);
    const setext = !atx && para.length === 0 && !LIST.test(line) && SETEXT.test(next) && line.trim();
    let u: Unit | null = null;
    if (atx) u = unit('heading', stripInline(atx[2]!), gap, atx[1]!.length);
    else if (setext) {
      u = unit('heading', stripInline(line), gap, next.trim().startsWith('=') ? 1 : 2);
      i++;
    } else if (LINK_DEFINITION.test(line) || RULE.test(line)) {
      flush();
      gap = true;
      continue;
    } else if (PIPE_ROW.test(line)) {
      flush();
      if (!PIPE_SEPARATOR.test(line)) u = rowUnit(pipeCells(line.trim()).map(stripInline), gap);
      else continue;
    } else {
      const q = QUOTE.exec(line);
      const li = q ? null : LIST.exec(line);
      if (q) u = unit('quote', stripInline(q[1]!), gap);
      else if (li)
        u = unit('list-item', stripInline(li[3]!), gap, Math.min(5, Math.floor(li[1]!.length / 2)));
    }
    if (!u) {
      para.push(line);
      continue;
    }
    flush();
    if (u.text) out.push(u);
    gap = false;
  }
  flush();
  return mergeQuotes(out);
}

/** Consecutive "> " lines are one quotation. */
function mergeQuotes(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (last && last.kind === 'quote' && u.kind === 'quote' && !u.gapBefore)
      last.text = `${last.text} ${u.text}`;
    else out.push(u);
  }
  return out;
}
