"""Recordings written straight into the vault, encrypted as they grow (issue 14,
docs/design.md §3.3).

A recording's body is an ordinary blob (the same STREAM format, key and file as any
attachment body, storage.blobs), but it is written over minutes or hours, so it must
survive a crash, a power cut or a lock half-way:

- before the first byte, its row in ``recording`` is committed with the blob id and
  the blob key (the database is encrypted): whatever reaches the disk can be decrypted
  at the next unlock, whatever happened to the process;
- the body goes to ``blobs/.rec-<id>`` (0600), each 64 KiB chunk written as soon as it
  is sealed (``StreamWriter.flush``) and the file fsynced every ``SYNC_SECONDS``: a
  crash loses at most the chunk being filled plus that interval (about 4 s of audio at
  128 kbit/s, well under a second of 720p video);
- ``finish`` seals the final chunk, fsyncs and renames the file to its blob id; the
  caller inserts the blob row in the transaction that writes the attachment.

At unlock (``salvage``, with the vault's lock held, before crash orphans are removed)
every row still ``recording`` is an interrupted recording: its chunks are checked up to
the first one that does not authenticate (a chunk cut by the crash), the last good
chunk is sealed again as the final one, the blob row is inserted and the row marked
``interrupted``. Unlike the crash leftovers of an import (storage.blobs
``remove_crash_orphans``), such a body is never removed: it is evidence that exists
nowhere else. services.recordings then gives it its attachment record.

Free space: ``write`` checks it every ``SPACE_CHECK_SECONDS``; below ``warn_free`` it
sets ``low_space`` (the recorder warns), below ``stop_free`` it raises DiskFull before
writing more, so there is always room to seal the final chunk and commit.

Plaintext never touches the disk: what arrives from the encoder is sealed in memory.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from amanat.crypto.stream import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    StreamWriter,
    open_chunk,
    seal_chunk,
)
from amanat.domain.errors import DiskFull, NotFound
from amanat.storage import blobs
from amanat.storage.db import Connection, transaction
from amanat.storage.files import create_private, fsync_dir
from amanat.storage.history import utc_now

REC_PREFIX = ".rec-"
SYNC_SECONDS = 2.0
SPACE_CHECK_SECONDS = 1.0
WARN_FREE = 512 << 20  # bytes: below this the recorder warns that the disk fills
STOP_FREE = 64 << 20  # bytes: below this the recording stops (room to finish cleanly)

RECORDING = "recording"
FINISHED = "finished"
INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class RecordingMeta:
    """What is known when a recording starts (stored in its row at once)."""

    case_id: str
    testimony_id: str | None
    media_type: str  # "audio/x-matroska" or "video/x-matroska"
    codec: str  # e.g. "matroska/aac+mpeg4"
    devices: Mapping[str, str] = field(default_factory=dict)  # {"audio": name, "video": name}
    started: str = ""


@dataclass(frozen=True)
class RecordingRow:
    blob_id: str
    case_id: str
    testimony_id: str | None
    started: str
    media_type: str
    codec: str
    devices: dict[str, str]
    state: str
    duration_ms: int | None
    attachment_id: str | None


def rec_path(blobs_dir: Path, blob_id: str) -> Path:
    return blobs_dir / (REC_PREFIX + blob_id)


def free_bytes(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


class RecordingWriter:
    """Appends one encoded recording to the vault, encrypted, durable as it grows.

    Made on the thread that owns ``conn`` (its row is committed here); ``write`` may
    then be called from one other thread (the recorder's pipe reader); ``finish`` or
    ``abandon`` once writing has stopped.
    """

    def __init__(
        self,
        conn: Connection,
        blobs_dir: Path,
        meta: RecordingMeta,
        *,
        warn_free: int = WARN_FREE,
        stop_free: int = STOP_FREE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.blobs_dir = blobs_dir
        self.id = secrets.token_hex(16)
        self.meta = meta
        self.started = meta.started or utc_now()
        self.warn_free = warn_free
        self.stop_free = stop_free
        self.low_space = False
        self._clock = clock
        self._key = os.urandom(blobs.KEY_SIZE)
        blobs_dir.mkdir(parents=True, exist_ok=True)
        if free_bytes(blobs_dir) < stop_free:
            raise DiskFull()
        with transaction(conn):
            conn.execute(
                "INSERT INTO recording (blob_id, key, case_id, testimony_id, started,"
                " media_type, codec, devices, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.id,
                    self._key,
                    meta.case_id,
                    meta.testimony_id,
                    self.started,
                    meta.media_type,
                    meta.codec,
                    json.dumps(dict(meta.devices), sort_keys=True),
                    RECORDING,
                ),
            )
        self._path = rec_path(blobs_dir, self.id)
        with _disk_full():
            self._file: BinaryIO | None = create_private(self._path)
            fsync_dir(blobs_dir)
        self._stream = StreamWriter(blobs.stream_key(self._key, self.id), self._file, batch=1)
        self._hash = hashlib.sha256()
        self._guard = threading.Lock()
        now = clock()
        self._synced_at = now
        self._space_at = now - SPACE_CHECK_SECONDS

    @property
    def plaintext_bytes(self) -> int:
        return self._stream.plaintext_bytes

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Seal ``data`` and append it; DiskFull once free space is below ``stop_free``.
        After ``close_file`` (a lock): ValueError, nothing is written."""
        with self._guard:
            if self._file is None:
                raise ValueError("recording closed")
            self._write(data)

    def _write(self, data: bytes | bytearray | memoryview) -> None:
        now = self._clock()
        if now - self._space_at >= SPACE_CHECK_SECONDS:
            self._space_at = now
            free = free_bytes(self.blobs_dir)
            self.low_space = free < self.warn_free
            if free < self.stop_free:
                raise DiskFull()
        self._hash.update(data)
        with _disk_full():
            self._stream.write(data)
            self._stream.flush()
            if now - self._synced_at >= SYNC_SECONDS:
                self.sync()

    def sync(self) -> None:
        """Make every sealed chunk durable now."""
        if self._file is not None:
            with _disk_full():
                self._stream.flush()
                os.fsync(self._file.fileno())
            self._synced_at = self._clock()

    def finish(self) -> blobs.PendingBlob:
        """Seal the final chunk, fsync, give the file its blob id. The caller inserts
        the blob row and marks the recording finished in one transaction (``finished``)."""
        assert self._file is not None
        with _disk_full():
            self._stream.close()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None
            final = blobs.blob_path(self.blobs_dir, self.id)
            os.replace(self._path, final)
            fsync_dir(self.blobs_dir)
        size = self.plaintext_bytes
        info = blobs.BlobInfo(
            id=self.id,
            size=size,
            sha256=self._hash.digest(),
            cipher_size=final.stat().st_size,
            inline=False,
        )
        return blobs.PendingBlob(info=info, key=self._key, inline=None)

    def close_file(self) -> None:
        """Stop writing without finishing (a lock, a failure), from any thread: what
        was written stays for ``salvage`` at the next unlock, like after a crash."""
        with self._guard:
            self._close_file()

    def _close_file(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._stream.flush()
                os.fsync(self._file.fileno())
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None


@contextlib.contextmanager
def _disk_full() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise


def mark_finished(
    conn: Connection, blob_id: str, *, attachment_id: str, duration_ms: int | None, state: str
) -> None:
    """In the caller's transaction: the recording has its attachment; its key now lives
    in the blob row only."""
    conn.execute(
        "UPDATE recording SET state = ?, key = NULL, attachment_id = ?,"
        " duration_ms = COALESCE(?, duration_ms) WHERE blob_id = ?",
        (state, attachment_id, duration_ms, blob_id),
    )


def _row(r: tuple[object, ...]) -> RecordingRow:
    return RecordingRow(
        blob_id=str(r[0]),
        case_id=str(r[1]),
        testimony_id=None if r[2] is None else str(r[2]),
        started=str(r[3]),
        media_type=str(r[4]),
        codec=str(r[5]),
        devices=dict(json.loads(str(r[6]))),
        state=str(r[7]),
        duration_ms=None if r[8] is None else int(str(r[8])),
        attachment_id=None if r[9] is None else str(r[9]),
    )


_COLUMNS = (
    "blob_id, case_id, testimony_id, started, media_type, codec, devices, state,"
    " duration_ms, attachment_id"
)


def rows(conn: Connection, *, without_attachment: bool = False) -> list[RecordingRow]:
    where = " WHERE attachment_id IS NULL AND state = 'interrupted'" if without_attachment else ""
    found = conn.execute(f"SELECT {_COLUMNS} FROM recording{where} ORDER BY started").fetchall()
    return [_row(r) for r in found]


def of_attachment(conn: Connection, attachment_id: str) -> RecordingRow:
    r = conn.execute(
        f"SELECT {_COLUMNS} FROM recording WHERE attachment_id = ?", (attachment_id,)
    ).fetchone()
    if r is None:
        raise NotFound(what="recording", id=attachment_id)
    return _row(r)


def salvage(conn: Connection, blobs_dir: Path) -> list[str]:
    """At unlock, lock held: turn every recording still ``recording`` (the process
    died, the power went, the vault locked without Stop) into a whole blob of what
    reached the disk, marked ``interrupted``. Returns the blob ids salvaged."""
    found = conn.execute("SELECT blob_id, key FROM recording WHERE state = 'recording'").fetchall()
    salvaged = []
    for blob_id, key in found:
        blob_id = str(blob_id)
        path = rec_path(blobs_dir, blob_id)
        final = blobs.blob_path(blobs_dir, blob_id)
        if not path.exists() and final.exists():
            path = final  # killed between the rename and the commit
        if not path.exists():
            with transaction(conn):
                conn.execute("DELETE FROM recording WHERE blob_id = ?", (blob_id,))
            continue
        pending = _seal_what_is_there(path, blob_id, bytes(key))
        os.replace(path, final)
        fsync_dir(blobs_dir)
        with transaction(conn):
            blobs.insert(conn, pending)
            conn.execute(
                "UPDATE recording SET state = 'interrupted', key = NULL WHERE blob_id = ?",
                (blob_id,),
            )
        salvaged.append(blob_id)
    return salvaged


def _seal_what_is_there(path: Path, blob_id: str, key: bytes) -> blobs.PendingBlob:
    """Keep every chunk that authenticates in order; make the last one final."""
    skey = blobs.stream_key(key, blob_id)
    plain_hash = hashlib.sha256()
    size = 0
    last: bytes | None = None
    count = 0
    complete = False
    with open(path, "r+b") as fh:
        while True:
            ciphertext = fh.read(ENCRYPTED_CHUNK_SIZE)
            if not ciphertext:
                break
            opened = open_chunk(skey, count, ciphertext)
            if opened is None:
                break
            plaintext, is_final = opened
            if last is not None:
                plain_hash.update(last)
            last = plaintext
            count += 1
            if is_final:
                complete = fh.read(1) == b""
                break
            if len(plaintext) < CHUNK_SIZE:
                break
        if complete:
            assert last is not None
            plain_hash.update(last)
            size = (count - 1) * CHUNK_SIZE + len(last)
        else:
            # Seal the last good chunk again as the final one (an empty final chunk if
            # nothing was written): the body is a whole, verifiable blob again.
            index = max(0, count - 1)
            tail = last if last is not None else b""
            plain_hash.update(tail)
            fh.seek(index * ENCRYPTED_CHUNK_SIZE)
            fh.truncate()
            fh.write(seal_chunk(skey, index, tail, final=True))
            size = index * CHUNK_SIZE + len(tail)
        fh.flush()
        os.fsync(fh.fileno())
        cipher_size = fh.seek(0, os.SEEK_END)
    info = blobs.BlobInfo(blob_id, size, plain_hash.digest(), cipher_size, inline=False)
    return blobs.PendingBlob(info=info, key=key, inline=None)
