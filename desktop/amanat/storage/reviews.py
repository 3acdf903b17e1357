"""Review state, grades and the review queue in SQL (docs/review.md §2, §3).

- ``project_review`` / ``project_grade``: the projection of the ``review`` and ``grade``
  records (called by ``storage.records.project``); a review that is this vault's own
  (``case_review.review_id``) also sets the case's row of the queue.
- The queue (``queue_ids``, ``queue_rows``): one row per case in ``case_review``, kept
  by the triggers of schema version 5. Why a case needs attention is a list of
  ``Reason``s (``REASONS``): each a code, an SQL condition over ``case_review`` (alias
  ``q``) and a weight; ``rank`` (kept by triggers, indexed) is the sum of the weights
  that apply, and the queue is ordered by rank, then the latest change.

Adding a reason (e.g. ``followup_answered``) is: a column of ``case_review`` kept up to
date by its own code or triggers, one ``Reason`` appended below, and, in the same
migration, ``set_rank(conn, rank_expression())`` as it is then (frozen as a literal in
that migration, as schema_v5.RANK_V5 is).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from amanat.domain.errors import ValidationError
from amanat.domain.model import Grade, Review, ReviewState
from amanat.storage.db import Connection
from amanat.storage.history import Revision


@dataclass(frozen=True)
class Reason:
    code: str  # stable: in `review list --json`, the app's words, the filter
    condition: str  # SQL over case_review AS q; ":me" is never needed (q.mine)
    weight: int  # its share of the rank: higher comes first


REASONS: tuple[Reason, ...] = (
    Reason("conflict", "q.pending > 0", 8),
    Reason("new", "q.received_seq > 0 AND q.reviewed_seq IS NULL", 4),
    Reason("changed", "q.reviewed_seq IS NOT NULL AND q.received_seq > q.reviewed_seq", 4),
    Reason("assigned_to_me", "q.mine <> 0", 2),
    Reason("followup_answered", "q.followups_answered > 0", 4),  # schema 9
)
REASON_CODES = tuple(r.code for r in REASONS)


def rank_expression(reasons: Sequence[Reason] = REASONS) -> str:
    """The rank column's expression for ``reasons``: the sum of the weights of those
    that apply (a test holds the migration's frozen literal to it)."""
    return " + ".join(
        f"(CASE WHEN {r.condition.replace('q.', '')} THEN {r.weight} ELSE 0 END)" for r in reasons
    )


def set_rank(conn: Connection, expression: str) -> None:
    """Give the rank a new expression (a later migration's reason): the two triggers
    that keep it are made again with it, and every row's rank is computed again."""
    conn.execute("DROP TRIGGER IF EXISTS case_review_rank_new")
    conn.execute("DROP TRIGGER IF EXISTS case_review_rank")
    conn.execute(
        "CREATE TRIGGER case_review_rank_new AFTER INSERT ON case_review BEGIN"
        f" UPDATE case_review SET rank = ({expression}) WHERE case_id = NEW.case_id; END"
    )
    conn.execute(
        "CREATE TRIGGER case_review_rank AFTER UPDATE ON case_review BEGIN"
        f" UPDATE case_review SET rank = ({expression})"
        f" WHERE case_id = NEW.case_id AND rank IS NOT ({expression}); END"
    )
    conn.execute(f"UPDATE case_review SET rank = ({expression})")


def reason_index_sql(reason: Reason) -> str:
    """The partial index that makes filtering by ``reason`` read only its cases (a
    later reason's migration creates its own with this)."""
    condition = reason.condition.replace("q.", "")
    return (
        f"CREATE INDEX case_review_{reason.code} ON case_review"
        f" (rank DESC, changed DESC, case_id) WHERE {condition}"
    )


def _ids(conn: Connection, sql: str, params: Sequence[Any]) -> list[str]:
    """The first column of every row, as plain tuples (sqlcipher3.Row costs five times
    as much for 100,000 ids)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return [r[0] for r in cursor.execute(sql, params)]


def reasons_sql() -> str:
    """A SELECT expression giving the reason codes of a row of ``case_review q``,
    space-separated, in REASONS order."""
    parts = [f"CASE WHEN {r.condition} THEN '{r.code} ' ELSE '' END" for r in REASONS]
    return "rtrim(" + " || ".join(parts) + ")"


# -- projection ---------------------------------------------------------------------------


def project_review(conn: Connection, r: Review, rev: Revision, first: bool) -> None:
    conn.execute(
        "INSERT INTO review (id, case_id, state, assignee, owner_key, updated, rev_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
        " assignee = excluded.assignee, updated = excluded.updated, rev_id = excluded.rev_id",
        (r.id, r.case_id, r.state.value, r.assignee, rev.author, rev.created, rev.rev_id),
    )
    conn.execute(
        "INSERT OR IGNORE INTO case_record (case_id, record_id, record_kind) VALUES (?, ?, ?)",
        (r.case_id, r.id, "review"),
    )
    conn.execute(
        "UPDATE case_review SET state = ?1, assignee = ?2,"
        " reviewed_seq = (SELECT seq FROM revision WHERE rev_id = ?3),"
        " mine = (?2 IS NOT NULL AND ?2 = (SELECT display_name FROM identity WHERE id = 1))"
        " WHERE case_id = ?4 AND review_id = ?5",
        (r.state.value, r.assignee, rev.rev_id, r.case_id, r.id),
    )


def project_grade(conn: Connection, g: Grade, rev: Revision, first: bool) -> None:
    table = "testimony" if g.target_kind.value == "testimony" else "event"
    row = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (g.target_id,)).fetchone()
    case_id = None if row is None else str(row[0])
    conn.execute(
        "INSERT INTO grade (id, target_kind, target_id, case_id, source, info, reason,"
        " author_key, created, rev_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET source = excluded.source, info = excluded.info,"
        " reason = excluded.reason, author_key = excluded.author_key, rev_id = excluded.rev_id,"
        " case_id = coalesce(excluded.case_id, grade.case_id)",
        (
            g.id,
            g.target_kind.value,
            g.target_id,
            case_id,
            g.source,
            g.info,
            g.reason,
            rev.author,
            rev.created,
            rev.rev_id,
        ),
    )
    if case_id is not None:
        conn.execute(
            "INSERT OR IGNORE INTO case_record (case_id, record_id, record_kind) VALUES (?, ?, ?)",
            (case_id, g.id, "grade"),
        )


# -- this vault's review of a case --------------------------------------------------------


def own_review_id(conn: Connection, case_id: str, owner_key: bytes) -> str | None:
    """The id of this vault's review record of ``case_id`` (None before the first)."""
    row = conn.execute("SELECT review_id FROM case_review WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None and row[0] is not None:
        return str(row[0])
    row = conn.execute(
        "SELECT id FROM review WHERE case_id = ? AND owner_key = ? ORDER BY rowid LIMIT 1",
        (case_id, owner_key),
    ).fetchone()
    return None if row is None else str(row[0])


def claim_review(conn: Connection, case_id: str, review_id: str) -> None:
    """Make ``review_id`` the case's own review in the queue (before its first write)."""
    conn.execute("UPDATE case_review SET review_id = ? WHERE case_id = ?", (review_id, case_id))


# -- the queue ----------------------------------------------------------------------------

QUEUE_SORTS: dict[str, str] = {
    # key -> ORDER BY (ascending); "attention" is the queue's own order.
    "attention": "q.rank DESC, q.changed DESC, q.case_id",
    "changed": "q.changed, q.case_id",
    "state": "q.state, q.rank DESC, q.changed DESC, q.case_id",
    "assignee": "q.assignee, q.rank DESC, q.changed DESC, q.case_id",
    "title": "c.title, q.case_id",
}
_REVERSED = {"attention": "q.rank, q.changed, q.case_id DESC"}


def _where(filters: dict[str, Any]) -> tuple[str, list[Any], bool]:
    """SQL conditions for the queue's filters, their parameters, and whether the case
    table is needed. Unknown filters are refused."""
    clauses: list[str] = []
    params: list[Any] = []
    for key, value in filters.items():
        if value in (None, "", [], ()):
            continue
        if key == "state":
            states = [value] if isinstance(value, str) else list(value)
            for state in states:
                if state not in ReviewState.__members__.values():
                    raise ValidationError("invalid.vocab", field="state", scheme="ReviewState")
            clauses.append(f"q.state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        elif key == "assignee":
            clauses.append("q.assignee = ?")
            params.append(str(value))
        elif key == "reason":
            codes = [value] if isinstance(value, str) else list(value)
            chosen = [r for r in REASONS if r.code in codes]
            if len(chosen) != len(set(codes)):
                raise ValidationError("invalid.filter", field="reason")
            clauses.append("(" + " OR ".join(f"({r.condition})" for r in chosen) + ")")
        elif key == "attention":
            if value:
                clauses.append("q.rank > 0")
        else:
            raise ValidationError("invalid.filter", field=key)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params, False


def queue_ids(
    conn: Connection,
    filters: dict[str, Any] | None = None,
    *,
    sort: str = "attention",
    descending: bool = False,
) -> list[str]:
    """Every case id of the queue that matches ``filters`` (``state``: a state or a
    list; ``assignee``: a name; ``reason``: a reason code or a list, any of them;
    ``attention``: True for cases with at least one reason), in ``sort`` order
    (``QUEUE_SORTS``; ``attention`` first means: most reasons and latest change
    first)."""
    if sort not in QUEUE_SORTS:
        raise ValidationError("invalid.sort", field="sort")
    where, params, _ = _where(filters or {})
    order = QUEUE_SORTS[sort]
    if descending:
        order = _REVERSED.get(sort) or ", ".join(
            f"{part} DESC" if not part.endswith("DESC") else part.removesuffix(" DESC")
            for part in order.split(", ")
        )
    join = " JOIN case_file c ON c.id = q.case_id" if sort == "title" else ""
    sql = f"SELECT q.case_id FROM case_review q{join}{where} ORDER BY {order}"
    return _ids(conn, sql, params)


def queue_rows(conn: Connection, case_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The queue's rows of ``case_ids``, in that order: case, title, person of concern
    (the first name), this vault's state and assignee, the reasons, the latest change,
    the field's own status of the case."""
    found: dict[str, dict[str, Any]] = {}
    reasons = reasons_sql()
    ids = list(case_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"SELECT q.case_id, c.title, (SELECT n.text FROM person_name n"
            f" WHERE n.person_id = c.person_id ORDER BY n.position LIMIT 1),"
            f" q.state, q.assignee, {reasons}, q.changed, c.status, q.pending"
            f" FROM case_review q JOIN case_file c ON c.id = q.case_id"
            f" WHERE q.case_id IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            found[str(row[0])] = {
                "case": str(row[0]),
                "title": row[1],
                "person": row[2],
                "state": row[3],
                "assignee": row[4],
                "reasons": str(row[5]).split() if row[5] else [],
                "changed": row[6] or None,
                "field_status": row[7],
                "pending": int(row[8]),
            }
    return [found[i] for i in ids if i in found]
