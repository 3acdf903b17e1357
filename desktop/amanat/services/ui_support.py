"""Small use cases the desktop app needs on top of the vault services.

Qt-free like every service: the GUI calls these on its database worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from amanat.domain.errors import AmanatError, WrongPassphrase
from amanat.storage.vault import Vault, read_key_file


def verify_passphrase(vault: Vault, passphrase: str) -> bool:
    """True when ``passphrase`` opens this vault's passphrase slot.

    Asked before changing the passphrase or the recovery code, so that someone who
    finds the laptop unlocked cannot lock its owner out. Runs the KDF (about 1 s).
    """
    try:
        read_key_file(vault.path).unlock_with_passphrase(passphrase)
    except WrongPassphrase:
        return False
    return True


@dataclass(frozen=True)
class IdentitySummary:
    display_name: str
    fingerprint: str | None  # None while the key material cannot be read


def identity_summary(vault: Vault) -> IdentitySummary:
    identity = vault.identity
    try:
        fingerprint: str | None = identity.fingerprint
    except (ImportError, AttributeError, AmanatError):
        fingerprint = None
    return IdentitySummary(display_name=identity.display_name, fingerprint=fingerprint)
