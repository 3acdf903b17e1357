"""Vault use cases: create, unlock, verify and change the passphrase, recover, inspect,
check, wipe."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from amanat.crypto.kdf import Argon2Params
from amanat.domain.errors import VaultError, WrongPassphrase
from amanat.services import identity as identity_service
from amanat.services import recordings
from amanat.services.base import IsCancelled, Progress, check_cancelled
from amanat.storage import blobs, custody, migrations, search
from amanat.storage import vault as vault_store
from amanat.storage.vault import Vault, read_key_file

# docs/keyslots.md, "Passphrase policy": the floor every way of setting a passphrase
# (create, change, recover) enforces. The app's strength meter asks for more; this is
# the shortest the core accepts from any caller (the command line, scripts).
MIN_PASSPHRASE_CHARS = 12


def check_new_passphrase(passphrase: str) -> None:
    """VaultError("vault.passphrase_too_short") under ``MIN_PASSPHRASE_CHARS``."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise VaultError("vault.passphrase_too_short", min=MIN_PASSPHRASE_CHARS)


def create_vault(
    path: Path, passphrase: str, *, name: str, kdf: Argon2Params | None = None
) -> tuple[Vault, str]:
    """Create and open a vault; returns it and the recovery code to show once."""
    check_new_passphrase(passphrase)
    return Vault.create(path, passphrase, name=name, kdf=kdf)


def unlock(
    path: Path, passphrase: str, *, now: datetime | None = None, accept_rollback: bool = False
) -> Vault:
    """Open the vault, then rotate its keys if due and destroy expired ones
    (services.identity.maintain; ``now`` for tests). A database older than the key
    file raises VaultRolledBack unless ``accept_rollback`` (the user restored a backup
    on purpose: docs/keyslots.md, "State")."""
    vault = Vault.unlock(path, passphrase, accept_rollback=accept_rollback)
    identity_service.maintain(vault, now=now)
    # Recordings cut short by a crash or a lock become attachments, marked interrupted.
    recordings.adopt_interrupted(vault)
    return vault


def recover(
    path: Path,
    recovery_code: str,
    new_passphrase: str,
    *,
    kdf: Argon2Params | None = None,
    accept_rollback: bool = False,
) -> Vault:
    """Open with the recovery code and set a new passphrase at once."""
    check_new_passphrase(new_passphrase)
    vault = Vault.unlock_with_recovery(path, recovery_code, accept_rollback=accept_rollback)
    try:
        vault.change_passphrase(new_passphrase, kdf=kdf)
        identity_service.maintain(vault)
        recordings.adopt_interrupted(vault)
    except BaseException:
        vault.lock()
        raise
    return vault


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


def change_passphrase(
    vault: Vault, new_passphrase: str, *, kdf: Argon2Params | None = None
) -> None:
    check_new_passphrase(new_passphrase)
    vault.change_passphrase(new_passphrase, kdf=kdf)


def rekey(
    vault: Vault,
    passphrase: str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> str:
    """Replace the vault master key (storage.rekey; docs/keyslots.md, "Rekey"): after a
    suspected copy of ``vault.keys``. The passphrase stays (it must be this vault's:
    WrongPassphrase); returns the new recovery code, to show once (the old code opens
    nothing any more). Cancelled before its commit, nothing changed."""
    return vault.rekey(passphrase, progress=progress, is_cancelled=is_cancelled)


def wipe(path: Path) -> None:
    vault_store.wipe(path)


@dataclass
class VaultInfo:
    path: str
    name: str
    vault_id: str
    created: str
    schema_version: int
    kdf: dict[str, int]
    fingerprint: str
    identity_name: str
    cases: int
    attachments: int
    size_bytes: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def info(vault: Vault) -> VaultInfo:
    conn = vault.connection()
    created = conn.execute("SELECT value FROM meta WHERE key = 'created'").fetchone()
    params = vault.kdf_params
    size = sum(p.stat().st_size for p in vault.path.rglob("*") if p.is_file())
    return VaultInfo(
        path=str(vault.path),
        name=vault.name,
        vault_id=vault.vault_id,
        created=str(created[0]) if created else "",
        schema_version=migrations.schema_version(conn),
        kdf={
            "memory_kib": params.memory_kib if params else 0,
            "iterations": params.iterations if params else 0,
            "lanes": params.lanes if params else 0,
        },
        fingerprint=vault.identity.fingerprint,
        identity_name=vault.identity.display_name,
        cases=_count(conn, "case_file"),
        attachments=_count(conn, "attachment"),
        size_bytes=size,
    )


def _count(conn: Any, table: str) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if not exists:
        return 0
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


@dataclass
class CheckReport:
    """Problems found by ``check``; each is a code and a non-sensitive detail."""

    problems: list[tuple[str, str]] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


# Checks contributed by the storage modules: each takes the vault and returns
# (count checked, list of (code, detail)).
_STORAGE_CHECKS: tuple[tuple[str, Callable[[Vault], tuple[int, list[tuple[str, str]]]]], ...] = (
    ("custody_chain", custody.check_vault),
    ("blobs", blobs.check_vault),
    ("search_index", search.check_vault),
)


def check(
    vault: Vault, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> CheckReport:
    """SQLCipher page HMACs, SQLite structure, custody chain, every blob decrypted."""
    report = CheckReport()
    conn = vault.connection()
    cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    report.checked["cipher_pages"] = 1
    report.problems.extend(("cipher_integrity", line) for line in cipher)
    check_cancelled(is_cancelled)
    structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if structure != ["ok"]:
        report.problems.extend(("sqlite_integrity", line) for line in structure)
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    report.problems.extend(("foreign_key", str(tuple(r))) for r in fk)
    report.checked["database"] = 1
    steps = len(_STORAGE_CHECKS)
    for i, (name, func) in enumerate(_STORAGE_CHECKS, start=1):
        check_cancelled(is_cancelled)
        if func is blobs.check_vault:
            # Decrypting every blob is the long step: it reports its own progress.
            def within(fraction: float, step: int = i) -> None:
                if progress:
                    progress((step - 1 + fraction) / steps)

            count, problems = blobs.check_vault(vault, within, is_cancelled)
        else:
            count, problems = func(vault)
        report.checked[name] = count
        report.problems.extend(problems)
        if progress:
            progress(i / steps)
    return report
