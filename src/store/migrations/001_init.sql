-- Stories, their documents (raw body kept beside the cleaned text so a document can be re-cleaned later),
-- and a log of every input the store was offered.

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  created_at TEXT NOT NULL
);

CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  id TEXT NOT NULL CHECK (length(id) > 0),
  source TEXT NOT NULL,
  raw_kind TEXT NOT NULL CHECK (raw_kind IN ('html', 'text', 'markdown')),
  raw_body TEXT NOT NULL,
  raw_meta TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  authors TEXT NOT NULL,
  published TEXT,
  published_basis TEXT NOT NULL CHECK (published_basis IN ('metadata', 'text', 'inferred', 'unknown')),
  language TEXT,
  url TEXT,
  text TEXT NOT NULL,
  blocks TEXT NOT NULL,
  flags TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  UNIQUE (story_id, id),
  UNIQUE (story_id, content_hash)
);

CREATE TABLE ingest_log (
  seq INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  input TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'rejected')),
  doc_id TEXT,
  reason TEXT,
  at TEXT NOT NULL
);

CREATE INDEX ingest_log_story ON ingest_log (story_id, seq);
