"""Every use case that changes records returns what changed, one way (services.base):
``Changes`` itself, or a result with ``.changes``. Real vaults and a real bundle."""

from __future__ import annotations

import copy
import io
import os
from pathlib import Path

import pytest

from amanat.domain.errors import BundleError
from amanat.services import attachments
from amanat.services import bundles as bundle_service
from amanat.services import cases as service
from amanat.services import contacts as contact_service
from amanat.services.base import Changes, Created
from amanat.storage.vault import Vault
from support.bundles import seal
from support.cases import ISSUE_EXAMPLE
from support.vaults import new_vault

TESTIMONY = {
    "narrative": "He was taken in the morning.",
    "language": "kk",
    "speaker": {"names": [{"text": "Нұрлан", "script": "kk-Cyrl"}]},
    "relation": "brother",
    "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
}


def test_casework_returns_its_changes(vault: Vault, tmp_path: Path) -> None:
    created = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE))
    assert isinstance(created, Created)
    case_id = created.id
    assert created.changes.cases == {case_id}
    assert len(created.changes.persons) == 2 and len(created.changes.testimonies) == 1

    added = service.add_testimony(vault, case_id, TESTIMONY)
    assert added.changes.cases == {case_id} and added.changes.testimonies == {added.id}
    assert len(added.changes.persons) == 1  # the new speaker

    draft = service.update_testimony_draft(vault, added.id, {**TESTIMONY, "narrative": "Later."})
    assert isinstance(draft, Changes) and draft.testimonies == {added.id}
    sealed = service.seal_testimony(vault, added.id)
    assert sealed == Changes(cases={case_id}, testimonies={added.id})

    corrected = service.correct_testimony(vault, added.id)
    assert corrected.id != added.id and corrected.changes.testimonies == {corrected.id}
    withdrawn = service.withdraw_consent(vault, added.id, "2026-11")
    assert withdrawn.changes == Changes(cases={case_id}, testimonies={added.id})
    note = service.add_annotation(vault, "case", case_id, text="checked")
    assert note.changes == Changes(cases={case_id})
    assert service.update_case(vault, case_id, status="under_review") == Changes(cases={case_id})

    attached = attachments.attach_file(
        vault, case_id, io.BytesIO(os.urandom(1000)), original_name="a.bin"
    )
    assert attached.changes == Changes(cases={case_id}, attachments={attached.id})
    exported = attachments.export_attachment(vault, attached.id, tmp_path / "out.bin")
    assert exported.path == tmp_path / "out.bin" and exported.path.is_file()
    assert exported.changes == Changes(cases={case_id})

    docs = [copy.deepcopy(ISSUE_EXAMPLE) for _ in range(3)]
    imported = service.import_cases(vault, docs, batch=2)
    assert len(imported.ids) == 3 and imported.changes.cases == set(imported.ids)


def test_bundles_and_contacts_return_their_changes(tmp_path: Path) -> None:
    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    added = contact_service.add_contact(field, contact_service.own_card(hq))
    contact, _outcome = added  # still unpacks
    assert added.changes == Changes(contacts={contact.id})
    verified = contact_service.verify_contact(field, contact.id)
    assert verified.contact.id == contact.id and verified.changes == Changes(contacts={contact.id})
    case_id = service.add_case(field, copy.deepcopy(ISSUE_EXAMPLE)).id

    # HQ does not know the field office yet: its bundle waits in quarantine.
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    result = bundle_service.seal_bundle(field, ["HQ"], tmp_path, case_ids=[case_id])
    assert result.changes == Changes(cases={case_id})  # an "exported" custody entry
    for bundle in (path, result.path):
        with pytest.raises(BundleError) as raised:
            bundle_service.open_bundle(hq, bundle)
        assert raised.value.code == "bundle.quarantined"
    (first, second) = bundle_service.list_quarantine(hq)
    assert bundle_service.discard_quarantined(hq, second["id"]) == Changes(
        quarantine={second["id"]}
    )
    contact_service.add_contact(hq, contact_service.own_card(field), verified=True)
    legacy = Changes()
    opened = bundle_service.open_quarantined(hq, first["id"], changes=legacy)
    assert opened.changes == Changes(cases={case_id}, quarantine={first["id"]})
    assert legacy == opened.changes  # the legacy accumulator gets the same
