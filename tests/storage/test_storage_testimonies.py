"""Testimonies: drafts, sealing (signed, immutable below the UI), corrections, consent."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import sqlcipher3

from amanat.domain.errors import Immutable, NotFound, ValidationError
from amanat.domain.model import RecordKind, Testimony
from amanat.services import cases as service
from amanat.storage import history, records
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE


def _draft(vault: Vault) -> tuple[str, str]:
    case_id = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    return case_id, service.get_case(vault, case_id)["testimonies"][0]["id"]


def _testimony_doc(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(ISSUE_EXAMPLE["testimonies"][0])
    doc.update(changes)
    return doc


def _shown(vault: Vault, case_id: str, **changes: Any) -> dict[str, Any]:
    """The testimony in full form (as an editor holds it), with some fields changed."""
    doc = service.get_case(vault, case_id)["testimonies"][0]
    doc.update(changes)
    return doc


def test_draft_autosave_and_add(vault: Vault) -> None:
    case_id, testimony_id = _draft(vault)
    conn = vault.connection()
    case_revisions = len(history.revisions(conn, case_id))
    edited = _shown(vault, case_id, narrative="v2")
    changes = service.update_testimony_draft(vault, testimony_id, edited)
    assert changes.testimonies == {testimony_id} and not changes.persons
    # Saving the same content again writes nothing.
    assert not service.update_testimony_draft(vault, testimony_id, edited)
    assert len(history.revisions(conn, testimony_id)) == 2
    assert len(history.revisions(conn, case_id)) == case_revisions
    # A speaker given without an id is a new person, linked to the case.
    changes = service.update_testimony_draft(
        vault, testimony_id, _shown(vault, case_id, speaker="Марат")
    )
    assert len(changes.persons) == 1
    service.update_testimony_draft(vault, testimony_id, edited)
    new_id = service.add_testimony(
        vault,
        case_id,
        _testimony_doc(narrative="Second witness", speaker="Гүлнар", relation="neighbour",
                       interviewers=["Field worker 7"], mode="video"),
    ).id  # fmt: skip
    shown = service.get_case(vault, case_id)
    assert [t["narrative"] for t in shown["testimonies"]] == ["v2", "Second witness"]
    assert {p["role"] for p in shown["persons"]} == {"witness"}  # Марат, no longer speaking
    second = shown["testimonies"][1]
    assert second["id"] == new_id and second["mode"] == "video"
    assert second["interviewers"][0]["names"][0]["text"] == "Field worker 7"
    with pytest.raises(NotFound):
        service.add_testimony(vault, "f" * 32, _testimony_doc())
    with pytest.raises(ValidationError):
        service.update_testimony_draft(vault, testimony_id, _shown(vault, case_id, mode="letter"))


def test_seal_signs_and_freezes(vault: Vault) -> None:
    case_id, testimony_id = _draft(vault)
    assert not service.verify_testimony(vault, testimony_id)
    service.seal_testimony(vault, testimony_id)
    assert service.verify_testimony(vault, testimony_id)
    shown = service.get_case(vault, case_id)["testimonies"][0]
    assert shown["state"] == "sealed"
    assert shown["seal"]["signer"] == service.author_key(vault).hex()
    with pytest.raises(Immutable):
        service.update_testimony_draft(vault, testimony_id, _testimony_doc(narrative="x"))
    with pytest.raises(Immutable):
        service.seal_testimony(vault, testimony_id)
    conn = vault.connection()
    # Below the program: SQL cannot change or delete it either.
    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
        conn.execute("UPDATE testimony SET narrative = 'forged' WHERE id = ?", (testimony_id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
        conn.execute("UPDATE testimony SET state = 'draft' WHERE id = ?", (testimony_id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
        conn.execute("DELETE FROM testimony WHERE id = ?", (testimony_id,))
    sealed: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
    assert sealed.narrative == ISSUE_EXAMPLE["testimonies"][0]["narrative"]
    # A signature is over the content: any change to it fails verification.
    import dataclasses

    assert records.verify_seal(sealed)
    assert not records.verify_seal(dataclasses.replace(sealed, narrative="forged"))
    assert not records.verify_seal(dataclasses.replace(sealed, case_id="0" * 32))


def test_correction_is_a_new_version(vault: Vault) -> None:
    case_id, testimony_id = _draft(vault)
    with pytest.raises(ValidationError):
        service.correct_testimony(vault, testimony_id)  # only sealed ones are corrected
    service.seal_testimony(vault, testimony_id)
    copy_id = service.correct_testimony(vault, testimony_id).id
    fixed_id = service.correct_testimony(
        vault, testimony_id, _testimony_doc(narrative="He was taken at dawn, not at night.")
    ).id
    shown = {t["id"]: t for t in service.get_case(vault, case_id)["testimonies"]}
    assert shown[testimony_id]["state"] == "sealed"
    assert shown[copy_id]["supersedes"] == testimony_id
    assert shown[copy_id]["state"] == "draft" and shown[copy_id]["seal"] is None
    assert shown[copy_id]["narrative"] == shown[testimony_id]["narrative"]
    assert shown[fixed_id]["narrative"].startswith("He was taken at dawn")
    service.seal_testimony(vault, fixed_id)
    assert service.verify_testimony(vault, fixed_id)
    assert service.verify_testimony(vault, testimony_id)


def test_annotations_and_withdrawal_leave_the_seal_alone(vault: Vault) -> None:
    case_id, testimony_id = _draft(vault)
    service.seal_testimony(vault, testimony_id)
    head = history.heads(vault.connection(), testimony_id)
    note = service.add_annotation(vault, "testimony", testimony_id, text="Dates agree with X.").id
    grade = service.add_annotation(vault, "case", case_id, grade="corroborated").id
    withdrawal = service.withdraw_consent(vault, testimony_id, "2024-05", uses=["public"]).id
    shown = service.get_case(vault, case_id)
    assert [a["id"] for a in shown["annotations"]] == [note, grade]
    assert shown["annotations"][1]["kind"] == "verification"
    assert shown["testimonies"][0]["withdrawals"] == [
        {"id": withdrawal, "testimony": testimony_id, "date": "2024-05", "scope": ["public"],
         "note": None}
    ]  # fmt: skip
    assert history.heads(vault.connection(), testimony_id) == head
    assert service.verify_testimony(vault, testimony_id)
    with pytest.raises(ValidationError):
        service.add_annotation(vault, "case", case_id, grade="probably")
    with pytest.raises(NotFound):
        service.add_annotation(vault, "event", "e" * 32, text="x")


def test_case_history_lists_every_revision(vault: Vault) -> None:
    case_id, testimony_id = _draft(vault)
    service.update_testimony_draft(vault, testimony_id, _shown(vault, case_id, narrative="v2"))
    service.seal_testimony(vault, testimony_id)
    service.update_case(vault, case_id, status="under_review", assignee="dana")
    entries = service.case_history(vault, case_id)
    kinds = [e["record_kind"] for e in entries]
    assert kinds.count("testimony") == 3 and kinds.count("case") == 2
    heads = [e for e in entries if e["head"]]
    assert {e["record_kind"] for e in heads} == {"case", "testimony", "event", "person"}
    assert service.get_case(vault, case_id)["status"] == "under_review"
    actions = [e["action"] for e in service.custody_log(vault, case_id)]
    assert actions == ["created", "sealed", "edited"]
