"""Person merges and "not the same person", applied when reading (docs/review.md §5).

A merge never rewrites a person record: each is owned by the vault that wrote it
(docs/trust.md). ``person_merge`` records say "these two ids are one person";
``person_alias`` maps every merged-away id to the id it resolves to, rebuilt from the
merges that are not undone whenever one changes. Reads of persons (search, summaries,
duplicates, case views) go through ``resolve`` / ``group``.

Merges are applied in the order they were first written (time, then id) as a union:
the root of ``keep`` absorbs the root of ``other``. So A into B then B into C resolves
A and B to C; two vaults that merged the same pair opposite ways, or a chain that
would loop, still end in one person, the same on every vault that holds the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from amanat.domain.model import PersonDistinct, PersonMerge
from amanat.storage.db import Connection
from amanat.storage.history import Revision

_MERGE_COLUMNS = (
    "id", "keep_id", "other_id", "undone", "author_key", "created", "updated", "rev_id",
)  # fmt: skip
_DISTINCT_COLUMNS = ("id", "person_id", "other_id", "withdrawn", "author_key", "created", "rev_id")


def _upsert(table: str, columns: Sequence[str], keep: Iterable[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    kept = {"id", *keep}
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in kept)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        f" ON CONFLICT(id) DO UPDATE SET {updates}"
    )


_MERGE_SQL = _upsert("person_merge", _MERGE_COLUMNS, {"author_key", "created"})
_DISTINCT_SQL = _upsert("person_distinct", _DISTINCT_COLUMNS, {"author_key", "created"})


def project_merge(conn: Connection, m: PersonMerge, rev: Revision, first: bool) -> None:
    """The projector of ``person_merge`` records (storage.records): its row, then the
    aliases of every person id."""
    del first
    conn.execute(
        _MERGE_SQL,
        (m.id, m.keep_id, m.other_id, int(m.undone), rev.author, rev.created, rev.created,
         rev.rev_id),
    )  # fmt: skip
    rebuild_aliases(conn)


def project_distinct(conn: Connection, d: PersonDistinct, rev: Revision, first: bool) -> None:
    del first
    conn.execute(
        _DISTINCT_SQL,
        (d.id, d.person_id, d.other_id, int(d.withdrawn), rev.author, rev.created, rev.rev_id),
    )


def compute_aliases(merges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{merged-away id: the id it resolves to} for (keep, other) pairs in order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while root in parent:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for keep, other in merges:
        kept, merged = find(keep), find(other)
        if kept != merged:
            parent[merged] = kept
    return {x: find(x) for x in list(parent)}


def rebuild_aliases(conn: Connection) -> None:
    """Rewrite ``person_alias`` from the merges not undone (only the rows that change)."""
    merges = conn.execute(
        "SELECT keep_id, other_id FROM person_merge WHERE undone = 0 ORDER BY created, id"
    ).fetchall()
    wanted = compute_aliases((str(k), str(o)) for k, o in merges)
    stored = {str(a): str(b) for a, b in conn.execute("SELECT old_id, person_id FROM person_alias")}
    gone = [(old,) for old in stored if old not in wanted]
    if gone:
        conn.executemany("DELETE FROM person_alias WHERE old_id = ?", gone)
    changed = [(old, new) for old, new in wanted.items() if stored.get(old) != new]
    if changed:
        conn.executemany(
            "INSERT INTO person_alias (old_id, person_id) VALUES (?, ?)"
            " ON CONFLICT(old_id) DO UPDATE SET person_id = excluded.person_id",
            changed,
        )


# -- reading ------------------------------------------------------------------------------


def resolve(conn: Connection, person_id: str) -> str:
    """The id a person id resolves to: itself unless merged away."""
    row = conn.execute(
        "SELECT person_id FROM person_alias WHERE old_id = ?", (person_id,)
    ).fetchone()
    return person_id if row is None else str(row[0])


def resolve_many(conn: Connection, person_ids: Iterable[str]) -> dict[str, str]:
    """{id: the id it resolves to} for each of ``person_ids``."""
    wanted = list(dict.fromkeys(person_ids))
    out = {pid: pid for pid in wanted}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for old, new in conn.execute(
            f"SELECT old_id, person_id FROM person_alias WHERE old_id IN ({marks})", chunk
        ):
            out[str(old)] = str(new)
    return out


def group(conn: Connection, person_id: str) -> list[str]:
    """Every id of the person ``person_id`` resolves to: that id first, then the ids
    merged into it (sorted)."""
    root = resolve(conn, person_id)
    merged = [
        str(r[0])
        for r in conn.execute(
            "SELECT old_id FROM person_alias WHERE person_id = ? ORDER BY old_id", (root,)
        )
    ]
    return [root, *merged]


def is_merged_away(conn: Connection, person_id: str) -> bool:
    return resolve(conn, person_id) != person_id


@dataclass(frozen=True)
class MergeRow:
    id: str
    keep_id: str
    other_id: str
    undone: bool
    author: bytes
    created: str
    updated: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "keep": self.keep_id,
            "other": self.other_id,
            "undone": self.undone,
            "author": self.author.hex(),
            "created": self.created,
            "updated": self.updated,
        }


_MERGE_SELECT = (
    "SELECT id, keep_id, other_id, undone, author_key, created, updated FROM person_merge"
)


def _merge_row(row: Any) -> MergeRow:
    return MergeRow(
        str(row[0]), str(row[1]), str(row[2]), bool(row[3]), bytes(row[4]),
        str(row[5]), str(row[6]),
    )  # fmt: skip


def merge_row(conn: Connection, merge_id: str) -> MergeRow | None:
    row = conn.execute(f"{_MERGE_SELECT} WHERE id = ?", (merge_id,)).fetchone()
    return None if row is None else _merge_row(row)


def merges_of(
    conn: Connection, person_ids: Sequence[str], *, undone: bool = False
) -> list[MergeRow]:
    """The merges naming any of ``person_ids`` (not undone, unless ``undone``), oldest
    first."""
    if not person_ids:
        return []
    marks = ", ".join("?" for _ in person_ids)
    where = "" if undone else " AND undone = 0"
    rows = conn.execute(
        f"{_MERGE_SELECT} WHERE (keep_id IN ({marks}) OR other_id IN ({marks})){where}"
        " ORDER BY created, id",
        (*person_ids, *person_ids),
    ).fetchall()
    return [_merge_row(r) for r in rows]


def distinct_id(conn: Connection, group_a: Sequence[str], group_b: Sequence[str]) -> str | None:
    """The id of an active "not the same person" mark between the two groups of ids."""
    if not group_a or not group_b:
        return None
    a_marks = ", ".join("?" for _ in group_a)
    b_marks = ", ".join("?" for _ in group_b)
    row = conn.execute(
        "SELECT id FROM person_distinct WHERE withdrawn = 0 AND"
        f" ((person_id IN ({a_marks}) AND other_id IN ({b_marks})) OR"
        f" (person_id IN ({b_marks}) AND other_id IN ({a_marks})))"
        " ORDER BY created, id LIMIT 1",
        (*group_a, *group_b, *group_b, *group_a),
    ).fetchone()
    return None if row is None else str(row[0])


def distinct_root_pairs(conn: Connection) -> set[tuple[str, str]]:
    """The pairs of resolved ids that some active mark says are not the same person,
    each as (smaller, larger)."""
    rows = conn.execute(
        "SELECT coalesce(a.person_id, d.person_id), coalesce(b.person_id, d.other_id)"
        " FROM person_distinct d"
        " LEFT JOIN person_alias a ON a.old_id = d.person_id"
        " LEFT JOIN person_alias b ON b.old_id = d.other_id WHERE d.withdrawn = 0"
    ).fetchall()
    pairs: set[tuple[str, str]] = set()
    for x, y in rows:
        first, second = sorted((str(x), str(y)))
        pairs.add((first, second))
    return pairs


def distinct_marks_of(conn: Connection, person_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(mark id, person, other) of the active marks naming any of ``person_ids``."""
    if not person_ids:
        return []
    marks = ", ".join("?" for _ in person_ids)
    rows = conn.execute(
        "SELECT id, person_id, other_id FROM person_distinct WHERE withdrawn = 0 AND"
        f" (person_id IN ({marks}) OR other_id IN ({marks})) ORDER BY created, id",
        (*person_ids, *person_ids),
    ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]
