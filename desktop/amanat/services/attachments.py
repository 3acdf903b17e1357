"""Attachments: streamed into encrypted blobs, read back verified, exported on purpose.

Attaching never holds the file in memory and never writes plaintext anywhere: the
source is read in 1 MiB pieces, hashed and encrypted on the fly (storage.blobs).
Exporting writes plaintext to a place the user chose: it is explicit and logged in the
custody log (docs/design.md §9).
"""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from amanat.crypto.stream import Readable
from amanat.domain.case_json import new_record_id
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import Attachment, AttachmentRole, CustodyAction, RecordKind, parse_enum
from amanat.services import outputs
from amanat.services.base import (
    Changes,
    Created,
    Exported,
    IsCancelled,
    Progress,
    check_cancelled,
)
from amanat.services.cases import revision_author
from amanat.storage import blobs, custody, records
from amanat.storage.db import transaction
from amanat.storage.vault import Vault

DEFAULT_MEMORY_LIMIT = 256 * 1024 * 1024  # viewing in memory: refuse larger


def _media_type(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def attach_file(
    vault: Vault,
    case_id: str,
    path: Path | str | Readable,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    role: str = "evidentiary_original",
    media_type: str | None = None,
    original_name: str | None = None,
    derived_from: str | None = None,
    testimony_id: str | None = None,
    event_id: str | None = None,
    description: str | None = None,
) -> Created:
    """Encrypt a file into the vault as an attachment of a case; ``.id`` is its id.

    ``path`` may also be an open binary stream (bytes generated in memory, such as the
    demo's synthetic scans): then ``original_name`` is required.
    Cancelled (``is_cancelled`` returns True): Cancelled is raised, and no row and no
    blob file remain.
    """
    conn = vault.connection()
    author = revision_author(vault)
    role_value = parse_enum(AttachmentRole, role, "role")
    if not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    if not isinstance(path, Path | str):
        if not original_name:
            raise ValidationError("invalid.required", field="original_name")
        pending = blobs.encrypt(vault.blobs_dir, path, is_cancelled=is_cancelled)
        source_path = Path(original_name)
    else:
        source_path = Path(path)
        pending = _encrypt_file(vault, source_path, progress, is_cancelled)
    name = original_name or source_path.name
    attachment = Attachment(
        id=new_record_id(),
        case_id=case_id,
        original_name=name,
        media_type=media_type or _media_type(name),
        size=pending.info.size,
        sha256=pending.info.sha256,
        role=role_value,
        derived_from_id=derived_from,
        testimony_id=testimony_id,
        event_id=event_id,
        description=description,
    )
    try:
        attachment.validate()
        check_cancelled(is_cancelled)
        with transaction(conn):
            for kind, ref in (
                (RecordKind.ATTACHMENT, derived_from),
                (RecordKind.TESTIMONY, testimony_id),
                (RecordKind.EVENT, event_id),
            ):
                if ref is not None and not records.exists(conn, kind, ref):
                    raise NotFound(what=kind.value, id=ref)
            blobs.insert(conn, pending)
            records.write(conn, attachment, author=author, new=True, validate=False)
            custody.append(
                conn,
                actor=author.key,
                action=CustodyAction.ATTACHED,
                record_kind=RecordKind.ATTACHMENT.value,
                record_id=attachment.id,
                case_id=case_id,
                detail={"size": pending.info.size, "sha256": pending.info.sha256.hex()},
            )
    except BaseException:
        blobs.discard(vault.blobs_dir, pending.info.id)
        raise
    blobs.committed(vault.blobs_dir, [pending.info.id])
    if progress is not None:
        progress(1.0)
    return Created(attachment.id, Changes(cases={case_id}, attachments={attachment.id}))


def _encrypt_file(
    vault: Vault, source_path: Path, progress: Progress | None, is_cancelled: IsCancelled | None
) -> blobs.PendingBlob:
    with open(source_path, "rb") as source:
        st = os.fstat(source.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise ValidationError("invalid.not_a_file", field="path")
        expected = st.st_size if stat.S_ISREG(st.st_mode) else 0

        def on_bytes(done: int) -> None:
            if progress is not None and expected:
                progress(min(1.0, done / expected))

        return blobs.encrypt(vault.blobs_dir, source, progress=on_bytes, is_cancelled=is_cancelled)


def _blob_of(vault: Vault, attachment_id: str) -> str:
    row = (
        vault.connection()
        .execute("SELECT blob_id FROM attachment WHERE id = ?", (attachment_id,))
        .fetchone()
    )
    if row is None:
        raise NotFound(what="attachment", id=attachment_id)
    if row[0] is None:
        raise NotFound(what="attachment_body", id=attachment_id)
    return str(row[0])


def open_attachment(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """The plaintext in authenticated chunks. The iterator raises IntegrityError at the
    end if the whole-file checks fail: use the data only once it finished cleanly."""
    return blobs.read_chunks(vault.connection(), vault.blobs_dir, _blob_of(vault, attachment_id))


def read_attachment(
    vault: Vault, attachment_id: str, *, limit: int = DEFAULT_MEMORY_LIMIT
) -> bytes:
    """The whole plaintext in memory, fully verified (for viewing, never for disk)."""
    return blobs.read_all(
        vault.connection(), vault.blobs_dir, _blob_of(vault, attachment_id), limit=limit
    )


def attachment_info(vault: Vault, attachment_id: str) -> dict[str, Any]:
    attachment: Attachment = records.load(vault.connection(), RecordKind.ATTACHMENT, attachment_id)
    return {"id": attachment.id, **attachment.to_content()}


def export_attachment(
    vault: Vault,
    attachment_id: str,
    destination: Path | str,
    *,
    counterpart: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    replace: bool = False,
) -> Exported:
    """Write the plaintext to ``destination`` (explicit, logged). The file appears only
    once every check passed (written to a temp file beside it, then renamed).
    ``.changes``: the case, whose custody log gained an ``exported`` entry.

    An existing file (or link) at ``destination`` is never replaced unless the person
    chose to (``replace=True``, e.g. after the save dialog asked): ExportError
    ("export.output_exists"), checked before and again at the rename."""
    target = Path(destination)
    outputs.check_destination(target, replace=replace)
    conn = vault.connection()
    author = revision_author(vault)
    attachment: Attachment = records.load(conn, RecordKind.ATTACHMENT, attachment_id)

    def chunks() -> Iterator[bytes]:
        done = 0
        for chunk in open_attachment(vault, attachment_id):
            check_cancelled(is_cancelled)
            yield chunk
            done += len(chunk)
            if progress is not None and attachment.size:
                progress(min(1.0, done / attachment.size))

    outputs.write_plaintext(target, chunks(), replace=replace)
    with transaction(conn):
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.EXPORTED,
            record_kind=RecordKind.ATTACHMENT.value,
            record_id=attachment_id,
            case_id=attachment.case_id,
            counterpart=counterpart,
            detail={"size": attachment.size, "sha256": attachment.sha256.hex(), "to": "file"},
        )
    return Exported(target, Changes(cases={attachment.case_id}))
