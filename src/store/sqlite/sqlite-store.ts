// The SQLite store: one file, WAL so readers never wait for the writer, foreign keys on, a busy timeout so two
// processes on one file queue instead of failing, and every statement prepared once.
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Document, RawDocument } from '../../model/document.ts';
import {
  type DocSummary,
  type IngestLogEntry,
  type IngestLogInput,
  type PutOutcome,
  type Store,
  type StoredDocument,
  StoreError,
  type StoryRecord,
  type StorySummary,
} from '../store.ts';
import { migrate } from './migrate.ts';
import {
  type DocRow,
  documentParams,
  rowToDocument,
  rowToStored,
  rowToSummary,
  type SummaryRow,
} from './rows.ts';

export interface SqliteOptions {
  /** Create the file when missing (ingest does; read-only commands should not leave empty databases behind). */
  create?: boolean;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs?: number;
  /** Wall clock for stored_at and the log (tests fix it). */
  clock?: () => Date;
}

const DOC_COLUMNS = `s.name AS story, d.id, d.source, d.raw_kind, d.raw_body, d.raw_meta, d.title, d.outlet, d.authors,
  d.published, d.published_basis, d.language, d.url, d.text, d.blocks, d.flags, d.content_hash, d.stored_at`;
const SUMMARY_COLUMNS =
  's.name AS story, d.id, d.source, d.title, d.outlet, d.published, d.flags, d.stored_at';

type StoryRow = { key: number; name: string; createdAt: string };

function prepareAll(db: Database.Database) {
  return {
    storyByName: db.prepare<[string], StoryRow>(
      'SELECT id AS key, name, created_at AS createdAt FROM stories WHERE name = ?',
    ),
    insertStory: db.prepare(
      'INSERT INTO stories (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
    ),
    listStories: db.prepare<[], StoryRow & { documents: number }>(
      `SELECT s.id AS key, s.name, s.created_at AS createdAt,
        (SELECT count(*) FROM documents d WHERE d.story_id = s.id) AS documents
       FROM stories s ORDER BY s.id`,
    ),
    docByHash: db.prepare<[number, string], { id: string }>(
      'SELECT id FROM documents WHERE story_id = ? AND content_hash = ?',
    ),
    idTaken: db.prepare<[number, string], { one: number }>(
      'SELECT 1 AS one FROM documents WHERE story_id = ? AND id = ?',
    ),
    insertDoc: db.prepare(
      `INSERT INTO documents (story_id, id, source, raw_kind, raw_body, raw_meta, title, outlet, authors, published,
         published_basis, language, url, text, blocks, flags, content_hash, stored_at)
       VALUES (@story_id, @id, @source, @raw_kind, @raw_body, @raw_meta, @title, @outlet, @authors, @published,
         @published_basis, @language, @url, @text, @blocks, @flags, @content_hash, @stored_at)`,
    ),
    summariesAll: db.prepare<[], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d JOIN stories s ON s.id = d.story_id ORDER BY d.seq`,
    ),
    summariesOf: db.prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d JOIN stories s ON s.id = d.story_id WHERE d.story_id = ? ORDER BY d.seq`,
    ),
    docOf: db.prepare<[number, string], DocRow>(
      `SELECT ${DOC_COLUMNS} FROM documents d JOIN stories s ON s.id = d.story_id WHERE d.story_id = ? AND d.id = ?`,
    ),
    docsById: db.prepare<[string], DocRow>(
      `SELECT ${DOC_COLUMNS} FROM documents d JOIN stories s ON s.id = d.story_id WHERE d.id = ? ORDER BY d.seq`,
    ),
    docsOf: db.prepare<[number], DocRow>(
      `SELECT ${DOC_COLUMNS} FROM documents d JOIN stories s ON s.id = d.story_id WHERE d.story_id = ? ORDER BY d.seq`,
    ),
    insertLog: db.prepare(
      'INSERT INTO ingest_log (story_id, input, status, doc_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    logAll: db.prepare<[], IngestLogEntry>(
      `SELECT l.seq, s.name AS story, l.input, l.status, l.doc_id AS docId, l.reason, l.at
       FROM ingest_log l JOIN stories s ON s.id = l.story_id ORDER BY l.seq`,
    ),
    logOf: db.prepare<[number], IngestLogEntry>(
      `SELECT l.seq, s.name AS story, l.input, l.status, l.doc_id AS docId, l.reason, l.at
       FROM ingest_log l JOIN stories s ON s.id = l.story_id WHERE l.story_id = ? ORDER BY l.seq`,
    ),
  };
}

