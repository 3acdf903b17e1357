"""Golden bundles of format versions 1 (tests/data/bundles) and 2 (tests/data/bundles/v2,
made by generate.py there) still open and import, with the keys stored beside them.
Format 1 revisions arrive unsigned and stay marked so; format 2 revisions are signed."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amanat.bundles.format import MAGIC
from amanat.crypto import age
from amanat.crypto.cards import parse_card
from amanat.crypto.identity import Identity
from amanat.services import attachments as attachment_service
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage import keyring
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.paths import DATA
from support.vaults import TEST_PASSPHRASE, create_vault

GOLDEN_ROOT = DATA / "bundles"
GOLDEN_DIRS = {1: GOLDEN_ROOT, 2: GOLDEN_ROOT / "v2"}
AGE = shutil.which("age") or "/usr/bin/age"


def _load(version: int, name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((GOLDEN_DIRS[version] / name).read_text())
    return result


def _cases() -> list[tuple[int, str]]:
    return [
        (version, name)
        for version in sorted(GOLDEN_DIRS)
        for name in sorted(_load(version, "expected.json")["bundles"])
    ]


def _hq(tmp_path: Path, version: int) -> Vault:
    """A vault holding the golden recipient's identity, with the sender verified."""
    GOLDEN = GOLDEN_DIRS[version]
    KEYS = _load(version, "hq-keys.json")
    path = tmp_path / "hq"
    vault, _ = create_vault(path, "HQ", TEST_PASSPHRASE)
    conn = vault.connection()
    with transaction(conn):
        keyring.install(
            conn,
            Identity(
                display_name=KEYS["display_name"],
                created=KEYS["created"],
                ed25519_private=bytes.fromhex(KEYS["ed25519_private"]),
                x25519_private=bytes.fromhex(KEYS["x25519_private"]),
                hybrid_seed=bytes.fromhex(KEYS["hybrid_seed"]),
            ),
        )
    vault.lock()
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    assert vault.identity.fingerprint == KEYS["fingerprint"]
    card = contact_service.read_card_file(GOLDEN / "field-office.card")
    contact_service.add_contact(vault, card, verified=True)
    return vault


@pytest.fixture
def hq_factory(tmp_path: Path) -> Iterator[Any]:
    opened: list[Vault] = []

    def make(version: int) -> Vault:
        vault = _hq(tmp_path / f"v{version}", version)
        opened.append(vault)
        return vault

    try:
        yield make
    finally:
        for vault in opened:
            vault.lock()


@pytest.mark.parametrize("version", sorted(GOLDEN_DIRS))
def test_golden_card(version: int) -> None:
    GOLDEN = GOLDEN_DIRS[version]
    EXPECTED = _load(version, "expected.json")
    binary = parse_card((GOLDEN / "field-office.card").read_bytes())
    text = parse_card((GOLDEN / "field-office.card.txt").read_bytes())
    assert binary == text
    assert binary.fingerprint == EXPECTED["sender_fingerprint"]
    assert binary.display_name == EXPECTED["sender_name"] and binary.has_hybrid


@pytest.mark.parametrize(("version", "name"), _cases())
def test_golden_bundle_inspects_and_opens(hq_factory: Any, version: int, name: str) -> None:
    hq = hq_factory(version)
    EXPECTED = _load(version, "expected.json")
    facts = EXPECTED["bundles"][name]
    path = GOLDEN_DIRS[version] / name
    report = bundle_service.inspect_bundle(hq, path)
    assert report["verified"] and report["signature"] == "valid"
    assert report["format_version"] == version
    assert report["bundle_id"] == facts["bundle_id"] and report["sequence"] == facts["sequence"]
    assert report["profile"] == facts["profile"]
    assert report["recipient_type"] == facts["recipient_type"]
    assert report["sender"]["fingerprint"] == EXPECTED["sender_fingerprint"]
    assert report["cases"][0]["title"] == EXPECTED["title"]
    result = bundle_service.open_bundle(hq, path)
    assert result.bundle_id == facts["bundle_id"]
    assert result.cases == [EXPECTED["case_id"]]
    assert result.records == facts["records"] and result.revisions == facts["revisions"]
    assert result.outcomes == {
        "added": facts["records"],
        "fast_forward": facts["revisions"] - facts["records"],
    }
    case = case_service.get_case(hq, EXPECTED["case_id"])
    assert case["title"] == EXPECTED["title"] and case["status"] == "under_review"
    assert case_service.verify_testimony(hq, EXPECTED["testimony_id"])
    attachment = EXPECTED["attachment"]
    data = b"".join(attachment_service.open_attachment(hq, attachment["id"]))
    assert len(data) == attachment["size"]
    assert hashlib.sha256(data).hexdigest() == attachment["sha256"]
    contacts = hq.connection().execute("SELECT count(*) FROM person_contact").fetchone()[0]
    assert contacts == (1 if facts["profile"] == "full" else 0)
    # Format 1 carries no revision signatures: the revisions stay readable, unsigned.
    signed = {entry["signed"] for entry in case_service.case_history(hq, EXPECTED["case_id"])}
    assert signed == ({False} if version == 1 else {True})


@pytest.mark.parametrize("version", sorted(GOLDEN_DIRS))
def test_golden_x25519_bundle_opens_with_the_age_tool(tmp_path: Path, version: int) -> None:
    KEYS = _load(version, "hq-keys.json")
    key = tmp_path / "key.txt"
    key.write_text(KEYS["age_secret_key"])
    bundle = GOLDEN_DIRS[version] / f"v{version}-no-contacts-x25519.age"
    plain = subprocess.run(
        [AGE, "-d", "-i", str(key), str(bundle)], capture_output=True, check=True, timeout=60
    ).stdout
    assert plain.startswith(MAGIC + version.to_bytes(2, "big"))
    ours = age.decrypt_bytes(age.parse_identity_file(KEYS["age_secret_key"]), bundle.read_bytes())
    assert ours == plain
