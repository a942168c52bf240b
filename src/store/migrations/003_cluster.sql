-- Online story clustering of a stream, kept between runs and shared by workers: a snapshot of the clustering state
-- (with the last log entry folded into it), and the articles clustered since, in order, so that any process can
-- bring its copy of the state up to date by replaying them. The log keeps one snapshot interval more than it must
-- (entries after `pruned`), so a process a little behind replays instead of reading the whole state again.

-- body last: SQLite then reads applied and pruned (asked before every article) without the state's overflow pages
CREATE TABLE cluster_state (
  name TEXT NOT NULL PRIMARY KEY,
  applied INTEGER NOT NULL,
  pruned INTEGER NOT NULL,
  stored_at TEXT NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE cluster_log (
  seq INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  day INTEGER NOT NULL,
  at TEXT NOT NULL
);
