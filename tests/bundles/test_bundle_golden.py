"""Golden bundles of format version 1 (tests/data/bundles, made by generate.py there)
still open and import, with the keys stored beside them."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.bundles.format import MAGIC
from amanat.crypto import age
from amanat.crypto.cards import parse_card
from amanat.services import attachments as attachment_service
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.paths import DATA
from support.vaults import TEST_PASSPHRASE, create_vault

GOLDEN = DATA / "bundles"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text())
KEYS = json.loads((GOLDEN / "hq-keys.json").read_text())
AGE = shutil.which("age") or "/usr/bin/age"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Vault]:
    """A vault holding the golden recipient's identity, with the sender verified."""
    path = tmp_path / "hq"
    vault, _ = create_vault(path, "HQ", TEST_PASSPHRASE)
    conn = vault.connection()
    with transaction(conn):
        conn.execute(
            "UPDATE identity SET display_name = ?, created = ?, ed25519_private = ?,"
            " x25519_private = ?, hybrid_seed = ? WHERE id = 1",
            (
                KEYS["display_name"],
                KEYS["created"],
                bytes.fromhex(KEYS["ed25519_private"]),
                bytes.fromhex(KEYS["x25519_private"]),
                bytes.fromhex(KEYS["hybrid_seed"]),
            ),
        )
    vault.lock()
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    assert vault.identity.fingerprint == KEYS["fingerprint"]
    card = contact_service.read_card_file(GOLDEN / "field-office.card")
    contact_service.add_contact(vault, card, verified=True)
    try:
        yield vault
    finally:
        vault.lock()


def test_golden_card() -> None:
    binary = parse_card((GOLDEN / "field-office.card").read_bytes())
    text = parse_card((GOLDEN / "field-office.card.txt").read_bytes())
    assert binary == text
    assert binary.fingerprint == EXPECTED["sender_fingerprint"]
    assert binary.display_name == EXPECTED["sender_name"] and binary.has_hybrid


@pytest.mark.parametrize("name", sorted(EXPECTED["bundles"]))
def test_golden_bundle_inspects_and_opens(hq: Vault, name: str) -> None:
    facts = EXPECTED["bundles"][name]
    path = GOLDEN / name
    report = bundle_service.inspect_bundle(hq, path)
    assert report["verified"] and report["signature"] == "valid"
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


def test_golden_x25519_bundle_opens_with_the_age_tool(tmp_path: Path) -> None:
    key = tmp_path / "key.txt"
    key.write_text(KEYS["age_secret_key"])
    bundle = GOLDEN / "v1-no-contacts-x25519.age"
    plain = subprocess.run(
        [AGE, "-d", "-i", str(key), str(bundle)], capture_output=True, check=True, timeout=60
    ).stdout
    assert plain.startswith(MAGIC + b"\x00\x01")
    ours = age.decrypt_bytes(age.parse_identity_file(KEYS["age_secret_key"]), bundle.read_bytes())
    assert ours == plain
