// The Store over Kysely: every query written once, for SQLite and PostgreSQL alike. A subclass supplies the
// connection, its migrations, and how one story's writes are serialised (SQLite: its single writer; PostgreSQL: an
// advisory lock), so two processes can never give one story two copies of a document.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Briefing } from '../../model/briefing.ts';
import type { ChangeEvent, StoredChange } from '../../model/change.ts';
import type { Document, RawDocument } from '../../model/document.ts';
import type { Extracted } from '../../model/mention.ts';
import { type DocRow, documentParams, rowToDocument, rowToStored, rowToSummary } from '../sqlite/rows.ts';
import type {
  DocSummary,
  IngestLogEntry,
  IngestLogInput,
  IngestStatus,
  PutOutcome,
  Store,
  StoredDocument,
  StoryRecord,
  StorySummary,
} from '../store.ts';
import type {
  ChangeQuery,
  ClusterDiff,
  ClusterLogEntry,
  ClusterSave,
  ClusterSaved,
  DocWithFindings,
  FeedItemRecord,
  FeedItemStatus,
  FeedState,
  ParkedJob,
  StoredBriefing,
  StreamStore,
} from '../stream.ts';
import * as batch from './batch-rows.ts';
import * as cluster from './cluster-rows.ts';
import type { DB } from './schema.ts';
import {
  changeBody,
  findingsToText,
  parkedData,
  rowToChange,
  textToBriefing,
  textToFindings,
  textToTouched,
} from './stream-rows.ts';

const DOC_COLUMNS = [
  's.name as story',
  'd.id',
  'd.source',
  'd.raw_kind',
  'd.raw_body',
  'd.raw_meta',
  'd.title',
  'd.outlet',
  'd.authors',
  'd.published',
  'd.published_basis',
  'd.language',
  'd.url',
  'd.text',
  'd.blocks',
  'd.flags',
  'd.content_hash',
  'd.stored_at',
] as const;
const SUMMARY_COLUMNS = [
  's.name as story',
  'd.id',
  'd.source',
  'd.title',
  'd.outlet',
  'd.published',
  'd.flags',
  'd.stored_at',
] as const;

export interface KyselyStoreOptions {
  /** Wall clock for stored_at and the logs (tests fix it). */
  clock?: () => Date;
}

export abstract class KyselyStore implements Store, StreamStore {
  abstract readonly location: string;
  protected readonly clock: () => Date;
  /** The transaction the current async call runs in, so nested calls join it instead of waiting for it. */
  private readonly tx = new AsyncLocalStorage<Transaction<DB>>();

  constructor(
    protected readonly kysely: Kysely<DB>,
    opts: KyselyStoreOptions,
  ) {
    this.clock = opts.clock ?? (() => new Date());
  }

  /** Resolves once the database is reachable and migrated (PostgreSQL connects lazily). */
  protected ready(): Promise<void> {
    return Promise.resolve();
  }

  /** Serialises writers to one story for the rest of the current transaction. */
  protected abstract lockStory(trx: Kysely<DB>, storyKey: number): Promise<void>;

  /** lockStory for several stories, in ascending key order (a store may take them in one statement). */
  protected async lockStories(trx: Kysely<DB>, storyKeys: number[]): Promise<void> {
    for (const k of [...new Set(storyKeys)].sort((a, b) => a - b)) await this.lockStory(trx, k);
  }

  protected now(): string {
    return this.clock().toISOString();
  }

