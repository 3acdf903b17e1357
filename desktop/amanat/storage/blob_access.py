"""Random access to a blob's plaintext, for playing audio and video from the vault with
seeking, whatever its size (issue 14; docs/design.md §3.3).

Only the 64 KiB chunk holding the position asked for is decrypted (and kept, one at a
time): memory stays constant for a file of any size. Every chunk is authenticated at
its position; the last chunk must carry the final flag and the file must be as long as
its row says, so a cut, extended or swapped file fails (IntegrityError) instead of
playing something else. The whole-file SHA-256 cannot be checked this way (that needs
every byte: ``amanat check`` and export do it).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import BinaryIO

from amanat.crypto.stream import CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE, open_chunk
from amanat.domain.errors import IntegrityError, NotFound
from amanat.storage import blobs
from amanat.storage.db import Connection


class RandomAccessBlob:
    """``read_at(offset, size)`` over one blob; thread-safe (a decoder thread reads)."""

    def __init__(self, conn: Connection, blobs_dir: Path, blob_id: str) -> None:
        row = conn.execute(
            "SELECT key, size, cipher_size, inline FROM blob WHERE id = ?", (blob_id,)
        ).fetchone()
        if row is None:
            raise NotFound(what="blob", id=blob_id)
        self.id = blob_id
        self._key = blobs.stream_key(bytes(row[0]), blob_id)
        self.size = int(row[1])
        self._inline: bytes | None = None if row[3] is None else bytes(row[3])
        self._file: BinaryIO | None = None
        if self._inline is None:
            try:
                self._file = open(blobs.blob_path(blobs_dir, blob_id), "rb")  # noqa: SIM115
            except FileNotFoundError:
                raise IntegrityError(what="blob_missing", id=blob_id) from None
            actual = self._file.seek(0, 2)
        else:
            actual = len(self._inline)
        if actual != int(row[2]):
            self.close()
            raise IntegrityError(what="blob_ciphertext", id=blob_id)
        self._last_index = max(0, (self.size - 1) // CHUNK_SIZE)
        self._cached: tuple[int, bytes] | None = None
        self._lock = threading.Lock()

    def _ciphertext(self, index: int) -> bytes:
        start = index * ENCRYPTED_CHUNK_SIZE
        if self._inline is not None:
            return self._inline[start : start + ENCRYPTED_CHUNK_SIZE]
        if self._file is None:
            raise ValueError("closed")
        self._file.seek(start)
        return self._file.read(ENCRYPTED_CHUNK_SIZE)

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        opened = open_chunk(self._key, index, self._ciphertext(index))
        if opened is None or opened[1] != (index == self._last_index):
            raise IntegrityError(what="blob", id=self.id, reason="chunk")
        expected = self.size - index * CHUNK_SIZE if index == self._last_index else CHUNK_SIZE
        if len(opened[0]) != expected:
            raise IntegrityError(what="blob_size", id=self.id)
        self._cached = (index, opened[0])
        return opened[0]

    def read_at(self, offset: int, size: int) -> bytes:
        """Up to ``size`` plaintext bytes from ``offset`` (fewer only at the end)."""
        if offset < 0 or size < 0:
            raise ValueError("negative offset or size")
        end = min(self.size, offset + size)
        out = bytearray()
        with self._lock:
            while offset < end:
                index, within = divmod(offset, CHUNK_SIZE)
                chunk = self._chunk(index)
                piece = chunk[within : within + (end - offset)]
                out += piece
                offset += len(piece)
        return bytes(out)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._cached = None
