"""Follow-up questions and answers (services.followups): targets, answer kinds, state on
both sides, the reviewer's unseen answers, and bundles that carry only follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.bundles.format import Profile
from amanat.domain.errors import BundleError, NotFound, ValidationError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import edits
from amanat.services import followups as followup_service
from amanat.storage import history
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, vault_digest


def test_questions_about_each_kind_of_record_and_their_case(vault: Vault) -> None:
    case_id = add_case(vault)
    doc = case_service.get_case(vault, case_id)
    targets = {
        "case": case_id,
        "person": doc["person"]["id"],
        "event": doc["events"][0]["id"],
        "testimony": doc["testimonies"][0]["id"],
    }
    for kind, record_id in targets.items():
        created = followup_service.ask(vault, record_id, f"About the {kind}?")
        assert created.changes.cases == {case_id}
    found = followup_service.list_followups(vault)
    assert [(q["target_kind"], q["case"], q["state"]) for q in found] == [
        (kind, case_id, "open") for kind in targets
    ]
    assert all(q["asked_here"] and q["asked_by"] == "Test worker" for q in found)
    place = doc["person"]["hometown"]["id"]
    with pytest.raises(ValidationError) as info:
        followup_service.ask(vault, place, "A place?")
    assert info.value.code == "followup.target"
    with pytest.raises(NotFound):
        followup_service.ask(vault, "0" * 32, "Nothing?")
    before = vault_digest(vault)
    with pytest.raises(ValidationError):
        followup_service.ask(vault, case_id, "")
    assert vault_digest(vault) == before


def test_answers_by_note_correction_and_testimony(vault: Vault) -> None:
    case_id = add_case(vault)
    doc = case_service.get_case(vault, case_id)
    person_id = doc["person"]["id"]
    q1 = followup_service.ask(vault, person_id, "Her occupation?").id
    q2 = followup_service.ask(vault, case_id, "Anyone else?").id
    q3 = followup_service.ask(vault, case_id, "Which camp?").id
    edits.update_person(vault, person_id, {**doc["person"], "occupation": "teacher"})
    followup_service.answer(vault, q1, None, kind="correction", record_id=person_id)
    tid = doc["testimonies"][0]["id"]
    followup_service.answer(vault, q2, "Her sister", kind="testimony", record_id=tid)
    followup_service.answer(vault, q3, "Camp No. 3")
    found = {q["id"]: q for q in followup_service.list_followups(vault)}
    assert all(q["state"] == "answered" for q in found.values())
    [correction] = found[q1]["answers"]
    assert correction["kind"] == "correction" and correction["record"] == person_id
    assert correction["rev"] in history.heads(vault.connection(), person_id)
    assert followup_service.list_followups(vault, open_only=True) == []
    with pytest.raises(ValidationError):
        followup_service.answer(vault, q3, None)  # a note needs its text
    with pytest.raises(ValidationError):
        followup_service.answer(vault, q3, "x", kind="shrug")
    with pytest.raises(NotFound):
        followup_service.answer(vault, q3, "x", kind="testimony", record_id=case_id)


def test_the_reviewer_sees_which_answers_are_new(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, hq = pair
    case_id = add_case(field)
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    asked = followup_service.ask(hq, case_id, "Which camp in Ghulja?").id
    bundle_service.open_bundle(
        field, seal(hq, ["Field office"], tmp_path, case_ids=[case_id], followups_only=True)
    )
    [at_field] = followup_service.list_followups(field)
    assert (at_field["id"], at_field["state"], at_field["asked_here"]) == (asked, "open", False)
    followup_service.answer(field, asked, "Camp No. 3")
    assert followup_service.answered_unseen_case_ids(field) == []  # not its question
    assert followup_service.answered_unseen_case_ids(hq) == []
    back = seal(field, ["HQ"], tmp_path, case_ids=[case_id], followups_only=True)
    result = bundle_service.open_bundle(hq, back)
    assert case_id in result.changes.cases
    assert followup_service.answered_unseen_case_ids(hq) == [case_id]
    assert followup_service.get_followup(hq, asked)["state"] == "answered"
    followup_service.mark_seen(hq, case_id)
    assert followup_service.answered_unseen_case_ids(hq) == []
    assert followup_service.get_followup(hq, asked)["answers"][0]["seen"]


def test_a_followups_only_bundle_carries_nothing_else(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    case_service.update_case(hq, case_id, summary="Edited at HQ")
    followup_service.ask(hq, case_id, "Which camp?")
    result = bundle_service.seal_bundle(
        hq, ["Field office"], tmp_path, all_cases=True, followups_only=True
    )
    assert result.records == 1
    bundle_service.open_bundle(field, result.path)
    assert case_service.get_case(field, case_id)["summary"] is None
    assert len(followup_service.list_followups(field)) == 1
    other = add_case(field)
    with pytest.raises(BundleError) as info:
        bundle_service.seal_bundle(field, ["HQ"], tmp_path, case_ids=[other], followups_only=True)
    assert info.value.code == "bundle.no_followups"


def test_a_redacting_profile_sends_a_question_only_with_its_target(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    doc = case_service.get_case(field, case_id)
    tid = doc["testimonies"][0]["id"]
    followup_service.ask(field, case_id, "About the case")
    followup_service.ask(field, tid, "About the testimony")
    # Advocacy drops a testimony not consented for use outside: its question stays home.
    sent = bundle_service.seal_bundle(
        field, ["HQ"], tmp_path, case_ids=[case_id], profile=Profile.ADVOCACY
    )
    bundle_service.open_bundle(hq, sent.path)
    received = followup_service.list_followups(hq)
    assert [q["target_kind"] for q in received] == [RecordKind.CASE.value]