/** The database file opened, or a StoreError saying what is wrong with the path (a folder, a missing folder). */
function openFile(path: string, timeout: number): Database.Database {
  if (path !== ':memory:') {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new StoreError(`${path} is a folder; --db needs a database file name`);
    const dir = dirname(path);
    if (!st && !statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new StoreError(`cannot create database ${path}: the folder ${dir} does not exist`);
  }
  try {
    return new Database(path, { timeout });
  } catch (e) {
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
  }
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly q: ReturnType<typeof prepareAll>;
  private readonly clock: () => Date;
  /** Marks the async calls running inside a transaction, so nested calls join it instead of queueing behind it. */
  private readonly inTx = new AsyncLocalStorage<true>();
  /** Transactions run one at a time on the single connection: each waits for the previous one to settle. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, opts: SqliteOptions = {}) {
    this.location = path;
    this.clock = opts.clock ?? (() => new Date());
    if (!opts.create && path !== ':memory:' && !existsSync(path)) {
      throw new StoreError(
        `no database at ${path} (corroborate ingest creates one; --db or CORROBORATE_DB choose another)`,
      );
    }
    this.db = openFile(path, opts.busyTimeoutMs ?? 5000);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      // NORMAL in WAL mode: a crash loses at most the last commits, never consistency.
      this.db.pragma('synchronous = NORMAL');
      migrate(this.db, path);
    } catch (e) {
      this.db.close();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
    }
    this.q = prepareAll(this.db);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  createStory(name: string): Promise<StoryRecord> {
    return this.transaction(async () => {
      this.q.insertStory.run(name, this.now());
      return this.q.storyByName.get(name)!;
    });
  }

  async getStory(name: string): Promise<StoryRecord | null> {
    return this.q.storyByName.get(name) ?? null;
  }

  async listStories(): Promise<StorySummary[]> {
    return this.q.listStories.all();
  }

  async putDocument(story: StoryRecord, raw: RawDocument, doc: Document): Promise<PutOutcome> {
    return this.transaction(async () => {
      const same = this.q.docByHash.get(story.key, doc.contentHash);
      if (same) return { status: 'duplicate', id: same.id };
      const id = this.freeId(story.key, doc.id);
      this.q.insertDoc.run(documentParams(story.key, id, raw, doc, this.now()));
      return id === doc.id ? { status: 'stored', id } : { status: 'stored', id, renamedFrom: doc.id };
    });
  }

  /** The wanted id, or the first free "id-2", "id-3" … : a clash never overwrites another document. */
  private freeId(storyKey: number, wanted: string): string {
    if (!this.q.idTaken.get(storyKey, wanted)) return wanted;
    for (let n = 2; ; n++) {
      const candidate = `${wanted}-${n}`;
      if (!this.q.idTaken.get(storyKey, candidate)) return candidate;
    }
  }

  async listDocuments(story?: StoryRecord): Promise<DocSummary[]> {
    const rows = story ? this.q.summariesOf.all(story.key) : this.q.summariesAll.all();
    return rows.map(rowToSummary);
  }

  async getDocument(story: StoryRecord, id: string): Promise<StoredDocument | null> {
    const row = this.q.docOf.get(story.key, id);
    return row ? rowToStored(row) : null;
  }

  async findDocuments(id: string): Promise<StoredDocument[]> {
    return this.q.docsById.all(id).map(rowToStored);
  }

  async documentsOf(story: StoryRecord): Promise<Document[]> {
    return this.q.docsOf.all(story.key).map(rowToDocument);
  }

  logIngest(story: StoryRecord, e: IngestLogInput): Promise<void> {
    return this.transaction(async () => {
      this.q.insertLog.run(story.key, e.input, e.status, e.docId ?? null, e.reason ?? null, this.now());
    });
  }

  async ingestLog(story?: StoryRecord): Promise<IngestLogEntry[]> {
    return story ? this.q.logOf.all(story.key) : this.q.logAll.all();
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx.getStore()) return fn();
    const run = this.queue.then(() => this.inTx.run(true, () => this.runTx(fn)));
    this.queue = run.catch(() => {});
    return run;
  }

  private async runTx<T>(fn: () => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) instead of failing mid-way.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const value = await fn();
      this.db.exec('COMMIT');
      return value;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string, opts: SqliteOptions = {}): SqliteStore {
  return new SqliteStore(path, opts);
}
