"""Shared fixtures: a fast real vault (SQLCipher on disk, cheap Argon2 parameters)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.crypto.kdf import TEST_PARAMS
from amanat.storage.vault import Vault

TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where the ``vault`` fixture creates its vault (does not exist before)."""
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, open vault in tmp_path; locked at teardown if the test left it open."""
    opened, _code = Vault.create(vault_path, TEST_PASSPHRASE, name="Test worker", kdf=TEST_PARAMS)
    try:
        yield opened
    finally:
        if opened.is_open:
            opened.lock()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """Two open vaults, "Field office" and "HQ", each a verified contact of the other."""
    from bundle_support import befriend, new_vault  # bundle_support imports this module

    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    befriend(field, hq)
    try:
        yield field, hq
    finally:
        for opened in (field, hq):
            if opened.is_open:
                opened.lock()
