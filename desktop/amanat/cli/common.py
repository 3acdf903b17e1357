"""Helpers shared by the sub-commands: finding the vault, asking for the passphrase."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from amanat.domain.errors import VaultError
from amanat.storage.vault import Vault, list_vaults, vaults_root

PASSPHRASE_ENV = "AMANAT_PASSPHRASE"  # noqa: S105 - a variable name


def vault_dir(args: Any) -> Path:
    """--vault DIR, else the only vault under $AMANAT_HOME/vaults (or the data folder)."""
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    found = list_vaults()
    if len(found) == 1:
        return found[0]
    if not found:
        raise VaultError("vault.not_found", path=str(vaults_root()))
    raise VaultError("vault.ambiguous")


def read_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise VaultError("vault.no_passphrase")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise VaultError("vault.passphrase_mismatch")
    return first


@contextlib.contextmanager
def open_vault(args: Any) -> Iterator[Vault]:
    """Unlock the vault named by ``args`` for the duration of a command, then lock it."""
    path = vault_dir(args)
    vault = Vault.unlock(path, read_passphrase())
    try:
        yield vault
    finally:
        vault.lock()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
