"""Plaintext outputs: the one way anything readable leaves the vault as a file.

Reports (PDF dossiers), UN submission drafts, analysts' exports (CSV, Popolo JSON),
chart images and decrypted attachments all go through ``write_plaintext`` and, for
everything made from several records, ``write_output`` (docs/design.md §9):

- explicit: the caller names the destination; an existing file (or link) is never
  replaced unless ``replace=True`` (``export.output_exists``);
- never through a temp folder: the bytes are staged in a hidden 0600 file beside the
  destination (``storage.files.atomic_writer``), fsynced and renamed into place, so a
  crash leaves no half file and nothing of it anywhere else; a destination whose
  folder is the system's temp folder itself is refused (``export.temp_folder``);
- recorded in the custody log: one ``exported`` entry per case included (or one
  without a case for vault-wide outputs such as statistics), saying what was written,
  under which profile and use, by whom (the entry's actor), when, and the output's
  SHA-256 and size. The log holds no content and no file name.

The GUI warns once per session before the first plaintext output
(``ui/reports``); the command line's ``-o`` is the explicit choice.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from amanat.domain.changes import Changes
from amanat.domain.errors import ExportError
from amanat.domain.model import CustodyAction, RecordKind
from amanat.services.cases import revision_author
from amanat.storage import custody
from amanat.storage.db import Connection, transaction
from amanat.storage.files import atomic_writer
from amanat.storage.vault import Vault

# What an output is, as written in its custody entry (detail "output").
OUTPUT_KINDS = frozenset(
    {"report", "submission_wgeid", "submission_wgad", "csv", "popolo", "stats", "chart"}
)
_TEMP_ROOTS = ("/tmp", "/var/tmp", "/dev/shm")  # noqa: S108 - names to refuse, not to use


@dataclass(frozen=True)
class Output:
    """A plaintext file written: where, its SHA-256 (hex) and size; what changed (the
    custody logs of the included cases)."""

    path: Path
    sha256: str
    size: int
    changes: Changes = field(default_factory=Changes)


def temp_folders() -> list[Path]:
    """The system's temp folders (a destination directly inside one is refused)."""
    roots = {Path(tempfile.gettempdir()), *(Path(p) for p in _TEMP_ROOTS)}
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value:
            roots.add(Path(value))
    return sorted({_resolved(p) for p in roots})


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def check_destination(target: Path, *, replace: bool = False) -> None:
    """Refuse a destination in a temp folder, or an existing file unless ``replace``."""
    if _resolved(target.parent) in temp_folders():
        raise ExportError("export.temp_folder", path=str(target))
    if not replace and (target.exists() or target.is_symlink()):
        raise ExportError("export.output_exists", path=str(target))


def write_plaintext(
    target: Path | str, chunks: Iterable[bytes], *, replace: bool = False
) -> tuple[str, int]:
    """Write ``chunks`` to ``target`` atomically with 0600 permissions; return the
    SHA-256 (hex) and size written. Nothing appears at ``target`` unless every chunk
    was written (a raised error, Cancelled included, leaves no file)."""
    path = Path(target)
    check_destination(path, replace=replace)
    digest = hashlib.sha256()
    size = 0
    try:
        with atomic_writer(path, replace=replace) as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
    except FileExistsError:  # a file appeared under that name meanwhile
        raise ExportError("export.output_exists", path=str(path)) from None
    return digest.hexdigest(), size


def record_output(
    conn: Connection,
    actor: bytes,
    *,
    what: str,
    sha256: str,
    size: int,
    case_ids: Sequence[str] = (),
    profile: str | None = None,
    use: str | None = None,
    counterpart: str | None = None,
) -> None:
    """The custody entries of one output (inside the caller's transaction)."""
    detail = {"output": what, "sha256": sha256, "size": size, "to": "file"}
    if profile is not None:
        detail["profile"] = profile
    if use is not None:
        detail["use"] = use
    targets: list[str | None] = list(case_ids) or [None]
    for case_id in targets:
        custody.append(
            conn,
            actor=actor,
            action=CustodyAction.EXPORTED,
            record_kind=RecordKind.CASE.value if case_id else None,
            record_id=case_id,
            case_id=case_id,
            counterpart=counterpart,
            detail=detail,
        )


def write_output(
    vault: Vault,
    target: Path | str,
    data: bytes | Iterable[bytes],
    *,
    what: str,
    case_ids: Sequence[str] = (),
    profile: str | None = None,
    use: str | None = None,
    counterpart: str | None = None,
    replace: bool = False,
) -> Output:
    """Write one plaintext output and record it in the custody log."""
    if what not in OUTPUT_KINDS:
        raise ValueError(what)
    chunks = [data] if isinstance(data, bytes) else data
    sha256, size = write_plaintext(target, chunks, replace=replace)
    conn = vault.connection()
    cases = list(dict.fromkeys(case_ids))
    with transaction(conn):
        record_output(
            conn,
            revision_author(vault).key,
            what=what,
            sha256=sha256,
            size=size,
            case_ids=cases,
            profile=profile,
            use=use,
            counterpart=counterpart,
        )
    return Output(Path(target), sha256, size, Changes(cases=set(cases)))
