// What a stream of articles asks of storage beyond stories and documents: findings kept per document, the last
// briefing of each story, the changes between briefings, and the state of each watched feed.
import type { Briefing } from '../model/briefing.ts';
import type { ChangeEvent, StoredChange } from '../model/change.ts';
import type { Document } from '../model/document.ts';
import type { Extracted } from '../model/mention.ts';
import type { StoryRecord } from './store.ts';

/** A stored document with its findings, when findings of the wanted extractor version are stored. */
export interface DocWithFindings {
  doc: Document;
  findings: Extracted | null;
}

export interface StoredBriefing {
  /** What the briefing was made from (documents, extractor version, title): equal keys mean nothing changed. */
  inputsKey: string;
  briefing: Briefing;
  storedAt: string;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string | null;
  okAt: string | null;
  /** Polls in a row that failed; 0 after a good one. */
  failures: number;
  lastError: string | null;
}

/** A feed never polled yet: no validators, no outcome. */
export const unpolledFeed = (url: string): FeedState => ({
  url,
  etag: null,
  lastModified: null,
  checkedAt: null,
  okAt: null,
  failures: 0,
  lastError: null,
});

export type FeedItemStatus = 'stored' | 'duplicate' | 'rejected';

export interface FeedItemRecord {
  status: FeedItemStatus;
  story?: string | null;
  docId?: string | null;
  reason?: string | null;
  /** Other stories the item's clustering changed (merges, splits, moves): they need briefing again too. */
  touched?: string[] | null;
}

/** A queued job that failed every try. */
export interface ParkedJob {
  id: string;
  queue: string;
  data: unknown;
  reason: string;
  tries: number;
  at: string;
}

/** One clustering story, index key or term count as stored. */
export interface ClusterStoryRow {
  id: string;
  body: string;
}
export interface ClusterPostingRow {
  key: string;
  /** JSON: the ids of the stories holding the key, latest last. */
  stories: string;
}
export interface ClusterMemberRow {
  key: string;
  body: string;
}
export interface ClusterDfRow {
  key: string;
  n: number;
  last: number;
}

/** The stream clustering's saved state: its header (JSON of the state less its stories, index and term counts),
 * those as rows, and the last log entry folded into it. */
export interface ClusterSaved {
  header: string;
  applied: number;
  stories: ClusterStoryRow[];
  members: ClusterMemberRow[];
  postings: ClusterPostingRow[];
  df: ClusterDfRow[];
}

/** Rows written and rows gone (by key) since the previous save. */
export interface RowChanges<R> {
  put: R[];
  gone: string[];
}

/** What a save writes: the header, and only the rows that changed since the state saved before. */
export interface ClusterSave {
  header: string;
  applied: number;
  /** Log entries up to this one are dropped (default: those the previous save included). */
  pruneTo?: number;
  stories: RowChanges<ClusterStoryRow>;
  members: RowChanges<ClusterMemberRow>;
  postings: RowChanges<ClusterPostingRow>;
  df: RowChanges<ClusterDfRow>;
}

/** What one turn of a clustering process changed, from log entry `since` to `applied`: its body is the JSON of the
 * ClusterSave that writing those changes as rows would be (state-rows.ts reads it). */
export interface ClusterDiff {
  applied: number;
  since: number;
  body: string;
}

/** An article clustered since the snapshot, in clustering order, with the day it arrived. */
export interface ClusterLogEntry {
  seq: number;
  doc: Document;
  day: number;
}

export interface ChangeQuery {
  story?: StoryRecord;
  /** ISO time: only changes recorded at or after it. */
  since?: string;
}

