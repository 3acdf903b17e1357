"""What someone holding the vault's database key would read from its files: every page
of ``vault.db`` and every frame of ``vault.db-wal``, decrypted, free pages and stale WAL
frames included (SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, 16-byte IV and
64-byte HMAC reserved at each page's end, a 16-byte salt in place of page 1's header).

Used to check that destroyed keys are gone from the disk, not only from the tables: the
seized laptop with a coerced passphrase (docs/forward-secrecy.md)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from amanat.storage.vault import Vault

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def plaintext_pages(vault: Vault) -> list[bytes]:
    """Every page the files hold, decrypted (the vault must be open: its key is used)."""
    key = vault._db_key  # the raw SQLCipher key, as an attacker with the passphrase has it
    assert key is not None
    pages: list[bytes] = []
    data = vault.db_path.read_bytes()
    for offset in range(0, len(data) - PAGE + 1, PAGE):
        pages.append(_decrypt(key, data[offset : offset + PAGE], offset == 0))
    wal = Path(str(vault.db_path) + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(raw):
            number = int.from_bytes(raw[offset : offset + 4], "big")
            frame = raw[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            pages.append(_decrypt(key, frame, number == 1))
            offset += FRAME_HEADER + PAGE
    return pages


def on_disk(vault: Vault, secret: bytes) -> bool:
    """Whether ``secret`` can be read from the vault's database files."""
    return any(secret in page for page in plaintext_pages(vault))
