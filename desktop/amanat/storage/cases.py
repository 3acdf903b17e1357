"""Case queries: filtered, sorted, paged lists in SQL, and everything one case holds.

The GUI's case list is a thin model over ``ordered_case_ids`` (every matching id, in
order) and ``case_rows`` (the summaries of a few ids): sorting and filtering happen
here, in SQL, never by hiding rows (docs/design.md §12.4).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.dates import PartialDate
from amanat.domain.diff import content_changes
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import (
    Annotation,
    Attachment,
    Case,
    ConsentWithdrawal,
    Event,
    Person,
    Place,
    RecordKind,
    Relationship,
    Testimony,
)
from amanat.storage import history, records
from amanat.storage import places as place_store
from amanat.storage.db import Connection

SORT_COLUMNS: dict[str, str] = {
    "updated": "c.updated",
    "created": "c.created",
    "title": "c.title COLLATE NOCASE",
    "status": "c.status",
    "assignee": "c.assignee COLLATE NOCASE",
    "date": "c.event_from",
}
MAX_PAGE = 10_000


@dataclass(frozen=True)
class CaseFilter:
    """All given conditions must hold. Places match the place or anything under it."""

    status: Sequence[str] = ()
    assignee: str | None = None
    facility: str | None = None  # a place id: some event of the case happened there
    hometown: str | None = None  # a place id: the person of concern's hometown
    event_type: str | None = None
    date_from: PartialDate | None = None  # some event overlaps [date_from, date_to]
    date_to: PartialDate | None = None
    ids: Sequence[str] | None = None
    unassigned: bool = False


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _where(conn: Connection, f: CaseFilter) -> _Where:
    w = _Where()
    if f.status:
        w.clauses.append(f"c.status IN ({', '.join('?' for _ in f.status)})")
        w.params.extend(f.status)
    if f.assignee is not None:
        w.clauses.append("c.assignee = ?")
        w.params.append(f.assignee)
    if f.unassigned:
        w.clauses.append("c.assignee IS NULL")
    if f.hometown is not None:
        # IN over an indexed subquery, not EXISTS per case: SQLite walks the few persons
        # of that hometown instead of every case.
        w.clauses.append(
            "c.person_id IN (SELECT p.id FROM person p WHERE p.hometown_id IN"
            " (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT x.id FROM place x"
            " JOIN sub ON x.parent_id = sub.id) SELECT id FROM sub))"
        )
        w.params.append(f.hometown)
    event_conditions: list[str] = []
    event_params: list[Any] = []
    if f.facility is not None:
        event_conditions.append(
            "e.place_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT x.id FROM place x"
            " JOIN sub ON x.parent_id = sub.id) SELECT id FROM sub)"
        )
        event_params.append(f.facility)
    if f.event_type is not None:
        event_conditions.append("e.type = ?")
        event_params.append(f.event_type)
    if f.date_from is not None:
        event_conditions.append("e.date_to >= ?")
        event_params.append(f.date_from.sort_key)
    if f.date_to is not None:
        event_conditions.append("e.date_from <= ?")
        event_params.append(f.date_to.end_key)
    if event_conditions:
        w.clauses.append(
            "c.id IN (SELECT e.case_id FROM event e WHERE " + " AND ".join(event_conditions) + ")"
        )
        w.params.extend(event_params)
    if f.ids is not None:
        ids = list(f.ids)
        w.clauses.append(f"c.id IN ({', '.join('?' for _ in ids)})" if ids else "0")
        w.params.extend(ids)
    return w


_SUMMARY_SELECT = """
SELECT c.id, c.title, c.status, c.assignee, c.person_id, c.created, c.updated,
       c.event_from, c.event_to, c.sensitivity,
       (SELECT n.text FROM person_name n WHERE n.person_id = c.person_id
        ORDER BY n.type != 'preferred', n.position LIMIT 1) AS person_name,
       (SELECT l.text FROM person p JOIN place_label l ON l.place_id = p.hometown_id
        WHERE p.id = c.person_id ORDER BY l.position LIMIT 1) AS hometown,
       (SELECT count(*) FROM event e WHERE e.case_id = c.id) AS events,
       (SELECT count(*) FROM testimony t WHERE t.case_id = c.id) AS testimonies,
       (SELECT count(*) FROM attachment a WHERE a.case_id = c.id) AS attachments,
       EXISTS (SELECT 1 FROM case_record r WHERE r.case_id = c.id
               AND (SELECT count(*) FROM record_head h WHERE h.record_id = r.record_id) > 1)
        AS in_conflict
