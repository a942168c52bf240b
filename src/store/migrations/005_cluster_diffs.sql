-- What each turn of a clustering process changed in the state (the rows a save would write, as one JSON body), so
-- that the other processes bring their copies up to date by reading it, instead of replaying its articles. Kept
-- until the saved rows include it (and one save interval more, like the log).

CREATE TABLE cluster_diffs (
  applied INTEGER NOT NULL,
  since INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (applied)
);
