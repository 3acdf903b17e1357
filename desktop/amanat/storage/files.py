"""Crash-safe file writing: temp file 0600 in the same folder, fsync, rename, fsync folder.

A reader sees either the old file or the new one, never a mix, whatever instant the
process dies at (docs/design.md §12.5). ``WriteBehind`` writes large files on a helper thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import queue
import secrets
import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from amanat.crypto.stream import Writable, write_all
from amanat.domain.errors import DiskFull

WRITE_PIECE = 1 << 20
WRITE_DEPTH = 8
SYNC_EVERY = 64 << 20
"""``WriteBehind(sync_every=...)`` for every large file the vault writes (bundles, blob
bodies): start writing it to the disk as it grows (see WriteBehind)."""


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


FULL_BELOW = 1 << 20  # bytes left to this user: below this, a disk counts as full


def disk_is_full(path: Path) -> bool:
    """True if the file system holding ``path`` has less than ``FULL_BELOW`` bytes left
    for this user. SQLite reports a full disk as SQLITE_FULL only on some paths (a WAL
    index it cannot grow is an I/O error), so the free space decides whether such an
    error means "the disk is full" rather than "the vault is damaged" (issue 16)."""
    try:
        st = os.statvfs(path if path.is_dir() else path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < FULL_BELOW


def temp_path(target: Path) -> Path:
    # Random, neutral name: it must not reveal what is being written.
    return target.with_name(f".tmp-{secrets.token_hex(8)}")


def create_private(path: Path) -> BinaryIO:
    """A new file (0600 whatever the umask, never an existing one), unbuffered."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    return os.fdopen(fd, "wb", buffering=0)


