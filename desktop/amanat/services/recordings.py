"""Recording an interview straight into the vault (issue 14; docs/design.md §3.3).

``start`` commits the recording's row (storage.recordings) and returns the writer the
recorder's encoded stream goes into; ``finish`` (after Stop) makes it an attachment of
the case and testimony, with its SHA-256, size, duration, codec, devices and start time
(no location: a place is only ever added by the person); ``adopt_interrupted`` (at
unlock) gives every recording salvaged after a crash its attachment, marked
interrupted. ``open_media`` is the random-access reader playback uses, for recordings
and imported audio/video of any size.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from amanat.domain.case_json import new_record_id
from amanat.domain.errors import NotFound, ValidationError
from amanat.domain.model import Attachment, AttachmentRole, CustodyAction, RecordKind
from amanat.services.base import Changes
from amanat.services.cases import revision_author
from amanat.storage import blobs, custody, records
from amanat.storage import recordings as store
from amanat.storage.blob_access import RandomAccessBlob
from amanat.storage.db import transaction
from amanat.storage.history import utc_now
from amanat.storage.vault import Vault

CONTAINER = "matroska"
AUDIO_TYPE = "audio/x-matroska"
VIDEO_TYPE = "video/x-matroska"

RecordingRow = store.RecordingRow


@dataclass(frozen=True)
class Finished:
    id: str  # the attachment's id
    changes: Changes


def start(
    vault: Vault,
    case_id: str,
    *,
    testimony_id: str | None,
    video: bool,
    codec: str,
    devices: Mapping[str, str],
    warn_free: int = store.WARN_FREE,
    stop_free: int = store.STOP_FREE,
) -> store.RecordingWriter:
    """A new recording of the case (and testimony): its row is committed before any
    byte is recorded. ``codec`` e.g. "aac" or "aac+mpeg4"."""
    conn = vault.connection()
    if not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    if testimony_id is not None and not records.exists(conn, RecordKind.TESTIMONY, testimony_id):
        raise NotFound(what="testimony", id=testimony_id)
    meta = store.RecordingMeta(
        case_id=case_id,
        testimony_id=testimony_id,
        media_type=VIDEO_TYPE if video else AUDIO_TYPE,
        codec=f"{CONTAINER}/{codec}",
        devices=dict(devices),
        started=utc_now(),
    )
    return store.RecordingWriter(
        conn, vault.blobs_dir, meta, warn_free=warn_free, stop_free=stop_free
    )


def _file_name(started: str, video: bool) -> str:
    stamp = started[:19].replace(":", "").replace("-", "")
    return f"recording-{stamp}.{'mkv' if video else 'mka'}"


def _attach(
    vault: Vault,
    row: store.RecordingRow,
    pending: blobs.PendingBlob | None,
    info: blobs.BlobInfo,
    *,
    duration_ms: int | None,
    state: str,
) -> Finished:
    conn = vault.connection()
    author = revision_author(vault)
    attachment = Attachment(
        id=new_record_id(),
        case_id=row.case_id,
        original_name=_file_name(row.started, row.media_type == VIDEO_TYPE),
        media_type=row.media_type,
        size=info.size,
        sha256=info.sha256,
        role=AttachmentRole.EVIDENTIARY_ORIGINAL,
        testimony_id=row.testimony_id,
        description=None,
    )
    attachment.validate()
    with transaction(conn):
        if pending is not None:
            blobs.insert(conn, pending)
        records.write(conn, attachment, author=author, new=True, validate=False)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.ATTACHED,
            record_kind=RecordKind.ATTACHMENT.value,
            record_id=attachment.id,
            case_id=row.case_id,
            detail={
                "size": info.size,
                "sha256": info.sha256.hex(),
                "recorded": row.started,
                "state": state,
            },
        )
        store.mark_finished(
            conn, info.id, attachment_id=attachment.id, duration_ms=duration_ms, state=state
        )
    return Finished(attachment.id, Changes(cases={row.case_id}, attachments={attachment.id}))


def finish(vault: Vault, writer: store.RecordingWriter, *, duration_ms: int) -> Finished:
    """After Stop: the recording becomes an attachment (blob row, record, custody entry
    and the recording's metadata in one transaction)."""
    if duration_ms < 0:
        raise ValidationError("invalid.range", field="recording.duration")
    pending = writer.finish()
    row = store.RecordingRow(
        blob_id=writer.id,
        case_id=writer.meta.case_id,
        testimony_id=writer.meta.testimony_id,
        started=writer.started,
        media_type=writer.meta.media_type,
        codec=writer.meta.codec,
        devices=dict(writer.meta.devices),
        state=store.RECORDING,
        duration_ms=None,
        attachment_id=None,
    )
    return _attach(vault, row, pending, pending.info, duration_ms=duration_ms, state=store.FINISHED)


def adopt_interrupted(vault: Vault) -> list[str]:
    """Give every recording salvaged at unlock its attachment (ids returned)."""
    conn = vault.connection()
    made = []
    for row in store.rows(conn, without_attachment=True):
        if not records.exists(conn, RecordKind.CASE, row.case_id):
            continue
        info = blobs.info(conn, row.blob_id)
        done = _attach(vault, row, None, info, duration_ms=None, state=store.INTERRUPTED)
        made.append(done.id)
    return made


def recording_of(vault: Vault, attachment_id: str) -> store.RecordingRow:
    """The recording metadata of an attachment made by the recorder (NotFound if it
    was not recorded here)."""
    return store.of_attachment(vault.connection(), attachment_id)


def open_media(vault: Vault, attachment_id: str) -> RandomAccessBlob:
    """Random access to an attachment's plaintext (playback with seeking, any size)."""
    conn = vault.connection()
    row = conn.execute("SELECT blob_id FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFound(what="attachment", id=attachment_id)
    if row[0] is None:
        raise NotFound(what="attachment_body", id=attachment_id)
    return RandomAccessBlob(conn, vault.blobs_dir, str(row[0]))
