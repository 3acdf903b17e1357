"""Writing, loading and merging records: the revision history plus its projection.

Every change is a new revision (``history``); the revision content is the source of
truth, and the current-state tables (``person``, ``case_file``, ``event``...) are its
projection, rewritten from the head revision, for querying and sorting in SQL.

- ``write``: a local change. Its parents are the record's current heads (so a local
  edit of a record in conflict resolves the conflict).
- ``apply_revision``: a revision received from elsewhere (a bundle): unknown record:
  added; descends from every local head: fast-forward; already an ancestor of the
  local head: kept (stored, nothing changes); otherwise both heads are kept and the
  record is in conflict (the projection stays on the local head).
- A sealed testimony is never changed: ``write`` raises Immutable, and so does a
  received revision that would move a sealed head; the SQL triggers back this up.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlcipher3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from amanat.domain import canonical, names
from amanat.domain.errors import Immutable, IntegrityError, NotFound, ValidationError
from amanat.domain.model import (
    RECORD_TYPES,
    Annotation,
    Attachment,
    Case,
    ConsentWithdrawal,
    Event,
    FollowUp,
    FollowUpAnswer,
    Person,
    Place,
    Record,
    RecordKind,
    Relationship,
    Testimony,
    kind_of,
    record_from_content,
)
from amanat.storage import history, person_merges, reviews
from amanat.storage.db import Connection
from amanat.storage.history import Author, Revision

TABLES: dict[RecordKind, str] = {
    RecordKind.PERSON: "person",
    RecordKind.PLACE: "place",
    RecordKind.RELATIONSHIP: "relationship",
    RecordKind.CASE: "case_file",
    RecordKind.EVENT: "event",
    RecordKind.TESTIMONY: "testimony",
    RecordKind.ATTACHMENT: "attachment",
    RecordKind.ANNOTATION: "annotation",
    RecordKind.WITHDRAWAL: "consent_withdrawal",
    RecordKind.REVIEW: "review",  # storage.reviews (docs/review.md §2)
    RecordKind.GRADE: "grade",
    RecordKind.FOLLOWUP: "followup",
    RecordKind.FOLLOWUP_ANSWER: "followup_answer",
    RecordKind.PERSON_MERGE: "person_merge",
    RecordKind.PERSON_DISTINCT: "person_distinct",
}

SEAL_DOMAIN = b"amanat/testimony-seal/v1\x00"


class ApplyOutcome(enum.StrEnum):
    DUPLICATE = "duplicate"  # the revision was already here
    ADDED = "added"  # a record not known before
    FAST_FORWARD = "fast_forward"  # the incoming revision descends from the local head
    KEPT = "kept"  # the local head already descends from the incoming revision
    CONFLICT = "conflict"  # both heads kept, for a person to resolve


# -- sealing ------------------------------------------------------------------------------


def seal_message(testimony: Testimony, sealed_at: str, signer: bytes) -> bytes:
    """What a seal signs: the testimony's id and body, the time and the signer's key."""
    return SEAL_DOMAIN + canonical.encode(
        {
            "id": testimony.id,
            "body": testimony.body_content(),
            "sealed_at": sealed_at,
            "signer": signer.hex(),
        }
    )


def verify_seal(testimony: Testimony) -> bool:
    seal = testimony.seal
    if seal is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(seal.signer).verify(
            seal.signature, seal_message(testimony, seal.sealed_at, seal.signer)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


# -- projection ---------------------------------------------------------------------------


def _upsert(table: str, columns: Sequence[str], *, first: bool, keep: Iterable[str] = ()) -> str:
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
    if first:
        return sql
    kept = set(keep) | {"id"}
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in kept)
    return f"{sql} ON CONFLICT(id) DO UPDATE SET {updates}"


_PERSON_COLUMNS = (
    "id", "sex", "birth_date", "birth_precision", "birth_from", "birth_to", "age_min",
    "age_max", "age_as_of", "ethnicity", "hometown_id", "status", "status_date",
    "occupation", "notes", "sensitivity", "rev_id",
)  # fmt: skip
_SQL_CACHE: dict[tuple[str, bool], str] = {}


def _sql(key: str, first: bool, build: Callable[[bool], str]) -> str:
    cached = _SQL_CACHE.get((key, first))
    if cached is None:
        cached = _SQL_CACHE[(key, first)] = build(first)
    return cached


def _project_person(conn: Connection, p: Person, rev: Revision, first: bool) -> None:
    birth_from = birth_to = None
    if p.birth_date is not None:
        birth_from, birth_to = p.birth_date.sort_key, p.birth_date.end_key
        if p.birth_date.approximate:
            birth_from -= 20000  # "~1974": 1972..1976
            birth_to += 20000
    elif p.age_range is not None:
        low, high = p.age_range.birth_years
        birth_from, birth_to = low * 10000, high * 10000 + 1299
    current = p.current_status
    conn.execute(
        _sql("person", first, lambda f: _upsert("person", _PERSON_COLUMNS, first=f)),
        (
            p.id,
            p.sex.value,
            None if p.birth_date is None else p.birth_date.format(),
            None if p.birth_date is None else p.birth_date.precision.value,
            birth_from,
            birth_to,
            None if p.age_range is None else p.age_range.min_age,
            None if p.age_range is None else p.age_range.max_age,
            None if p.age_range is None else p.age_range.as_of.format(),
            p.ethnicity,
            p.hometown_id,
            None if current is None else current.status.value,
            None if current is None or current.date is None else current.date.format(),
            p.occupation,
            p.notes,
            int(p.sensitivity),
            rev.rev_id,
        ),
    )
    if not first:
        for table in ("person_name", "person_identifier", "person_contact", "person_status"):
            conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (p.id,))
    conn.executemany(
        "INSERT INTO person_name (person_id, position, text, script, type, match_key,"
        " sensitivity) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                p.id,
                i,
                n.text,
                n.script,
                n.type.value,
                names.match_key(n.text, n.script),
                int(n.sensitivity),
            )
            for i, n in enumerate(p.names)
        ],
    )
    if p.identifiers:
        conn.executemany(
            "INSERT INTO person_identifier (person_id, position, scheme, value, source,"
            " sensitivity) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (p.id, i, x.scheme.value, x.value, x.source, int(x.sensitivity))
                for i, x in enumerate(p.identifiers)
            ],
        )
    if p.contacts:
        conn.executemany(
            "INSERT INTO person_contact (person_id, position, kind, value, sensitivity)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (p.id, i, c.kind.value, c.value, int(c.sensitivity))
                for i, c in enumerate(p.contacts)
            ],
        )
    if p.status:
        conn.executemany(
            "INSERT INTO person_status (person_id, position, status, date, date_from, source,"
            " source_testimony_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.id,
                    i,
                    s.status.value,
                    None if s.date is None else s.date.format(),
                    None if s.date is None else s.date.sort_key,
                    s.source,
                    s.source_testimony_id,
                )
                for i, s in enumerate(p.status)
            ],
        )


def _project_place(conn: Connection, p: Place, rev: Revision, first: bool) -> None:
    columns = ("id", "type", "parent_id", "facility_type", "sensitivity", "rev_id")
    conn.execute(
        _sql("place", first, lambda f: _upsert("place", columns, first=f)),
        (p.id, p.type, p.parent_id, p.facility_type, int(p.sensitivity), rev.rev_id),
    )
    if not first:
        conn.execute("DELETE FROM place_label WHERE place_id = ?", (p.id,))
    conn.executemany(
        "INSERT INTO place_label (place_id, position, text, script, label_key)"
        " VALUES (?, ?, ?, ?, ?)",
        [(p.id, i, lb.text, lb.script, label_key(lb.text)) for i, lb in enumerate(p.labels)],
    )


def label_key(text: str) -> str:
    """Exact-match key of a place label: case and spacing do not matter."""
    return " ".join(text.casefold().split())


def _project_relationship(conn: Connection, r: Relationship, rev: Revision, first: bool) -> None:
    if r.removed:
        conn.execute("DELETE FROM relationship WHERE id = ?", (r.id,))
        return
    columns = ("id", "person_id", "other_person_id", "type", "source", "sensitivity", "rev_id")
    conn.execute(
        _sql("relationship", first, lambda f: _upsert("relationship", columns, first=f)),
        (r.id, r.person_id, r.other_person_id, r.type, r.source, int(r.sensitivity), rev.rev_id),
    )


_CASE_COLUMNS = (
    "id", "title", "person_id", "status", "assignee", "summary", "reference", "sensitivity",
    "created", "updated", "rev_id",
)  # fmt: skip


def _project_case(conn: Connection, c: Case, rev: Revision, first: bool) -> None:
    conn.execute(
        _sql(
            "case",
            first,
            lambda f: _upsert("case_file", _CASE_COLUMNS, first=f, keep={"created"}),
        ),
        (
            c.id,
            c.title,
            c.person_id,
            c.status.value,
            c.assignee,
            c.summary,
            c.reference,
            int(c.sensitivity),
            rev.created,
            rev.created,
            rev.rev_id,
        ),
    )
    if not first:
        conn.execute("DELETE FROM case_person WHERE case_id = ?", (c.id,))
    conn.executemany(
        "INSERT OR IGNORE INTO case_person (case_id, person_id, role) VALUES (?, ?, ?)",
        [(c.id, link.person_id, link.role) for link in c.persons],
    )
    members = {(c.id, c.id, RecordKind.CASE.value)}
    members.update((c.id, link.person_id, RecordKind.PERSON.value) for link in c.persons)
    conn.executemany(
        "INSERT OR IGNORE INTO case_record (case_id, record_id, record_kind) VALUES (?, ?, ?)",
        sorted(members),
    )


_EVENT_COLUMNS = (
    "id", "case_id", "type", "victim_id", "date", "date_precision", "date_from", "end_date",
    "date_to", "place_id", "stated_reason", "sentence_years", "sentence_months",
    "sentence_text", "description", "sensitivity", "rev_id",
)  # fmt: skip


def _project_event(conn: Connection, e: Event, rev: Revision, first: bool) -> None:
    if e.removed:
        # The event leaves the case's tables; its revisions (and case membership, so the
        # history still shows them) stay.
        conn.execute("DELETE FROM event_source WHERE event_id = ?", (e.id,))
        conn.execute("DELETE FROM event WHERE id = ?", (e.id,))
        _member(conn, e.case_id, e.id, RecordKind.EVENT)
        _event_span(conn, e.case_id)
        return
    date_to = None
    if e.end_date is not None:
        date_to = e.end_date.end_key
    elif e.date is not None:
        date_to = e.date.end_key
    conn.execute(
        _sql("event", first, lambda f: _upsert("event", _EVENT_COLUMNS, first=f)),
        (
            e.id,
            e.case_id,
            e.type,
            e.victim_id,
            None if e.date is None else e.date.format(),
            None if e.date is None else e.date.precision.value,
            None if e.date is None else e.date.sort_key,
            None if e.end_date is None else e.end_date.format(),
            date_to,
            e.place_id,
            e.stated_reason,
            None if e.sentence is None else e.sentence.years,
            None if e.sentence is None else e.sentence.months,
            None if e.sentence is None else e.sentence.text,
            e.description,
            int(e.sensitivity),
            rev.rev_id,
        ),
    )
    if not first:
        conn.execute("DELETE FROM event_source WHERE event_id = ?", (e.id,))
    if e.source_testimony_ids:
        conn.executemany(
            "INSERT OR IGNORE INTO event_source (event_id, testimony_id) VALUES (?, ?)",
            [(e.id, tid) for tid in e.source_testimony_ids],
        )
    _member(conn, e.case_id, e.id, RecordKind.EVENT)
    _event_span(conn, e.case_id)


def _event_span(conn: Connection, case_id: str) -> None:
    conn.execute(
        "UPDATE case_file SET"
        " event_from = (SELECT min(date_from) FROM event WHERE case_id = ?1),"
        " event_to = (SELECT max(date_to) FROM event WHERE case_id = ?1)"
        " WHERE id = ?1",
        (case_id,),
    )


def _member(conn: Connection, case_id: str, record_id: str, kind: RecordKind) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO case_record (case_id, record_id, record_kind) VALUES (?, ?, ?)",
        (case_id, record_id, kind.value),
    )


_TESTIMONY_COLUMNS = (
    "id", "case_id", "speaker_id", "relation", "interviewer_ids", "interpreter_id", "date",
    "date_from", "place_id", "mode", "language", "narrative", "consent_informed",
    "consent_voluntary", "consent_may_name", "consent_may_show_face", "consent_may_use_voice",
    "consent_uses", "supersedes_id", "state", "sealed_at", "signer", "signature",
    "sensitivity", "rev_id",
)  # fmt: skip


def _project_testimony(conn: Connection, t: Testimony, rev: Revision, first: bool) -> None:
    consent = t.consent
    seal = t.seal
    conn.execute(
        _sql("testimony", first, lambda f: _upsert("testimony", _TESTIMONY_COLUMNS, first=f)),
        (
            t.id,
            t.case_id,
            t.speaker_id,
            t.relation,
            json.dumps(list(t.interviewer_ids)),
            t.interpreter_id,
            None if t.date is None else t.date.format(),
            None if t.date is None else t.date.sort_key,
            t.place_id,
            t.mode.value,
            t.language,
            t.narrative,
            int(consent.informed),
            int(consent.voluntary),
            int(consent.may_name),
            int(consent.may_show_face),
            int(consent.may_use_voice),
            " ".join(sorted(u.value for u in consent.uses)),
            t.supersedes_id,
            t.state.value,
            None if seal is None else seal.sealed_at,
            None if seal is None else seal.signer,
            None if seal is None else seal.signature,
            int(t.sensitivity),
            rev.rev_id,
        ),
    )
    _member(conn, t.case_id, t.id, RecordKind.TESTIMONY)


def _project_withdrawal(conn: Connection, w: ConsentWithdrawal, rev: Revision, first: bool) -> None:
    columns = ("id", "testimony_id", "date", "scope", "note", "rev_id")
    conn.execute(
        _sql("withdrawal", first, lambda f: _upsert("consent_withdrawal", columns, first=f)),
        (
            w.id,
            w.testimony_id,
            w.date.format(),
            " ".join(sorted(u.value for u in w.scope)),
            w.note,
            rev.rev_id,
        ),
    )
    row = conn.execute("SELECT case_id FROM testimony WHERE id = ?", (w.testimony_id,)).fetchone()
    if row is not None:
        _member(conn, row[0], w.id, RecordKind.WITHDRAWAL)


_ATTACHMENT_COLUMNS = (
    "id", "case_id", "blob_id", "original_name", "media_type", "size", "sha256", "role",
    "derived_from_id", "testimony_id", "event_id", "description", "sensitivity", "created",
    "rev_id",
)  # fmt: skip


def _project_attachment(conn: Connection, a: Attachment, rev: Revision, first: bool) -> None:
    if a.removed:
        conn.execute("DELETE FROM attachment WHERE id = ?", (a.id,))
        _member(conn, a.case_id, a.id, RecordKind.ATTACHMENT)
        return
    # The body is stored apart (storage.blobs, keyed by plaintext hash); it may arrive
    # before or after the record, or not at all (a bundle without attachments).
    row = conn.execute(
        "SELECT id FROM blob WHERE sha256 = ? AND size = ? ORDER BY created LIMIT 1",
        (a.sha256, a.size),
    ).fetchone()
    blob_id = None if row is None else row[0]
    conn.execute(
        _sql(
            "attachment",
            first,
            lambda f: _upsert("attachment", _ATTACHMENT_COLUMNS, first=f, keep={"created"}),
        ),
        (
            a.id,
            a.case_id,
            blob_id,
            a.original_name,
            a.media_type,
            a.size,
            a.sha256,
            a.role.value,
            a.derived_from_id,
            a.testimony_id,
            a.event_id,
            a.description,
            int(a.sensitivity),
            rev.created,
            rev.rev_id,
        ),
    )
    _member(conn, a.case_id, a.id, RecordKind.ATTACHMENT)


_ANNOTATION_COLUMNS = (
    "id", "target_kind", "target_id", "kind", "text", "grade", "field", "author", "author_key",
    "created", "sensitivity", "rev_id", "reply_to",
)  # fmt: skip


def _project_annotation(conn: Connection, n: Annotation, rev: Revision, first: bool) -> None:
    conn.execute(
        _sql(
            "annotation",
            first,
            lambda f: _upsert(
                "annotation", _ANNOTATION_COLUMNS, first=f, keep={"created", "author_key"}
            ),
        ),
        (
            n.id,
            n.target_kind.value,
            n.target_id,
            n.kind.value,
            n.text,
            n.grade,
            n.field,
            n.author,
            rev.author,
            rev.created,
            int(n.sensitivity),
            rev.rev_id,
            n.reply_to,
        ),
    )
    case_id = case_of(conn, n.target_kind, n.target_id)
    if case_id is not None:
        _member(conn, case_id, n.id, RecordKind.ANNOTATION)


_FOLLOWUP_COLUMNS = (
    "id", "case_id", "target_kind", "target_id", "field", "text", "asked_by", "author_key",
    "created", "sensitivity", "rev_id",
)  # fmt: skip
_ANSWER_COLUMNS = (
    "id", "followup_id", "case_id", "kind", "text", "record_id", "answer_rev", "answered_by",
    "author_key", "created", "sensitivity", "rev_id",
)  # fmt: skip
_FIRST_SEEN = {"created", "author_key"}


def _project_followup(conn: Connection, q: FollowUp, rev: Revision, first: bool) -> None:
    conn.execute(
        _sql("followup", first, lambda f: _upsert("followup", _FOLLOWUP_COLUMNS, first=f,
                                                   keep=_FIRST_SEEN)),
        (q.id, q.case_id, q.target_kind.value, q.target_id, q.field, q.text, q.asked_by,
         rev.author, rev.created, int(q.sensitivity), rev.rev_id),
    )  # fmt: skip
    _member(conn, q.case_id, q.id, RecordKind.FOLLOWUP)


def _project_answer(conn: Connection, a: FollowUpAnswer, rev: Revision, first: bool) -> None:
    conn.execute(
        _sql("followup_answer", first, lambda f: _upsert("followup_answer", _ANSWER_COLUMNS,
                                                          first=f, keep=_FIRST_SEEN)),
        (a.id, a.followup_id, a.case_id, a.kind.value, a.text, a.record_id, a.rev_id,
         a.answered_by, rev.author, rev.created, int(a.sensitivity), rev.rev_id),
    )  # fmt: skip
    _member(conn, a.case_id, a.id, RecordKind.FOLLOWUP_ANSWER)


def case_of(conn: Connection, kind: RecordKind, record_id: str) -> str | None:
    """The case a record belongs to (None for persons, places and relationships)."""
    if kind is RecordKind.CASE:
        return record_id
    if kind in (RecordKind.EVENT, RecordKind.TESTIMONY, RecordKind.ATTACHMENT):
        row = conn.execute(
            f"SELECT case_id FROM {TABLES[kind]} WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else str(row[0])
    if kind in (RecordKind.FOLLOWUP, RecordKind.FOLLOWUP_ANSWER):
        row = conn.execute(
            f"SELECT case_id FROM {TABLES[kind]} WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else str(row[0])
    if kind in (RecordKind.WITHDRAWAL, RecordKind.ANNOTATION, RecordKind.REVIEW, RecordKind.GRADE):
        row = conn.execute(
            "SELECT case_id FROM case_record WHERE record_id = ? LIMIT 1", (record_id,)
        ).fetchone()
        return None if row is None else str(row[0])
    return None


_PROJECTORS: dict[RecordKind, Callable[[Connection, Any, Revision, bool], None]] = {
    RecordKind.PERSON: _project_person,
    RecordKind.PLACE: _project_place,
    RecordKind.RELATIONSHIP: _project_relationship,
    RecordKind.CASE: _project_case,
    RecordKind.EVENT: _project_event,
    RecordKind.TESTIMONY: _project_testimony,
    RecordKind.ATTACHMENT: _project_attachment,
    RecordKind.ANNOTATION: _project_annotation,
    RecordKind.WITHDRAWAL: _project_withdrawal,
    RecordKind.REVIEW: reviews.project_review,
    RecordKind.GRADE: reviews.project_grade,
    RecordKind.FOLLOWUP: _project_followup,
    RecordKind.FOLLOWUP_ANSWER: _project_answer,
    RecordKind.PERSON_MERGE: person_merges.project_merge,
    RecordKind.PERSON_DISTINCT: person_merges.project_distinct,
}


def project(conn: Connection, record: Record, rev: Revision, *, first: bool) -> None:
    """Rewrite the current-state rows of ``record`` from revision ``rev``."""
    try:
        _PROJECTORS[rev.kind](conn, record, rev, first)
    except sqlcipher3.IntegrityError as exc:
        if "sealed testimony is immutable" in str(exc):
            raise Immutable(kind=rev.kind.value, id=rev.record_id) from None
        if first and "UNIQUE" in str(exc):
            raise ValidationError(
                "invalid.exists", field=rev.kind.value, id=rev.record_id
            ) from None
        raise


# -- writing ------------------------------------------------------------------------------


def is_sealed(conn: Connection, testimony_id: str) -> bool:
    row = conn.execute("SELECT state FROM testimony WHERE id = ?", (testimony_id,)).fetchone()
    return row is not None and row[0] == "sealed"


def write(
    conn: Connection,
    record: Record,
    *,
    author: Author,
    new: bool = False,
    created: str | None = None,
    validate: bool = True,
) -> Revision:
    """Record a local change: a new revision whose parents are the current heads.

    ``new=True`` promises the record does not exist yet (the bulk path skips the head
    look-up; a duplicate id still fails on the primary key). Call inside a transaction.
    """
    if validate:
        record.validate()
    kind = kind_of(record)
    parents: list[str] = []
    if not new:
        parents = history.heads(conn, record.id)
        if kind is RecordKind.TESTIMONY and parents and is_sealed(conn, record.id):
            raise Immutable(kind=kind.value, id=record.id)
    rev = _signed_revision(kind, record, parents, author, created)
    history.insert(conn, rev)
    if parents:
        history.set_heads(conn, kind, record.id, [rev.rev_id])
    else:
        history.add_first_head(conn, rev)
    project(conn, record, rev, first=not parents)
    return rev


def unknown_fields(received: Any, rebuilt: Any) -> bool:
    """True if ``received`` holds a key, at any depth, that the schema's own form of the
    same record (``rebuilt``) does not have."""
    if type(received) is dict:
        if type(rebuilt) is not dict or not received.keys() <= rebuilt.keys():
            return True
        return any(
            type(v) in _CONTAINERS and unknown_fields(v, rebuilt[k]) for k, v in received.items()
        )
    if type(received) is list:
        if type(rebuilt) is not list or len(received) != len(rebuilt):
            return any(type(v) in _CONTAINERS for v in received)
        return any(
            type(a) in _CONTAINERS and unknown_fields(a, b)
            for a, b in zip(received, rebuilt, strict=True)
        )
    return False


_CONTAINERS = (dict, list)


def rebuild_received(kind: RecordKind, record_id: str, content: dict[str, Any]) -> Record:
    """Received content parsed into its domain record (docs/trust.md, "Received content
    and redaction"): invalid content raises ValidationError, and so does a field the
    schema does not know (``invalid.unknown_field``): it would be kept, projected
    nowhere and sent on by every profile, so it is refused rather than dropped (a
    dropped field would also change the revision's hash, which its author signed)."""
    record = record_from_content(kind, record_id, content)
    if unknown_fields(content, record.to_content()):
        raise ValidationError("invalid.unknown_field", kind=kind.value)
    return record


def apply_revision(
    conn: Connection,
    rev: Revision,
    *,
    origin: str | None = None,
    ancestry: history.Ancestry | None = None,
) -> ApplyOutcome:
    """Merge a revision received from elsewhere. Call inside the import's transaction.
    ``ancestry``: the record's graph, read once by a caller applying many revisions of
    one record (kept up to date here); without it, it is read for this call."""
    rev.verify_received()
    graph = ancestry if ancestry is not None else history.Ancestry(conn, rev.record_id)
    if graph.known(rev.rev_id):
        return ApplyOutcome.DUPLICATE
    record = rebuild_received(rev.kind, rev.record_id, rev.value())
    if isinstance(record, Testimony) and record.seal is not None and not verify_seal(record):
        raise IntegrityError(what="testimony_seal", id=rev.record_id)
    local_heads = list(graph.heads)
    if not local_heads:
        history.insert(conn, rev, origin)
        history.add_first_head(conn, rev)
        graph.stored(rev)
        graph.moved([rev.rev_id], via=rev)
        project(conn, record, rev, first=True)
        return ApplyOutcome.ADDED
    if any(_kind_of_head(conn, h) is not rev.kind for h in local_heads):
        raise IntegrityError(what="revision_kind", id=rev.record_id)
    behind = graph.heads_behind(rev.parents)
    if len(behind) == len(local_heads):
        if rev.kind is RecordKind.TESTIMONY and is_sealed(conn, rev.record_id):
            raise Immutable(kind=rev.kind.value, id=rev.record_id)
        history.insert(conn, rev, origin)
        graph.stored(rev)
        history.set_heads(conn, rev.kind, rev.record_id, [rev.rev_id])
        graph.moved([rev.rev_id], via=rev)
        project(conn, record, rev, first=False)
        return ApplyOutcome.FAST_FORWARD
    kept = graph.leads_to_head(rev.rev_id)
    history.insert(conn, rev, origin)
    graph.stored(rev)
    if kept:
        return ApplyOutcome.KEPT
    remaining = [h for h in local_heads if h not in behind]
    history.set_heads(conn, rev.kind, rev.record_id, [*remaining, rev.rev_id])
    graph.moved([*remaining, rev.rev_id], via=rev)
    return ApplyOutcome.CONFLICT


def kind_of_revision(conn: Connection, rev_id: str) -> RecordKind:
    row = conn.execute("SELECT record_kind FROM revision WHERE rev_id = ?", (rev_id,)).fetchone()
    return RecordKind(row[0])


_kind_of_head = kind_of_revision


def projected_rev(conn: Connection, kind: RecordKind, record_id: str) -> str | None:
    """The revision the current-state row was projected from (the version shown)."""
    row = conn.execute(f"SELECT rev_id FROM {TABLES[kind]} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else str(row[0])


def write_merge(
    conn: Connection,
    record: Record,
    *,
    author: Author,
    parents: Sequence[str],
    created: str | None = None,
) -> Revision:
    """A person's decision between heads: a revision with ``parents`` (the heads it
    resolves) and the chosen content; it replaces those heads, other heads stay, and
    it is projected. Call inside a transaction."""
    record.validate()
    kind = kind_of(record)
    heads = history.heads(conn, record.id)
    if not set(parents) <= set(heads) or len(set(parents)) < 2:
        raise ValidationError("invalid.merge_parents", id=record.id)
    rev = _signed_revision(kind, record, parents, author, created)
    history.insert(conn, rev)
    history.set_heads(conn, kind, record.id, [*(h for h in heads if h not in parents), rev.rev_id])
    project(conn, record, rev, first=False)
    return rev


# -- loading ------------------------------------------------------------------------------


def exists(conn: Connection, kind: RecordKind, record_id: str) -> bool:
    row = conn.execute(f"SELECT 1 FROM {TABLES[kind]} WHERE id = ?", (record_id,)).fetchone()
    return row is not None


def load(conn: Connection, kind: RecordKind, record_id: str) -> Any:
    """The record as of its projected revision; NotFound if unknown."""
    found = load_many(conn, kind, [record_id])
    if record_id not in found:
        raise NotFound(what=kind.value, id=record_id)
    return found[record_id]


def load_many(conn: Connection, kind: RecordKind, ids: Iterable[str]) -> dict[str, Any]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Any] = {}
    table = TABLES[kind]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"SELECT t.id, r.content FROM {table} t JOIN revision r ON r.rev_id = t.rev_id"
            f" WHERE t.id IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            # Stored content was validated on the way in; rebuilding is enough.
            found[row[0]] = _rebuild(kind, row[0], json.loads(row[1]))
    return found


def _rebuild(kind: RecordKind, record_id: str, content: dict[str, Any]) -> Any:
    return RECORD_TYPES[kind].from_content(record_id, content)


def load_revision_record(rev: Revision) -> Any:
    """The record as it was in one revision (for history views)."""
    return _rebuild(rev.kind, rev.record_id, rev.value())


def _signed_revision(
    kind: RecordKind,
    record: Record,
    parents: Sequence[str],
    author: history.Author,
    created: str | None,
) -> Revision:
    """A local revision of ``record``, signed by this vault (write and write_merge)."""
    return history.make_revision(
        kind,
        record.id,
        record.to_content(),
        parents=parents,
        author=author.key,
        created=created,
        check=False,
        sign=author.sign,
    )
