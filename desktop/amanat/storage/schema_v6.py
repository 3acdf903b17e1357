"""Schema version 6: follow-up questions and their answers (docs/review.md §6).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``followup``: the projection of FollowUp records (a reviewer's question about a case,
  or one record and field of it), owned by the vault that asked.
- ``followup_answer``: the projection of FollowUpAnswer records (a note, a correction
  or a new testimony), owned by the vault that answered. A question with an answer
  is answered; without one, open.
- ``followup_seen``: local only, never sent: the answers this vault's reviewer has
  looked at (the review queue's "answered follow-ups" are the others).
- ``record_waiting``: the records with more than one head (a conflict or a proposal),
  kept by triggers on ``record_head``; the ``record_conflict`` view reads it instead of
  grouping every head of the vault (6.8 s at 100,000 cases, now milliseconds:
  tests/bench/bench_conflicts.py).
"""

from __future__ import annotations

SQL = """
CREATE TABLE followup (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    field       TEXT,
    text        TEXT NOT NULL,
    asked_by    TEXT,
    author_key  BLOB NOT NULL,
    created     TEXT NOT NULL,
    sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id      TEXT NOT NULL
) STRICT;
CREATE INDEX followup_case ON followup (case_id);
CREATE INDEX followup_target ON followup (target_id);

CREATE TABLE followup_answer (
    id          TEXT PRIMARY KEY,
    followup_id TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('note', 'correction', 'testimony')),
    text        TEXT,
    record_id   TEXT,
    answer_rev  TEXT,
    answered_by TEXT,
    author_key  BLOB NOT NULL,
    created     TEXT NOT NULL,
    sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id      TEXT NOT NULL
) STRICT;
CREATE INDEX followup_answer_followup ON followup_answer (followup_id);
CREATE INDEX followup_answer_case ON followup_answer (case_id);

CREATE TABLE record_waiting (
    record_id TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
INSERT INTO record_waiting (record_id)
    SELECT record_id FROM record_head GROUP BY record_id HAVING count(*) > 1;
CREATE TRIGGER record_waiting_head_added AFTER INSERT ON record_head
WHEN EXISTS (SELECT 1 FROM record_head h WHERE h.record_id = NEW.record_id
             AND h.rev_id <> NEW.rev_id)
BEGIN INSERT OR IGNORE INTO record_waiting (record_id) VALUES (NEW.record_id); END;
CREATE TRIGGER record_waiting_head_removed AFTER DELETE ON record_head
WHEN (SELECT count(*) FROM record_head h WHERE h.record_id = OLD.record_id) < 2
BEGIN DELETE FROM record_waiting WHERE record_id = OLD.record_id; END;
DROP VIEW record_conflict;
CREATE VIEW record_conflict AS
    SELECT w.record_id,
           (SELECT h.record_kind FROM record_head h WHERE h.record_id = w.record_id LIMIT 1)
               AS record_kind,
           (SELECT count(*) FROM record_head h WHERE h.record_id = w.record_id) AS heads
    FROM record_waiting w;

CREATE TABLE followup_seen (
    answer_id TEXT PRIMARY KEY,
    seen      TEXT NOT NULL
) STRICT, WITHOUT ROWID;
"""
