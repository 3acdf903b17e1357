"""Real vaults for tests: created on disk with SQLCipher and the cheapest Argon2
parameters the core accepts, befriended, filled with cases, and digested (equal digests
mean nothing in the vault changed)."""

from __future__ import annotations

import copy
import hashlib
import io
from collections.abc import Iterable
from pathlib import Path

from amanat.crypto.kdf import TEST_PARAMS
from amanat.services import attachments as attachment_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE

TEST_PASSPHRASE = "correct horse battery staple"

ATTACHMENT_SIZE = 300_000  # five STREAM chunks


def create_vault(
    path: Path, name: str = "Test worker", passphrase: str = TEST_PASSPHRASE
) -> tuple[Vault, str]:
    """The one way tests make a vault: returns it open, with its recovery code."""
    return Vault.create(path, passphrase, name=name, kdf=TEST_PARAMS)


def new_vault(path: Path, name: str = "Test worker") -> Vault:
    """A new open vault at path."""
    return create_vault(path, name)[0]


def befriend(a: Vault, b: Vault, *, verified: bool = True) -> None:
    """Each adds the other's card (both verified unless said otherwise)."""
    contact_service.add_contact(a, contact_service.own_card(b), verified=verified)
    contact_service.add_contact(b, contact_service.own_card(a), verified=verified)


def add_case(vault: Vault, *, attachment: bytes | None = None, title: str | None = None) -> str:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    if title is not None:
        doc["title"] = title
    case_id = case_service.add_case(vault, doc).id
    if attachment is not None:
        attachment_service.attach_file(
            vault, case_id, io.BytesIO(attachment), original_name="scan.bin"
        )
    return case_id


def vault_digest(vault: Vault, *, exclude: Iterable[str] = ()) -> str:
    """SHA-256 over every row of every table and every file in blobs/: equal digests
    mean nothing in the vault changed (the rollback counter aside). ``exclude``: tables
    left out (the inbox's own bookkeeping, when a test asks whether a bad file changed
    anything else); leaving out ``blob`` leaves out blobs/ too."""
    conn = vault.connection()
    digest = hashlib.sha256()
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    skipped = set(exclude)
    for name in names:
        if name in skipped:
            continue
        digest.update(name.encode() + b"\x00")
        # The rollback counter moves at every unlock and lock (docs/keyslots.md, "State").
        where = " WHERE key <> 'keys_counter'" if name == "meta" else ""
        rows = sorted(repr(tuple(row)) for row in conn.execute(f'SELECT * FROM "{name}"{where}'))
        for row in rows:
            digest.update(row.encode() + b"\x00")
    for path in sorted(vault.blobs_dir.iterdir()) if "blob" not in skipped else []:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def table_digest(vault: Vault, table: str) -> str:
    conn = vault.connection()
    rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"'))
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()
