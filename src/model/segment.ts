import type { Document } from './document.ts';
import type { Span } from './span.ts';

export type SectionKind = 'news' | 'opinion' | 'advice' | 'hypothetical' | 'reader-engagement' | 'background';

export interface Section extends Span {
  kind: SectionKind;
  /** The heading that opens it (null for the lead section). */
  heading: (Span & { text: string }) | null;
  /** Why the kind was given: the cue words found, for evidence and debugging. */
  cues: string[];
}

export interface Sentence extends Span {
  /** Index into Segmented.sections and .paragraphs. */
  section: number;
  paragraph: number;
  /** Sentence-level cues: "hedge" (could, reportedly), "prediction" (I predict), "first-person", "question". */
  cues: string[];
  /** Kind of the block it stands in: lets finders treat headings and table rows apart from running text. */
  blockKind?: 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'quote';
}

export interface Table extends Span {
  rows: { span: Span; cells: Span[] }[];
}

export interface Segmented {
  doc: Document;
  sections: Section[];
  paragraphs: Span[];
  sentences: Sentence[];
  tables: Table[];
}
