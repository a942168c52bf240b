// A batch of arrivals written in a few multi-row statements (one per table per batch), each with the outcome that
// writing them one by one, in the order given, would have: a worker writes these while it holds the clustering lock,
// so the round trips it pays there are per batch, not per article.
import type { Kysely } from 'kysely';
import type { Document, RawDocument } from '../../model/document.ts';
import { documentParams } from '../sqlite/rows.ts';
import type { IngestLogInput, PutOutcome, StoryRecord } from '../store.ts';
import type { FeedItemRecord } from '../stream.ts';
import type { DB } from './schema.ts';

/** Documents per statement: their rows are large (raw body, text, blocks), and SQLite caps a statement's values. */
export const DOCS_PER_STATEMENT = 64;
/** Small rows (log lines, feed items, story names) per statement. */
const ROWS_PER_STATEMENT = 256;

export function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Stories by name, in one read per chunk of names. */
export async function storiesNamed(q: Kysely<DB>, names: string[]): Promise<Map<string, StoryRecord>> {
  const out = new Map<string, StoryRecord>();
  for (const b of chunks([...new Set(names)], ROWS_PER_STATEMENT)) {
    const rows = await q
      .selectFrom('stories')
      .select(['id', 'name', 'created_at'])
      .where('name', 'in', b)
      .execute();
    for (const r of rows) out.set(r.name, { key: Number(r.id), name: r.name, createdAt: r.created_at });
  }
  return out;
}

/** Inserts the stories missing, in the order named (as creating them one by one numbers them). */
export async function insertStories(q: Kysely<DB>, names: string[], at: string): Promise<void> {
  for (const b of chunks(names, ROWS_PER_STATEMENT))
    await q
      .insertInto('stories')
      .values(b.map((name) => ({ name, created_at: at })))
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
}

export interface DocToPut {
  story: StoryRecord;
  raw: RawDocument;
  doc: Document;
}

/** What a story already holds of a batch: its documents' contents (the first id each) and ids. */
interface Held {
  hashes: Map<string, string>;
  ids: Set<string>;
}

/** The stored documents of the batch's stories that share a content or an id with one of its documents. */
export async function heldOf(q: Kysely<DB>, puts: DocToPut[]): Promise<Map<number, Held>> {
  const keys = [...new Set(puts.map((p) => p.story.key))];
  const held = new Map<number, Held>(keys.map((k) => [k, { hashes: new Map(), ids: new Set() }]));
  const rows = await q
    .selectFrom('documents')
    .select(['story_id', 'id', 'content_hash'])
    .where('story_id', 'in', keys)
    .where((eb) =>
      eb.or([
        eb('content_hash', 'in', [...new Set(puts.map((p) => p.doc.contentHash))]),
        eb('id', 'in', [...new Set(puts.map((p) => p.doc.id))]),
      ]),
    )
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const h = held.get(Number(r.story_id))!;
    if (!h.hashes.has(r.content_hash)) h.hashes.set(r.content_hash, r.id);
    h.ids.add(r.id);
  }
  return held;
}

/** The document rows to insert and each document's outcome, as putDocument one by one would decide them; a
 * document whose id its story already holds (it must be renamed, which takes reads) is left to `single`, with the
 * rows before it written first. */
export async function putBatch(
  q: Kysely<DB>,
  puts: DocToPut[],
  at: string,
  single: (p: DocToPut) => Promise<PutOutcome>,
): Promise<PutOutcome[]> {
  const held = await heldOf(q, puts);
  const out: PutOutcome[] = [];
  let rows: ReturnType<typeof documentParams>[] = [];
  const flush = async () => {
    if (rows.length) await q.insertInto('documents').values(rows).execute();
    rows = [];
  };
  for (const p of puts) {
    const h = held.get(p.story.key)!;
    const same = h.hashes.get(p.doc.contentHash);
    if (same !== undefined) {
      out.push({ status: 'duplicate', id: same });
      continue;
    }
    let put: PutOutcome;
    if (h.ids.has(p.doc.id)) {
      await flush();
      put = await single(p);
    } else {
      rows.push(documentParams(p.story.key, p.doc.id, p.raw, p.doc, at));
      if (rows.length >= DOCS_PER_STATEMENT) await flush();
      put = { status: 'stored', id: p.doc.id };
    }
    h.hashes.set(p.doc.contentHash, put.id);
    h.ids.add(put.id);
    out.push(put);
  }
  await flush();
  return out;
}

export async function insertIngestLog(
  q: Kysely<DB>,
  entries: { story: StoryRecord; entry: IngestLogInput }[],
  at: string,
): Promise<void> {
  for (const b of chunks(entries, ROWS_PER_STATEMENT))
    await q
      .insertInto('ingest_log')
      .values(
        b.map(({ story, entry: e }) => ({
          story_id: story.key,
          input: e.input,
          status: e.status,
          doc_id: e.docId ?? null,
          reason: e.reason ?? null,
          at,
        })),
      )
      .execute();
}

export interface FeedItemToRecord {
  feed: string;
  key: string;
  record: FeedItemRecord;
}

/** The feeds (when missing) and the items' records; an item named twice keeps its last record, as two writes
 * one after the other would. */
export async function upsertFeedItems(q: Kysely<DB>, items: FeedItemToRecord[], at: string): Promise<void> {
  const feeds = [...new Set(items.map((i) => i.feed))];
  for (const b of chunks(feeds, ROWS_PER_STATEMENT))
    await q
      .insertInto('feeds')
      .values(
        b.map((url) => ({
          url,
          etag: null,
          last_modified: null,
          checked_at: null,
          ok_at: null,
          last_error: null,
        })),
      )
      .onConflict((oc) => oc.column('url').doNothing())
      .execute();
  const last = new Map(items.map((i) => [`${i.feed}\n${i.key}`, i]));
  for (const b of chunks([...last.values()], ROWS_PER_STATEMENT))
    await q
      .insertInto('feed_items')
      .values(
        b.map(({ feed, key, record }) => ({ feed_url: feed, item_key: key, ...feedItemRow(record, at) })),
      )
      .onConflict((oc) =>
        oc.columns(['feed_url', 'item_key']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          story: eb.ref('excluded.story'),
          doc_id: eb.ref('excluded.doc_id'),
          reason: eb.ref('excluded.reason'),
          seen_at: eb.ref('excluded.seen_at'),
          touched: eb.ref('excluded.touched'),
        })),
      )
      .execute();
}

export function feedItemRow(rec: FeedItemRecord, at: string) {
  return {
    status: rec.status,
    story: rec.story ?? null,
    doc_id: rec.docId ?? null,
    reason: rec.reason ?? null,
    seen_at: at,
    touched: rec.touched?.length ? JSON.stringify(rec.touched) : null,
  };
}
