"""Corrections: the person of concern, events and attachments of a case, edited.

Every edit is a new signed revision (storage.records.write) with an ``edited`` custody
entry naming the fields that changed; nothing is overwritten or lost (the history keeps
every version, and storage.cases.case_changes says field by field what each revision
changed).
A record another vault created is still edited here: the change shows in this vault at
once and reaches the creator as a proposal it accepts or declines (docs/trust.md);
``owned_here`` lets the app say so before saving.

Sealed testimonies are not edited here: a correction is a new version
(services.cases.correct_testimony). Case fields: services.cases.update_case.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections.abc import Mapping, Sequence
from typing import Any

from amanat.domain.case_json import new_record_id, parse_case
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import (
    Attachment,
    AttachmentRole,
    Case,
    CustodyAction,
    Event,
    Person,
    RecordKind,
    Relationship,
    parse_enum,
)
from amanat.services.base import Changes, Created
from amanat.services.cases import revision_author
from amanat.storage import blobs, custody, history, records
from amanat.storage.db import Connection, transaction
from amanat.storage.history import Author
from amanat.storage.places import PlaceResolver
from amanat.storage.vault import Vault


def owned_here(vault: Vault, record_id: str) -> bool:
    """True if this vault created the record (its edits are applied everywhere); False
    if another vault did (an edit here travels to it as a proposal)."""
    owner = history.owner(vault.connection(), record_id)
    return owner is not None and hmac.compare_digest(owner, revision_author(vault).key)


def _edited(
    conn: Connection, author: Author, kind: RecordKind, record_id: str, case_id: str | None,
    fields: list[str], **extra: Any,
) -> None:  # fmt: skip
    custody.append(
        conn,
        actor=author.key,
        action=CustodyAction.EDITED,
        record_kind=kind.value,
        record_id=record_id,
        case_id=case_id,
        detail={"fields": fields, **extra},
    )


def _changed_fields(before: Any, after: Any) -> list[str]:
    old, new = before.to_content(), after.to_content()
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


# -- the person -----------------------------------------------------------------------------


def update_person(
    vault: Vault, person_id: str, doc: Mapping[str, Any], *, case_id: str | None = None
) -> Changes:
    """Replace a person's content by ``doc`` (the ``person`` object of docs/case-json.md:
    names, sex, birth, ethnicity, hometown, identifiers, contacts, status, occupation,
    notes). The hometown may name a gazetteer place (``{"id": ...}``) or a new one by
    its label. Errors name fields as ``person.names[0].text`` etc."""
    conn = vault.connection()
    author = revision_author(vault)
    changes = Changes(persons={person_id})
    if case_id is not None:
        changes.cases.add(case_id)
    with transaction(conn):
        current: Person = records.load(conn, RecordKind.PERSON, person_id)
        resolver = PlaceResolver(conn, author)
        item = {k: v for k, v in doc.items() if k != "id"}
        parsed = parse_case(
            {"title": "-", "person": {**item, "id": person_id}}, resolve_place=resolver
        )
        person = next(p for p in parsed.persons if p.id == person_id)
        if person != current:
            records.write(conn, person, author=author, validate=False)
            owning = case_id or records.case_of(conn, RecordKind.PERSON, person_id)
            _edited(
                conn, author, RecordKind.PERSON, person_id, owning,
                _changed_fields(current, person),
            )  # fmt: skip
            if owning is not None:
                changes.cases.add(owning)
        changes.places.update(resolver.created)
    return changes


# -- events ---------------------------------------------------------------------------------


def _parse_event(
    conn: Connection, author: Author, case: Case, doc: Mapping[str, Any], event_id: str
) -> tuple[Event, PlaceResolver]:
    resolver = PlaceResolver(conn, author)
    item = {k: v for k, v in doc.items() if k not in {"id", "victim", "sources"}}
    item["id"] = event_id
    parsed = parse_case(
        {"id": case.id, "title": case.title, "person": {"id": case.person_id},
         "events": [item]},
        resolve_place=resolver,
    )  # fmt: skip
    return parsed.events[0], resolver


def add_event(vault: Vault, case_id: str, doc: Mapping[str, Any]) -> Created:
    """Add an event (an ``events`` item of docs/case-json.md) to a case; ``.id`` is the
    event's. Errors name fields as ``events[0].date`` etc."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        case: Case = records.load(conn, RecordKind.CASE, case_id)
        event, resolver = _parse_event(conn, author, case, doc, new_record_id())
        records.write(conn, event, author=author, new=True, validate=False)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.EVENT.value,
            record_id=event.id,
            case_id=case_id,
        )
    return Created(event.id, Changes(cases={case_id}, places=set(resolver.created)))


