// Test helper: a Segmented value from plain text, with a simple sentence splitter and "|" tables, so the
// finders can be tested before (and independently of) the real segmenter.
import { MONTH_ABBREVIATIONS } from '../../lang/en/calendar.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';
import type { Document } from '../../model/document.ts';
import type { Section, Segmented, Sentence, Table } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';

export interface DocOptions {
  id?: string;
  published?: string | null;
  publishedBasis?: Document['publishedBasis'];
}

export function makeDoc(text: string, o: DocOptions = {}): Document {
  const published = o.published ?? null;
  return {
    id: o.id ?? 'doc',
    source: 'test',
    title: null,
    outlet: null,
    authors: [],
    published,
    publishedBasis: o.publishedBasis ?? (published ? 'metadata' : 'unknown'),
    language: 'en',
    url: null,
    text,
    blocks: [],
    flags: [],
    contentHash: 'test',
  };
}

// Ends a sentence at . ! ? followed by space and a capital, unless the dot closes a short abbreviation.
const SENTENCE_END = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
const ABBREV = new RegExp(
  `(?:\\b(?:${oneOf(capitalised(MONTH_ABBREVIATIONS))}|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|vs|etc|U\\.S|U\\.N|H\\.R|[A-Z]))\\.$`,
);

function splitSentences(text: string, p: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(p.start, p.end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    const end = m.index + m[0].length;
    if (ABBREV.test(body.slice(Math.max(0, end - 6), end))) continue;
    out.push({ start: p.start + from, end: p.start + end });
    from = end;
    while (from < body.length && /\s/.test(body[from] as string)) from++;
  }
  if (from < body.length) out.push({ start: p.start + from, end: p.end });
  return out;
}

/** Paragraphs are lines; lines that start with "|" are table rows (cells between bars) and not sentences. */
export function makeSeg(text: string, o: DocOptions = {}): Segmented {
  const doc = makeDoc(text, o);
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const tables: Table[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    if (!line.trim()) continue;
    if (line.trimStart().startsWith('|')) {
      const cells: Span[] = [];
      const re = /[^|]+/g;
      for (let m = re.exec(line); m !== null; m = re.exec(line)) {
        if (m[0].trim() && !/^[-\s:]+$/.test(m[0]))
          cells.push({ start: start + m.index, end: start + m.index + m[0].length });
      }
      if (!cells.length) continue;
      const last = tables[tables.length - 1];
      const row = { span: { start, end }, cells };
      if (
        last &&
        last.end + 1 >= start - 1 &&
        text
          .slice(last.end, start)
          .trim()
          .replace(/\|[-\s:|]*\|/g, '') === ''
      ) {
        last.rows.push(row);
        last.end = end;
      } else tables.push({ start, end, rows: [row] });
      continue;
    }
    const paragraph = paragraphs.length;
    paragraphs.push({ start, end });
    for (const s of splitSentences(text, { start, end }))
      sentences.push({ ...s, section: 0, paragraph, cues: [] });
  }
  const sections: Section[] = [{ start: 0, end: text.length, kind: 'news', heading: null, cues: [] }];
  return { doc, sections, paragraphs, sentences, tables };
}
