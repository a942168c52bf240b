// Document → Segmented: blocks (from clean, or inferred), sentences with exact offsets, sections with kinds,
// tables. One linear pass over blocks and sentences: this runs on every article, so no tokenizer and no NLP model.
import type { Context } from '../context.ts';
import type { Block, Document } from '../model/document.ts';
import { type Issue, issue, type Result } from '../model/issue.ts';
import { mapList } from '../model/list.ts';
import type { Section, Segmented, Sentence, Table } from '../model/segment.ts';
import type { Span } from '../model/span.ts';
import { inferBlocks } from './blocks.ts';
import { sentenceCues, unquoted } from './cues.ts';
import { type BodyStats, bodyKind, headingKind, isImperative } from './kinds.ts';
import { splitSentences } from './sentences.ts';

export { inferBlocks, looksLikeHeading, titleCaseShare } from './blocks.ts';
export { isImperative } from './kinds.ts';

function usableBlocks(doc: Document): { blocks: Block[]; inferred: boolean } {
  const n = doc.text.length;
  const given = doc.blocks
    .filter((b) => b.start < b.end && b.end <= n)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Nested or overlapping blocks (a quote inside a list item) would split sentences twice: keep the outer one.
  const flat: Block[] = [];
  for (const b of given) if (!flat.length || b.start >= flat.at(-1)!.end) flat.push(b);
  if (flat.length) return { blocks: flat, inferred: false };
  return { blocks: inferBlocks(doc.text), inferred: true };
}

function tablesOf(blocks: Block[]): Table[] {
  const tables: Table[] = [];
  let prev = -2;
  blocks.forEach((b, i) => {
    if (b.kind !== 'table-row') return;
    const row = { span: { start: b.start, end: b.end }, cells: b.cells ?? [] };
    const last = tables.at(-1);
    if (last && prev === i - 1) {
      last.rows.push(row);
      last.end = b.end;
    } else tables.push({ start: b.start, end: b.end, rows: [row] });
    prev = i;
  });
  return tables;
}

interface Open {
  start: number;
  heading: Section['heading'];
  stats: BodyStats;
}

const emptyStats = (): BodyStats => ({
  sentences: 0,
  opinion: 0,
  prediction: 0,
  imperative: 0,
  question: 0,
  hypothetical: 0,
});

function closeSection(o: Open, end: number): Section {
  const h = o.heading ? headingKind(o.heading.text) : null;
  const b = bodyKind(o.stats);
  const chosen = h ?? b;
  const cues = [h?.cue, b?.cue].filter((c): c is string => Boolean(c));
  return {
    start: o.start,
    end: Math.max(end, o.start),
    kind: chosen?.kind ?? 'news',
    heading: o.heading,
    cues,
  };
}

function count(stats: BodyStats, cues: string[], text: string): void {
  stats.sentences++;
  // A reporter's "is likely to" is analysis; an opinion section needs the writer's own voice.
  if (cues.includes('first-person')) stats.opinion++;
  if (cues.includes('prediction')) stats.prediction++;
  if (cues.includes('question')) stats.question++;
  if (cues.includes('hypothetical')) stats.hypothetical++;
  if (isImperative(text)) stats.imperative++;
}

export function segment(doc: Document, ctx: Context): Result<Segmented> {
  const issues: Issue[] = [];
  const text = doc.text;
  const { blocks, inferred } = usableBlocks(doc);
  if (inferred && text.trim())
    ctx.trace('segment', `${doc.id}: no blocks from clean, inferred ${blocks.length}`);
  if (!text.trim()) issues.push(issue('segment.empty', 'document has no text to segment', doc.id, 'warning'));

  const spans = splitSentences(text, blocks);
  const paragraphs: Span[] = mapList(blocks, (b) => ({ start: b.start, end: b.end }));
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let open: Open = { start: blocks[0]?.start ?? 0, heading: null, stats: emptyStats() };
  let lastBlock = -1;
  let quoteOpen = false;
  let si = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading' && (b > 0 || open.heading)) {
      sections.push(closeSection(open, blocks[b - 1]?.end ?? block.start));
      open = { start: block.start, heading: null, stats: emptyStats() };
    }
    if (block.kind === 'heading')
      open.heading = { start: block.start, end: block.end, text: text.slice(block.start, block.end) };
    if (lastBlock !== b) quoteOpen = false;
    lastBlock = b;
    for (; si < spans.length && spans[si]!.block === b; si++) {
      const s = spans[si]!;
      const full = text.slice(s.start, s.end);
      const own = unquoted(full, quoteOpen);
      quoteOpen = own.open;
      const cues = sentenceCues(full, own.text);
      if (block.kind !== 'heading') count(open.stats, cues, full);
      sentences.push({
        start: s.start,
        end: s.end,
        section: sections.length,
        paragraph: b,
        cues,
        blockKind: block.kind,
      });
    }
  }
  if (blocks.length) sections.push(closeSection(open, blocks.at(-1)!.end));
  return { value: { doc, sections, paragraphs, sentences, tables: tablesOf(blocks) }, issues };
}
