// Rows ↔ documents. JSON columns are checked with zod on the way out: the database is a boundary, and a hand-edited
// or half-migrated row must fail with the document's name, not deep inside a later stage.
import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  BlockSchema,
  DocMetaSchema,
  type Document,
  FlagSchema,
  PublishedBasisSchema,
  type RawDocument,
} from '../../model/document.ts';
import type { DocumentsTable } from '../kysely/schema.ts';
import { type DocSummary, StoredDataError, type StoredDocument } from '../store.ts';

/** A documents row as read, with its story's name joined in. */
export type DocRow = Omit<Selectable<DocumentsTable>, 'seq' | 'story_id'> & { story: string };

export type SummaryRow = Pick<
  DocRow,
  'story' | 'id' | 'source' | 'title' | 'outlet' | 'published' | 'flags' | 'stored_at'
>;

const RawKindSchema = z.enum(['html', 'text', 'markdown']);
const AuthorsSchema = z.array(z.string());
const BlocksSchema = z.array(BlockSchema);
const FlagsSchema = z.array(FlagSchema);

/** Parses one JSON column with its schema, or throws naming the document and the column. */
function column<T>(row: { story: string; id: string }, field: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new StoredDataError(row.story, row.id, field, `not JSON (${(e as Error).message})`);
  }
  const r = schema.safeParse(data);
  if (!r.success)
    throw new StoredDataError(row.story, row.id, field, z.prettifyError(r.error).replace(/\n/g, ' '));
  return r.data;
}

function scalar<T>(
  row: { story: string; id: string },
  field: string,
  value: unknown,
  schema: z.ZodType<T>,
): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new StoredDataError(row.story, row.id, field, `unexpected value ${JSON.stringify(value)}`);
  return r.data;
}

export function rowToDocument(row: DocRow): Document {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    authors: column(row, 'authors', row.authors, AuthorsSchema),
    published: row.published,
    publishedBasis: scalar(row, 'published_basis', row.published_basis, PublishedBasisSchema),
    language: row.language,
    url: row.url,
    text: row.text,
    blocks: column(row, 'blocks', row.blocks, BlocksSchema),
    flags: column(row, 'flags', row.flags, FlagsSchema),
    contentHash: row.content_hash,
  };
}

export function rowToStored(row: DocRow): StoredDocument {
  return {
    story: row.story,
    doc: rowToDocument(row),
    raw: {
      kind: scalar(row, 'raw_kind', row.raw_kind, RawKindSchema),
      body: row.raw_body,
      meta: column(row, 'raw_meta', row.raw_meta, DocMetaSchema),
    },
    storedAt: row.stored_at,
  };
}

export function rowToSummary(row: SummaryRow): DocSummary {
  return {
    story: row.story,
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    flags: column(row, 'flags', row.flags, FlagsSchema).map((f) => f.kind),
    storedAt: row.stored_at,
  };
}

/** Named parameters for the INSERT of a document under `id` (which may differ from doc.id after a clash). */
export function documentParams(storyKey: number, id: string, raw: RawDocument, doc: Document, at: string) {
  return {
    story_id: storyKey,
    id,
    source: doc.source,
    raw_kind: raw.kind,
    raw_body: raw.body,
    raw_meta: JSON.stringify(raw.meta),
    title: doc.title,
    outlet: doc.outlet,
    authors: JSON.stringify(doc.authors),
    published: doc.published,
    published_basis: doc.publishedBasis,
    language: doc.language,
    url: doc.url,
    text: doc.text,
    blocks: JSON.stringify(doc.blocks),
    flags: JSON.stringify(doc.flags),
    content_hash: doc.contentHash,
    stored_at: at,
  };
}
