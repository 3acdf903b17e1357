"""Conflicts and proposals listed, shown side by side and resolved (services.conflicts),
across two real vaults exchanging real bundles, in both directions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amanat.domain.errors import BundleError, ConflictError, Immutable, ValidationError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import conflicts as conflict_service
from amanat.services import edits
from amanat.storage import history
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, vault_digest


def send(sender: Vault, to: Vault, folder: Path, case_id: str) -> Path:
    path = seal(sender, [to.identity.display_name], folder, case_ids=[case_id])
    bundle_service.open_bundle(to, path)
    return path


def person_doc(vault: Vault, case_id: str, **changes: Any) -> tuple[str, dict[str, Any]]:
    person = dict(case_service.get_case(vault, case_id)["person"])
    person.update(changes)
    return str(person["id"]), person


def both_edit(pair: tuple[Vault, Vault], tmp_path: Path) -> tuple[str, str, list[Path]]:
    """Field records a case and sends it; then field and HQ edit the same person and
    send each other their edit: both hold the person with two heads."""
    field, hq = pair
    case_id = add_case(field)
    sent = [send(field, hq, tmp_path, case_id)]
    person_id, doc = person_doc(field, case_id, occupation="teacher")
    edits.update_person(field, person_id, doc, case_id=case_id)
    _, doc = person_doc(hq, case_id, notes="Seen in Ghulja in 2019")
    edits.update_person(hq, person_id, doc, case_id=case_id)
    sent.append(send(field, hq, tmp_path, case_id))
    sent.append(send(hq, field, tmp_path, case_id))
    return case_id, person_id, sent


def reimport_changes_nothing(vault: Vault, paths: list[Path]) -> None:
    before = vault_digest(vault)
    for path in paths:
        with pytest.raises(BundleError):
            bundle_service.open_bundle(vault, path)
    assert vault_digest(vault) == before


def test_both_sides_see_the_conflict_with_what_each_changed(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id, person_id, _ = both_edit(pair, tmp_path)
    [view] = conflict_service.list_conflicts(hq)
    assert (view.record_id, view.kind, view.state) == (person_id, RecordKind.PERSON, "conflict")
    assert view.case_id == case_id and view.case_title and view.person_name
    assert view.local.author_name == "HQ" and view.incoming[0].author_name == "Field office"
    assert view.incoming[0].fingerprint == field.identity.fingerprint
    assert view.local.changed == ("notes",) and view.incoming[0].changed == ("occupation",)
    assert view.incoming[0].author_is_owner and not view.local.author_is_owner
    root = history.revisions(hq.connection(), person_id)[0]
    assert view.ancestor == root.rev_id
    assert conflict_service.conflict_case_ids(hq) == [case_id]
    [at_field] = conflict_service.list_conflicts(field)
    assert at_field.state == "conflict" and at_field.local.changed == ("occupation",)
    shape = view.as_json()
    assert shape["heads"][0]["side"] == "local" and shape["heads"][1]["content"]["occupation"]


def test_the_reviewers_resolution_ends_the_conflict_on_both_vaults(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id, person_id, sent = both_edit(pair, tmp_path)
    view = conflict_service.conflict_view(hq, person_id)
    merged = conflict_service.merged_content(view, {})  # each side's change taken
    assert merged["notes"] and merged["occupation"] == "teacher"
    result = conflict_service.resolve(hq, person_id, content=merged)
    assert result.changes.persons == {person_id} and case_id in result.changes.cases
    assert history.heads(hq.connection(), person_id) == [result.id]
    assert history.get(hq.connection(), result.id).parents == tuple(
        sorted(h.rev_id for h in view.heads)
    )
    assert conflict_service.list_conflicts(hq) == []
    sent.append(send(hq, field, tmp_path, case_id))
    # At the owner, another vault's resolution is a proposal of the result, not a conflict.
    [at_field] = conflict_service.list_conflicts(field)
    assert at_field.state == "proposal" and at_field.incoming[0].rev_id == result.id
    conflict_service.resolve(field, person_id, keep="incoming")
    sent.append(send(field, hq, tmp_path, case_id))
    for vault in pair:
        assert conflict_service.list_conflicts(vault) == []
        shown = case_service.get_case(vault, case_id)["person"]
        assert shown["occupation"] == "teacher" and shown["notes"] == "Seen in Ghulja in 2019"
    assert history.heads(field.connection(), person_id) == history.heads(hq.connection(), person_id)
    reimport_changes_nothing(hq, [sent[1], sent[-1]])
    reimport_changes_nothing(field, [sent[2], sent[-2]])


def test_the_owners_resolution_fast_forwards_at_the_reviewer(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id, person_id, sent = both_edit(pair, tmp_path)
    result = conflict_service.resolve(field, person_id, keep="local")
    sent.append(send(field, hq, tmp_path, case_id))
    for vault in pair:
        assert conflict_service.list_conflicts(vault) == []
        assert history.heads(vault.connection(), person_id) == [result.id]
        assert case_service.get_case(vault, case_id)["person"]["notes"] is None
    reimport_changes_nothing(hq, [sent[-1]])
    # The edit HQ made stays in the history, and nothing brings the conflict back.
    send(hq, field, tmp_path, case_id)
    assert conflict_service.list_conflicts(field) == []


def test_bad_resolutions_are_refused_and_change_nothing(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    hq = pair[1]
    case_id, person_id, _ = both_edit(pair, tmp_path)
    before = vault_digest(hq)
    content = dict(conflict_service.conflict_view(hq, person_id).local.content)
    with pytest.raises(ConflictError) as none:
        conflict_service.resolve(hq, case_id, keep="local")
    assert none.value.code == "conflict.none"
    with pytest.raises(ValidationError) as unknown:
        conflict_service.resolve(hq, person_id, content={**content, "shoe_size": 44})
    assert unknown.value.code == "invalid.unknown_field"
    with pytest.raises(ValidationError):
        conflict_service.resolve(hq, person_id, content={**content, "sex": "sometimes"})
    with pytest.raises(ValidationError) as not_object:
        conflict_service.resolve(hq, person_id, content=[content])
    assert not_object.value.code == "invalid.type"
    with pytest.raises(ValidationError):
        conflict_service.resolve(hq, person_id, keep="theirs")
    assert vault_digest(hq) == before


def test_a_seal_cannot_be_written_by_a_resolution(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    send(field, hq, tmp_path, case_id)
    testimony = case_service.get_case(field, case_id)["testimonies"][0]
    tid = str(testimony["id"])
    draft = {"narrative": "My brother was taken at night, in March.", "language": "kk"}
    for vault in pair:
        doc = {
            k: v for k, v in testimony.items() if k not in {"id", "state", "seal", "withdrawals"}
        }
        case_service.update_testimony_draft(
            vault, tid, {**doc, **draft, "narrative": vault.identity.display_name}
        )
    send(field, hq, tmp_path, case_id)
    view = conflict_service.conflict_view(hq, tid)
    assert view.state == "conflict"
    sealed = {
        **view.local.content,
        "seal": {"sealed_at": "2026-01-01T00:00:00Z", "signer": "00" * 32, "signature": "00" * 64},
    }
    before = vault_digest(hq)
    with pytest.raises(Immutable):
        conflict_service.resolve(hq, tid, content=sealed)
    assert vault_digest(hq) == before
    conflict_service.resolve(hq, tid, keep="incoming")
    assert case_service.get_case(hq, case_id)["testimonies"][0]["narrative"] == "Field office"
