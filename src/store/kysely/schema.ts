// The tables as Kysely sees them: one description of the schema for SQLite and PostgreSQL alike (migrations/).
import type { Generated } from 'kysely';

export interface StoriesTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface DocumentsTable {
  seq: Generated<number>;
  story_id: number;
  id: string;
  source: string;
  raw_kind: string;
  raw_body: string;
  raw_meta: string;
  title: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  published_basis: string;
  language: string | null;
  url: string | null;
  text: string;
  blocks: string;
  flags: string;
  content_hash: string;
  stored_at: string;
}

export interface IngestLogTable {
  seq: Generated<number>;
  story_id: number;
  input: string;
  status: string;
  doc_id: string | null;
  reason: string | null;
  at: string;
}

export interface FindingsTable {
  doc_seq: number;
  version: string;
  body: string;
  stored_at: string;
}

export interface BriefingsTable {
  story_id: number;
  inputs_key: string;
  body: string;
  stored_at: string;
}

export interface ChangesTable {
  seq: Generated<number>;
  story_id: number;
  kind: string;
  summary: string;
  body: string;
  at: string;
}

export interface FeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string | null;
  ok_at: string | null;
  failures: Generated<number>;
  last_error: string | null;
}

export interface FeedItemsTable {
  feed_url: string;
  item_key: string;
  status: string;
  story: string | null;
  doc_id: string | null;
  reason: string | null;
  seen_at: string;
  touched: string | null;
}

export interface ParkedJobsTable {
  id: string;
  queue: string;
  data: string;
  reason: string;
  tries: number;
  at: string;
}

export interface ClusterStateTable {
  name: string;
  body: string;
  applied: number;
  pruned: number;
  stored_at: string;
}

export interface ClusterLogTable {
  seq: Generated<number>;
  doc: string;
  day: number;
  at: string;
}

export interface ClusterStoriesTable {
  id: string;
  body: string;
}

export interface ClusterMembersTable {
  key: string;
  body: string;
}

export interface ClusterPostingsTable {
  key: string;
  stories: string;
}

export interface ClusterDfTable {
  key: string;
  n: number;
  last: number;
}

/** What one turn of a clustering process changed (migration 005): from log entry `since` to `applied`. */
export interface ClusterDiffsTable {
  applied: number;
  since: number;
  body: string;
}

export interface DB {
  stories: StoriesTable;
  documents: DocumentsTable;
  ingest_log: IngestLogTable;
  findings: FindingsTable;
  briefings: BriefingsTable;
  changes: ChangesTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  parked_jobs: ParkedJobsTable;
  cluster_state: ClusterStateTable;
  cluster_log: ClusterLogTable;
  cluster_stories: ClusterStoriesTable;
  cluster_members: ClusterMembersTable;
  cluster_postings: ClusterPostingsTable;
  cluster_df: ClusterDfTable;
  cluster_diffs: ClusterDiffsTable;
}
