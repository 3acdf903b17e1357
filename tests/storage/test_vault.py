"""The vault (docs/design.md §3): keys, unlocking, faults, locking, wiping."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from amanat.crypto import keyslots
from amanat.crypto.kdf import TEST_PARAMS, Argon2Params
from amanat.domain.errors import (
    SchemaTooNew,
    UnsafeKdfParameters,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from amanat.storage import db
from amanat.storage import vault as vault_store
from amanat.storage.vault import Vault

PASS = "correct horse battery staple"


@pytest.fixture
def vpath(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def made(vpath: Path) -> tuple[Path, str]:
    vault, code = Vault.create(vpath, PASS, name="Field worker", kdf=TEST_PARAMS)
    vault.lock()
    return vpath, code


def test_create_holds_only_the_three_entries(made: tuple[Path, str]) -> None:
    path, _ = made
    assert sorted(os.listdir(path)) == ["blobs", "vault.db", "vault.keys"]
    assert (path.stat().st_mode & 0o777) == 0o700
    assert ((path / "vault.db").stat().st_mode & 0o077) == 0
    assert ((path / "vault.keys").stat().st_mode & 0o077) == 0


def test_database_is_not_sqlite_readable(made: tuple[Path, str]) -> None:
    path, _ = made
    head = (path / "vault.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    plain = sqlite3.connect(path / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_unlock_right_and_wrong(made: tuple[Path, str]) -> None:
    path, _ = made
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "wrong")
    vault = Vault.unlock(path, PASS)
    assert vault.name == "Field worker"
    assert vault.identity.display_name == "Field worker"
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.connection()


def test_passphrase_is_nfc_normalised(vpath: Path) -> None:
    composed = unicodedata.normalize("NFC", "Әлем café")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(vpath, composed, name="n", kdf=TEST_PARAMS)
    vault.lock()
    Vault.unlock(vpath, decomposed).lock()


def test_recovery_code_unlocks_and_sets_new_passphrase(made: tuple[Path, str]) -> None:
    path, code = made
    assert len(code.split()) == 24
    vault = Vault.unlock_with_recovery(path, "  " + code.upper().replace(" ", "  ") + "\n")
    vault.change_passphrase("brand new", kdf=TEST_PARAMS)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASS)
    Vault.unlock(path, "brand new").lock()
    # The recovery code still works after a passphrase change.
    Vault.unlock_with_recovery(path, code).lock()


def test_wrong_and_mistyped_recovery_codes(made: tuple[Path, str]) -> None:
    path, code = made
    words = code.split()
    other = keyslots.format_recovery_code(os.urandom(32))
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(path, other)
    mistyped = " ".join([*words[:-1], "zzzz"])
    with pytest.raises(WrongRecoveryCode) as info:
        Vault.unlock_with_recovery(path, mistyped)
    assert info.value.params.get("reason") in {"words", "checksum"}
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(path, " ".join(words[:12]))


def test_new_recovery_code_replaces_old(made: tuple[Path, str]) -> None:
    path, old = made
    vault = Vault.unlock(path, PASS)
    new = vault.new_recovery_code()
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(path, old)
    Vault.unlock_with_recovery(path, new).lock()


def test_create_refuses_existing(made: tuple[Path, str]) -> None:
    path, _ = made
    with pytest.raises(VaultExists):
        Vault.create(path, PASS, name="x", kdf=TEST_PARAMS)


def test_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing", PASS)


# -- damaged key files -------------------------------------------------------------------
def _keys(path: Path) -> dict:
    return json.loads((path / "vault.keys").read_text())


def _write_keys(path: Path, doc: dict) -> None:
    (path / "vault.keys").write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b"",  # empty
        lambda b: os.urandom(len(b)),  # foreign bytes
        lambda b: b.replace(b'"slots"', b'"slotz"'),
        lambda b: b.replace(b"amanat.vault.keys", b"other.format"),
        lambda b: b"\xff" * (keyslots.MAX_FILE_SIZE + 10),  # huge
    ],
    ids=["truncated", "empty", "random", "renamed-field", "foreign-format", "huge"],
)
def test_damaged_key_file_is_corrupt(made: tuple[Path, str], damage) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    keys = path / "vault.keys"
    keys.write_bytes(damage(keys.read_bytes()))
    with pytest.raises(VaultCorrupt):
        Vault.unlock(path, PASS)


def test_tampered_slot_fails_closed(made: tuple[Path, str]) -> None:
    path, _ = made
    doc = _keys(path)
    slot = doc["slots"][0]
    # Same parameters, other salt: the associated data no longer matches.
    import base64

    slot["salt"] = base64.b64encode(os.urandom(16)).decode()
    _write_keys(path, doc)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASS)


def test_weakened_kdf_parameters_fail_closed(made: tuple[Path, str]) -> None:
    path, _ = made
    doc = _keys(path)
    doc["slots"][0]["memory_kib"] = doc["slots"][0]["memory_kib"] * 2
    _write_keys(path, doc)
    # Plausible parameters that differ from the sealed ones: the slot does not open.
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 1 << 40),
        ("memory_kib", 8),
        ("iterations", 10**9),
        ("lanes", 0),
        ("iterations", 0),
        ("lanes", 1000),
    ],
)
def test_absurd_kdf_parameters_refused_before_work(
    made: tuple[Path, str], field: str, value: int
) -> None:
    path, _ = made
    doc = _keys(path)
    doc["slots"][0][field] = value
    _write_keys(path, doc)
    start = time.perf_counter()
    with pytest.raises(UnsafeKdfParameters):
        Vault.unlock(path, PASS)
    assert time.perf_counter() - start < 5  # refused, not attempted (a loose sanity bound)


def test_argon2_params_check_floor() -> None:
    with pytest.raises(UnsafeKdfParameters):
        Argon2Params(memory_kib=32 * 1024, iterations=3, lanes=1).check()
    TEST_PARAMS.check()


# -- damaged databases --------------------------------------------------------------------
def test_foreign_database_is_refused(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a", PASS, name="a", kdf=TEST_PARAMS)
    a.lock()
    b, _ = Vault.create(tmp_path / "b", PASS, name="b", kdf=TEST_PARAMS)
    b.lock()
    (tmp_path / "a" / "vault.db").write_bytes((tmp_path / "b" / "vault.db").read_bytes())
    with pytest.raises(VaultCorrupt):
        Vault.unlock(tmp_path / "a", PASS)


@pytest.mark.parametrize(
    "where", ["truncate-half", "truncate-pages", "flip-page1", "zero", "missing"]
)
def test_damaged_database_is_corrupt(made: tuple[Path, str], where: str) -> None:
    path, _ = made
    vault = Vault.unlock(path, PASS)
    conn = vault.connection()
    conn.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(50):
        conn.execute("INSERT INTO filler VALUES (?)", (os.urandom(3000),))
    vault.lock()
    dbf = path / "vault.db"
    data = bytearray(dbf.read_bytes())
    if where == "truncate-half":
        dbf.write_bytes(bytes(data[: len(data) // 2]))
    elif where == "truncate-pages":
        dbf.write_bytes(bytes(data[: len(data) - 3 * 4096]))
    elif where == "flip-page1":
        data[100] ^= 0x01
        dbf.write_bytes(bytes(data))
    elif where == "zero":
        dbf.write_bytes(b"")
    else:
        dbf.unlink()
    with pytest.raises(VaultCorrupt):
        Vault.unlock(path, PASS)


def test_schema_newer_than_program_is_refused(made: tuple[Path, str]) -> None:
    path, _ = made
    vault = Vault.unlock(path, PASS)
    vault.connection().execute("PRAGMA user_version = 999")
    vault.lock()
    with pytest.raises(SchemaTooNew):
        Vault.unlock(path, PASS)


def test_transaction_rolls_back_on_error(made: tuple[Path, str]) -> None:
    path, _ = made
    with Vault.unlock(path, PASS) as vault:
        conn = vault.connection()
        with pytest.raises(ZeroDivisionError), db.transaction(conn):
            conn.execute("INSERT INTO setting (key, value) VALUES ('a', 'b')")
            1 / 0  # noqa: B018
        assert vault.get_setting("a") is None
        vault.set_setting("a", "c")
        assert vault.get_setting("a") == "c"


# -- processes ----------------------------------------------------------------------------
HOLDER = """
import sys, time
from pathlib import Path
from amanat.storage.vault import Vault
v = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def test_second_process_gets_in_use_and_sigkill_releases(made: tuple[Path, str]) -> None:
    path, _ = made
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), PASS], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            Vault.unlock(path, PASS)
        with pytest.raises(VaultInUse):
            vault_store.wipe(path)
    finally:
        child.kill()
        child.wait()
    Vault.unlock(path, PASS).lock()


