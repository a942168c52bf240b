-- What a stream of articles needs kept: each document's findings (so extraction runs once per document and
-- extractor version), each story's last briefing (so it is rebuilt only when its documents change), the changes
-- between successive briefings, and each watched feed's state (so a restarted watch resumes where it stopped).

CREATE TABLE findings (
  doc_seq INTEGER NOT NULL PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  version TEXT NOT NULL,
  body TEXT NOT NULL,
  stored_at TEXT NOT NULL
);

CREATE TABLE briefings (
  story_id INTEGER NOT NULL PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
  inputs_key TEXT NOT NULL,
  body TEXT NOT NULL,
  stored_at TEXT NOT NULL
);

CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE INDEX changes_story ON changes (story_id, seq);

CREATE TABLE feeds (
  url TEXT NOT NULL PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT,
  ok_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);

-- Jobs that failed every try, with the reason of the last: kept here so that no failed work is ever lost from view.
CREATE TABLE parked_jobs (
  id TEXT NOT NULL PRIMARY KEY,
  queue TEXT NOT NULL,
  data TEXT NOT NULL,
  reason TEXT NOT NULL,
  tries INTEGER NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE feed_items (
  feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'rejected')),
  story TEXT,
  doc_id TEXT,
  reason TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);
