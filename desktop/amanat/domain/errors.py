"""Typed errors of the core.

The core never puts words for people into exceptions: an error carries a stable
``code`` and a few non-sensitive ``params`` (counts, sizes, ids, file names chosen by
the program). ``amanat.cli`` and ``amanat.ui`` turn codes into sentences. Case content
(names, narratives, places) must never appear in an error, because errors reach logs,
tracebacks and crash reports.
"""

from __future__ import annotations

from typing import Any


class AmanatError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(params.items()))
        super().__init__(f"{self.code}" + (f" ({detail})" if detail else ""))


class VaultError(AmanatError):
    code = "vault"


class WrongPassphrase(VaultError):
    code = "vault.wrong_passphrase"


class WrongRecoveryCode(VaultError):
    code = "vault.wrong_recovery_code"


class VaultCorrupt(VaultError):
    """A vault file is damaged, truncated, tampered with or not a vault at all."""

    code = "vault.corrupt"


class VaultRolledBack(VaultError):
    """The database is older than the key file says (restored from an older copy?),
    or the key file's counter does not verify (docs/keyslots.md, "State"). ``reason``:
    ``database_older`` (with ``database`` and ``keys``), ``state_forged``,
    ``state_missing``. Unlocking with ``accept_rollback`` proceeds deliberately."""

    code = "vault.rolled_back"


class VaultNotFound(VaultError):
    code = "vault.not_found"


class VaultExists(VaultError):
    code = "vault.exists"


class VaultInUse(VaultError):
    code = "vault.in_use"


class VaultLocked(VaultError):
    code = "vault.locked"


class UnsafeKdfParameters(VaultError):
    code = "vault.unsafe_kdf"


class SchemaTooNew(VaultError):
    code = "vault.schema_too_new"


class ValidationError(AmanatError):
    """Input that does not fit the data model; params name the field, never its value."""

    code = "invalid"


class InvalidSetting(AmanatError):
    """A setting that is not declared, or a value its declaration does not allow;
    params name the key (and the bounds), never anything typed."""

    code = "settings.invalid"


class NotFound(AmanatError):
    code = "not_found"


class Immutable(AmanatError):
    """An attempt to change a sealed (signed) record."""

    code = "immutable"


class IntegrityError(AmanatError):
    """Stored data does not match its recorded hash, chain or signature."""

    code = "integrity"


class CryptoError(AmanatError):
    code = "crypto"


class AgeError(CryptoError):
    """age file errors; ``code`` tells which class of failure (see docs/age.md)."""

    code = "age"


class BundleError(AmanatError):
    code = "bundle"


class ExportError(AmanatError):
    """Writing a decrypted copy outside the vault (services.attachments)."""

    code = "export"


class ContactError(AmanatError):
    code = "contact"


class TrustError(AmanatError):
    """A change that only a record's owner, or a person's decision, may make
    (docs/trust.md)."""

    code = "trust"


class ConflictError(AmanatError):
    """A record waiting for a person (docs/review.md §4): not in conflict, or a
    resolution that does not say which version to keep."""

    code = "conflict"


class Cancelled(AmanatError):
    code = "cancelled"


class DiskFull(AmanatError):
    code = "disk_full"


class PersonMergeError(AmanatError):
    """Merging, unmerging or separating persons that cannot be (docs/review.md §5):
    ``persons.self_merge`` (a person with itself, or two ids already one person),
    ``persons.distinct`` (the pair is marked "not the same person"),
    ``persons.already_undone`` (unmerging twice), ``persons.merged`` (marking two ids
    of one merged person distinct)."""

    code = "persons"
