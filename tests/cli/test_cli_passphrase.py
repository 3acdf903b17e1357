"""The passphrase policy and scripting (issue 16, item 9): a floor on length and on
Argon2id passes for new vaults, passphrases read from a file, a file descriptor or
standard input rather than the environment, a bounded quarantine, durable commits where
a lost one matters, SQLCipher's memory wiping."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from amanat.bundles import importer
from amanat.domain.errors import BundleError
from amanat.services import bundles as bundle_service
from amanat.services import contacts as contact_service
from amanat.storage import db
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, new_vault, vault_digest

FAST = ["--kdf-memory", "64", "--kdf-iterations", "3"]
GOOD = "four words of passphrase"


def amanat(
    *args: str, home: Path, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("AMANAT_")}
    full_env.update({"AMANAT_HOME": str(home), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "amanat.main", *args],
        capture_output=True, text=True, env=full_env, timeout=120, check=False, **kw,
    )  # type: ignore[call-overload]  # fmt: skip


def test_short_passphrases_and_weak_kdf_are_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    short = amanat("init", "--name", "A", *FAST, home=home, env={"AMANAT_PASSPHRASE": "x"})
    assert short.returncode == 1
    assert "too short: use at least 12 characters" in short.stderr
    weak = amanat(
        "init", "--name", "A", "--kdf-memory", "64", "--kdf-iterations", "1",
        home=home, env={"AMANAT_PASSPHRASE": GOOD},
    )  # fmt: skip
    assert weak.returncode == 1 and "at least 3 passes" in weak.stderr
    assert not (home / "vaults").exists() or not any((home / "vaults").iterdir())


def test_passphrases_from_a_file_a_descriptor_and_stdin(tmp_path: Path) -> None:
    home = tmp_path / "home"
    secret = tmp_path / "secret"
    secret.write_text(GOOD + "\n")
    made = amanat("init", "--name", "A", *FAST, "--passphrase-file", str(secret), home=home)
    assert made.returncode == 0, made.stderr
    # From standard input.
    info = amanat("info", "--passphrase-file", "-", home=home, input=GOOD + "\n")
    assert info.returncode == 0, info.stderr
    # From a file descriptor the script opened; the new one from a file.
    read_end, write_end = os.pipe()
    os.write(write_end, (GOOD + "\n").encode())
    os.close(write_end)
    new = tmp_path / "new"
    new.write_text("another passphrase here\n")
    try:
        changed = amanat(
            "passwd", "--passphrase-fd", str(read_end), "--new-passphrase-file", str(new),
            home=home, pass_fds=(read_end,),
        )  # fmt: skip
    finally:
        os.close(read_end)
    assert changed.returncode == 0, changed.stderr
    old = amanat("info", "--passphrase-file", str(secret), home=home)
    assert old.returncode == 1 and "wrong passphrase" in old.stderr
    assert amanat("info", "--passphrase-file", str(new), home=home).returncode == 0
    missing = amanat("info", "--passphrase-file", str(tmp_path / "none"), home=home)
    assert missing.returncode == 1 and "could not be read" in missing.stderr


def test_the_quarantine_is_bounded(
    make_vault: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = make_vault("HQ")  # type: ignore[operator]
    stranger = new_vault(tmp_path / "stranger", "Stranger")
    try:
        contact_service.add_contact(stranger, contact_service.own_card(hq), verified=True)
        paths = [
            seal(stranger, ["HQ"], tmp_path / f"b{i}", case_ids=[add_case(stranger)])
            for i in range(3)
        ]
    finally:
        stranger.lock()
    monkeypatch.setattr(importer, "MAX_QUARANTINE_PER_SENDER", 2)
    for path in paths[:2]:
        with pytest.raises(BundleError) as caught:
            bundle_service.open_bundle(hq, path)
        assert caught.value.code == "bundle.quarantined"
    before = vault_digest(hq)
    with pytest.raises(BundleError) as caught:
        bundle_service.open_bundle(hq, paths[2])
    assert caught.value.code == "bundle.quarantine_full"
    assert caught.value.params == {"scope": "sender", "limit": 2}
    assert vault_digest(hq) == before and len(bundle_service.list_quarantine(hq)) == 2


def test_durable_commits_and_memory_wiping(vault: Vault) -> None:
    conn = vault.connection()
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    with db.durable(conn):
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1
    row = conn.execute("PRAGMA cipher_memory_security").fetchone()
    assert row is None or str(row[0]) == "1"
