"""SHA-256 of large streams on a helper thread, in order.

Moving an attachment body through a bundle costs two ChaCha20-Poly1305 passes and two
SHA-256 passes (the body against the manifest, the stored ciphertext against its
record). hashlib releases the GIL while it hashes a large buffer, so the hashes can
run on the second core while the main thread decrypts and encrypts: the body then
moves at about the speed of the encryption alone.

The data handed to ``update`` must not change until it was hashed: pass ``bytes`` or
views of ``bytes`` (immutable), never a view of a buffer that is reused.
"""

from __future__ import annotations

import hashlib
import queue
import threading

_STOP = None
MAX_PENDING = 4  # batches in flight: bounded memory (4 x BATCH)
BATCH = 1 << 20  # pieces are handed over together, about this many bytes at a time


class BackgroundHashes:
    """``count`` independent SHA-256 digests, updated in call order on one thread."""

    def __init__(self, count: int) -> None:
        self._hashes = [hashlib.sha256() for _ in range(count)]
        self._queue: queue.Queue[tuple[int, list[bytes | memoryview]] | None] = queue.Queue(
            MAX_PENDING
        )
        # Handing each 64 KiB piece to the thread on its own costs more in locking than
        # the hashing saves: pieces wait here until a batch is full.
        self._pending: list[list[bytes | memoryview]] = [[] for _ in range(count)]
        self._pending_size = [0] * count
        self._thread = threading.Thread(target=self._work, name="amanat-hash", daemon=True)
        self._thread.start()
        self._finished = False

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is _STOP:
                    return
                index, pieces = item
                # One large update: hashlib lets go of the GIL while it hashes, and
                # this thread then needs it back once per batch instead of per piece.
                self._hashes[index].update(pieces[0] if len(pieces) == 1 else b"".join(pieces))
            finally:
                self._queue.task_done()

    def update(self, index: int, data: bytes | memoryview) -> None:
        self._pending[index].append(data)
        self._pending_size[index] += len(data)
        if self._pending_size[index] >= BATCH:
            self._flush(index)

    def _flush(self, index: int) -> None:
        if self._pending[index]:
            self._queue.put((index, self._pending[index]))
            self._pending[index] = []
            self._pending_size[index] = 0

    def digest(self, index: int) -> bytes:
        """The digest of stream ``index`` over everything given so far."""
        self._flush(index)
        self._queue.join()
        return self._hashes[index].digest()

    def digests(self) -> list[bytes]:
        """Wait for every pending piece; the digests in order of index."""
        for index in range(len(self._hashes)):
            self._flush(index)
        self.close()
        return [h.digest() for h in self._hashes]

    def close(self) -> None:
        """Stop the thread (pieces not yet handed over are dropped)."""
        if not self._finished:
            self._finished = True
            self._queue.put(_STOP)
            self._thread.join()

    def __enter__(self) -> BackgroundHashes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
