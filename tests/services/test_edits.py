"""Corrections (services.edits): the person, events and attachments of a case are
edited as new revisions, with custody entries, and the history says what changed."""

from __future__ import annotations

import copy
import io
from typing import Any

import pytest

from amanat.domain.diff import content_changes
from amanat.domain.errors import NotFound, ValidationError
from amanat.services import attachments, edits
from amanat.services import cases as service
from amanat.storage import cases as case_store
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE


def _case(vault: Vault) -> tuple[str, dict[str, Any]]:
    case_id = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    return case_id, service.get_case(vault, case_id)


def _person_doc(doc: dict[str, Any]) -> dict[str, Any]:
    person = {k: v for k, v in doc["person"].items() if v not in (None, [])}
    person["hometown"] = {"id": doc["person"]["hometown"]["id"]}
    return person


def _changes(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    found = case_store.case_changes(vault.connection(), case_id)
    return [c for rev in service.case_history(vault, case_id) for c in found[rev["rev_id"]]]


def test_person_names_identifiers_status_and_hometown_are_corrected(vault: Vault) -> None:
    case_id, doc = _case(vault)
    person_id = doc["person"]["id"]
    person = _person_doc(doc)
    person["names"] = [*person["names"], {"text": "Erzhan Bekbolatuly", "script": "kk-Latn"}]
    person["identifiers"] = [{"scheme": "passport", "value": "E12345678"}]
    person["status"] = [{"status": "detained", "date": "2018-03"}]
    person["hometown"] = "Құлжа"  # a new label: a new gazetteer place
    changes = edits.update_person(vault, person_id, person, case_id=case_id)
    assert changes.cases == {case_id} and changes.persons == {person_id}
    assert len(changes.places) == 1
    after = service.get_case(vault, case_id)["person"]
    assert [n["text"] for n in after["names"]] == ["Ержан Бекболатұлы", "Erzhan Bekbolatuly"]
    assert after["identifiers"][0]["value"] == "E12345678"
    assert after["status"][0]["status"] == "detained"
    assert after["hometown"]["name"] == "Құлжа"
    found = {c["field"]: c for c in _changes(vault, case_id)}
    assert found["names"]["added"] == [
        {"text": "Erzhan Bekbolatuly", "script": "kk-Latn", "type": "preferred",
         "sensitivity": "internal"}
    ]  # fmt: skip
    assert found["hometown"] == {"field": "hometown", "before": "Ghulja", "after": "Құлжа"}
    log = service.custody_log(vault, case_id)
    assert log[-1]["action"] == "edited" and "names" in log[-1]["detail"]["fields"]


def test_an_unchanged_person_writes_nothing(vault: Vault) -> None:
    case_id, doc = _case(vault)
    before = len(service.case_history(vault, case_id))
    edits.update_person(vault, doc["person"]["id"], _person_doc(doc), case_id=case_id)
    assert len(service.case_history(vault, case_id)) == before


def test_a_bad_person_is_refused_with_the_field_and_nothing_written(vault: Vault) -> None:
    case_id, doc = _case(vault)
    person = _person_doc(doc)
    person["identifiers"] = [{"scheme": "prc_resident_id", "value": " "}]
    before = len(service.case_history(vault, case_id))
    with pytest.raises(ValidationError) as err:
        edits.update_person(vault, doc["person"]["id"], person, case_id=case_id)
    assert err.value.params["field"] == "person.identifiers[0].value"
    assert len(service.case_history(vault, case_id)) == before


def test_events_are_added_edited_and_removed_with_nothing_lost(vault: Vault) -> None:
    case_id, doc = _case(vault)
    event_id = doc["events"][0]["id"]
    place_id = doc["events"][0]["place"]["id"]
    added = edits.add_event(vault, case_id, {"type": "disappearance", "date": "2019"})
    assert added.changes.cases == {case_id}
    edits.update_event(
        vault, event_id, {"type": "detention", "date": "2018-04-02", "place": {"id": place_id}}
    )
    edits.remove_event(vault, added.id)
    events = service.get_case(vault, case_id)["events"]
    assert [(e["id"], e["date"]) for e in events] == [(event_id, "2018-04-02")]
    found = _changes(vault, case_id)
    assert {"field": "date", "before": "2018-03", "after": "2018-04-02"} in found
    assert {"field": "removed", "before": None, "after": True} in found
    actions = [e["action"] for e in service.custody_log(vault, case_id)]
    assert actions[-3:] == ["created", "edited", "deleted"]
    # the removed event's versions stay in the history
    revs = [r for r in service.case_history(vault, case_id) if r["record_id"] == added.id]
    assert len(revs) == 2
    with pytest.raises(NotFound):
        edits.update_event(vault, added.id, {"type": "detention"})


def test_a_bad_event_date_is_refused(vault: Vault) -> None:
    _case_id, doc = _case(vault)
    with pytest.raises(ValidationError) as err:
        edits.update_event(vault, doc["events"][0]["id"], {"type": "detention", "date": "soon"})
    assert err.value.params["field"] == "events[0].date"


def test_attachment_description_role_and_testimony_are_corrected(vault: Vault) -> None:
    case_id, doc = _case(vault)
    testimony_id = doc["testimonies"][0]["id"]
    att = attachments.attach_file(
        vault, case_id, io.BytesIO(b"scan"), original_name="scan.png", description="Scan"
    ).id
    changes = edits.update_attachment(
        vault, att, description="Court notice", role="working_copy", testimony_id=testimony_id
    )
    assert changes.attachments == {att} and changes.cases == {case_id}
    info = attachments.attachment_info(vault, att)
    assert info["description"] == "Court notice" and info["role"] == "working_copy"
    assert info["testimony"] == testimony_id
    edits.update_attachment(vault, att, testimony_id=None)
    assert attachments.attachment_info(vault, att)["testimony"] is None
    assert attachments.read_attachment(vault, att) == b"scan"  # the file never changes
    _other, other_doc = _case(vault)
    with pytest.raises(NotFound):
        edits.update_attachment(vault, att, testimony_id=other_doc["testimonies"][0]["id"])


def test_owned_here(pair: tuple[Vault, Vault]) -> None:
    mine, theirs = pair
    case_id, _doc = _case(mine)
    assert edits.owned_here(mine, case_id)
    assert not edits.owned_here(theirs, case_id)


def test_content_changes_lists_and_values() -> None:
    before = {"title": "A", "names": [{"text": "x"}], "gone": 1}
    after = {"title": "B", "names": [{"text": "x"}, {"text": "y"}]}
    assert content_changes(before, after) == [
        {"field": "title", "before": "A", "after": "B"},
        {"field": "names", "added": [{"text": "y"}], "removed": []},
        {"field": "gone", "before": 1, "after": None},
    ]


def test_a_working_copy_is_removed_the_original_kept_and_logged(vault: Vault) -> None:
    case_id, _doc = _case(vault)
    original = attachments.attach_file(
        vault, case_id, io.BytesIO(b"original scan"), original_name="scan.png"
    ).id
    copy_ = attachments.attach_file(
        vault, case_id, io.BytesIO(b"cropped"), original_name="crop.png",
        role="working_copy", derived_from=original,
    ).id  # fmt: skip
    blobs_before = vault.connection().execute("SELECT count(*) FROM blob").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        edits.remove_working_copy(vault, original)
    assert err.value.code == "invalid.original_kept"
    changes = edits.remove_working_copy(vault, copy_)
    assert changes.cases == {case_id}
    left = service.get_case(vault, case_id)["attachments"]
    assert [a["id"] for a in left] == [original]
    assert attachments.read_attachment(vault, original) == b"original scan"
    with pytest.raises(NotFound):
        attachments.read_attachment(vault, copy_)
    # the copy's body is gone (small bodies are kept inline in the row)
    assert vault.connection().execute("SELECT count(*) FROM blob").fetchone()[0] == (
        blobs_before - 1
    )
    entry = service.custody_log(vault, case_id)[-1]
    assert entry["action"] == "deleted" and entry["record_id"] == copy_
    assert entry["detail"]["derived_from"] == original
    revs = [r for r in service.case_history(vault, case_id) if r["record_id"] == copy_]
    assert len(revs) == 2  # its versions stay


def test_a_working_copy_sharing_its_body_keeps_the_body(vault: Vault) -> None:
    case_id, _doc = _case(vault)
    original = attachments.attach_file(
        vault, case_id, io.BytesIO(b"same"), original_name="a.png"
    ).id
    copy_ = attachments.attach_file(
        vault, case_id, io.BytesIO(b"same"), original_name="b.png", role="working_copy"
    ).id
    edits.remove_working_copy(vault, copy_)
    assert attachments.read_attachment(vault, original) == b"same"


def test_relations_of_the_person_are_added_corrected_and_removed(vault: Vault) -> None:
    case_id, doc = _case(vault)
    person_id = doc["person"]["id"]
    sister = doc["testimonies"][0]["speaker"]["id"]
    edits.set_relations(vault, person_id, [{"person": sister, "type": "sister"}], case_id=case_id)
    rels = service.get_case(vault, case_id)["relationships"]
    assert [(r["person"], r["other"], r["type"]) for r in rels] == [(sister, person_id, "sister")]
    edits.set_relations(
        vault, person_id, [{"id": rels[0]["id"], "person": sister, "type": "sibling"}],
        case_id=case_id,
    )  # fmt: skip
    assert service.get_case(vault, case_id)["relationships"][0]["type"] == "sibling"
    with pytest.raises(ValidationError) as err:
        edits.set_relations(vault, person_id, [{"person": sister, "type": "x"}], case_id=case_id)
    assert err.value.params["field"] == "relations[0].type"
    edits.set_relations(vault, person_id, [], case_id=case_id)
    assert service.get_case(vault, case_id)["relationships"] == []
    actions = [e["action"] for e in service.custody_log(vault, case_id)]
    assert actions[-3:] == ["created", "edited", "deleted"]
