"""The golden vault of schema 1 must keep opening, migrating, and reading back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amanat.domain.errors import WrongPassphrase
from amanat.services import attachments, cases, search
from amanat.services import vault as vault_service
from amanat.storage import migrations
from amanat.storage.vault import Vault
from support.paths import DATA

GOLDEN = DATA / "golden-vault-v1"
PASSPHRASE = "golden passphrase v1"


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN, copy)
    return copy


def test_golden_v1_is_schema_1_on_disk(golden: Path) -> None:
    import sqlcipher3

    from amanat.crypto.keys import sqlcipher_key
    from amanat.storage.vault import read_key_file

    vmk = read_key_file(golden).unlock_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(golden / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{sqlcipher_key(vmk).hex()}'\"")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_golden_v1_opens_migrates_and_reads_back(golden: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.unlock(golden, "not it")
    vault = Vault.unlock(golden, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection()) == migrations.LATEST
        listed = cases.list_cases(vault)
        assert len(listed) == 1
        case = cases.get_case(vault, listed[0]["id"])
        assert case["title"] == "Detention of Ержан Бекболатұлы"
        narratives = [t["narrative"] for t in case["testimonies"]]
        assert narratives == ["My brother was taken at night."]
        hits = search.search_cases(vault, "Yerzhan")
        assert [h.case_id for h in hits] == [listed[0]["id"]]
        attached = case["attachments"]
        assert len(attached) == 1
        data = attachments.read_attachment(vault, attached[0]["id"])
        assert data == b"golden attachment v1\n" * 50000
        report = vault_service.check(vault)
        assert report.ok, report.problems
        # Its blob row is of the old kind, with a SHA-256 of the ciphertext, no longer
        # read (issue 15): it opens and checks (by decrypting) all the same.
        legacy = vault.connection().execute("SELECT cipher_sha256 FROM blob").fetchall()
        assert [len(r[0]) for r in legacy] == [32]
    finally:
        vault.lock()
    recovery = (DATA / "golden-vault-v1.recovery").read_text()
    Vault.unlock_with_recovery(golden, recovery).lock()
