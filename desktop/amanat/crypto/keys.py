"""Sub-keys derived from the vault master key (VMK).

Every purpose gets its own HKDF ``info`` string, so a key is never used twice for
different things.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MASTER_KEY_SIZE = 32

INFO_SQLCIPHER = b"amanat/sqlcipher/v1"


def derive_key(master: bytes, info: bytes, *, salt: bytes | None = None, length: int = 32) -> bytes:
    if len(master) < 32:
        raise ValueError("master key too short")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(master)


def sqlcipher_key(vmk: bytes) -> bytes:
    return derive_key(vmk, INFO_SQLCIPHER)
