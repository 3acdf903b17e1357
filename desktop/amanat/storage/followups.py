"""Follow-up questions and answers: queries over their projection (schema v6;
docs/review.md §6). Writing goes through ``storage.records.write`` like every record.

A question is **open** until an answer record for it is here, then **answered**. The
reviewer's "not yet looked at" is local (``followup_seen``), never sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from amanat.storage.db import Connection
from amanat.storage.history import utc_now

_ROW = (
    "SELECT q.id, q.case_id, q.target_kind, q.target_id, q.field, q.text, q.asked_by,"
    " q.author_key, q.created, c.title,"
    " (SELECT count(*) FROM followup_answer a WHERE a.followup_id = q.id) AS answers"
    " FROM followup q LEFT JOIN case_file c ON c.id = q.case_id"
)


def _question(row: Any) -> dict[str, Any]:
    return {
        "id": str(row[0]),
        "case": str(row[1]),
        "target_kind": str(row[2]),
        "target": str(row[3]),
        "field": row[4],
        "text": str(row[5]),
        "asked_by": row[6],
        "author": bytes(row[7]).hex(),
        "created": str(row[8]),
        "case_title": row[9],
        "state": "answered" if int(row[10]) else "open",
    }


def questions(
    conn: Connection, *, open_only: bool = False, case_id: str | None = None
) -> list[dict[str, Any]]:
    """Follow-ups, oldest first, each with its state and answers."""
    where, params = [], []
    if open_only:
        where.append("answers = 0")
    if case_id is not None:
        where.append("q.case_id = ?")
        params.append(case_id)
    sql = _ROW + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY q.created, q.id"
    found = [_question(r) for r in conn.execute(sql, params).fetchall()]
    by_id = {q["id"]: q for q in found}
    for q in found:
        q["answers"] = []
    if by_id:
        for answer in answers_of(conn, list(by_id)):
            by_id[answer["followup"]]["answers"].append(answer)
    return found


def question(conn: Connection, followup_id: str) -> dict[str, Any] | None:
    row = conn.execute(_ROW + " WHERE q.id = ?", (followup_id,)).fetchone()
    if row is None:
        return None
    found = _question(row)
    found["answers"] = answers_of(conn, [followup_id])
    return found


def answers_of(conn: Connection, followup_ids: Sequence[str]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for start in range(0, len(followup_ids), 500):
        chunk = list(followup_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            "SELECT a.id, a.followup_id, a.kind, a.text, a.record_id, a.answer_rev,"
            " a.answered_by, a.author_key, a.created, s.seen IS NOT NULL"
            " FROM followup_answer a LEFT JOIN followup_seen s ON s.answer_id = a.id"
            f" WHERE a.followup_id IN ({marks}) ORDER BY a.created, a.id",
            chunk,
        ).fetchall()
        result.extend(
            {
                "id": str(r[0]),
                "followup": str(r[1]),
                "kind": str(r[2]),
                "text": r[3],
                "record": r[4],
                "rev": r[5],
                "answered_by": r[6],
                "author": bytes(r[7]).hex(),
                "created": str(r[8]),
                "seen": bool(r[9]),
            }
            for r in rows
        )
    return result


def case_record_ids(conn: Connection, case_id: str) -> tuple[list[str], list[str]]:
    """The follow-ups of a case and their answers (ids, in the order they came)."""
    asked = [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM followup WHERE case_id = ? ORDER BY rowid", (case_id,)
        ).fetchall()
    ]
    answered = [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM followup_answer WHERE case_id = ? ORDER BY rowid", (case_id,)
        ).fetchall()
    ]
    return asked, answered


def unseen_answered_case_ids(conn: Connection, asker: bytes) -> list[str]:
    """Cases with an answer, to a question ``asker`` (this vault's key) asked, that this
    vault has not marked seen: the review queue's "answered follow-ups" reason."""
    rows = conn.execute(
        "SELECT DISTINCT q.case_id FROM followup_answer a JOIN followup q ON q.id = a.followup_id"
        " WHERE q.author_key = ? AND NOT EXISTS"
        " (SELECT 1 FROM followup_seen s WHERE s.answer_id = a.id) ORDER BY q.case_id",
        (asker,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def mark_seen(conn: Connection, case_id: str) -> int:
    """Mark every answer of the case's follow-ups seen; returns how many were new."""
    now = utc_now()
    cursor = conn.execute(
        "INSERT OR IGNORE INTO followup_seen (answer_id, seen)"
        " SELECT id, ? FROM followup_answer WHERE case_id = ?",
        (now, case_id),
    )
    return int(cursor.rowcount)


def cases_with_followups(conn: Connection) -> list[str]:
    """Every case with a follow-up question or answer, oldest question first."""
    rows = conn.execute(
        "SELECT case_id FROM (SELECT case_id, min(created) AS first FROM"
        " (SELECT case_id, created FROM followup UNION ALL"
        " SELECT case_id, created FROM followup_answer) GROUP BY case_id) ORDER BY first"
    ).fetchall()
    return [str(r[0]) for r in rows]
