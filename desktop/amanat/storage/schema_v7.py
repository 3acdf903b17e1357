"""Schema version 7: person merges and "not the same person" (docs/review.md §5).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``person_merge``: the projection of ``person_merge`` records (one row per record, its
  current revision): ``keep_id`` and ``other_id``, ``undone`` once unmerged, who wrote
  it and when (the first revision's author and time: the order merges are applied in).
- ``person_distinct``: the projection of ``person_distinct`` records (a pair of persons
  a reviewer said are not the same person; ``withdrawn`` once taken back).
- ``person_alias``: derived from the merges that are not undone, rewritten whenever one
  changes: every merged-away person id and the id it resolves to (transitively: A into
  B and B into C gives A -> C and B -> C). A person id that is not here is its own.
"""

from __future__ import annotations

from amanat.storage.db import Connection

TABLES = (
    """CREATE TABLE person_merge (
    id         TEXT PRIMARY KEY,
    keep_id    TEXT NOT NULL,
    other_id   TEXT NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    author_key BLOB NOT NULL,                   -- of the first revision
    created    TEXT NOT NULL,                   -- of the first revision
    updated    TEXT NOT NULL,
    rev_id     TEXT NOT NULL
) STRICT""",
    "CREATE INDEX person_merge_keep ON person_merge (keep_id)",
    "CREATE INDEX person_merge_other ON person_merge (other_id)",
    """CREATE TABLE person_distinct (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL,
    other_id   TEXT NOT NULL,
    withdrawn  INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    author_key BLOB NOT NULL,
    created    TEXT NOT NULL,
    rev_id     TEXT NOT NULL
) STRICT""",
    "CREATE INDEX person_distinct_person ON person_distinct (person_id)",
    "CREATE INDEX person_distinct_other ON person_distinct (other_id)",
    """CREATE TABLE person_alias (
    old_id    TEXT PRIMARY KEY,
    person_id TEXT NOT NULL                     -- the id it resolves to
) STRICT, WITHOUT ROWID""",
    "CREATE INDEX person_alias_person ON person_alias (person_id)",
)


def apply(conn: Connection) -> None:
    for statement in TABLES:
        conn.execute(statement)
