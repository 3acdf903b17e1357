"""A rekey needs about the vault's size again (the export and the staged blobs): on a
disk without that room it says "the disk is full", leaves nothing behind, and the vault
is as it was (the real command line on a real small tmpfs, as tests/storage/test_disk_full.py)."""

from __future__ import annotations

import os
from pathlib import Path

from amanat.storage.vault import Vault
from storage.test_disk_full import _on_a_full_copy
from support.vaults import add_case, vault_digest


def test_rekey_on_a_disk_without_room(vault: Vault, tmp_path: Path) -> None:
    add_case(vault, attachment=os.urandom(3 << 20))
    before = vault_digest(vault)
    files = sorted(p.name for p in vault.blobs_dir.iterdir())
    vault.lock()
    status, digest, left = _on_a_full_copy(tmp_path / "vault", tmp_path, "rekey", "--yes")
    assert status == 1
    assert digest == before
    assert left == files
