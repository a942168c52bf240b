-- Each clustering row records the log entry of the save that wrote it, so that a process whose copy of the state is
-- behind reads only the rows saved since its copy instead of replaying the other processes' articles; a row a save
-- removes leaves a tombstone (dropped with the log entries it follows). Member rows never change and need none.

ALTER TABLE cluster_stories ADD COLUMN applied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cluster_members ADD COLUMN applied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cluster_postings ADD COLUMN applied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cluster_df ADD COLUMN applied INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cluster_stories_applied ON cluster_stories (applied);
CREATE INDEX cluster_members_applied ON cluster_members (applied);
CREATE INDEX cluster_postings_applied ON cluster_postings (applied);
CREATE INDEX cluster_df_applied ON cluster_df (applied);

-- a story, index key or term count a save removed ('story', 'posting', 'df'), and that save's log entry
CREATE TABLE cluster_gone (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  applied INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX cluster_gone_applied ON cluster_gone (applied);
