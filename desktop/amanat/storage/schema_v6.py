"""Schema version 6: follow-up questions and their answers (docs/review.md §6).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``followup``: the projection of FollowUp records (a reviewer's question about a case,
  or one record and field of it), owned by the vault that asked.
- ``followup_answer``: the projection of FollowUpAnswer records (a note, a correction
  or a new testimony), owned by the vault that answered. A question with an answer
  is answered; without one, open.
- ``followup_seen``: local only, never sent: the answers this vault's reviewer has
  looked at (the review queue's "answered follow-ups" are the others).
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

CREATE TABLE followup_seen (
    answer_id TEXT PRIMARY KEY,
    seen      TEXT NOT NULL
) STRICT, WITHOUT ROWID;
"""
