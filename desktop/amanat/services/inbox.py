"""The inbox: bundle files from a watched exchange folder or dropped on the window
(docs/review.md §1).

Each new file is inspected, then handled the one way bundles are opened
(``services.bundles.open_bundle``: all or nothing; a sender who is not a verified
contact waits in quarantine). What happened to each file is kept in the vault
(``storage.inbox``), with the file's size and modification time: a file that has not
changed since it was last looked at is not decrypted again, and a bundle already
received (by its id, under any file name) changes nothing.

A file still being copied (it grew while it was read, or it ends too early or does not
parse yet) is never half-imported: the import verifies the sender's signature over the
whole bundle before it commits. Such a file *waits*, and is tried again once it changes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from amanat.bundles import importer, ledger
from amanat.bundles.importer import ImportResult
from amanat.bundles.sealing import open_for_vault
from amanat.domain.changes import Changes
from amanat.domain.errors import AmanatError, BundleError, Cancelled, DiskFull
from amanat.domain.progress import IsCancelled, check_cancelled
from amanat.services import bundles as bundle_service
from amanat.services import settings as settings_service
from amanat.storage import inbox as inbox_store
from amanat.storage.history import utc_now
from amanat.storage.inbox import InboxFile
from amanat.storage.vault import Vault

BUNDLE_SUFFIX = bundle_service.BUNDLE_SUFFIX


class Outcome(enum.StrEnum):
    OPENED = "opened"  # imported: ``brought`` says what it brought
    QUARANTINED = "quarantined"  # authentic, from a sender not (or no longer) verified
    ALREADY = "already_received"  # this bundle (by its id) was imported before
    WAITING = "waiting"  # still being copied, or incomplete: tried again when it changes
    REFUSED = "refused"  # ``error`` says why (a typed error code)
    # What became of a quarantined bundle since (read from the quarantine, not stored):
    RELEASED = "opened_from_quarantine"  # its sender was verified and it was opened
    DISCARDED = "discarded"  # a person discarded it from the quarantine


# Errors a file still being copied gives: it ends too early, or does not parse yet.
INCOMPLETE = frozenset({"bundle.not_age", "bundle.damaged", "bundle.truncated", "bundle.malformed"})
# Our own codes (words in cli/messages.py and ui/kit/messages.py).
GROWING = "inbox.growing"  # the file changed while it was read
EMPTY = "inbox.empty"  # nothing in it yet
UNREADABLE = "inbox.unreadable"  # the file could not be read (permissions, a device gone)

_STATES = {
    "unverified_sender": "unverified",
    "sender_key_changed": "key_changed",
    "unknown_sender": "unknown",
}


@dataclass(frozen=True)
class InboxEntry:
    """What the inbox knows of one file; ``fresh``: looked at in this pass (else what a
    previous look found, the file unchanged since)."""

    file: InboxFile
    fresh: bool
    changes: Changes = field(default_factory=Changes)  # what opening it changed

    def as_json(self) -> dict[str, Any]:
        f = self.file
        return {
            "file": f.name,
            "path": f.path,
            "size": f.size,
            "source": f.source,
            "outcome": f.outcome,
            "error": f.error,
            "fresh": self.fresh,
            "bundle_id": f.bundle_id,
            "sender": {
                "name": f.sender_name,
                "fingerprint": f.sender_fingerprint,
                "state": f.fingerprint_state,
            },
            "created": f.created,
            "brought": dict(f.brought),
            "quarantine_id": f.quarantine_id,
            "seen": f.seen,
        }


@dataclass
class ScanResult:
    entries: list[InboxEntry]
    changes: Changes

    def as_json(self) -> list[dict[str, Any]]:
        return [e.as_json() for e in self.entries]


def folder(vault: Vault) -> str:
    """The watched folder chosen in settings ("" when none)."""
    return str(settings_service.get(vault, settings_service.INBOX_FOLDER))


def set_folder(vault: Vault, path: str | Path) -> str:
    return str(settings_service.set(vault, settings_service.INBOX_FOLDER, str(path)))


def bundle_files(directory: Path) -> list[Path]:
    """The bundle files directly in a folder, by name; hidden and temporary files of
    sync tools (``.name``, ``~name``) are left alone."""
    try:
        children = list(directory.iterdir())
    except FileNotFoundError:
        raise BundleError("inbox.no_folder") from None
    except NotADirectoryError:
        raise BundleError("inbox.no_folder") from None
    found = []
    for child in children:
        name = child.name
        if name.startswith((".", "~")) or not name.lower().endswith(BUNDLE_SUFFIX):
            continue
        if child.is_file():
            found.append(child)
    return sorted(found, key=lambda p: p.name)


def scan(
    vault: Vault, directory: Path | str, *, is_cancelled: IsCancelled | None = None
) -> ScanResult:
    """Look at every bundle file of a folder (see the module docstring)."""
    return process(vault, bundle_files(Path(directory)), "folder", is_cancelled=is_cancelled)


def process(
    vault: Vault,
    paths: Iterable[Path | str],
    source: str = "dropped",
    *,
    is_cancelled: IsCancelled | None = None,
) -> ScanResult:
    """Look at these files (a folder's, or dropped on the window) one by one."""
    entries: list[InboxEntry] = []
    changes = Changes()
    for raw in paths:
        check_cancelled(is_cancelled)
        entry = process_file(vault, Path(raw), source, is_cancelled=is_cancelled)
        if entry is None:
            continue
        entries.append(entry)
        if entry.fresh:
            changes.inbox.add(entry.file.path)
        changes.merge(entry.changes)
    return ScanResult(entries, changes)


def process_file(
    vault: Vault, path: Path, source: str = "dropped", *, is_cancelled: IsCancelled | None = None
) -> InboxEntry | None:
    """One file: None if it is gone; the remembered entry if it has not changed since it
    was looked at; otherwise it is looked at now and the outcome kept."""
    key = str(path.absolute())
    try:
        before = path.stat()
    except FileNotFoundError:
        return None
    except OSError:
        before = None
    conn = vault.connection()
    known = inbox_store.get(conn, key)
    if (
        before is not None
        and known is not None
        and (known.size, known.mtime_ns) == (before.st_size, before.st_mtime_ns)
    ):
        return InboxEntry(current(conn, known), fresh=False)
    base = InboxFile(
        path=key,
        name=path.name,
        size=0 if before is None else before.st_size,
        mtime_ns=0 if before is None else before.st_mtime_ns,
        source=source,
        outcome=Outcome.WAITING.value,
        seen=utc_now(),
    )
    opened = Changes()
    if before is None:
        item = replace(base, outcome=Outcome.REFUSED.value, error=UNREADABLE)
    elif before.st_size == 0:
        item = replace(base, error=EMPTY)
    else:
        item, opened = _look(vault, path, base, is_cancelled)
        try:
            after = path.stat()
        except OSError:
            after = None
        grew = after is None or (after.st_size, after.st_mtime_ns) != (
            before.st_size,
            before.st_mtime_ns,
        )
        if grew and item.outcome != Outcome.OPENED.value:
            item = replace(item, outcome=Outcome.WAITING.value, error=GROWING)
    inbox_store.put(conn, item)
    return InboxEntry(item, fresh=True, changes=opened)


def _look(
    vault: Vault, path: Path, base: InboxFile, is_cancelled: IsCancelled | None
) -> tuple[InboxFile, Changes]:
    """Inspect the file's headers, then open it (or say why not)."""
    item, result = _inspect_and_open(vault, path, base, is_cancelled)
    if result is None:
        if item.outcome == Outcome.QUARANTINED.value and item.quarantine_id:
            return item, Changes(quarantine={item.quarantine_id})
        return item, Changes()
    done = replace(
        item, outcome=Outcome.OPENED.value, sender_name=result.sender_name, brought=brought(result)
    )
    return done, result.changes


def _inspect_and_open(
    vault: Vault, path: Path, base: InboxFile, is_cancelled: IsCancelled | None
) -> tuple[InboxFile, ImportResult | None]:
    conn = vault.connection()
    try:
        with open(path, "rb", buffering=0) as source:
            header = open_for_vault(vault, source).header
    except BundleError as exc:
        return _failed(base, exc), None
    except OSError:
        return replace(base, outcome=Outcome.REFUSED.value, error=UNREADABLE), None
    card = header.sender_card
    sender = importer.sender_json(conn, card)
    reason = sender["quarantine_reason"]
    item = replace(
        base,
        bundle_id=header.bundle_id_hex,
        sender_name=sender["name"],
        sender_fingerprint=card.fingerprint,
        fingerprint_state="verified" if reason is None else _STATES.get(reason, "unknown"),
        created=_iso(header.created_ms),
    )
    if ledger.is_received(conn, header.bundle_id_hex):
        return replace(item, outcome=Outcome.ALREADY.value), None
    try:
        result = bundle_service.open_bundle(vault, path, is_cancelled=is_cancelled)
    except (Cancelled, DiskFull):
        raise
    except BundleError as exc:
        if exc.code == "bundle.quarantined":
            queued = str(exc.params.get("quarantine", "")) or None
            return replace(item, outcome=Outcome.QUARANTINED.value, quarantine_id=queued), None
        return _failed(item, exc), None
    except AmanatError as exc:
        return replace(item, outcome=Outcome.REFUSED.value, error=exc.code), None
    except OSError:
        return replace(item, outcome=Outcome.REFUSED.value, error=UNREADABLE), None
    return item, result


def _failed(item: InboxFile, exc: BundleError) -> InboxFile:
    if exc.code in INCOMPLETE:
        return replace(item, outcome=Outcome.WAITING.value, error=exc.code)
    return replace(item, outcome=Outcome.REFUSED.value, error=exc.code)


def brought(result: ImportResult) -> dict[str, int]:
    """What an opened bundle brought, by record: new, updated, conflicts, proposals,
    unchanged; and how many cases it touched."""
    counts = result.record_outcomes
    return {
        "cases": len(result.cases),
        "new": counts.get("added", 0),
        "updated": counts.get("fast_forward", 0) + counts.get("sealed_wins", 0),
        "conflicts": len(result.conflicts),
        "proposals": len(result.proposals),
        "unchanged": counts.get("duplicate", 0)
        + counts.get("kept", 0)
        + counts.get("sealed_kept", 0),
    }


def listing(vault: Vault, limit: int = 1000) -> list[InboxFile]:
    """Every file the inbox looked at, the most recent first."""
    conn = vault.connection()
    return [current(conn, item) for item in inbox_store.list_files(conn, limit)]


def current(conn: Any, item: InboxFile) -> InboxFile:
    """A quarantined file as things stand now: opened from the quarantine once its
    sender was verified, or discarded there."""
    if item.outcome != Outcome.QUARANTINED.value or item.quarantine_id is None:
        return item
    if ledger.quarantine_get(conn, item.quarantine_id) is not None:
        return item
    if item.bundle_id is not None and ledger.is_received(conn, item.bundle_id):
        return replace(item, outcome=Outcome.RELEASED.value, fingerprint_state="verified")
    return replace(item, outcome=Outcome.DISCARDED.value)


def _iso(ms: int) -> str:
    when = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
