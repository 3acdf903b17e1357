"""Statistics over documented persons, not records (issue 13; docs/user-guide-reports.md).

Every count is ``COUNT(DISTINCT key)`` over the persons of concern of the cases that
pass the filters, where ``key`` is the person's id resolved by ``person_key``: ONE
resolution step, so that when persons can be merged (a person merged into another
resolves to the kept id) a merged person counts once by changing only ``PERSON_KEY``.
Person attributes (status, sex, birth, hometown) are read from the resolved person.

Filters (``StatsFilter``) apply to every chart alike, in SQL: a date range (cases with
an event in it, YYYYMMDD), current statuses, a place (the hometown or an event's place
is the place or lies under it in the gazetteer), and review states (this vault's
review of the case, ``case_review.state``: unreviewed, under_review, needs_follow_up,
verified, closed; docs/review.md §2).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from amanat.storage.db import Connection

PERSON_KEY = "COALESCE((SELECT a.person_id FROM person_alias a WHERE a.old_id = {col}), {col})"
"""How a person id resolves to the person counted: through ``person_alias`` (schema 7,
docs/review.md §5), which maps every merged-away id to the kept one, so a merged
person counts once."""

DETENTION_TYPES = ("arrest", "detention")
AGE_BANDS = (("under_18", 0, 17), ("18_29", 18, 29), ("30_44", 30, 44), ("45_59", 45, 59),
             ("60_plus", 60, 200))  # fmt: skip


STATS_CACHE_KIB = 65536  # page cache while counting (decrypted pages stay in memory)


@contextlib.contextmanager
def counting(conn: Connection) -> Iterator[None]:
    """A larger page cache for the duration of the counts: over 100,000 cases the
    default cache (2,000 pages) makes every chart decrypt the same pages again."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{STATS_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def person_key(column: str) -> str:
    return PERSON_KEY.format(col=column)


@dataclass(frozen=True)
class StatsFilter:
    date_from: int | None = None  # YYYYMMDD, inclusive
    date_to: int | None = None
    statuses: tuple[str, ...] = ()  # current person status; "unknown" matches none set
    place_id: str | None = None
    review: tuple[str, ...] = ()  # this vault's review states (case_review.state)

    def as_json(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "statuses": list(self.statuses),
            "place": self.place_id,
            "review": list(self.review),
        }


