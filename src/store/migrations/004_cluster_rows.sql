-- The stream clustering's state as rows, so a save rewrites only what changed since the last one (the stories,
-- index keys and term counts the articles in between touched), not the whole 7-day window. cluster_state keeps
-- the rest of the state (article count, clock, the articles awaiting their second look) in its body.

CREATE TABLE cluster_stories (
  id TEXT NOT NULL PRIMARY KEY,
  body TEXT NOT NULL
);

-- a story's recent article as clustering remembers it (vector, MinHash signature), keyed by its log entry: written
-- once, as it never changes; a story row names its members by these keys
CREATE TABLE cluster_members (
  key TEXT NOT NULL PRIMARY KEY,
  body TEXT NOT NULL
);

-- an index key (name, term, number or MinHash band) → the ids of the stories holding it, latest last (JSON)
CREATE TABLE cluster_postings (
  key TEXT NOT NULL PRIMARY KEY,
  stories TEXT NOT NULL
);

-- a feature key → articles holding it, and the stream day it was last seen
CREATE TABLE cluster_df (
  key TEXT NOT NULL PRIMARY KEY,
  n INTEGER NOT NULL,
  last INTEGER NOT NULL
);

-- the stories a clustered item's arrival merged, split or moved documents of, so that a job re-run after its
-- worker died once the item was stored still re-briefs them (JSON list; null when none)
ALTER TABLE feed_items ADD COLUMN touched TEXT;

-- the stream clustering names each document by an id no other stored document has (documents are unique by id only
-- within their story): found through this index
CREATE INDEX documents_id ON documents (id);
