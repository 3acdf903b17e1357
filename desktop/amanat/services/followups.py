"""Follow-up questions (docs/review.md §6): a reviewer asks a precise question about a
case, or one record (and field) of it; the field answers with a note, a correction or
a new testimony; the answer travels back and the question is answered on both sides.

Questions (``FollowUp``) and answers (``FollowUpAnswer``) are records of their own,
each owned by the vault that wrote it, signed, members of their case: they travel in
every bundle of the case, or alone (``bundle seal --followups-only``). Neither ever
changes the record it is about. A question with an answer is answered; without, open.
"""

from __future__ import annotations

import hmac
from typing import Any

from amanat.domain.case_json import new_record_id
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import (
    FOLLOWUP_TARGETS,
    AnswerKind,
    CustodyAction,
    FollowUp,
    FollowUpAnswer,
    RecordKind,
    parse_enum,
)
from amanat.services.base import Changes, Created
from amanat.services.cases import author_key, revision_author
from amanat.storage import custody, history, records
from amanat.storage import followups as followup_store
from amanat.storage.db import Connection, transaction
from amanat.storage.vault import Vault


def _target(conn: Connection, record_id: str) -> tuple[RecordKind, str]:
    """The kind and case of a record a question may be about."""
    row = conn.execute(
        "SELECT record_kind FROM record_head WHERE record_id = ? LIMIT 1", (record_id,)
    ).fetchone()
    if row is None:
        raise NotFound(what="record", id=record_id)
    kind = RecordKind(row[0])
    if kind not in FOLLOWUP_TARGETS:
        raise ValidationError("followup.target", field="record")
    case_id = records.case_of(conn, kind, record_id)
    if case_id is None:  # a person: the case it is the person of concern of, else any
        found = conn.execute(
            "SELECT r.case_id FROM case_record r LEFT JOIN case_file c ON c.id = r.case_id"
            " AND c.person_id = r.record_id WHERE r.record_id = ?"
            " ORDER BY c.id IS NULL, r.case_id LIMIT 1",
            (record_id,),
        ).fetchone()
        if found is None:
            raise ValidationError("followup.target", field="record")
        case_id = str(found[0])
    return kind, case_id


def ask(vault: Vault, record_id: str, text: str, *, field: str | None = None) -> Created:
    """Ask a question about a case, its person, an event or a testimony (``field``: one
    field of it). ``.id`` is the follow-up's id."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        kind, case_id = _target(conn, record_id)
        question = FollowUp(
            id=new_record_id(),
            case_id=case_id,
            target_kind=kind,
            target_id=record_id,
            text=text,
            field=field or None,
            asked_by=vault.identity.display_name,
        )
        records.write(conn, question, author=author, new=True)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.FOLLOWUP.value,
            record_id=question.id,
            case_id=case_id,
            detail={"target_kind": kind.value, "target": record_id},
        )
    return Created(question.id, Changes(cases={case_id}))


def answer(
    vault: Vault,
    followup_id: str,
    text: str | None,
    *,
    kind: str = "note",
    record_id: str | None = None,
    rev_id: str | None = None,
) -> Created:
    """Answer a follow-up: ``kind`` "note" (the text), "correction" (``record_id`` was
    corrected; ``rev_id`` defaults to its version shown now) or "testimony" (a new
    testimony, ``record_id``, answers it). ``.id`` is the answer's id."""
    answer_kind = parse_enum(AnswerKind, kind, "kind")
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        question = followup_store.question(conn, followup_id)
        if question is None:
            raise NotFound(what="followup", id=followup_id)
        if answer_kind is AnswerKind.CORRECTION and record_id is not None and rev_id is None:
            heads = history.heads(conn, record_id)
            if not heads:
                raise NotFound(what="record", id=record_id)
            rev_id = records.projected_rev(conn, _kind_of(conn, record_id), record_id)
        if answer_kind is AnswerKind.TESTIMONY and record_id is not None:
            found = records.case_of(conn, RecordKind.TESTIMONY, record_id)
            if found != question["case"]:
                raise NotFound(what="testimony", id=record_id)
        reply = FollowUpAnswer(
            id=new_record_id(),
            followup_id=followup_id,
            case_id=question["case"],
            kind=answer_kind,
            text=text or None,
            record_id=record_id,
            rev_id=rev_id,
            answered_by=vault.identity.display_name,
        )
        records.write(conn, reply, author=author, new=True)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.FOLLOWUP_ANSWER.value,
            record_id=reply.id,
            case_id=question["case"],
            detail={"followup": followup_id, "kind": answer_kind.value},
        )
        # This vault wrote the answer: nothing here is waiting to be looked at.
        followup_store.mark_seen(conn, question["case"])
    return Created(reply.id, Changes(cases={question["case"]}))


def _kind_of(conn: Connection, record_id: str) -> RecordKind:
    row = conn.execute(
        "SELECT record_kind FROM record_head WHERE record_id = ? LIMIT 1", (record_id,)
    ).fetchone()
    return RecordKind(row[0])


def list_followups(
    vault: Vault, *, open_only: bool = False, case_id: str | None = None
) -> list[dict[str, Any]]:
    """Follow-ups, oldest first (docs/review.md §6 for the shape): each with ``state``
    ("open" or "answered"), ``asked_here`` (this vault asked it) and its answers."""
    own = author_key(vault)
    found = followup_store.questions(vault.connection(), open_only=open_only, case_id=case_id)
    for q in found:
        q["asked_here"] = hmac.compare_digest(bytes.fromhex(q["author"]), own)
    return found


def get_followup(vault: Vault, followup_id: str) -> dict[str, Any]:
    found = followup_store.question(vault.connection(), followup_id)
    if found is None:
        raise NotFound(what="followup", id=followup_id)
    found["asked_here"] = hmac.compare_digest(bytes.fromhex(found["author"]), author_key(vault))
    return found


def answered_unseen_case_ids(vault: Vault) -> list[str]:
    """Cases with an answer to a question this vault asked that its reviewer has not
    looked at yet (``mark_seen``): a reason for the review queue."""
    return followup_store.unseen_answered_case_ids(vault.connection(), author_key(vault))


def mark_seen(vault: Vault, case_id: str) -> Changes:
    """The reviewer looked at the answers of the case's follow-ups (local, not sent)."""
    conn = vault.connection()
    with transaction(conn):
        followup_store.mark_seen(conn, case_id)
    return Changes(cases={case_id})