FROM case_file c
"""

SENSITIVITY_CODES = ("public", "internal", "confidential", "restricted")


def _date_text(key: int | None) -> str | None:
    if key is None:
        return None
    year, rest = divmod(key, 10000)
    month, day = divmod(rest, 100)
    if month == 0:
        return f"{year:04d}"
    if day == 0 or day == 99:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _order(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValidationError("invalid.sort", field="sort")
    direction = "DESC" if descending else "ASC"
    # Ties broken by id so that paging is stable; both follow a (column, id) index, so
    # a page costs the same with 100 or 100,000 cases. SQLite's NULL order is kept
    # (undated cases first when ascending, last when descending) for the same reason.
    return f" ORDER BY {column} {direction}, c.id {direction}"


def list_case_rows(
    conn: Connection,
    f: CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One summary dict per case (the ``case list --json`` objects)."""
    # Two steps: the page's ids first (index order, no per-row work), then the summary
    # columns for those rows only; one query would compute them for every match.
    ids = list_case_ids(conn, f, sort=sort, descending=descending, limit=limit, offset=offset)
    return case_rows(conn, ids)


ROWS_PER_QUERY = 500  # well under SQLite's limit on bound parameters


def case_rows(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The summary dicts of the given cases, in the order given; ids that name no case
    (deleted since they were listed) are left out."""
    by_id: dict[str, Any] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), ROWS_PER_QUERY):
        chunk = wanted[start : start + ROWS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        for r in conn.execute(_SUMMARY_SELECT + f" WHERE c.id IN ({marks})", chunk):
            by_id[r["id"]] = r
    return [_summary(by_id[i]) for i in ids if i in by_id]


def _summary(r: Any) -> dict[str, Any]:
    return {
        "id": r["id"],
        "title": r["title"],
        "status": r["status"],
        "assignee": r["assignee"],
        "person": {"id": r["person_id"], "name": r["person_name"]},
        "hometown": r["hometown"],
        "first_event": _date_text(r["event_from"]),
        "last_event": _date_text(r["event_to"]),
        "events": r["events"],
        "testimonies": r["testimonies"],
        "attachments": r["attachments"],
        "in_conflict": bool(r["in_conflict"]),
        "sensitivity": SENSITIVITY_CODES[r["sensitivity"]],
        "created": r["created"],
        "updated": r["updated"],
    }


def ordered_case_ids(
    conn: Connection,
    f: CaseFilter | None = None,
    sort: str = "updated",
    *,
    descending: bool = True,
) -> list[str]:
    """Every matching id, in list order, however many: a list model holds these and
    fetches rows on demand (``case_rows``). The query walks the (column, id) index and
    reads no other column, so 100,000 ids cost a fraction of a second."""
    w = _where(conn, f or CaseFilter())
    rows = conn.execute(
        "SELECT c.id FROM case_file c" + w.sql() + _order(sort, descending), w.params
    )
    return [str(r[0]) for r in rows]


def list_case_ids(
    conn: Connection,
    f: CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    limit: int = MAX_PAGE,
    offset: int = 0,
) -> list[str]:
    """Just the ids, in order (a lazy GUI model holds these and fetches rows on demand)."""
    if not (0 <= limit <= MAX_PAGE) or offset < 0:
        raise ValidationError("invalid.range", field="limit")
    w = _where(conn, f or CaseFilter())
    rows = conn.execute(
        "SELECT c.id FROM case_file c" + w.sql() + _order(sort, descending) + " LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    ).fetchall()
    return [str(r[0]) for r in rows]


def count_cases(conn: Connection, f: CaseFilter | None = None) -> int:
    w = _where(conn, f or CaseFilter())
    return int(conn.execute("SELECT count(*) FROM case_file c" + w.sql(), w.params).fetchone()[0])


@dataclass
class CaseRecords:
    """Everything a case holds, as domain records (rendered by case_json.render_case)."""

    case: Case
    created: str
    updated: str
    persons: dict[str, Person]
    places: dict[str, Place]
    events: list[Event]
    testimonies: list[Testimony]
    relationships: list[Relationship]
    withdrawals: list[ConsentWithdrawal]
    attachments: list[Attachment]
    annotations: list[Annotation]
    # The reviewer's records (docs/review.md §2, §3): every vault's review of the case
    # and every grade of its testimonies and events, oldest first.
    reviews: list[Any] = field(default_factory=list)
    grades: list[Any] = field(default_factory=list)


def _ids(conn: Connection, sql: str, params: Sequence[Any]) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql, params).fetchall()]


def _ordered(found: dict[str, Any], ids: Sequence[str]) -> list[Any]:
    return [found[i] for i in ids if i in found]


def load_case(conn: Connection, case_id: str) -> CaseRecords:
    row = conn.execute("SELECT created, updated FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(what="case", id=case_id)
    case: Case = records.load(conn, RecordKind.CASE, case_id)
    # Insertion order (rowid): the order the records were given in.
    event_ids = _ids(conn, "SELECT id FROM event WHERE case_id = ? ORDER BY rowid", (case_id,))
    testimony_ids = _ids(
        conn, "SELECT id FROM testimony WHERE case_id = ? ORDER BY rowid", (case_id,)
    )
    events = _ordered(records.load_many(conn, RecordKind.EVENT, event_ids), event_ids)
    testimonies = _ordered(
        records.load_many(conn, RecordKind.TESTIMONY, testimony_ids), testimony_ids
    )
    person_ids = {case.person_id, *(link.person_id for link in case.persons)}
    for t in testimonies:
        person_ids.add(t.speaker_id)
        person_ids.update(t.interviewer_ids)
        if t.interpreter_id:
            person_ids.add(t.interpreter_id)
    person_ids.update(e.victim_id for e in events if e.victim_id)
    marks = ", ".join("?" for _ in person_ids)
    relationship_ids = _ids(
        conn,
        f"SELECT id FROM relationship WHERE person_id IN ({marks})"
        f" AND other_person_id IN ({marks}) ORDER BY rowid",
        [*sorted(person_ids), *sorted(person_ids)],
    )
    relationships = _ordered(
        records.load_many(conn, RecordKind.RELATIONSHIP, relationship_ids), relationship_ids
    )
    persons: dict[str, Person] = records.load_many(conn, RecordKind.PERSON, person_ids)
    place_ids = {p.hometown_id for p in persons.values() if p.hometown_id}
    place_ids.update(e.place_id for e in events if e.place_id)
    place_ids.update(t.place_id for t in testimonies if t.place_id)
    places: dict[str, Place] = records.load_many(
        conn, RecordKind.PLACE, place_store.ancestors(conn, place_ids)
    )
    withdrawal_ids = _ids(
        conn,
        "SELECT w.id FROM consent_withdrawal w JOIN testimony t ON t.id = w.testimony_id"
        " WHERE t.case_id = ? ORDER BY w.rowid",
        (case_id,),
    )
    attachment_ids = _ids(
        conn, "SELECT id FROM attachment WHERE case_id = ? ORDER BY rowid", (case_id,)
    )
    annotation_ids = _ids(
        conn,
        "SELECT a.id FROM annotation a JOIN case_record r ON r.record_id = a.id"
        " WHERE r.case_id = ? ORDER BY a.rowid",
        (case_id,),
    )
    return CaseRecords(
        case=case,
        created=str(row[0]),
        updated=str(row[1]),
        persons=persons,
        places=places,
        events=events,
        testimonies=testimonies,
        relationships=relationships,
        withdrawals=_ordered(
            records.load_many(conn, RecordKind.WITHDRAWAL, withdrawal_ids), withdrawal_ids
        ),
        attachments=_ordered(
            records.load_many(conn, RecordKind.ATTACHMENT, attachment_ids), attachment_ids
        ),
        annotations=_ordered(
            records.load_many(conn, RecordKind.ANNOTATION, annotation_ids), annotation_ids
        ),
        reviews=_members(conn, case_id, RecordKind.REVIEW),
        grades=_members(conn, case_id, RecordKind.GRADE),
    )


def _members(conn: Connection, case_id: str, kind: RecordKind) -> list[Any]:
    """The case's records of a kind projected with a case_id column, oldest first."""
    table = records.TABLES[kind]
    ids = _ids(conn, f"SELECT id FROM {table} WHERE case_id = ? ORDER BY rowid", (case_id,))
    return _ordered(records.load_many(conn, kind, ids), ids)


def case_conflicts(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """Records of the case with more than one head (a merge awaiting a person)."""
    rows = conn.execute(
        "SELECT r.record_id, r.record_kind, (SELECT count(*) FROM record_head h"
        " WHERE h.record_id = r.record_id) AS heads FROM case_record r"
        " WHERE r.case_id = ? AND heads > 1 ORDER BY r.record_id",
        (case_id,),
    ).fetchall()
    result = []
    for r in rows:
        record_id, kind = str(r[0]), RecordKind(r[1])
        shown = records.projected_rev(conn, kind, record_id)
        owner = history.owner(conn, record_id)
        shown_consent = None
        if kind is RecordKind.TESTIMONY and shown is not None:
            shown_consent = history.get(conn, shown).value().get("consent")
        pending = []
        for rev in history.head_revisions(conn, record_id):
            if rev.rev_id == shown:
                continue
            item: dict[str, Any] = {
                "rev_id": rev.rev_id,
                "author": rev.author.hex(),
                "author_is_owner": owner is not None and rev.author == owner,
                "created": rev.created,
                "signed": rev.signature is not None,
                "parents": list(rev.parents),
            }
            if kind is RecordKind.TESTIMONY:
                item["consent_changed"] = rev.value().get("consent") != shown_consent
                item["sealed"] = rev.value().get("seal") is not None
            pending.append(item)
        result.append(
            {
                "record_id": record_id,
                "record_kind": kind.value,
                "heads": int(r[2]),
                "shown": shown,
                "owner": None if owner is None else owner.hex(),
                "pending": pending,
            }
        )
    return result


def case_history(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """Every revision of every record of the case, oldest first (no content)."""
    if not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    rows = conn.execute(
        "SELECT v.rev_id, v.record_kind, v.record_id, v.parents, v.author, v.created,"
        " v.content_hash, v.origin,"
        " EXISTS (SELECT 1 FROM record_head h WHERE h.rev_id = v.rev_id) AS head,"
        " v.signature IS NOT NULL"
        " FROM revision v JOIN case_record r ON r.record_id = v.record_id"
        " WHERE r.case_id = ? ORDER BY v.seq",
        (case_id,),
    ).fetchall()
    return [
        {
            "rev_id": r[0],
            "record_kind": r[1],
            "record_id": r[2],
            "parents": json.loads(r[3]),
            "author": bytes(r[4]).hex(),
            "created": r[5],
            "content_sha256": bytes(r[6]).hex(),
            "origin": r[7],
            "head": bool(r[8]),
            # Unsigned: written before revisions were signed (schema 3), or vouched for
            # only by the sender of a format 1 bundle (docs/trust.md, "Authorship").
            "signed": bool(r[9]),
        }
        for r in rows
    ]


def assignees(conn: Connection) -> list[str]:
    """Everyone some case is assigned to, for the case list's filter."""
    rows = conn.execute(
        "SELECT DISTINCT assignee FROM case_file WHERE assignee IS NOT NULL"
        " ORDER BY assignee COLLATE NOCASE"
    )
    return [str(r[0]) for r in rows]


_PLACE_FIELDS = frozenset({"hometown", "place"})


def _place_label(conn: Connection, place_id: object, cache: dict[str, str | None]) -> object:
    if not isinstance(place_id, str):
        return place_id
    if place_id not in cache:
        try:
            place: Place = records.load(conn, RecordKind.PLACE, place_id)
        except NotFound:
            cache[place_id] = None
        else:
            cache[place_id] = place.labels[0].text if place.labels else None
    return cache[place_id] or place_id


def case_changes(conn: Connection, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """For every revision of the case's records: what it changed from its first parent,
    field by field (domain.diff.content_changes; places named by their label). A
    record's first revision maps to ``[]`` (it was created)."""
    if not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    rows = conn.execute(
        "SELECT v.rev_id, v.parents, v.content FROM revision v"
        " JOIN case_record r ON r.record_id = v.record_id WHERE r.case_id = ? ORDER BY v.seq",
        (case_id,),
    ).fetchall()
    contents = {str(r[0]): json.loads(r[2]) for r in rows}
    places: dict[str, str | None] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for rev_id, parents_json, _content in rows:
        parents = json.loads(parents_json)
        after = contents[str(rev_id)]
        if not parents:
            out[str(rev_id)] = []
            continue
        before = contents.get(parents[0])
        if before is None:
            try:
                before = history.get(conn, parents[0]).value()
            except NotFound:
                before = {}
        found = content_changes(before, after)
        for change in found:
            if change["field"] in _PLACE_FIELDS:
                for side in ("before", "after"):
                    change[side] = _place_label(conn, change.get(side), places)
        out[str(rev_id)] = found
    return out