def update_event(vault: Vault, event_id: str, doc: Mapping[str, Any]) -> Changes:
    """Replace an event's content by ``doc``; its victim and source testimonies stay
    as they are unless ``doc`` names them."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        current: Event = records.load(conn, RecordKind.EVENT, event_id)
        case: Case = records.load(conn, RecordKind.CASE, current.case_id)
        event, resolver = _parse_event(conn, author, case, doc, event_id)
        event = dataclasses.replace(
            event,
            victim_id=current.victim_id,
            source_testimony_ids=current.source_testimony_ids,
        )
        if event != current:
            records.write(conn, event, author=author)
            _edited(
                conn, author, RecordKind.EVENT, event_id, case.id,
                _changed_fields(current, event),
            )  # fmt: skip
    return Changes(cases={case.id}, places=set(resolver.created))


def remove_event(vault: Vault, event_id: str) -> Changes:
    """Take an event out of its case. Nothing is lost: the removal is a revision of the
    event (its earlier versions stay in the history) and a ``deleted`` custody entry."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        current: Event = records.load(conn, RecordKind.EVENT, event_id)
        rev = records.write(conn, dataclasses.replace(current, removed=True), author=author)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.DELETED,
            record_kind=RecordKind.EVENT.value,
            record_id=event_id,
            case_id=current.case_id,
            detail={"rev": rev.rev_id, "kept": "history"},
        )
    return Changes(cases={current.case_id})


# -- attachments ----------------------------------------------------------------------------

_KEEP: Any = ...


