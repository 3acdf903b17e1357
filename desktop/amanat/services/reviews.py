"""The reviewer's use cases: review state and assignee, the review queue, grades
(Admiralty code) and notes in threads (docs/review.md §2, §3).

Every change is a record of its own, written by ``storage.records.write`` (signed and
owned by this vault), never a change to the field's records: the case's ``status``
stays the field worker's own; a grade never overwrites a grade.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from typing import Any

from amanat.domain.case_json import new_record_id
from amanat.domain.changes import Changes
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import (
    Annotation,
    AnnotationKind,
    CustodyAction,
    Grade,
    RecordKind,
    Review,
    ReviewState,
    parse_enum,
)
from amanat.services.base import Created
from amanat.services.cases import author_key, revision_author
from amanat.storage import custody, history, records, reviews
from amanat.storage.db import Connection, transaction
from amanat.storage.vault import Vault

UNSET: Any = object()  # "leave as it is" for set_review


# -- who wrote it -------------------------------------------------------------------------


def author_name(vault: Vault, key: bytes) -> tuple[str | None, bool]:
    """(the contact's display name or None, whether it is this vault) for an author key."""
    if hmac.compare_digest(key, author_key(vault)):
        return vault.identity.display_name, True
    row = (
        vault.connection()
        .execute(
            "SELECT c.display_name FROM contact c WHERE c.signing_key = ?"
            " UNION ALL SELECT c.display_name FROM contact_key k JOIN contact c"
            " ON c.id = k.contact_id WHERE k.signing_key = ? LIMIT 1",
            (key, key),
        )
        .fetchone()
    )
    return (None if row is None else str(row[0])), False


def _who(vault: Vault, key: bytes) -> dict[str, Any]:
    name, you = author_name(vault, key)
    return {"reviewer": key.hex(), "reviewer_name": name, "by_you": you}


# -- review state -------------------------------------------------------------------------


def set_review(
    vault: Vault, case_id: str, *, state: str | None = None, assignee: Any = UNSET
) -> Created:
    """Set this vault's review state and/or assignee of a case (``assignee=None`` or
    ``""`` clears it). The first call makes this vault's review record of the case;
    later calls are its revisions. ``.id`` is the review record's."""
    if state is None and assignee is UNSET:
        raise ValidationError("invalid.required", field="state")
    new_state = None if state is None else parse_enum(ReviewState, state, "state")
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        if not records.exists(conn, RecordKind.CASE, case_id):
            raise NotFound(what="case", id=case_id)
        review_id = reviews.own_review_id(conn, case_id, author.key)
        if review_id is None:
            review_id = new_record_id()
            before = Review(review_id, case_id)
            first = True
        else:
            before = records.load(conn, RecordKind.REVIEW, review_id)
            first = False
        after = Review(
            id=review_id,
            case_id=case_id,
            state=before.state if new_state is None else new_state,
            assignee=before.assignee if assignee is UNSET else (assignee or None),
        )
        reviews.claim_review(conn, case_id, review_id)
        records.write(conn, after, author=author, new=first)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED if first else CustodyAction.EDITED,
            record_kind=RecordKind.REVIEW.value,
            record_id=review_id,
            case_id=case_id,
            detail={"state": after.state.value},
        )
    return Created(review_id, Changes(cases={case_id}))


def review_of(vault: Vault, case_id: str) -> dict[str, Any]:
    """This vault's review of a case and every vault's history of it, newest first:
    ``{"case", "state", "assignee", "review", "history": [...], "others": [...]}``
    (docs/review.md §2)."""
    conn = vault.connection()
    if not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    own = reviews.own_review_id(conn, case_id, author_key(vault))
    current = None if own is None else records.load(conn, RecordKind.REVIEW, own)
    others = []
    rows = conn.execute(
        "SELECT id FROM review WHERE case_id = ? ORDER BY rowid", (case_id,)
    ).fetchall()
    for row in rows:
        if str(row[0]) == own:
            continue
        other = records.load(conn, RecordKind.REVIEW, str(row[0]))
        owner = history.owner(conn, other.id) or b""
        others.append(
            {
                "review": other.id,
                "state": other.state.value,
                "assignee": other.assignee,
                **_who(vault, owner),
                "history": _review_history(vault, conn, other.id),
            }
        )
    return {
        "case": case_id,
        "review": own,
        "state": ReviewState.UNREVIEWED.value if current is None else current.state.value,
        "assignee": None if current is None else current.assignee,
        "history": [] if own is None else _review_history(vault, conn, own),
        "others": others,
    }