@contextlib.contextmanager
def atomic_writer(target: Path, *, replace: bool = True) -> Iterator[BinaryIO]:
    """Yield a file to write; on clean exit it replaces ``target`` atomically.

    On any error the temp file is removed and ``target`` is untouched. ENOSPC becomes
    DiskFull. ``replace=False``: the file is linked into place only if no file has the
    name by then (FileExistsError otherwise), never replacing one.
    """
    tmp = temp_path(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            _place_new(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise


def _place_new(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # fails if the name exists: no file is replaced
    except FileExistsError:
        raise
    except OSError:
        # No hard links (FAT and exFAT sticks): checked, then renamed (a narrow race).
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def atomic_write(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def read_limited(path: Path, limit: int) -> bytes:
    """Read a small file, refusing one larger than ``limit`` (a tampered file may be huge)."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    return data


class WriteBehind:
    """Writes to ``dst`` on a helper thread, in pieces of ``piece`` bytes, in order.

    For bodies of any size (bundles, attachments): the kernel's work of writing (and
    the SHA-256 of what is written) runs on the second core while the caller's thread
    encrypts; cryptography's AEAD calls, hashlib and file writes all release the GIL.

    ``write`` copies the data into a piece buffer (so the caller may reuse its own
    buffer at once); full pieces go to the thread, which hashes them (``hash=True``)
    and writes them. Buffers are recycled: memory in flight is about
    ``(depth + 2) * piece``. An error on the thread (ENOSPC, EIO) is raised by the next
    call here; nothing after it is written. ``close`` flushes and stops the thread but
    neither closes nor syncs ``dst``.

    ``sync_every`` (bytes; ``dst`` then needs ``fileno``): the thread flushes the file
    to the disk each time that much more was written. The caller's final fsync then
    waits only for the tail, and the disk works while the cipher does: Linux starts
    writing a large file back on its own only much later (``dirty_background_ratio``).
    """

    def __init__(
        self,
        dst: Writable,
        *,
        hash: bool = False,
        piece: int = WRITE_PIECE,
        depth: int = WRITE_DEPTH,
        sync_every: int = 0,
        name: str = "amanat-write-behind",
    ) -> None:
        self._dst = dst
        self._sync_every = sync_every
        self._unsynced = 0
        self._piece = piece
        self._hash = hashlib.sha256() if hash else None
        self._work_queue: queue.Queue[tuple[bytearray, int] | None] = queue.Queue(depth)
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._buffer = bytearray(piece)
        self._view = memoryview(self._buffer)
        self._fill = 0
        self._error: BaseException | None = None
        self._closed = False
        self.size = 0
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            item = self._work_queue.get()
            try:
                if item is None:
                    return
                if self._error is not None:
                    continue  # after a failure nothing more is written
                buffer, length = item
                view = memoryview(buffer)[:length]
                try:
                    if self._hash is not None:
                        self._hash.update(view)
                    write_all(self._dst, view)
                    self._unsynced += length
                    if self._sync_every and self._unsynced >= self._sync_every:
                        self._unsynced = 0
                        os.fdatasync(self._dst.fileno())  # type: ignore[attr-defined]
                except BaseException as exc:
                    self._error = exc
                finally:
                    view.release()
                    self._free.put(buffer)
            finally:
                self._work_queue.task_done()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _hand_over(self) -> None:
        if not self._fill:
            return
        self._view.release()
        self._work_queue.put((self._buffer, self._fill))
        try:
            self._buffer = self._free.get_nowait()
        except queue.Empty:
            self._buffer = bytearray(self._piece)
        self._view = memoryview(self._buffer)
        self._fill = 0

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        self._raise_error()
        if self._closed:
            raise ValueError("write to a closed WriteBehind")
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            take = min(self._piece - self._fill, len(view))
            self._view[self._fill : self._fill + take] = view[:take]
            self._fill += take
            view = view[take:]
            if self._fill == self._piece:
                self._hand_over()
        self.size += size
        return size

    def flush(self) -> None:
        """Hand over what is buffered and wait until everything was written."""
        self._raise_error()
        self._hand_over()
        self._work_queue.join()
        self._raise_error()

    def digest(self) -> bytes:
        """SHA-256 of everything written (``hash=True``); flushes first."""
        if self._hash is None:
            raise ValueError("WriteBehind was made without hash=True")
        self.flush()
        return self._hash.digest()

    def close(self) -> None:
        """Flush, then stop the thread. Idempotent; raises a pending write error."""
        if self._closed:
            self._raise_error()
            return
        try:
            self.flush()
        finally:
            self._stop_thread()

    def abort(self) -> None:
        """Stop without writing what is still buffered here (on an error path)."""
        self._fill = 0
        self._stop_thread()

    def _stop_thread(self) -> None:
        if not self._closed:
            self._closed = True
            self._work_queue.put(None)
            self._thread.join()

    def __enter__(self) -> WriteBehind:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class BackgroundHash:
    """The SHA-256 of the pieces given to ``update``, computed on a helper thread (hashlib
    releases the GIL: on two cores the hash of a large body costs no time on the
    caller's thread, which decrypts and encrypts meanwhile).

    A piece is kept by reference until hashed: it must not change after ``update``
    (bundle payload blocks never do). At most ``depth`` pieces wait. ``digest`` waits
    for the rest; ``close`` (idempotent, also on error paths) stops the thread.
    """

    def __init__(self, *, depth: int = WRITE_DEPTH, name: str = "amanat-hash") -> None:
        self._hash = hashlib.sha256()
        self._queue: queue.Queue[bytes | bytearray | memoryview | None] = queue.Queue(depth)
        self._closed = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while (piece := self._queue.get()) is not None:
            self._hash.update(piece)

    def update(self, piece: bytes | bytearray | memoryview) -> None:
        if self._closed:
            raise ValueError("update of a closed BackgroundHash")
        self._queue.put(piece)

    def digest(self) -> bytes:
        self.close()
        return self._hash.digest()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()


T = TypeVar("T")


def prefetch(
    items: Iterator[T], *, depth: int = 4, name: str = "amanat-prefetch"
) -> Generator[T, None, None]:
    """``items`` produced on a helper thread, up to ``depth`` ahead of the consumer.

    For a producer whose work releases the GIL (reading a file and decrypting it: the
    blob store's bodies while a bundle is sealed). Its exceptions are raised here, in
    order, after the items produced before them. When the consumer stops early (an
    error, a cancel), the producer is stopped and closed on its thread before this
    generator finishes. ``items`` must not touch objects bound to the calling thread
    (a database connection): start it before handing it over.
    """
    channel: queue.Queue[tuple[int, Any]] = queue.Queue(depth)
    stop = threading.Event()

    def send(kind: int, value: object) -> bool:
        while not stop.is_set():
            try:
                channel.put((kind, value), timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not send(_ITEM, item):
                    return
            send(_END, None)
        except BaseException as exc:  # handed to the consumer, raised there
            send(_ERROR, exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    try:
        while True:
            kind, value = channel.get()
            if kind == _ITEM:
                yield value
            elif kind == _END:
                return
            else:
                raise value
    finally:
        stop.set()
        thread.join()


_ITEM, _END, _ERROR = 0, 1, 2
