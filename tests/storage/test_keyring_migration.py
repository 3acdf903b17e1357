"""Migration 4 moves a vault's encryption keys into key generations: the golden vault of
schema 1 keeps its fingerprint, and once rotated and past the grace period its original
secret keys are gone from every page, the rebuilt identity table's included."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from amanat.crypto.identity import Identity
from amanat.crypto.keys import sqlcipher_key
from amanat.services import identity as identity_service
from amanat.storage import keyring, migrations
from amanat.storage.vault import Vault, read_key_file
from support.pages import on_disk
from support.paths import DATA

PASSPHRASE = "golden passphrase v1"


def _schema1_identity(folder: Path) -> Identity:
    vmk = read_key_file(folder).unlock_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{sqlcipher_key(vmk).hex()}'\"")
        row = conn.execute(
            "SELECT display_name, created, ed25519_private, x25519_private, hybrid_seed"
            " FROM identity"
        ).fetchone()
    finally:
        conn.close()
    return Identity(row[0], row[1], bytes(row[2]), bytes(row[3]), bytes(row[4]))


def test_golden_vault_keeps_its_fingerprint_and_loses_old_keys(tmp_path: Path) -> None:
    folder = tmp_path / "golden"
    shutil.copytree(DATA / "golden-vault-v1", folder)
    before = _schema1_identity(folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        conn = vault.connection()
        assert migrations.schema_version(conn) == migrations.LATEST >= 4
        columns = [r[1] for r in conn.execute("PRAGMA table_info(identity)")]
        assert columns == ["id", "display_name", "created", "ed25519_private"]
        assert vault.identity.fingerprint == before.fingerprint
        assert [g.generation for g in keyring.generations(conn)] == [0]
        assert on_disk(vault, before.x25519_private)  # live, so readable: the check works
        now = datetime.now(UTC)
        identity_service.rotate(vault, now=now)
        assert identity_service.destroy_expired(vault, now=now + timedelta(days=14)) == [0]
        assert vault.identity.fingerprint == before.fingerprint
        for secret in (before.x25519_private, before.hybrid_seed):
            assert not on_disk(vault, secret)
        assert on_disk(vault, vault.identity.x25519_private)
    finally:
        vault.lock()