def _review_history(vault: Vault, conn: Connection, review_id: str) -> list[dict[str, Any]]:
    revs = history.revisions(conn, review_id)
    by_id = {r.rev_id: r for r in revs}
    items = []
    for rev in revs:
        value = rev.value()
        parent = by_id.get(rev.parents[0]) if rev.parents else None
        before = parent.value() if parent is not None else {}
        items.append(
            {
                "rev": rev.rev_id,
                "created": rev.created,
                **_who(vault, rev.author),
                "state": value.get("state"),
                "assignee": value.get("assignee"),
                "from_state": before.get("state", ReviewState.UNREVIEWED.value),
                "from_assignee": before.get("assignee"),
            }
        )
    items.sort(key=lambda item: item["created"], reverse=True)
    return items


# -- the queue ----------------------------------------------------------------------------


def queue_ids(
    vault: Vault,
    filters: dict[str, Any] | None = None,
    *,
    sort: str = "attention",
    descending: bool = False,
) -> list[str]:
    """Every case of the queue matching ``filters``, in order (storage.reviews)."""
    return reviews.queue_ids(vault.connection(), filters, sort=sort, descending=descending)


def queue_rows(vault: Vault, case_ids: Sequence[str]) -> list[dict[str, Any]]:
    return reviews.queue_rows(vault.connection(), case_ids)


def assignees(vault: Vault) -> list[str]:
    """The names cases are assigned to in this vault's reviews (for the filter)."""
    rows = vault.connection().execute(
        "SELECT DISTINCT assignee FROM case_review WHERE assignee IS NOT NULL ORDER BY assignee"
    )
    return [str(r[0]) for r in rows]


def review_list(
    vault: Vault, *, state: str | None = None, assignee: str | None = None
) -> list[dict[str, Any]]:
    """``amanat review list``: the queue, what needs attention first."""
    filters: dict[str, Any] = {"state": state, "assignee": assignee}
    return queue_rows(vault, queue_ids(vault, filters))


# -- grades -------------------------------------------------------------------------------


def _claim_kind(conn: Connection, record_id: str) -> RecordKind:
    for kind in (RecordKind.TESTIMONY, RecordKind.EVENT):
        if records.exists(conn, kind, record_id):
            return kind
    if conn.execute("SELECT 1 FROM revision WHERE record_id = ?", (record_id,)).fetchone():
        raise ValidationError("invalid.grade_target", field="record")
    raise NotFound(what="record", id=record_id)


def add_grade(
    vault: Vault, record_id: str, *, source: str, info: int | str, reason: str | None = None
) -> Created:
    """Grade a testimony or an event: a new grade record (never a change to an older
    one). ``.id`` is the grade's."""
    conn = vault.connection()
    author = revision_author(vault)
    try:
        info_value = int(info)
    except (TypeError, ValueError):
        raise ValidationError(
            "invalid.vocab", field="grade.info", scheme="info_credibility"
        ) from None
    source_value = source.upper() if isinstance(source, str) else source
    with transaction(conn):
        kind = _claim_kind(conn, record_id)
        grade = Grade(
            id=new_record_id(),
            target_kind=kind,
            target_id=record_id,
            source=source_value,
            info=info_value,
            reason=reason or None,
        )
        records.write(conn, grade, author=author, new=True)
        case_id = records.case_of(conn, kind, record_id)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.GRADE.value,
            record_id=grade.id,
            case_id=case_id,
            detail={"target_kind": kind.value, "target": record_id},
        )
    changes = Changes(cases=set() if case_id is None else {case_id})
    if kind is RecordKind.TESTIMONY:
        changes.testimonies.add(record_id)
    return Created(grade.id, changes)


def grade_history(vault: Vault, record_id: str) -> dict[str, Any]:
    """Every grade of a testimony or event, newest first, and the current one (the
    latest): ``amanat grade history --json`` (docs/review.md §3)."""
    conn = vault.connection()
    kind = _claim_kind(conn, record_id)
    rows = conn.execute(
        "SELECT g.id, g.source, g.info, g.reason, g.author_key, g.created, g.rev_id,"
        " (SELECT count(*) FROM record_head h WHERE h.record_id = g.id)"
        " FROM grade g WHERE g.target_id = ? ORDER BY g.created DESC, g.rowid DESC",
        (record_id,),
    ).fetchall()
    grades = [
        {
            "id": str(r[0]),
            "source": str(r[1]),
            "info": int(r[2]),
            "code": f"{r[1]}{r[2]}",
            "reason": r[3],
            "created": str(r[5]),
            **_who(vault, bytes(r[4])),
            "pending": int(r[7]) > 1,
        }
        for r in rows
    ]
    legacy = conn.execute(
        "SELECT id, grade, text, author, created FROM annotation"
        " WHERE target_id = ? AND kind = ? ORDER BY created DESC, rowid DESC",
        (record_id, AnnotationKind.VERIFICATION.value),
    ).fetchall()
    return {
        "record": record_id,
        "kind": kind.value,
        "current": grades[0] if grades else None,
        "grades": grades,
        "verification_annotations": [
            {"id": str(r[0]), "grade": r[1], "text": r[2], "author": r[3], "created": str(r[4])}
            for r in legacy
        ],
    }


