"""Rollback detection (issue 16, item 8; docs/keyslots.md, "State"): an older
``vault.db`` restored beside the current ``vault.keys`` is refused at unlock with
VaultRolledBack, and opens only when the user says so (``accept_rollback``). Vaults made
before the counter still open and get one; a forged or stripped counter is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from amanat.crypto.keyslots import KeyFile
from amanat.domain.errors import VaultRolledBack
from amanat.services import cases
from amanat.services import vault as vault_service
from amanat.storage.vault import COUNTER_META, Vault, read_key_file
from support.paths import DATA
from support.vaults import TEST_PASSPHRASE, add_case, create_vault


def _withdrawals(vault: Vault, case_id: str) -> int:
    return sum(len(t["withdrawals"]) for t in cases.get_case(vault, case_id)["testimonies"])


def _rolled_back_vault(tmp_path: Path) -> tuple[Path, str]:
    """The issue's finding: a consent withdrawal, then an older vault.db restored."""
    path = tmp_path / "v"
    vault, _code = create_vault(path)
    case_id = add_case(vault)
    testimony = cases.get_case(vault, case_id)["testimonies"][0]["id"]
    vault.lock()
    shutil.copy(path / "vault.db", tmp_path / "backup.db")
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    cases.withdraw_consent(vault, testimony, "2024-05")
    assert _withdrawals(vault, case_id) == 1
    vault.lock()
    shutil.copy(tmp_path / "backup.db", path / "vault.db")
    return path, case_id


def test_an_older_database_is_refused_at_unlock(tmp_path: Path) -> None:
    path, case_id = _rolled_back_vault(tmp_path)
    with pytest.raises(VaultRolledBack) as caught:
        Vault.unlock(path, TEST_PASSPHRASE)
    assert caught.value.params["reason"] == "database_older"
    assert caught.value.params["database"] < caught.value.params["keys"]
    # Refusing changed nothing: it is refused again, and the recovery code too.
    with pytest.raises(VaultRolledBack):
        vault_service.unlock(path, TEST_PASSPHRASE)
    # The user who restored their own backup goes on deliberately; the vault then
    # holds what the backup held, and opens normally from now on.
    vault = vault_service.unlock(path, TEST_PASSPHRASE, accept_rollback=True)
    try:
        assert _withdrawals(vault, case_id) == 0
        assert vault_service.check(vault).ok
    finally:
        vault.lock()
    Vault.unlock(path, TEST_PASSPHRASE).lock()


def test_withdrawal_advances_the_counter_without_a_lock(tmp_path: Path) -> None:
    """A copy taken while the vault was open, before a withdrawal, is refused too (the
    withdrawal is a commit that advances the counter, whatever happens after)."""
    path = tmp_path / "v"
    vault, _code = create_vault(path)
    case_id = add_case(vault)
    testimony = cases.get_case(vault, case_id)["testimonies"][0]["id"]
    before = read_key_file(path).state
    cases.withdraw_consent(vault, testimony, "2024-05")
    after = read_key_file(path).state
    vault.lock()
    assert before is not None and after is not None and after.counter > before.counter


def test_an_older_key_file_beside_a_newer_database_opens(tmp_path: Path) -> None:
    """A kill between the database's advance and the key file's looks like this: the
    database ahead is accepted (only a database behind the key file is a rollback)."""
    path = tmp_path / "v"
    vault, _code = create_vault(path)
    vault.lock()
    old_keys = (path / "vault.keys").read_bytes()
    Vault.unlock(path, TEST_PASSPHRASE).lock()
    (path / "vault.keys").write_bytes(old_keys)
    older = read_key_file(path).state
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        row = (
            vault.connection()
            .execute("SELECT value FROM meta WHERE key = ?", (COUNTER_META,))
            .fetchone()
        )
        state = read_key_file(path).state
        # Opened, and both moved past the database's number.
        assert older is not None and state is not None
        assert int(row[0]) == state.counter > older.counter
    finally:
        vault.lock()


def test_a_forged_counter_is_refused(tmp_path: Path) -> None:
    path, _case_id = _rolled_back_vault(tmp_path)
    doc = json.loads((path / "vault.keys").read_bytes())
    doc["state"]["counter"] = 1  # lowered to match the restored database
    (path / "vault.keys").write_text(json.dumps(doc))
    with pytest.raises(VaultRolledBack) as caught:
        Vault.unlock(path, TEST_PASSPHRASE)
    assert caught.value.params["reason"] == "state_forged"


def test_a_stripped_counter_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, _code = create_vault(path)
    vault.lock()
    kf = read_key_file(path)
    (path / "vault.keys").write_bytes(KeyFile(vault_id=kf.vault_id, slots=kf.slots).to_bytes())
    with pytest.raises(VaultRolledBack) as caught:
        Vault.unlock(path, TEST_PASSPHRASE)
    assert caught.value.params["reason"] == "state_missing"


def test_a_vault_made_before_the_counter_opens_and_gets_one(tmp_path: Path) -> None:
    path = tmp_path / "golden"
    shutil.copytree(DATA / "golden-vault-v1", path)
    assert read_key_file(path).state is None
    vault = Vault.unlock(path, "golden passphrase v1")
    try:
        row = (
            vault.connection()
            .execute("SELECT value FROM meta WHERE key = ?", (COUNTER_META,))
            .fetchone()
        )
        state = read_key_file(path).state
        assert state is not None and int(row[0]) == state.counter
    finally:
        vault.lock()
    assert json.loads((path / "vault.keys").read_bytes())["version"] == 2
    Vault.unlock(path, "golden passphrase v1").lock()