def _documented(f: StatsFilter) -> tuple[str, list[Any]]:
    """The CTEs ``docs(pkey, case_id, event_from)``: one row per passing case."""
    where: list[str] = []
    params: list[Any] = []
    ctes = []
    if f.place_id is not None:
        ctes.append(
            "sub(id) AS (SELECT ? UNION SELECT place.id FROM place JOIN sub"
            " ON place.parent_id = sub.id)"
        )
        params.append(f.place_id)
        where.append(
            "(p.hometown_id IN (SELECT id FROM sub) OR EXISTS (SELECT 1 FROM event e"
            " WHERE e.case_id = c.id AND e.place_id IN (SELECT id FROM sub)))"
        )
    if f.date_from is not None:
        where.append("c.event_to >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append("c.event_from <= ?")
        params.append(f.date_to)
    if f.statuses:
        marks = ", ".join("?" * len(f.statuses))
        where.append(f"COALESCE(p.status, 'unknown') IN ({marks})")
        params.extend(f.statuses)
    if f.review:
        marks = ", ".join("?" * len(f.review))
        where.append(
            f"EXISTS (SELECT 1 FROM case_review r WHERE r.case_id = c.id AND r.state IN ({marks}))"
        )
        params.extend(f.review)
    ctes.append(
        f"docs(pkey, case_id, event_from) AS (SELECT {person_key('c.person_id')}, c.id,"
        " c.event_from FROM case_file c JOIN person p ON p.id ="
        f" {person_key('c.person_id')}" + (" WHERE " + " AND ".join(where) if where else "") + ")"
    )
    return "WITH RECURSIVE " + ", ".join(ctes), params


def total(conn: Connection, f: StatsFilter) -> int:
    head, params = _documented(f)
    row = conn.execute(f"{head} SELECT COUNT(DISTINCT pkey) FROM docs", params).fetchone()
    return int(row[0])


def _rows(conn: Connection, sql: str, params: Sequence[Any]) -> list[tuple[str, int]]:
    return [(str(r[0]), int(r[1])) for r in conn.execute(sql, params).fetchall()]


def by_person_column(conn: Connection, f: StatsFilter, column: str) -> list[tuple[str, int]]:
    """Counts by a column of the (resolved) person: ``status`` or ``sex``."""
    if column not in ("status", "sex"):
        raise ValueError(column)
    head, params = _documented(f)
    sql = (
        f"{head} SELECT COALESCE(p.{column}, 'unknown') AS k, COUNT(DISTINCT d.pkey)"
        " FROM docs d JOIN person p ON p.id = d.pkey GROUP BY k ORDER BY 2 DESC, k"
    )
    return _rows(conn, sql, params)


def by_age(conn: Connection, f: StatsFilter) -> list[tuple[str, int]]:
    """Age at the first event of the case (birth year, else the middle of an age range)."""
    head, params = _documented(f)
    bands = " ".join(
        f"WHEN age BETWEEN {low} AND {high} THEN '{name}'" for name, low, high in AGE_BANDS
    )
    sql = (
        f"{head}, ages(pkey, age) AS (SELECT d.pkey, MIN(CASE"
        " WHEN p.birth_from IS NOT NULL AND d.event_from IS NOT NULL"
        " THEN d.event_from / 10000 - p.birth_from / 10000"
        " WHEN p.age_min IS NOT NULL THEN (p.age_min + p.age_max) / 2 END)"
        " FROM docs d JOIN person p ON p.id = d.pkey GROUP BY d.pkey)"
        f" SELECT CASE {bands} ELSE 'unknown' END AS k, COUNT(*) FROM ages GROUP BY k"
    )
    order = [name for name, _low, _high in AGE_BANDS] + ["unknown"]
    found = dict(_rows(conn, sql, params))
    return [(k, found[k]) for k in order if k in found]


def by_detention_year(conn: Connection, f: StatsFilter) -> list[tuple[str, int]]:
    """Persons by the year of their first arrest or detention (events with a date)."""
    head, params = _documented(f)
    marks = ", ".join("?" * len(DETENTION_TYPES))
    sql = (
        f"{head}, firsts(pkey, y) AS (SELECT d.pkey, MIN(e.date_from) / 10000 FROM docs d"
        f" JOIN event e ON e.case_id = d.case_id WHERE e.type IN ({marks})"
        " AND e.date_from IS NOT NULL GROUP BY d.pkey)"
        " SELECT y, COUNT(*) FROM firsts GROUP BY y ORDER BY y"
    )
    return _rows(conn, sql, [*params, *DETENTION_TYPES])


def by_facility(conn: Connection, f: StatsFilter) -> list[tuple[str, int]]:
    """Persons by detention facility (an event of the case at a facility); a person
    held in two facilities counts in each."""
    head, params = _documented(f)
    sql = (
        f"{head} SELECT e.place_id, COUNT(DISTINCT d.pkey) FROM docs d"
        " JOIN event e ON e.case_id = d.case_id JOIN place pl ON pl.id = e.place_id"
        " WHERE pl.type = 'facility' GROUP BY e.place_id ORDER BY 2 DESC, 1"
    )
    return _rows(conn, sql, params)


def by_origin(conn: Connection, f: StatsFilter, level: str) -> list[tuple[str, int]]:
    """Persons by the ``county`` or ``prefecture`` their hometown is in (or is)."""
    if level not in ("county", "prefecture"):
        raise ValueError(level)
    head, params = _documented(f)
    sql = (
        f"{head}, homes(pkey, home) AS (SELECT DISTINCT d.pkey, p.hometown_id FROM docs d"
        " JOIN person p ON p.id = d.pkey WHERE p.hometown_id IS NOT NULL),"
        " up(start, id) AS (SELECT DISTINCT home, home FROM homes UNION"
        " SELECT up.start, place.parent_id FROM up JOIN place ON place.id = up.id"
        " WHERE place.parent_id IS NOT NULL)"
        " SELECT up.id, COUNT(DISTINCT h.pkey) FROM homes h JOIN up ON up.start = h.home"
        " JOIN place pl ON pl.id = up.id WHERE pl.type = ? GROUP BY up.id ORDER BY 2 DESC, 1"
    )
    return _rows(conn, sql, [*params, level])


def by_month_documented(conn: Connection, f: StatsFilter) -> list[tuple[str, int]]:
    """Persons by the month their first case was recorded here (YYYY-MM)."""
    head, params = _documented(f)
    sql = (
        f"{head}, firsts(pkey, m) AS (SELECT d.pkey, MIN(substr(c.created, 1, 7))"
        " FROM docs d JOIN case_file c ON c.id = d.case_id GROUP BY d.pkey)"
        " SELECT m, COUNT(*) FROM firsts GROUP BY m ORDER BY m"
    )
    return _rows(conn, sql, params)


def place_labels(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """The first label of each place (its own script), for chart labels."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT place_id, text FROM place_label WHERE place_id IN ({marks})"
            " ORDER BY place_id, position",
            chunk,
        ).fetchall()
        for place_id, text in rows:
            found.setdefault(str(place_id), str(text))
    return found