export interface StreamStore {
  /** Runs fn in a transaction that no other writer to this story (in any process) runs beside. */
  withStoryLock<T>(story: StoryRecord, fn: () => Promise<T>): Promise<T>;
  /** The story's documents in stored order, each with its findings when stored under `version`. */
  documentsWithFindings(story: StoryRecord, version: string): Promise<DocWithFindings[]>;
  /** Whether the document's findings are stored under `version`. */
  hasFindings(story: StoryRecord, docId: string, version: string): Promise<boolean>;
  /** Keeps a document's findings under an extractor version, replacing findings of any other version. */
  putFindings(story: StoryRecord, docId: string, version: string, findings: Extracted): Promise<void>;
  getBriefing(story: StoryRecord): Promise<StoredBriefing | null>;
  putBriefing(story: StoryRecord, inputsKey: string, briefing: Briefing): Promise<void>;
  addChanges(story: StoryRecord, events: ChangeEvent[]): Promise<void>;
  listChanges(query?: ChangeQuery): Promise<StoredChange[]>;
  /** The feed's state, null before its first poll. */
  getFeed(url: string): Promise<FeedState | null>;
  putFeed(state: FeedState): Promise<void>;
  /** Whether an item (by its key within the feed) was already taken in. */
  feedItemSeen(feedUrl: string, itemKey: string): Promise<boolean>;
  recordFeedItem(feedUrl: string, itemKey: string, record: FeedItemRecord): Promise<void>;
  /** recordFeedItem for each, in one statement per table (an item named twice keeps its last record). */
  recordFeedItems(items: { feed: string; key: string; record: FeedItemRecord }[]): Promise<void>;
  /** Records a job that failed every try (again: the latest reason wins). */
  parkJob(job: Omit<ParkedJob, 'at'>): Promise<void>;
  listParked(): Promise<ParkedJob[]>;
  /** What became of an item taken from a feed, null when it was not taken yet. */
  getFeedItem(feedUrl: string, itemKey: string): Promise<FeedItemRecord | null>;
  /** getFeedItem for several items in one query, in the order given. */
  getFeedItems(items: { feed: string; key: string }[]): Promise<(FeedItemRecord | null)[]>;
  /** Runs fn in a transaction that no other process clusters beside: the stream is clustered in one order. */
  withClusterLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Resolves once no process holds the clustering lock (without taking it): what the turn in progress saves is
   * then there to read. */
  awaitClusterTurn(): Promise<void>;
  /** Which log entry the saved clustering state includes, and up to which entry the log was dropped (0, 0 when
   * none is saved); cheap, no state read. */
  clusterApplied(): Promise<{ applied: number; pruned: number }>;
  /** The saved clustering state, null when none is saved. */
  getClusterState(): Promise<ClusterSaved | null>;
  /** Saves the state as of log entry `applied` (its header and the rows that changed), and drops the log entries
   * the previous saved state included. */
  saveClusterState(save: ClusterSave): Promise<void>;
  /** Keeps a turn's changes for the processes whose copies are behind it (dropped with the log entries). */
  appendClusterDiff(diff: ClusterDiff): Promise<void>;
  /** The turns' changes that end after log entry `applied`, in order. */
  clusterDiffsSince(applied: number): Promise<ClusterDiff[]>;
  /** The keys of the story members the saved state holds rows of. */
  clusterMemberKeys(): Promise<string[]>;
  /** Appends an article to the clustering log; returns its entry number. */
  appendClusterLog(doc: Document, day: number): Promise<number>;
  /** Appends articles to the clustering log in one statement; returns their entry numbers, in order. */
  appendClusterLogMany(entries: { doc: Document; day: number }[]): Promise<number[]>;
  /** The log entries after `seq`, in order. */
  clusterLogSince(seq: number): Promise<ClusterLogEntry[]>;
  /** Moves documents (by id; every one when ids is null) to another story, renaming one whose id is taken there;
   * one whose content the target already holds stays. Returns how many moved. */
  moveDocuments(from: StoryRecord, into: StoryRecord, ids: string[] | null): Promise<number>;
  /** Removes a story a merge left without documents: its ingest log and changes go to the story it merged into
   * (its briefing goes with it). False, and nothing done, while it holds a document. */
  retireStory(from: StoryRecord, into: StoryRecord): Promise<boolean>;
  /** `id` when no stored document in any story has it, else the first of id-2, id-3… that none has. */
  freeDocumentId(id: string): Promise<string>;
  /** Which of these ids some stored document (in any story) has, in one query. */
  takenDocumentIds(ids: string[]): Promise<Set<string>>;
}
