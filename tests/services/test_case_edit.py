"""`services.case_edit.edit_case` (amanat case edit): an edited case JSON becomes new
revisions of exactly the records that changed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from amanat.domain.errors import Immutable, NotFound, ValidationError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import case_edit
from amanat.services import cases as case_service
from amanat.services import conflicts as conflict_service
from amanat.storage import history
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, vault_digest


def revision_count(vault: Vault) -> int:
    return int(vault.connection().execute("SELECT count(*) FROM revision").fetchone()[0])


def test_the_full_form_unchanged_writes_nothing(vault: Vault) -> None:
    case_id = add_case(vault)
    before = vault_digest(vault)
    result = case_edit.edit_case(vault, case_id, case_service.get_case(vault, case_id))
    assert result.records == ()
    assert vault_digest(vault) == before


def test_only_the_records_that_changed_get_a_revision(vault: Vault) -> None:
    case_id = add_case(vault)
    doc = case_service.get_case(vault, case_id)
    doc["title"] = "Detention of Erzhan (corrected)"
    doc["person"]["occupation"] = "teacher"
    doc["events"][0]["description"] = "Taken from home at night"
    doc["events"].append({"type": "transfer", "date": "2019-01"})
    revisions = revision_count(vault)
    result = case_edit.edit_case(vault, case_id, doc)
    got = {(r.kind, r.new): r.fields for r in result.records}
    assert got == {
        (RecordKind.PERSON, False): ("occupation",),
        (RecordKind.CASE, False): ("title",),
        (RecordKind.EVENT, False): ("description",),
        (RecordKind.EVENT, True): (),
    }
    assert revision_count(vault) == revisions + 4
    shown = case_service.get_case(vault, case_id)
    assert shown["title"].endswith("(corrected)") and len(shown["events"]) == 2
    assert case_edit.edit_case(vault, case_id, shown).records == ()
    log = case_service.custody_log(vault, case_id)
    edited = [e["detail"]["fields"] for e in log if e["detail"].get("via") == "case_edit"]
    assert sorted(map(tuple, edited)) == [(), ("description",), ("occupation",), ("title",)]


def test_bad_documents_are_refused_and_nothing_is_written(vault: Vault) -> None:
    case_id = add_case(vault)
    doc = case_service.get_case(vault, case_id)
    before = vault_digest(vault)
    cases: list[tuple[dict[str, Any], str]] = []
    unknown = copy.deepcopy(doc)
    unknown["person"]["shoe_size"] = 44
    cases.append((unknown, "invalid.unknown_field"))
    bad_date = copy.deepcopy(doc)
    bad_date["events"][0]["date"] = "2019-02-30"
    cases.append((bad_date, "invalid.date"))
    other_id = copy.deepcopy(doc)
    other_id["id"] = "0" * 32
    cases.append((other_id, "invalid.id"))
    for bad, code in cases:
        with pytest.raises(ValidationError) as info:
            case_edit.edit_case(vault, case_id, bad)
        assert info.value.code == code
    with pytest.raises(NotFound):
        case_edit.edit_case(vault, "1" * 32, {**doc, "id": "1" * 32})
    assert vault_digest(vault) == before


def test_a_sealed_testimony_is_refused(vault: Vault) -> None:
    case_id = add_case(vault)
    tid = case_service.get_case(vault, case_id)["testimonies"][0]["id"]
    case_service.seal_testimony(vault, tid)
    doc = case_service.get_case(vault, case_id)
    assert case_edit.edit_case(vault, case_id, doc).records == ()  # unchanged: fine
    doc["testimonies"][0]["narrative"] = "Something else"
    before = vault_digest(vault)
    with pytest.raises(Immutable):
        case_edit.edit_case(vault, case_id, doc)
    assert vault_digest(vault) == before


def test_an_edit_from_a_second_laptop_reaches_the_owner_as_a_proposal(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    doc = case_service.get_case(hq, case_id)
    doc["summary"] = "Checked against the 2019 list"
    [edited] = case_edit.edit_case(hq, case_id, doc).records
    assert (edited.kind, edited.owned_here) == (RecordKind.CASE, False)
    bundle_service.open_bundle(field, seal(hq, ["Field office"], tmp_path, case_ids=[case_id]))
    [view] = conflict_service.list_conflicts(field)
    assert (view.record_id, view.state, view.incoming[0].changed) == (
        case_id,
        "proposal",
        ("summary",),
    )
    assert len(history.heads(field.connection(), case_id)) == 2
