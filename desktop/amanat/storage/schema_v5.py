"""Schema version 5: the reviewer's workspace: review state, grades, note threads and
the review queue (docs/review.md §2, §3).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``review``: projection of the ``review`` records (one per case per reviewing vault:
  a state and an assignee). ``owner_key``: the author of the record's root revision.
- ``grade``: projection of the ``grade`` records (Admiralty code on a testimony or an
  event; every grade a record of its own, the current one the latest).
- ``annotation.reply_to``: the note a note answers (a thread).
- ``case_review``: one row per case, the review queue, kept by the triggers below and
  by ``storage.reviews`` so that the queue is one indexed query at 100,000 cases:
  this vault's own review of the case (``review_id``, ``state``, ``assignee``,
  ``mine``: assigned to this vault's display name, ``reviewed_seq``: the local
  arrival order of the revision of the review shown), ``received_seq`` (the latest
  revision of any of the case's records that came in a bundle and became a head),
  ``pending`` (the
  case's records with more than one head: conflicts and proposals), ``changed`` (the
  latest revision time of any of its records) and ``rank`` (the sum of the weights of
  the reasons that apply: ``storage.reviews.REASONS``, kept by triggers; a later reason
  is a column, a REASONS entry and ``storage.reviews.set_rank`` in its own migration).
"""

from __future__ import annotations

# The rank of version 5: conflict 8, new or changed 4 (never both), assigned to me 2. Frozen here;
# storage.reviews.rank_expression() must give the same for the REASONS of version 5.
RANK_V5 = (
    "(CASE WHEN pending > 0 THEN 8 ELSE 0 END)"
    " + (CASE WHEN received_seq > 0 AND reviewed_seq IS NULL THEN 4 ELSE 0 END)"
    " + (CASE WHEN reviewed_seq IS NOT NULL AND received_seq > reviewed_seq THEN 4 ELSE 0 END)"
    " + (CASE WHEN mine <> 0 THEN 2 ELSE 0 END)"
)

# How many of a case's records have more than one head (``:case`` is the case id).
_PENDING = (
    "(SELECT count(*) FROM case_record m WHERE m.case_id = {case}"
    " AND (SELECT count(*) FROM record_head h WHERE h.record_id = m.record_id) > 1)"
)