def case_grades(vault: Vault, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every grade of the case's testimonies and events, by record id, newest first
    (the shape of ``grade_history``'s ``grades``)."""
    conn = vault.connection()
    rows = conn.execute(
        "SELECT DISTINCT target_id FROM grade WHERE case_id = ?", (case_id,)
    ).fetchall()
    return {str(r[0]): grade_history(vault, str(r[0]))["grades"] for r in rows}


def case_review_data(vault: Vault, case_id: str) -> dict[str, Any]:
    """What the case view's Review tab shows: this vault's review with its history and
    the others', and every grade of the case's claims."""
    return {"review": review_of(vault, case_id), "grades": case_grades(vault, case_id)}


# -- notes and threads --------------------------------------------------------------------


def _record_kind(conn: Connection, record_id: str) -> RecordKind:
    row = conn.execute(
        "SELECT record_kind FROM revision WHERE record_id = ? LIMIT 1", (record_id,)
    ).fetchone()
    if row is None:
        raise NotFound(what="record", id=record_id)
    return RecordKind(str(row[0]))


def annotate(
    vault: Vault,
    record_id: str,
    *,
    text: str,
    field: str | None = None,
    reply_to: str | None = None,
) -> Created:
    """A reviewer's note on a whole record or one field of it, or a reply to a note
    (``reply_to``: the note answered, which must be about the same record). The target
    never changes. ``.id`` is the note's."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        kind = _record_kind(conn, record_id)
        if reply_to is not None:
            row = conn.execute(
                "SELECT target_id FROM annotation WHERE id = ?", (reply_to,)
            ).fetchone()
            if row is None:
                raise NotFound(what="annotation", id=reply_to)
            if str(row[0]) != record_id:
                raise ValidationError("invalid.reply_target", field="reply_to")
        note = Annotation(
            id=new_record_id(),
            target_kind=kind,
            target_id=record_id,
            kind=AnnotationKind.NOTE,
            text=text,
            field=field or None,
            author=vault.identity.display_name,
            reply_to=reply_to,
        )
        records.write(conn, note, author=author, new=True)
        case_id = records.case_of(conn, kind, record_id)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.ANNOTATION.value,
            record_id=note.id,
            case_id=case_id,
            detail={"target_kind": kind.value, "target": record_id},
        )
    changes = Changes(cases=set() if case_id is None else {case_id})
    if kind is RecordKind.TESTIMONY:
        changes.testimonies.add(record_id)
    return Created(note.id, changes)


_NOTE_COLUMNS = (
    "a.id, a.kind, a.text, a.grade, a.field, a.author, a.author_key, a.created, a.reply_to,"
    " a.target_kind, a.target_id"
)


def _note(vault: Vault, r: Any) -> dict[str, Any]:
    name, you = author_name(vault, bytes(r[6]))
    return {
        "id": str(r[0]),
        "kind": r[1],
        "text": r[2],
        "grade": r[3],
        "field": r[4],
        "author": name,  # the contact's name (by key), None if unknown
        "declared_author": r[5],  # the name the writer gave itself
        "by_you": you,
        "created": str(r[7]),
        "reply_to": r[8],
        "target_kind": r[9],
        "target": r[10],
        "replies": [],
    }


def case_notes(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    """Every note on the case and its records, oldest first, flat (``reply_to`` links
    the threads), each with its author named by key (``notes_of``' shape)."""
    rows = (
        vault.connection()
        .execute(
            f"SELECT {_NOTE_COLUMNS} FROM annotation a JOIN case_record m ON m.record_id = a.id"
            " WHERE m.case_id = ? ORDER BY a.created, a.rowid",
            (case_id,),
        )
        .fetchall()
    )
    return [_note(vault, r) for r in rows]


def notes_of(vault: Vault, record_id: str) -> list[dict[str, Any]]:
    """The notes on a record as threads: each top note (oldest first) with its
    ``replies`` (oldest first, nested)."""
    rows = (
        vault.connection()
        .execute(
            f"SELECT {_NOTE_COLUMNS} FROM annotation a WHERE a.target_id = ?"
            " ORDER BY a.created, a.rowid",
            (record_id,),
        )
        .fetchall()
    )
    items = {str(r[0]): _note(vault, r) for r in rows}
    top: list[dict[str, Any]] = []
    for item in items.values():
        parent = items.get(item["reply_to"]) if item["reply_to"] else None
        (parent["replies"] if parent is not None else top).append(item)
    return top
