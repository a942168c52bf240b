import { z } from 'zod';
import { SpanSchema } from './span.ts';

/** ISO 8601 prefix: 2026, 2026-01, 2026-01-03 (a time part may follow a full date). */
export const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/);

/** Metadata an input may carry; anything missing is found or inferred in clean/. */
export const DocMetaSchema = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  authors: z.array(z.string()).optional(),
  published: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
});
export type DocMeta = z.infer<typeof DocMetaSchema>;

/** One article as ingest found it: decoded text or HTML, never fetched or cleaned yet. */
export const RawDocumentSchema = z.object({
  id: z.string(),
  /** Where it came from, for messages and the ingest log: a path, a URL, "stdin", "file.jsonl#3". */
  source: z.string(),
  kind: z.enum(['html', 'text', 'markdown']),
  body: z.string(),
  meta: DocMetaSchema,
});
export type RawDocument = z.infer<typeof RawDocumentSchema>;

/** The input record of CONTRACT.md "Input records" (JSON / JSON Lines). */
export const InputRecordSchema = z
  .object({
    id: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    authors: z.array(z.string()).optional(),
    published: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => Boolean(r.text?.trim() || r.html?.trim()), { message: 'a record needs "text" or "html"' });
export type InputRecord = z.infer<typeof InputRecordSchema>;

/** Structure kept from the page (or inferred from plain text), as spans over the cleaned text. */
export const BlockSchema = SpanSchema.extend({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'table-row', 'quote']),
  /** Heading level 1-6, list nesting depth, or 0. */
  level: z.number().int().default(0),
  /** For table rows: the cells, as spans. */
  cells: z.array(SpanSchema).optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const FlagKindSchema = z.enum([
  'opinion',
  'hypothetical',
  'self-contradiction',
  'unnamed-sources',
  'outdated',
  'promotional',
  'duplicate-of',
  'errors',
]);
export type FlagKind = z.infer<typeof FlagKindSchema>;

export const FlagSchema = z.object({
  kind: FlagKindSchema,
  evidence: z.string(),
  /** Where the evidence stands in the cleaned text, when it is a span of it. */
  span: SpanSchema.optional(),
  /** For duplicate-of: the original's id. */
  of: z.string().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const PublishedBasisSchema = z.enum(['metadata', 'text', 'inferred', 'unknown']);

/** A cleaned article: what every later stage reads and every span points into. */
export const DocumentSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  publishedBasis: PublishedBasisSchema,
  /** With basis 'inferred': the latest dated event the article reports, at its stated precision (a lower bound). */
  publishedAfter: z.string().optional(),
  /** The place of a dateline ("WASHINGTON —"), when the story opens with one. */
  dateline: z.string().optional(),
  /** The agency a dateline credits ("Reuters" of "LONDON (Reuters) —"): evidence the text is that agency's wire copy. */
  wire: z.string().optional(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  blocks: z.array(BlockSchema),
  flags: z.array(FlagSchema),
  /** sha256 of the normalised text: equal hashes are the same article. */
  contentHash: z.string(),
  /** What a budget cut from this document (clean/budget.ts), when one did: the rest was not analysed. */
  cut: z.array(z.string()).optional(),
});
export type Document = z.infer<typeof DocumentSchema>;