SQL = f"""
CREATE TABLE review (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL,
    state     TEXT NOT NULL,
    assignee  TEXT,
    owner_key BLOB NOT NULL,                    -- author of the root revision
    updated   TEXT NOT NULL,                    -- created time of the revision shown
    rev_id    TEXT NOT NULL
) STRICT;
CREATE INDEX review_case ON review (case_id, owner_key);

CREATE TABLE grade (
    id          TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    case_id     TEXT,
    source      TEXT NOT NULL CHECK (source IN ('A', 'B', 'C', 'D', 'E', 'F')),
    info        INTEGER NOT NULL CHECK (info BETWEEN 1 AND 6),
    reason      TEXT,
    author_key  BLOB NOT NULL,                  -- author of the revision shown
    created     TEXT NOT NULL,                  -- time of the first revision
    rev_id      TEXT NOT NULL
) STRICT;
CREATE INDEX grade_target ON grade (target_id, created);

ALTER TABLE annotation ADD COLUMN reply_to TEXT;
CREATE INDEX annotation_reply ON annotation (reply_to) WHERE reply_to IS NOT NULL;

CREATE TABLE case_review (
    case_id      TEXT PRIMARY KEY,
    review_id    TEXT,                          -- this vault's own review record
    state        TEXT NOT NULL DEFAULT 'unreviewed',
    assignee     TEXT,
    mine         INTEGER NOT NULL DEFAULT 0,
    reviewed_seq INTEGER,
    received_seq INTEGER NOT NULL DEFAULT 0,
    pending      INTEGER NOT NULL DEFAULT 0,
    changed      TEXT NOT NULL DEFAULT '',
    rank         INTEGER NOT NULL DEFAULT 0     -- kept by the two triggers below
) STRICT;

-- The rank is a plain column kept by triggers, not a generated one: SQLite never reads
-- an index on a generated column as a covering index, and the queue's 100,000 ids must
-- come from the index alone.
CREATE TRIGGER case_review_rank_new AFTER INSERT ON case_review BEGIN
    UPDATE case_review SET rank = ({RANK_V5}) WHERE case_id = NEW.case_id;
END;

CREATE TRIGGER case_review_rank AFTER UPDATE ON case_review BEGIN
    UPDATE case_review SET rank = ({RANK_V5})
    WHERE case_id = NEW.case_id AND rank IS NOT ({RANK_V5});
END;

CREATE TRIGGER case_review_case AFTER INSERT ON case_file BEGIN
    INSERT OR IGNORE INTO case_review (case_id, changed) VALUES (NEW.id, NEW.created);
END;

CREATE TRIGGER case_review_case_gone AFTER DELETE ON case_file BEGIN
    DELETE FROM case_review WHERE case_id = OLD.id;
END;

CREATE TRIGGER case_review_revision AFTER INSERT ON revision BEGIN
    UPDATE case_review SET changed = max(changed, NEW.created)
    WHERE case_id IN (SELECT case_id FROM case_record WHERE record_id = NEW.record_id);
END;

CREATE TRIGGER case_review_member AFTER INSERT ON case_record BEGIN
    UPDATE case_review SET
        changed = max(changed, coalesce(
            (SELECT max(created) FROM revision WHERE record_id = NEW.record_id), '')),
        received_seq = max(received_seq, coalesce((SELECT max(seq) FROM revision
            WHERE record_id = NEW.record_id AND origin IS NOT NULL), 0)),
        pending = {_PENDING.format(case="NEW.case_id")}
    WHERE case_id = NEW.case_id;
END;

-- A received revision counts when it becomes a head (new, fast-forward, proposal,
-- conflict), not when an old one arrives late and changes nothing ("kept").
CREATE TRIGGER case_review_head_added AFTER INSERT ON record_head BEGIN
    UPDATE case_review SET
        pending = {_PENDING.format(case="case_review.case_id")},
        received_seq = max(received_seq, coalesce((SELECT seq FROM revision
            WHERE rev_id = NEW.rev_id AND origin IS NOT NULL), 0))
    WHERE case_id IN (SELECT case_id FROM case_record WHERE record_id = NEW.record_id);
END;

CREATE TRIGGER case_review_head_gone AFTER DELETE ON record_head BEGIN
    UPDATE case_review SET pending = {_PENDING.format(case="case_review.case_id")}
    WHERE case_id IN (SELECT case_id FROM case_record WHERE record_id = OLD.record_id);
END;

CREATE TRIGGER case_review_me AFTER UPDATE OF display_name ON identity BEGIN
    UPDATE case_review SET mine = (assignee IS NOT NULL AND assignee = NEW.display_name);
END;

-- The queue of a vault made before version 5, cheaply (one look-up per case, not per
-- record: 100,000 cases in seconds): a case came from a bundle if its case record did
-- (every bundle of a case carries it), and nobody has reviewed it yet; the last change
-- is the case's own; pending: the records with more than one head.
INSERT INTO case_review (case_id, changed, received_seq)
    SELECT c.id, c.updated, coalesce((SELECT max(r.seq) FROM revision r
        WHERE r.record_id = c.id AND r.origin IS NOT NULL), 0)
    FROM case_file c;
UPDATE case_review SET pending = {_PENDING.format(case="case_review.case_id")}
    WHERE case_id IN (SELECT m.case_id FROM record_conflict k
        JOIN case_record m ON m.record_id = k.record_id);

CREATE INDEX case_review_queue ON case_review (rank DESC, changed DESC, case_id);
CREATE INDEX case_review_state ON case_review (state, rank DESC, changed DESC, case_id);
CREATE INDEX case_review_assignee ON case_review (assignee, rank DESC, changed DESC, case_id);
CREATE INDEX case_review_state_assignee
    ON case_review (state, assignee, rank DESC, changed DESC, case_id);
CREATE INDEX case_review_changed_order ON case_review (changed, case_id);
-- One partial index per reason of version 5 (its condition, as in storage.reviews.REASONS):
-- filtering by a reason reads only the cases it applies to.
CREATE INDEX case_review_conflict ON case_review (rank DESC, changed DESC, case_id)
    WHERE pending > 0;
CREATE INDEX case_review_new ON case_review (rank DESC, changed DESC, case_id)
    WHERE received_seq > 0 AND reviewed_seq IS NULL;
CREATE INDEX case_review_changed ON case_review (rank DESC, changed DESC, case_id)
    WHERE reviewed_seq IS NOT NULL AND received_seq > reviewed_seq;
CREATE INDEX case_review_assigned_to_me ON case_review (rank DESC, changed DESC, case_id)
    WHERE mine <> 0;
"""
