"""Where a record came from (services.bundles.revision_origin) and a contact's key
history (services.contacts.key_history), through real vaults and bundles
(docs/review.md §7)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.services import identity as identity_service
from amanat.storage import history
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case

T0 = datetime(2031, 1, 1, tzinfo=UTC)


def test_a_received_revision_says_which_bundle_brought_it_and_what_it_replaced(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field, title="First")
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "a.age", case_ids=[case_id]))
    case_service.update_case(field, case_id, title="Second")
    second = bundle_service.open_bundle(
        hq, seal(field, ["HQ"], tmp_path / "b.age", case_ids=[case_id])
    )
    head = history.heads(hq.connection(), case_id)[0]
    origin = bundle_service.revision_origin(hq, head)
    assert origin["record_id"] == case_id and origin["record_kind"] == "case"
    assert origin["author"] == {
        "who": "contact",
        "name": "Field office",
        "contact_id": contact_service.find_contact(hq, "Field office").id,
    }
    assert origin["bundle"]["bundle_id"] == second.bundle_id
    assert origin["bundle"]["sender"] == "Field office"
    assert origin["bundle"]["imported"] and origin["bundle"]["bundle_created"]
    assert [r["author"] for r in origin["replaced"]] == ["Field office"]
    first = bundle_service.revision_origin(hq, origin["replaced"][0]["rev_id"])
    assert first["replaced"] == []
    assert first["bundle"]["bundle_id"] != second.bundle_id
    # Written here: no bundle.
    own = bundle_service.revision_origin(field, head)
    assert own["bundle"] is None and own["author"]["who"] == "self"


def test_a_contacts_key_history_has_its_verification_and_rotations(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    contact = contact_service.find_contact(hq, "Field office")
    events = contact_service.key_history(hq, contact.id)
    assert [e["event"] for e in events] == ["added", "verified"]
    assert all(e["fingerprint"] == contact.fingerprint for e in events)
    identity_service.rotate(field, now=T0)
    add_case(field)
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "r.age", all_cases=True))
    events = contact_service.key_history(hq, contact.id)
    assert [e["event"] for e in events] == ["added", "verified", "rotated"]
    assert events[-1]["generation"] == 1
    assert all(e["when"] for e in events)