CHANGER = """
import sys
from pathlib import Path
from amanat.crypto.kdf import TEST_PARAMS
from amanat.storage.vault import Vault
path, a, b = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
v = Vault.unlock(path, a)
print("ready", flush=True)
current = a
while True:
    nxt = b if current == a else a
    v.change_passphrase(nxt, kdf=TEST_PARAMS)
    current = nxt
"""


@pytest.mark.slow
def test_sigkill_during_passphrase_changes_leaves_an_openable_vault(
    made: tuple[Path, str],
) -> None:
    import random

    path, _ = made
    rng = random.Random(1234)
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(path), PASS, "other pass"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()
        child.wait()
        opened = None
        for candidate in (PASS, "other pass"):
            try:
                opened = Vault.unlock(path, candidate)
                break
            except WrongPassphrase:
                continue
        assert opened is not None, "the vault opened with neither passphrase"
        # The killed writer's temp file is gone; the folder holds the three entries.
        assert sorted(p for p in os.listdir(path) if not p.startswith("vault.db-")) == [
            "blobs",
            "vault.db",
            "vault.keys",
        ]
        opened.lock()
        # Bring it back to PASS for the next round.
        if candidate != PASS:
            v = Vault.unlock(path, candidate)
            v.change_passphrase(PASS, kdf=TEST_PARAMS)
            v.lock()


def test_wipe_destroys_everything(made: tuple[Path, str]) -> None:
    path, code = made
    (path / "blobs" / "abc").write_bytes(b"x" * 100)
    vault_store.wipe(path)
    assert not path.exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock_with_recovery(path, code)


def test_list_vaults_and_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMANAT_HOME", str(tmp_path / "home"))
    assert vault_store.list_vaults() == []
    target = vault_store.new_vault_folder()
    Vault.create(target, PASS, name="Айгүл Field", kdf=TEST_PARAMS)[0].lock()
    assert vault_store.list_vaults() == [target]
    # The folder is neutral: nothing of the vault's name shows on disk.
    assert target.name == "vault-1"
    assert vault_store.new_vault_folder().name == "vault-2"
    assert all("field" not in p.name.lower() for p in target.rglob("*"))
