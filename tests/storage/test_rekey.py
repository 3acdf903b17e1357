"""``Vault.rekey`` replaces the master key (issue 16, item 7; docs/keyslots.md, "Rekey"):
everything stays readable, an old copy of ``vault.keys`` with the old passphrase opens
nothing, a blob key read from an old copy of ``vault.db`` opens no current blob file,
and a process killed (SIGKILL) at any step leaves a vault that opens with the old or
the new key material, never neither."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from amanat.crypto.keys import sqlcipher_key
from amanat.crypto.stream import StreamReader
from amanat.domain.errors import (
    AgeError,
    Cancelled,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from amanat.services import attachments, cases
from amanat.services import vault as vault_service
from amanat.storage import blobs, db, rekey
from amanat.storage.vault import Vault, read_key_file
from support.vaults import TEST_PASSPHRASE, add_case, create_vault

BIG = 3 * blobs.INLINE_LIMIT + 123  # a file in blobs/ (four STREAM chunks)


def _filled(path: Path) -> tuple[Vault, str]:
    vault, code = create_vault(path)
    add_case(vault, attachment=os.urandom(BIG))
    add_case(vault, attachment=os.urandom(BIG + 1))
    add_case(vault, attachment=b"small, kept inline")
    return vault, code


def _contents(vault: Vault) -> str:
    """Every case as read back, with every attachment's plaintext: what the user sees."""
    out: list[Any] = []
    for listed in sorted(cases.list_cases(vault), key=lambda c: str(c["id"])):
        case = cases.get_case(vault, listed["id"])
        bodies = [
            attachments.read_attachment(vault, a["id"]).hex()
            for a in sorted(case["attachments"], key=lambda a: str(a["id"]))
        ]
        out.append([case, bodies])
    return json.dumps(out, sort_keys=True, default=str)


def _no_leftovers(path: Path) -> bool:
    names = [p.name for p in path.iterdir()] + [p.name for p in (path / "blobs").iterdir()]
    return not any(n.startswith(rekey.REKEY_PREFIX) for n in names)


def _old_blob_keys_open_nothing(old_db: Path, old_vmk: bytes, blobs_dir: Path) -> None:
    conn = db.connect(old_db, sqlcipher_key(old_vmk))
    try:
        rows = conn.execute("SELECT id, key FROM blob WHERE inline IS NULL").fetchall()
    finally:
        conn.close()
    assert rows
    for blob_id, key in rows:
        with open(blobs_dir / blob_id, "rb") as fh, pytest.raises(AgeError):
            for _chunk in StreamReader(blobs.stream_key(bytes(key), blob_id), fh):
                pass


def test_rekey_keeps_everything_and_old_key_material_opens_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, old_code = _filled(path)
    before = _contents(vault)
    old_vmk = read_key_file(path).unlock_with_passphrase(TEST_PASSPHRASE)
    vault.lock()
    old_keys = (path / "vault.keys").read_bytes()
    shutil.copy(path / "vault.db", tmp_path / "old.db")
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    fractions: list[float] = []
    code = vault.rekey(TEST_PASSPHRASE, progress=fractions.append)
    try:
        assert code != old_code
        assert fractions and fractions[-1] == 1.0
        assert _contents(vault) == before
        assert vault_service.check(vault).ok
        # Written after the rekey: readable now, and later.
        add_case(vault, attachment=os.urandom(BIG))
        after = _contents(vault)
    finally:
        vault.lock()
    assert _no_leftovers(path)
    reopened = Vault.unlock(path, TEST_PASSPHRASE)
    assert _contents(reopened) == after
    reopened.lock()
    Vault.unlock_with_recovery(path, code).lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery(path, old_code)
    _old_blob_keys_open_nothing(tmp_path / "old.db", old_vmk, path / "blobs")
    # The old key file with the old passphrase: the slot opens, the vault does not.
    (path / "vault.keys").write_bytes(old_keys)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(path, TEST_PASSPHRASE)
    with pytest.raises(VaultCorrupt):
        Vault.unlock_with_recovery(path, old_code)


def test_rekey_asks_for_the_vaults_passphrase(vault: Vault) -> None:
    keys = (vault.path / "vault.keys").read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.rekey("not the passphrase at all")
    assert (vault.path / "vault.keys").read_bytes() == keys


def test_cancelled_rekey_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, code = _filled(path)
    before = _contents(vault)
    keys = (path / "vault.keys").read_bytes()
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        vault.rekey(TEST_PASSPHRASE, is_cancelled=lambda: next(calls) > 3)
    try:
        assert (path / "vault.keys").read_bytes() == keys
        assert _no_leftovers(path)
        assert _contents(vault) == before
    finally:
        vault.lock()
    Vault.unlock_with_recovery(path, code).lock()


# A rekey in a child process that kills itself at a named step (storage.rekey._step),
# or in the middle of re-encrypting a blob ("reencrypting").
KILLED_REKEY = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from amanat.storage import rekey
    from amanat.storage.vault import Vault

    where = sys.argv[2]

    def die(*_args):
        os.kill(os.getpid(), signal.SIGKILL)

    if where == "reencrypting":
        calls = iter(range(10**6))
        rekey.check_cancelled = lambda _c: next(calls) == 5 and die()
    else:
        rekey._step = lambda name: name == where and die()
    vault = Vault.unlock(Path(sys.argv[1]), os.environ["AMANAT_PASSPHRASE"])
    vault.rekey(os.environ["AMANAT_PASSPHRASE"])
    """
)
BEFORE_COMMIT = ["reencrypting", "exported", "prepared", "pending"]
AFTER_COMMIT = ["committed", "scrubbed", "blob_installed", "installed", "done"]


@pytest.mark.parametrize("where", BEFORE_COMMIT + AFTER_COMMIT)
def test_killed_rekey_opens_with_old_or_new_keys(tmp_path: Path, where: str) -> None:
    path = tmp_path / "v"
    vault, code = _filled(path)
    before = _contents(vault)
    vault.lock()
    old_keys = (path / "vault.keys").read_bytes()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_REKEY, str(path), where],
        env={**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    # The recovery code opens the vault at a state that still has the old key file
    # (it finishes or undoes the rekey); the passphrase opens it in every state.
    if where in ("pending", "committed"):
        Vault.unlock_with_recovery(path, code).lock()
    reopened = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        assert _contents(reopened) == before
        assert vault_service.check(reopened).ok
        assert read_key_file(path).pending is None
    finally:
        reopened.lock()
    assert _no_leftovers(path)
    (path / "vault.keys").write_bytes(old_keys)
    if where in BEFORE_COMMIT:
        Vault.unlock(path, TEST_PASSPHRASE).lock()  # nothing was replaced
    else:
        with pytest.raises(VaultCorrupt):
            Vault.unlock(path, TEST_PASSPHRASE)


def test_a_failure_after_the_commit_locks_and_unlock_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error past step 2 (here an I/O error while installing the blobs) must not let
    lock() write the old key file back over the pending one: the vault is locked at
    once, and the next unlock finishes the rekey."""
    path = tmp_path / "v"
    vault, _code = _filled(path)
    before = _contents(vault)

    def broken(_blobs_dir: Path) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(rekey, "install_blobs", broken)
    with pytest.raises(OSError):
        vault.rekey(TEST_PASSPHRASE)
    assert not vault.is_open
    assert read_key_file(path).pending is not None
    monkeypatch.undo()
    reopened = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        assert _contents(reopened) == before
        assert vault_service.check(reopened).ok
    finally:
        reopened.lock()
    assert _no_leftovers(path)
