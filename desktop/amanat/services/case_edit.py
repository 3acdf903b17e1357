"""``amanat case edit CASE_ID --json FILE``: an edited case document applied as new
revisions of exactly the records that changed (docs/case-json.md, "Editing a case").

The document is the full form ``case show --json`` prints (or any valid input form of
the same case), parsed by the same strict parser as ``case add`` (unknown fields are
refused, errors name the field, never its value). Each record it describes is compared
with the version shown here: an unchanged record gets no revision, a changed one gets
one (signed by this vault, with an ``edited`` custody entry naming the fields), a new
event, testimony or relationship is added. Records the document leaves out are left as
they are (removing an event is its own, explicit edit: services.edits.remove_event).

A sealed testimony never changes: a document whose copy of it differs is refused
(Immutable) and nothing is written. A record another vault owns is edited as in
services.edits: the change shows here at once and reaches its owner as a proposal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.case_json import parse_case
from amanat.domain.errors import Immutable, ValidationError
from amanat.domain.model import CustodyAction, RecordKind, Testimony, kind_of
from amanat.services.base import Changes
from amanat.services.cases import revision_author
from amanat.services.edits import owned_here
from amanat.storage import custody, records
from amanat.storage.db import transaction
from amanat.storage.places import PlaceResolver
from amanat.storage.vault import Vault


@dataclass(frozen=True)
class EditedRecord:
    record_id: str
    kind: RecordKind
    fields: tuple[str, ...]  # top-level fields changed; empty for a new record
    new: bool
    owned_here: bool  # False: the edit reaches the record's owner as a proposal

    def as_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "record_kind": self.kind.value,
            "new": self.new,
            "fields": list(self.fields),
            "owned_here": self.owned_here,
        }


@dataclass(frozen=True)
class CaseEdited:
    records: tuple[EditedRecord, ...]
    changes: Changes = field(default_factory=Changes)


def _fields(before: Any, after: Any) -> tuple[str, ...]:
    old, new = before.to_content(), after.to_content()
    return tuple(sorted(k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)))


def edit_case(vault: Vault, case_id: str, doc: Any) -> CaseEdited:
    """Apply ``doc`` (docs/case-json.md) to case ``case_id``: one transaction, all or
    nothing. Raises NotFound (no such case), ValidationError (bad document, an ``id``
    that is not ``case_id``), Immutable (a sealed testimony changed)."""
    if not isinstance(doc, Mapping):
        raise ValidationError("invalid.type", field="$", expected="object")
    if doc.get("id", case_id) != case_id:
        raise ValidationError("invalid.id", field="id")
    conn = vault.connection()
    author = revision_author(vault)
    edited: list[EditedRecord] = []
    with transaction(conn):
        records.load(conn, RecordKind.CASE, case_id)  # NotFound first
        resolver = PlaceResolver(conn, author)
        parsed = parse_case({**doc, "id": case_id}, resolve_place=resolver)
        ordered: list[Any] = [
            *parsed.persons, parsed.case, *parsed.events, *parsed.testimonies,
            *parsed.relationships,
        ]  # fmt: skip
        for record in ordered:
            kind = kind_of(record)
            if not records.exists(conn, kind, record.id):
                if kind is RecordKind.PERSON and record.id in parsed.referenced_persons:
                    continue
                records.write(conn, record, author=author, new=True, validate=False)
                edited.append(EditedRecord(record.id, kind, (), True, True))
                continue
            current = records.load(conn, kind, record.id)
            if isinstance(current, Testimony) and current.seal is not None:
                assert isinstance(record, Testimony)
                if record.body_content() != current.body_content():
                    raise Immutable(kind="testimony", id=record.id)
                continue
            if record == current:
                continue
            fields = _fields(current, record)
            records.write(conn, record, author=author, validate=False)
            edited.append(
                EditedRecord(record.id, kind, fields, False, owned_here(vault, record.id))
            )
        for item in edited:
            custody.append(
                conn,
                actor=author.key,
                action=CustodyAction.CREATED if item.new else CustodyAction.EDITED,
                record_kind=item.kind.value,
                record_id=item.record_id,
                case_id=case_id,
                detail={"fields": list(item.fields), "via": "case_edit"},
            )
    changes = Changes(cases={case_id}, places=set(resolver.created))
    changes.persons.update(e.record_id for e in edited if e.kind is RecordKind.PERSON)
    changes.testimonies.update(e.record_id for e in edited if e.kind is RecordKind.TESTIMONY)
    return CaseEdited(tuple(edited), changes)