  private async q(): Promise<Kysely<DB>> {
    const trx = this.tx.getStore();
    if (trx) return trx;
    await this.ready();
    return this.kysely;
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.tx.getStore()) return fn();
    return this.ready().then(() => this.kysely.transaction().execute((trx) => this.tx.run(trx, fn)));
  }

  withStoryLock<T>(story: StoryRecord, fn: () => Promise<T>): Promise<T> {
    return this.transaction(async () => {
      await this.lockStory(await this.q(), story.key);
      return fn();
    });
  }

  /** Story key 0 stands for the stream clustering (stories are numbered from 1). */
  withClusterLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction(async () => {
      await this.lockStory(await this.q(), 0);
      return fn();
    });
  }

  /** A single writer (SQLite) has no turn in progress to wait for. */
  async awaitClusterTurn(): Promise<void> {}

  async clusterApplied(): Promise<{ applied: number; pruned: number }> {
    return cluster.clusterApplied(await this.q());
  }

  async getClusterState(): Promise<ClusterSaved | null> {
    return cluster.getClusterState(await this.q());
  }

  async clusterMemberKeys(): Promise<string[]> {
    return cluster.clusterMemberKeys(await this.q());
  }

  saveClusterState(save: ClusterSave): Promise<void> {
    return this.transaction(async () => cluster.saveClusterState(await this.q(), save, this.now()));
  }

  async appendClusterLog(doc: Document, day: number): Promise<number> {
    return cluster.appendClusterLog(await this.q(), doc, day, this.now());
  }

  async appendClusterLogMany(entries: { doc: Document; day: number }[]): Promise<number[]> {
    if (entries.length === 0) return [];
    return cluster.appendClusterLogMany(await this.q(), entries, this.now());
  }

  async appendClusterDiff(diff: ClusterDiff): Promise<void> {
    return cluster.appendClusterDiff(await this.q(), diff);
  }

  async clusterDiffsSince(applied: number): Promise<ClusterDiff[]> {
    return cluster.clusterDiffsSince(await this.q(), applied);
  }

  async clusterLogSince(seq: number): Promise<ClusterLogEntry[]> {
    return cluster.clusterLogSince(await this.q(), seq);
  }

  moveDocuments(from: StoryRecord, into: StoryRecord, ids: string[] | null): Promise<number> {
    return this.transaction(async () => {
      const q = await this.q();
      await this.lockStory(q, from.key);
      await this.lockStory(q, into.key);
      let select = q
        .selectFrom('documents')
        .select(['seq', 'id', 'content_hash'])
        .where('story_id', '=', from.key);
      if (ids) select = select.where('id', 'in', ids.length ? ids : ['']);
      const rows = await select.orderBy('seq').execute();
      let moved = 0;
      for (const r of rows) {
        // a copy of a document the target holds stays where it is: a story keeps one document per content
        const same = await q
          .selectFrom('documents')
          .select('seq')
          .where('story_id', '=', into.key)
          .where('content_hash', '=', r.content_hash)
          .executeTakeFirst();
        if (same) continue;
        const id = await this.freeId(q, into.key, r.id);
        await q.updateTable('documents').set({ story_id: into.key, id }).where('seq', '=', r.seq).execute();
        moved++;
      }
      return moved;
    });
  }

  async freeDocumentId(wanted: string): Promise<string> {
    const q = await this.q();
    const taken = async (id: string) =>
      (await q.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst()) !== undefined;
    if (!(await taken(wanted))) return wanted;
    for (let n = 2; ; n++) if (!(await taken(`${wanted}-${n}`))) return `${wanted}-${n}`;
  }

  async takenDocumentIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const q = await this.q();
    const rows = await q
      .selectFrom('documents')
      .select('id')
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  retireStory(from: StoryRecord, into: StoryRecord): Promise<boolean> {
    return this.transaction(async () => {
      const q = await this.q();
      await this.lockStory(q, from.key);
      await this.lockStory(q, into.key);
      const left = await q
        .selectFrom('documents')
        .select('seq')
        .where('story_id', '=', from.key)
        .executeTakeFirst();
      if (left) return false;
      await q
        .updateTable('ingest_log')
        .set({ story_id: into.key })
        .where('story_id', '=', from.key)
        .execute();
      await q.updateTable('changes').set({ story_id: into.key }).where('story_id', '=', from.key).execute();
      await q.deleteFrom('stories').where('id', '=', from.key).execute();
      return true;
    });
  }

  createStory(name: string): Promise<StoryRecord> {
    return this.transaction(async () => {
      // most arrivals join a story that exists: one read, and the insert only when it is missing
      const found = await this.getStory(name);
      if (found) return found;
      const q = await this.q();
      await q
        .insertInto('stories')
        .values({ name, created_at: this.now() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      return (await this.getStory(name))!;
    });
  }

  createStories(names: string[]): Promise<StoryRecord[]> {
    if (names.length === 0) return Promise.resolve([]);
    return this.transaction(async () => {
      const q = await this.q();
      const found = await batch.storiesNamed(q, names);
      const missing = [...new Set(names)].filter((n) => !found.has(n));
      if (missing.length) {
        await batch.insertStories(q, missing, this.now());
        for (const [n, s] of await batch.storiesNamed(q, missing)) found.set(n, s);
      }
      return names.map((n) => found.get(n)!);
    });
  }

  /** Removes a story with everything of it (documents, log, findings, briefing, changes cascade); false if gone. */
  deleteStory(story: StoryRecord): Promise<boolean> {
    return this.transaction(async () => {
      const q = await this.q();
      const r = await q.deleteFrom('stories').where('id', '=', story.key).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    });
  }

  async getStory(name: string): Promise<StoryRecord | null> {
    const q = await this.q();
    const row = await q
      .selectFrom('stories')
      .select(['id', 'name', 'created_at'])
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? { key: Number(row.id), name: row.name, createdAt: row.created_at } : null;
  }

  async listStories(): Promise<StorySummary[]> {
    const q = await this.q();
    const rows = await q
      .selectFrom('stories as s')
      .select((eb) => [
        's.id',
        's.name',
        's.created_at',
        eb
          .selectFrom('documents as d')
          .select(eb.fn.countAll().as('n'))
          .whereRef('d.story_id', '=', 's.id')
          .as('documents'),
      ])
      .orderBy('s.id')
      .execute();
    return rows.map((r) => ({
      key: Number(r.id),
      name: r.name,
      createdAt: r.created_at,
      documents: Number(r.documents),
    }));
  }

  putDocument(story: StoryRecord, raw: RawDocument, doc: Document): Promise<PutOutcome> {
    return this.transaction(async () => {
      const q = await this.q();
      await this.lockStory(q, story.key);
      // one read answers both: a document with the same content, and whether the wanted id is taken
      const near = await q
        .selectFrom('documents')
        .select(['id', 'content_hash'])
        .where('story_id', '=', story.key)
        .where((eb) => eb.or([eb('content_hash', '=', doc.contentHash), eb('id', '=', doc.id)]))
        .orderBy('seq')
        .execute();
      const same = near.find((r) => r.content_hash === doc.contentHash);
      if (same) return { status: 'duplicate', id: same.id };
      const id = near.length === 0 ? doc.id : await this.freeId(q, story.key, doc.id);
      await q
        .insertInto('documents')
        .values(documentParams(story.key, id, raw, doc, this.now()))
        .execute();
      return id === doc.id ? { status: 'stored', id } : { status: 'stored', id, renamedFrom: doc.id };
    });
  }

  putDocuments(puts: batch.DocToPut[]): Promise<PutOutcome[]> {
    if (puts.length === 0) return Promise.resolve([]);
    return this.transaction(async () => {
      const q = await this.q();
      await this.lockStories(
        q,
        puts.map((p) => p.story.key),
      );
      const out: PutOutcome[] = [];
      // the in-lists of the read stay short; each chunk sees the rows the one before wrote
      for (const b of batch.chunks(puts, batch.DOCS_PER_STATEMENT))
        out.push(...(await batch.putBatch(q, b, this.now(), (p) => this.putDocument(p.story, p.raw, p.doc))));
      return out;
    });
  }

  /** The wanted id, or the first free "id-2", "id-3" … : a clash never overwrites another document. */
  private async freeId(q: Kysely<DB>, storyKey: number, wanted: string): Promise<string> {
    const taken = async (id: string) =>
      (await q
        .selectFrom('documents')
        .select('seq')
        .where('story_id', '=', storyKey)
        .where('id', '=', id)
        .executeTakeFirst()) !== undefined;
    if (!(await taken(wanted))) return wanted;
    for (let n = 2; ; n++) {
      const candidate = `${wanted}-${n}`;
      if (!(await taken(candidate))) return candidate;
    }
  }

  async listDocuments(story?: StoryRecord): Promise<DocSummary[]> {
    const q = await this.q();
    let query = q
      .selectFrom('documents as d')
      .innerJoin('stories as s', 's.id', 'd.story_id')
      .select([...SUMMARY_COLUMNS])
      .orderBy('d.seq');
    if (story) query = query.where('d.story_id', '=', story.key);
    return (await query.execute()).map(rowToSummary);
  }

  private async docRows(where: { story?: number; id?: string }): Promise<DocRow[]> {
    const q = await this.q();
    let query = q
      .selectFrom('documents as d')
      .innerJoin('stories as s', 's.id', 'd.story_id')
      .select([...DOC_COLUMNS])
      .orderBy('d.seq');
    if (where.story !== undefined) query = query.where('d.story_id', '=', where.story);
    if (where.id !== undefined) query = query.where('d.id', '=', where.id);
    return query.execute();
  }

  async getDocument(story: StoryRecord, id: string): Promise<StoredDocument | null> {
    const [row] = await this.docRows({ story: story.key, id });
    return row ? rowToStored(row) : null;
  }

  async findDocuments(id: string): Promise<StoredDocument[]> {
    return (await this.docRows({ id })).map(rowToStored);
  }

  async documentsOf(story: StoryRecord): Promise<Document[]> {
    return (await this.docRows({ story: story.key })).map(rowToDocument);
  }

  logIngest(story: StoryRecord, e: IngestLogInput): Promise<void> {
    return this.transaction(async () => {
      const q = await this.q();
      await q
        .insertInto('ingest_log')
        .values({
          story_id: story.key,
          input: e.input,
          status: e.status,
          doc_id: e.docId ?? null,
          reason: e.reason ?? null,
          at: this.now(),
        })
        .execute();
    });
  }

  logIngestMany(entries: { story: StoryRecord; entry: IngestLogInput }[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.transaction(async () => batch.insertIngestLog(await this.q(), entries, this.now()));
  }

  async ingestLog(story?: StoryRecord): Promise<IngestLogEntry[]> {
    const q = await this.q();
    let query = q
      .selectFrom('ingest_log as l')
      .innerJoin('stories as s', 's.id', 'l.story_id')
      .select(['l.seq', 's.name as story', 'l.input', 'l.status', 'l.doc_id', 'l.reason', 'l.at'])
      .orderBy('l.seq');
    if (story) query = query.where('l.story_id', '=', story.key);
    return (await query.execute()).map((r) => ({
      seq: Number(r.seq),
      story: r.story,
      input: r.input,
      status: r.status as IngestStatus,
      docId: r.doc_id,
      reason: r.reason,
      at: r.at,
    }));
  }

  async documentsWithFindings(story: StoryRecord, version: string): Promise<DocWithFindings[]> {
    const q = await this.q();
    const rows = await q
      .selectFrom('documents as d')
      .innerJoin('stories as s', 's.id', 'd.story_id')
      .leftJoin('findings as f', (j) => j.onRef('f.doc_seq', '=', 'd.seq').on('f.version', '=', version))
      .select([...DOC_COLUMNS, 'f.body as findings'])
      .where('d.story_id', '=', story.key)
      .orderBy('d.seq')
      .execute();
    return rows.map((row) => {
      const doc = rowToDocument(row);
      return { doc, findings: row.findings === null ? null : textToFindings(story.name, doc, row.findings) };
    });
  }

  async hasFindings(story: StoryRecord, docId: string, version: string): Promise<boolean> {
    const q = await this.q();
    const r = await q
      .selectFrom('findings as f')
      .innerJoin('documents as d', 'd.seq', 'f.doc_seq')
      .select('f.doc_seq')
      .where('d.story_id', '=', story.key)
      .where('d.id', '=', docId)
      .where('f.version', '=', version)
      .executeTakeFirst();
    return r !== undefined;
  }

  putFindings(story: StoryRecord, docId: string, version: string, findings: Extracted): Promise<void> {
    return this.transaction(async () => {
      const q = await this.q();
      const doc = await q
        .selectFrom('documents')
        .select('seq')
        .where('story_id', '=', story.key)
        .where('id', '=', docId)
        .executeTakeFirst();
      if (!doc) throw new Error(`putFindings: no document '${docId}' in story '${story.name}'`);
      const row = { doc_seq: doc.seq, version, body: findingsToText(findings), stored_at: this.now() };
      await q
        .insertInto('findings')
        .values(row)
        .onConflict((oc) =>
          oc.column('doc_seq').doUpdateSet({ version, body: row.body, stored_at: row.stored_at }),
        )
        .execute();
    });
  }

  async getBriefing(story: StoryRecord): Promise<StoredBriefing | null> {
    const q = await this.q();
    const row = await q
      .selectFrom('briefings')
      .select(['inputs_key', 'body', 'stored_at'])
      .where('story_id', '=', story.key)
      .executeTakeFirst();
    if (!row) return null;
    return {
      inputsKey: row.inputs_key,
      briefing: textToBriefing(story.name, row.body),
      storedAt: row.stored_at,
    };
  }

  putBriefing(story: StoryRecord, inputsKey: string, briefing: Briefing): Promise<void> {
    return this.transaction(async () => {
      const q = await this.q();
      const row = {
        story_id: story.key,
        inputs_key: inputsKey,
        body: JSON.stringify(briefing),
        stored_at: this.now(),
      };
      await q
        .insertInto('briefings')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('story_id')
            .doUpdateSet({ inputs_key: inputsKey, body: row.body, stored_at: row.stored_at }),
        )
        .execute();
    });
  }

  addChanges(story: StoryRecord, events: ChangeEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return this.transaction(async () => {
      const q = await this.q();
      const at = this.now();
      await q
        .insertInto('changes')
        .values(
          events.map((e) => ({
            story_id: story.key,
            kind: e.kind,
            summary: e.summary,
            body: changeBody(e),
            at,
          })),
        )
        .execute();
    });
  }

  async listChanges(query: ChangeQuery = {}): Promise<StoredChange[]> {
    const q = await this.q();
    let sel = q
      .selectFrom('changes as c')
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .select(['c.seq', 's.name as story', 'c.kind', 'c.summary', 'c.body', 'c.at'])
      .orderBy('c.seq');
    if (query.story) sel = sel.where('c.story_id', '=', query.story.key);
    if (query.since) sel = sel.where('c.at', '>=', query.since);
    return (await sel.execute()).map(rowToChange);
  }

  async getFeed(url: string): Promise<FeedState | null> {
    const q = await this.q();
    const r = await q.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    if (!r) return null;
    return {
      url: r.url,
      etag: r.etag,
      lastModified: r.last_modified,
      checkedAt: r.checked_at,
      okAt: r.ok_at,
      failures: Number(r.failures),
      lastError: r.last_error,
    };
  }

  putFeed(s: FeedState): Promise<void> {
    return this.transaction(async () => {
      const q = await this.q();
      const row = {
        etag: s.etag,
        last_modified: s.lastModified,
        checked_at: s.checkedAt,
        ok_at: s.okAt,
        failures: s.failures,
        last_error: s.lastError,
      };
      await q
        .insertInto('feeds')
        .values({ url: s.url, ...row })
        .onConflict((oc) => oc.column('url').doUpdateSet(row))
        .execute();
    });
  }

  async feedItemSeen(feedUrl: string, itemKey: string): Promise<boolean> {
    const q = await this.q();
    const r = await q
      .selectFrom('feed_items')
      .select('status')
      .where('feed_url', '=', feedUrl)
      .where('item_key', '=', itemKey)
      .executeTakeFirst();
    return r !== undefined;
  }

  parkJob(job: Omit<ParkedJob, 'at'>): Promise<void> {
    return this.transaction(async () => {
      const q = await this.q();
      const row = {
        queue: job.queue,
        data: JSON.stringify(job.data),
        reason: job.reason,
        tries: job.tries,
        at: this.now(),
      };
      await q
        .insertInto('parked_jobs')
        .values({ id: job.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    });
  }

  async listParked(): Promise<ParkedJob[]> {
    const q = await this.q();
    const rows = await q.selectFrom('parked_jobs').selectAll().orderBy('at').execute();
    return rows.map((r) => ({ ...r, tries: Number(r.tries), data: parkedData(r.id, r.data) }));
  }

  async getFeedItem(feedUrl: string, itemKey: string): Promise<FeedItemRecord | null> {
    return (await this.getFeedItems([{ feed: feedUrl, key: itemKey }]))[0]!;
  }

  async getFeedItems(items: { feed: string; key: string }[]): Promise<(FeedItemRecord | null)[]> {
    if (items.length === 0) return [];
    const q = await this.q();
    const rows = await q
      .selectFrom('feed_items')
      .select(['feed_url', 'item_key', 'status', 'story', 'doc_id', 'reason', 'touched'])
      .where((eb) =>
        eb.or(items.map((i) => eb.and([eb('feed_url', '=', i.feed), eb('item_key', '=', i.key)]))),
      )
      .execute();
    const found = new Map(rows.map((r) => [`${r.feed_url}\n${r.item_key}`, r]));
    return items.map(({ feed, key }) => {
      const r = found.get(`${feed}\n${key}`);
      if (!r) return null;
      return {
        status: r.status as FeedItemStatus,
        story: r.story,
        docId: r.doc_id,
        reason: r.reason,
        ...(r.touched === null ? {} : { touched: textToTouched(r.touched, `feed item ${key} of ${feed}`) }),
      };
    });
  }

  recordFeedItem(feedUrl: string, itemKey: string, rec: FeedItemRecord): Promise<void> {
    // An item may arrive before its feed was ever polled here (a queued job from another machine's watch).
    return this.transaction(async () =>
      batch.upsertFeedItems(await this.q(), [{ feed: feedUrl, key: itemKey, record: rec }], this.now()),
    );
  }

  recordFeedItems(items: batch.FeedItemToRecord[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return this.transaction(async () => batch.upsertFeedItems(await this.q(), items, this.now()));
  }

  async close(): Promise<void> {
    // Taking a connection waits for the transaction in flight, so closing never cuts one short.
    await this.kysely.connection().execute(async () => {});
    await this.kysely.destroy();
  }
}
