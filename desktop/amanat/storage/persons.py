"""Short summaries of persons: what a list of people or of duplicate candidates shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amanat.storage import person_merges
from amanat.storage.db import Connection

MAX_CASES = 50


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    other_names: tuple[str, ...]
    birth: str | None  # a partial date
    age: tuple[int, int, str | None] | None  # only an age range known: (min, max, as of)
    sex: str
    hometown: str | None
    cases: tuple[tuple[str, str], ...]  # (case id, title), at most MAX_CASES
    merged_from: tuple[str, ...] = ()  # ids merged into this one (docs/review.md §5)


def person_summary(conn: Connection, person_id: str) -> PersonSummary | None:
    """Names (preferred first), birth, hometown and cases of one person; None if unknown.

    A merged-away id gives the person it was merged into, with the names and cases of
    every id merged into it (docs/review.md §5); birth, sex and hometown are the kept
    person's, or the first merged one's that has them."""
    ids = [pid for pid in person_merges.group(conn, person_id) if _exists(conn, pid)]
    if not ids:  # (the kept id may be unknown here: a merge received without it)
        return None
    rows = [_facts_row(conn, pid) for pid in ids]
    names: list[str] = []
    for pid in ids:
        names.extend(
            str(r[0])
            for r in conn.execute(
                "SELECT text FROM person_name WHERE person_id = ?"
                " ORDER BY type != 'preferred', position",
                (pid,),
            )
        )
    names = list(dict.fromkeys(names))
    marks = ", ".join("?" for _ in ids)
    cases = tuple(
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            f"SELECT c.id, c.title FROM case_file c WHERE c.person_id IN ({marks})"
            f" UNION SELECT c.id, c.title FROM case_person cp"
            f" JOIN case_file c ON c.id = cp.case_id WHERE cp.person_id IN ({marks})"
            " LIMIT ?",
            (*ids, *ids, MAX_CASES),
        )
    )
    born = next((r for r in rows if r[1] is not None or r[2] is not None), rows[0])
    age: tuple[int, int, str | None] | None = None
    if born[1] is None and born[2] is not None:
        age = (int(born[2]), int(born[3]), born[4])
    sex = next((str(r[0]) for r in rows if r[0] not in (None, "unknown")), str(rows[0][0]))
    return PersonSummary(
        id=ids[0],
        name=names[0] if names else "",
        other_names=tuple(names[1:]),
        birth=born[1],
        age=age,
        sex=sex,
        hometown=next((r[5] for r in rows if r[5] is not None), None),
        cases=cases,
        merged_from=tuple(ids[1:]),
    )


def _exists(conn: Connection, person_id: str) -> bool:
    return conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is not None


def _facts_row(conn: Connection, person_id: str) -> tuple[Any, ...]:
    row = conn.execute(
        "SELECT p.sex, p.birth_date, p.age_min, p.age_max, p.age_as_of,"
        " (SELECT l.text FROM place_label l WHERE l.place_id = p.hometown_id"
        "  ORDER BY l.position LIMIT 1)"
        " FROM person p WHERE p.id = ?",
        (person_id,),
    ).fetchone()
    return tuple(row)
