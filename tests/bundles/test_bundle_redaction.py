"""Redaction profiles: what `no-contacts` and `advocacy` leave out never appears in the
bundle (checked in the decrypted payload), and what is sent imports cleanly."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from amanat.bundles.format import Profile
from amanat.domain.errors import BundleError
from amanat.services import attachments as attachment_service
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from support.bundles import decrypt_payload
from support.vaults import befriend, new_vault

SECRETS = {
    "phone": "+7 700 123 45 67",
    "messenger": "@aigul_almaty",
    "address": "Qurbanov street 17",
    "passport": "E98765432",
    "alias": "Secret alias",
    "internal narrative": "Only for our own files.",
    "torture": "Restricted account of torture.",
    "internal scan": b"INTERNAL-SCAN-BYTES",
    "loose scan": b"UNLINKED-SCAN-BYTES",
}
PUBLIC_NARRATIVE = "Consented for public use."
PUBLIC_SCAN = b"PUBLIC-SCAN-BYTES"

DOC: dict[str, Any] = {
    "title": "Detention of Erzhan",
    "person": {
        "names": [
            {"text": "Ержан", "script": "kk-Cyrl"},
            {"text": SECRETS["alias"], "script": "und-Latn", "type": "alias",
             "sensitivity": "restricted"},
        ],
        "birth_year": 1974,
        "hometown": {"name": "Ghulja", "type": "county"},
        "identifiers": [{"scheme": "passport", "value": SECRETS["passport"]}],
        "contacts": [{"kind": "phone", "value": SECRETS["phone"]}],
    },
    "events": [
        {"type": "detention", "date": "2018-03",
         "place": {"name": SECRETS["address"], "type": "address",
                   "parent": {"name": "Ghulja", "type": "county"}}},
        {"type": "torture", "description": SECRETS["torture"], "sensitivity": "restricted"},
    ],
    "testimonies": [
        {"narrative": SECRETS["internal narrative"], "language": "kk", "relation": "sister",
         "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}],
                     "contacts": [{"kind": "messenger", "value": SECRETS["messenger"]}]},
         "consent": {"informed": True, "voluntary": True, "uses": ["internal"]}},
        {"narrative": PUBLIC_NARRATIVE, "language": "ru", "relation": "neighbour",
         "speaker": {"names": [{"text": "Нурлан", "script": "ru-Cyrl"}]},
         "consent": {"informed": True, "voluntary": True, "may_name": False,
                     "uses": ["internal", "public"]}},
    ],
}  # fmt: skip


@dataclass
class Setup:
    field: Vault
    hq: Vault
    folder: Path
    case_id: str
    internal_testimony: str
    public_testimony: str


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    befriend(field, hq)
    case_id = case_service.add_case(field, DOC).id
    testimonies = case_service.get_case(field, case_id)["testimonies"]
    internal, public = testimonies[0]["id"], testimonies[1]["id"]
    for data, testimony in (
        (SECRETS["internal scan"], internal),
        (PUBLIC_SCAN, public),
        (SECRETS["loose scan"], None),
    ):
        attachment_service.attach_file(
            field, case_id, io.BytesIO(data), original_name="scan.bin", testimony_id=testimony
        )
    try:
        yield Setup(field, hq, tmp_path, case_id, internal, public)
    finally:
        field.lock()
        hq.lock()


def _seal(s: Setup, profile: str) -> tuple[Path, bytes]:
    result = bundle_service.seal_bundle(
        s.field, ["HQ"], s.folder, case_ids=[s.case_id], profile=profile
    )
    assert result.profile is Profile(profile)
    return result.path, decrypt_payload(result.path.read_bytes(), s.hq)


def _leaks(plain: bytes) -> set[str]:
    found = set()
    for name, secret in SECRETS.items():
        needle = secret if isinstance(secret, bytes) else secret.encode("utf-8")
        if needle in plain:
            found.add(name)
    return found


def _no_dangling_references(vault: Vault) -> None:
    assert vault.connection().execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_profile_sends_everything(setup: Setup) -> None:
    path, plain = _seal(setup, "full")
    assert _leaks(plain) == set(SECRETS)
    bundle_service.open_bundle(setup.hq, path)
    shown = case_service.get_case(setup.hq, setup.case_id)
    assert len(shown["testimonies"]) == 2 and len(shown["attachments"]) == 3
    _no_dangling_references(setup.hq)


def test_no_contacts_profile(setup: Setup) -> None:
    path, plain = _seal(setup, "no-contacts")
    assert _leaks(plain) == {
        "passport", "internal narrative", "internal scan", "loose scan",
    }  # fmt: skip
    result = bundle_service.open_bundle(setup.hq, path)
    assert result.profile == "no-contacts"
    _no_dangling_references(setup.hq)
    hq = setup.hq.connection()
    assert hq.execute("SELECT count(*) FROM person_contact").fetchone()[0] == 0
    assert hq.execute("SELECT count(*) FROM place WHERE type = 'address'").fetchone()[0] == 0
    shown = case_service.get_case(setup.hq, setup.case_id)
    (event,) = shown["events"]  # the restricted one stayed home
    # The exact address became the coarser place it lies in.
    assert (event["place"]["name"], event["place"]["type"]) == ("Ghulja", "county")
    assert [n["text"] for n in shown["person"]["names"]] == ["Ержан"]
    assert len(shown["testimonies"]) == 2 and len(shown["attachments"]) == 3
    custody = case_service.custody_log(setup.field, setup.case_id)
    assert custody[-1]["action"] == "exported"
    assert custody[-1]["detail"]["profile"] == "no-contacts"


def test_advocacy_profile(setup: Setup) -> None:
    path, plain = _seal(setup, "advocacy")
    assert _leaks(plain) == set()
    assert PUBLIC_NARRATIVE.encode() in plain and PUBLIC_SCAN in plain
    assert "Нурлан".encode() not in plain  # may not be named
    assert "Айгүл".encode() not in plain  # only spoke in the dropped testimony
    bundle_service.open_bundle(setup.hq, path)
    _no_dangling_references(setup.hq)
    shown = case_service.get_case(setup.hq, setup.case_id)
    assert [t["id"] for t in shown["testimonies"]] == [setup.public_testimony]
    speaker = shown["testimonies"][0]["speaker"]
    assert [n["text"] for n in speaker["names"]] == ["[withheld]"]
    (attachment,) = shown["attachments"]
    assert b"".join(attachment_service.open_attachment(setup.hq, attachment["id"])) == PUBLIC_SCAN
    assert shown["person"]["identifiers"] == []
    # The speaker of the dropped testimony is not sent at all, nor linked to the case.
    dropped_speaker = case_service.get_case(setup.field, setup.case_id)["testimonies"][0][
        "speaker"
    ]["id"]
    hq = setup.hq.connection()
    assert hq.execute("SELECT 1 FROM person WHERE id = ?", (dropped_speaker,)).fetchone() is None
    linked = {r[0] for r in hq.execute("SELECT person_id FROM case_person")}
    assert dropped_speaker not in linked and speaker["id"] in linked


def test_withdrawn_consent_is_respected(setup: Setup) -> None:
    case_service.withdraw_consent(setup.field, setup.public_testimony, "2024-05", uses=["public"])
    path, plain = _seal(setup, "advocacy")
    assert PUBLIC_NARRATIVE.encode() not in plain and PUBLIC_SCAN not in plain
    bundle_service.open_bundle(setup.hq, path)
    assert case_service.get_case(setup.hq, setup.case_id)["testimonies"] == []
    _no_dangling_references(setup.hq)


def test_redaction_is_deterministic(setup: Setup) -> None:
    first, _ = _seal(setup, "no-contacts")
    bundle_service.open_bundle(setup.hq, first)
    second, _ = _seal(setup, "no-contacts")
    again = bundle_service.open_bundle(setup.hq, second)
    assert set(again.outcomes) == {"duplicate"}
    # A later edit arrives as a fast-forward across redacted histories.
    case_service.update_case(setup.field, setup.case_id, title="Renamed")
    third, _ = _seal(setup, "no-contacts")
    later = bundle_service.open_bundle(setup.hq, third)
    assert later.outcomes["fast_forward"] == 1 and not later.conflicts


def test_restricted_case_is_left_out(setup: Setup) -> None:
    case_service.update_case(setup.field, setup.case_id, sensitivity="restricted")
    with pytest.raises(BundleError) as info:
        _seal(setup, "advocacy")
    assert info.value.code == "bundle.nothing_to_send"
    path, _ = _seal(setup, "full")
    assert bundle_service.open_bundle(setup.hq, path).cases == [setup.case_id]
