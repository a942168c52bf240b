// Per-article lookups the assessors share: the sentence and section kind at an offset, quoted spans, dates.
import type { SpanEvidence } from '../model/finding.ts';
import type { Extracted } from '../model/mention.ts';
import type { Sentence } from '../model/segment.ts';
import { type Span, spanAt } from '../model/span.ts';

export interface DocInfo {
  id: string;
  text: string;
  published: string | null;
  x: Extracted;
  sentenceAt(offset: number): Sentence | null;
  kindAt(offset: number): string;
  /** True when the offset stands inside quoted words (what a speaker said, not what the article says). */
  quoted(offset: number): boolean;
  evidence(span: Span): SpanEvidence;
}

export function docInfo(x: Extracted): DocInfo {
  const { doc, sentences, sections } = x.seg;
  const sents = [...sentences].sort((a, b) => a.start - b.start);
  const secs = [...sections].sort((a, b) => a.start - b.start);
  const quotes = x.quotes.map((q) => q.span).sort((a, b) => a.start - b.start);
  const info: DocInfo = {
    id: doc.id,
    text: doc.text,
    published: doc.published,
    x,
    sentenceAt: (o) => spanAt(sents, o),
    kindAt: (o) => spanAt(secs, o)?.kind ?? 'news',
    quoted: (o) => spanAt(quotes, o) !== null,
    evidence(span) {
      // Trim the span to its words so the evidence text reads cleanly and still matches text.slice(start, end).
      let { start, end } = span;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
      return { doc: doc.id, text: doc.text.slice(start, end), start, end };
    },
  };
  return info;
}

/** The sentence around a span (or the span itself when no sentence holds it), as evidence. */
export function sentenceEvidence(d: DocInfo, span: Span): SpanEvidence {
  const s = d.sentenceAt(span.start);
  return d.evidence(s && s.end >= span.end ? s : span);
}

export const NOT_NEWS = new Set(['opinion', 'advice', 'hypothetical', 'reader-engagement']);

export function sortDocs(docs: Iterable<string>, order: Map<string, number>): string[] {
  return [...new Set(docs)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
