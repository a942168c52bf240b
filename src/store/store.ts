// What the rest of the project may ask of storage. Asynchronous so that a networked database (PostgreSQL)
// can implement it without changing any caller; SQLite is the first implementation (sqlite/).
import type { Document, RawDocument } from '../model/document.ts';
import type { StreamStore } from './stream.ts';

export interface StoryRecord {
  /** Database key; callers pass the record back, never build one. */
  key: number;
  name: string;
  createdAt: string;
}

export interface StorySummary extends StoryRecord {
  documents: number;
}

/** A document as listed: enough to pick one, without its text. */
export interface DocSummary {
  story: string;
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  flags: string[];
  storedAt: string;
}

/** A document as stored: the cleaned document, the raw input it came from, and where it belongs. */
export interface StoredDocument {
  story: string;
  doc: Document;
  raw: { kind: RawDocument['kind']; body: string; meta: RawDocument['meta'] };
  storedAt: string;
}

/** stored: a new row (under `id`, suffixed when another document already had the wanted id);
 * duplicate: the story already holds the same content (`id` is the existing document's). */
export type PutOutcome =
  | { status: 'stored'; id: string; renamedFrom?: string }
  | { status: 'duplicate'; id: string };

export type IngestStatus = 'stored' | 'duplicate' | 'rejected';

export interface IngestLogInput {
  /** The input as the user named it (path, URL, "stdin", "file.jsonl#3"). */
  input: string;
  status: IngestStatus;
  docId?: string | null;
  reason?: string | null;
}

export interface IngestLogEntry {
  seq: number;
  story: string;
  input: string;
  status: IngestStatus;
  docId: string | null;
  reason: string | null;
  at: string;
}

export interface Store extends StreamStore {
  /** Where the data lives, for messages ("./corroborate.db"). */
  readonly location: string;
  /** The story of that name, created when missing. */
  createStory(name: string): Promise<StoryRecord>;
  /** createStory for each name, in one read (and one insert of those missing, in the order named). */
  createStories(names: string[]): Promise<StoryRecord[]>;
  getStory(name: string): Promise<StoryRecord | null>;
  listStories(): Promise<StorySummary[]>;
  /** Adds a cleaned document to a story unless the story already holds the same content hash. */
  putDocument(story: StoryRecord, raw: RawDocument, doc: Document): Promise<PutOutcome>;
  /** putDocument for each, in the order given, with the outcomes one by one would have: one read and one insert
   * per batch (a document whose id its story holds is renamed as putDocument renames it). */
  putDocuments(puts: { story: StoryRecord; raw: RawDocument; doc: Document }[]): Promise<PutOutcome[]>;
  /** In the order they were stored; every story when none is given. */
  listDocuments(story?: StoryRecord): Promise<DocSummary[]>;
  getDocument(story: StoryRecord, id: string): Promise<StoredDocument | null>;
  /** Every story's document with that id (a document id is unique only within its story). */
  findDocuments(id: string): Promise<StoredDocument[]>;
  /** The cleaned documents of a story, in the order they were stored. */
  documentsOf(story: StoryRecord): Promise<Document[]>;
  logIngest(story: StoryRecord, entry: IngestLogInput): Promise<void>;
  /** logIngest for each, in one statement. */
  logIngestMany(entries: { story: StoryRecord; entry: IngestLogInput }[]): Promise<void>;
  ingestLog(story?: StoryRecord): Promise<IngestLogEntry[]>;
  /** Runs fn atomically: everything it writes is committed together or not at all. Calls inside fn join it. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Removes a story with its documents and log; false when it was already gone. Optional: the server answers 501 without it. */
  deleteStory?(story: StoryRecord): Promise<boolean>;
  close(): Promise<void>;
}

/** A store that cannot be used as it is (e.g. written by a newer corroborate). */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** A stored row that fails validation on read: names the document so the user can find it. */
export class StoredDataError extends StoreError {
  override name = 'StoredDataError';
  constructor(
    readonly story: string,
    readonly docId: string,
    readonly field: string,
    detail: string,
  ) {
    super(`stored document '${docId}' in story '${story}' has an invalid ${field}: ${detail}`);
  }
}

/** The database path: --db, then CORROBORATE_DB, then ./corroborate.db. */
export function resolveDbPath(flag: string | undefined, env: Record<string, string | undefined>): string {
  return flag || env.CORROBORATE_DB || './corroborate.db';
}
