"""Short summaries of persons: what a list of people or of duplicate candidates shows."""

from __future__ import annotations

from dataclasses import dataclass

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


def person_summary(conn: Connection, person_id: str) -> PersonSummary | None:
    """Names (preferred first), birth, hometown and cases of one person; None if unknown."""
    row = conn.execute(
        "SELECT p.sex, p.birth_date, p.age_min, p.age_max, p.age_as_of,"
        " (SELECT l.text FROM place_label l WHERE l.place_id = p.hometown_id"
        "  ORDER BY l.position LIMIT 1)"
        " FROM person p WHERE p.id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        return None
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT text FROM person_name WHERE person_id = ?"
            " ORDER BY type != 'preferred', position",
            (person_id,),
        )
    ]
    cases = tuple(
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            "SELECT c.id, c.title FROM case_file c WHERE c.person_id = ?"
            " UNION SELECT c.id, c.title FROM case_person cp"
            " JOIN case_file c ON c.id = cp.case_id WHERE cp.person_id = ?"
            " LIMIT ?",
            (person_id, person_id, MAX_CASES),
        )
    )
    age: tuple[int, int, str | None] | None = None
    if row[1] is None and row[2] is not None:
        age = (int(row[2]), int(row[3]), row[4])
    return PersonSummary(
        id=person_id,
        name=names[0] if names else "",
        other_names=tuple(names[1:]),
        birth=row[1],
        age=age,
        sex=str(row[0]),
        hometown=row[5],
        cases=cases,
    )