def update_attachment(
    vault: Vault,
    attachment_id: str,
    *,
    description: str | None = _KEEP,
    role: str | None = None,
    testimony_id: str | None = _KEEP,
) -> Changes:
    """Change what is said about an attachment: its description, its role (evidentiary
    original or working copy) and the testimony it belongs to (None: to none). The
    file itself never changes. Arguments left out stay as they are."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        current: Attachment = records.load(conn, RecordKind.ATTACHMENT, attachment_id)
        updates: dict[str, Any] = {}
        if description is not _KEEP:
            updates["description"] = (description or "").strip() or None
        if role is not None:
            updates["role"] = parse_enum(AttachmentRole, role, "role")
        if testimony_id is not _KEEP:
            if (
                testimony_id is not None
                and records.case_of(conn, RecordKind.TESTIMONY, testimony_id) != current.case_id
            ):
                raise NotFound(what="testimony", id=testimony_id)
            updates["testimony_id"] = testimony_id
        new = dataclasses.replace(current, **updates)
        if new != current:
            new.validate()
            records.write(conn, new, author=author, validate=False)
            _edited(
                conn, author, RecordKind.ATTACHMENT, attachment_id, current.case_id,
                _changed_fields(current, new),
            )  # fmt: skip
    return Changes(cases={current.case_id}, attachments={attachment_id})


def remove_working_copy(vault: Vault, attachment_id: str) -> Changes:
    """Remove a working copy (never an evidentiary original: ValidationError
    ``invalid.original_kept`` on ``role``). The attachment leaves the case; its
    revisions stay in the history and a ``deleted`` custody entry records the removal
    with the file's hash. Its encrypted body is deleted unless another attachment (the
    original it was copied from, say) or a kept bundle shares it."""
    conn = vault.connection()
    author = revision_author(vault)
    unused_blob: str | None = None
    with transaction(conn):
        current: Attachment = records.load(conn, RecordKind.ATTACHMENT, attachment_id)
        if current.role is not AttachmentRole.WORKING_COPY:
            raise ValidationError("invalid.original_kept", field="role")
        row = conn.execute("SELECT blob_id FROM attachment WHERE id = ?", (attachment_id,))
        blob_id = (row.fetchone() or (None,))[0]
        rev = records.write(conn, dataclasses.replace(current, removed=True), author=author)
        if blob_id is not None and not _blob_in_use(conn, str(blob_id)):
            conn.execute("DELETE FROM blob WHERE id = ?", (blob_id,))
            unused_blob = str(blob_id)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.DELETED,
            record_kind=RecordKind.ATTACHMENT.value,
            record_id=attachment_id,
            case_id=current.case_id,
            detail={
                "rev": rev.rev_id,
                "role": current.role.value,
                "size": current.size,
                "sha256": current.sha256.hex(),
                "derived_from": current.derived_from_id,
            },
        )
    if unused_blob is not None:
        blobs.discard(vault.blobs_dir, unused_blob)  # after the commit: never a dangling row
    return Changes(cases={current.case_id}, attachments={attachment_id})


def _blob_in_use(conn: Connection, blob_id: str) -> bool:
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM attachment WHERE blob_id = ?1)"
        " OR EXISTS (SELECT 1 FROM bundle_quarantine WHERE blob_id = ?1)",
        (blob_id,),
    ).fetchone()
    return bool(row[0])


# -- relationships ----------------------------------------------------------------------------


def set_relations(
    vault: Vault, person_id: str, items: Sequence[Mapping[str, Any]], *, case_id: str
) -> Changes:
    """Who is what to ``person_id``: each item ``{"id"?, "person", "type", "source"?}``
    says ``person`` is the ``type`` of ``person_id`` (docs/case-json.md,
    Relationships). Items with an id correct that relationship; items without one are
    new; a relationship to ``person_id`` that is not in ``items`` is removed (a last
    revision marked removed: its versions stay). Relationships in which
    ``person_id`` is the ``person`` side are left as they are."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        ids = [
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM relationship WHERE other_person_id = ? ORDER BY rowid",
                (person_id,),
            )
        ]
        current: dict[str, Relationship] = records.load_many(conn, RecordKind.RELATIONSHIP, ids)
        kept: set[str] = set()
        for i, item in enumerate(items):
            other = str(item.get("person") or "")
            if not records.exists(conn, RecordKind.PERSON, other):
                raise NotFound(what="person", id=other or "-")
            rel_id = item.get("id")
            before = current.get(str(rel_id)) if rel_id else None
            if rel_id and before is None:
                raise NotFound(what="relationship", id=str(rel_id))
            new = Relationship(
                id=before.id if before else new_record_id(),
                person_id=other,
                other_person_id=person_id,
                type=str(item.get("type") or ""),
                source=(str(item.get("source") or "").strip() or None),
                sensitivity=before.sensitivity if before else Relationship.sensitivity,
            )
            try:
                new.validate()
            except ValidationError as exc:
                field = str(exc.params.get("field", "")).removeprefix("relationship.")
                raise ValidationError(exc.code, field=f"relations[{i}].{field}") from None
            if before is None:
                records.write(conn, new, author=author, new=True, validate=False)
                custody.append(
                    conn, actor=author.key, action=CustodyAction.CREATED,
                    record_kind=RecordKind.RELATIONSHIP.value, record_id=new.id,
                    case_id=case_id,
                )  # fmt: skip
            elif new != before:
                records.write(conn, new, author=author, validate=False)
                _edited(
                    conn, author, RecordKind.RELATIONSHIP, new.id, case_id,
                    _changed_fields(before, new),
                )  # fmt: skip
            kept.add(new.id)
        for rel_id, before in current.items():
            if rel_id not in kept:
                rev = records.write(conn, dataclasses.replace(before, removed=True), author=author)
                custody.append(
                    conn, actor=author.key, action=CustodyAction.DELETED,
                    record_kind=RecordKind.RELATIONSHIP.value, record_id=rel_id,
                    case_id=case_id, detail={"rev": rev.rev_id, "kept": "history"},
                )  # fmt: skip
    return Changes(cases={case_id}, persons={person_id})
