"""Encrypted attachment bodies (docs/design.md §3.3).

Each blob has a random id (its file name in ``blobs/``) and its own random 32-byte key,
kept in its ``blob`` row. The body is encrypted with age's STREAM (64 KiB
ChaCha20-Poly1305 chunks, last-chunk flag) under HKDF(blob key, info
"amanat/blob/v1" || blob id): a blob file renamed to another id does not decrypt.
That AEAD is the blob's integrity at rest: a swapped, truncated, extended or altered
file fails to decrypt (docs/design.md §3.3). The row records the plaintext's size and
SHA-256 (computed at intake, before encryption: the evidence hash) and the
ciphertext's size. Reading checks all three; ``amanat check`` decrypts every blob
(``verify_blob``). Rows written before issue 15 also hold a SHA-256 of the ciphertext;
it is no longer written (new rows store an empty value) nor read.

Streaming both ways, in constant memory. Bodies of at most ``INLINE_LIMIT`` bytes stay
in the database (the same STREAM ciphertext, in ``blob.inline``); a source that turns
out larger spills to a file: a pipe of unknown length never sits in memory. One writer,
``BlobWriter``, makes every blob (attachments and bundle imports alike), so the rule
is the same whichever way a body arrives.

Crash safety: the file is written to a temp file (0600), fsynced and renamed before the
row is committed. A crash in between leaves an unreferenced encrypted file whose key
is gone. So that it can be told apart from a file whose row was lost some other way (an
older ``vault.db`` restored: those are kept, for the newer database), ``place`` first
leaves a marker ``.placed-<id>`` beside it; at unlock, ``remove_crash_orphans`` removes
every marked file that has no row (and every marker), so the import that left it can
simply be run again (issue 16). ``orphan_files`` lists what is left without a row, and
``amanat check`` reports it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import io
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from amanat.crypto.keys import derive_key
from amanat.crypto.stream import CHUNK_SIZE, Readable, StreamReader, StreamWriter
from amanat.domain.errors import AgeError, DiskFull, IntegrityError, NotFound
from amanat.domain.progress import IsCancelled, Progress, check_cancelled
from amanat.storage.db import Connection
from amanat.storage.files import SYNC_EVERY, WriteBehind, create_private, fsync_dir, temp_path
from amanat.storage.history import utc_now

INLINE_LIMIT = 64 * 1024  # plaintext bytes; at most this goes inline into the row
READ_SIZE = 16 * CHUNK_SIZE  # 1 MiB per read from the source
BLOB_INFO = b"amanat/blob/v1"
KEY_SIZE = 32

BytesProgress = Callable[[int], None]
"""Called with the number of plaintext bytes done so far."""


@dataclass(frozen=True)
class BlobInfo:
    id: str
    size: int
    sha256: bytes
    cipher_size: int
    inline: bool


NO_CIPHER_SHA256 = b""
"""What new rows store in the legacy ``blob.cipher_sha256`` column (NOT NULL)."""


def stream_key(blob_key: bytes, blob_id: str) -> bytes:
    """The STREAM key of one blob: its id is bound into the derivation."""
    return derive_key(blob_key, BLOB_INFO + blob_id.encode("ascii"))


def blob_path(blobs_dir: Path, blob_id: str) -> Path:
    return blobs_dir / blob_id


@dataclass(frozen=True)
class PendingBlob:
    """An encrypted body whose row is not written yet (``insert`` writes it)."""

    info: BlobInfo
    key: bytes
    inline: bytes | None


@contextlib.contextmanager
def _disk_full() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise


class _CipherSink:
    """Where the STREAM ciphertext goes: memory, until the writer moves it to a file."""

    def __init__(self) -> None:
        self.memory: bytearray | None = bytearray()
        self.behind: WriteBehind | None = None
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        self.size += len(data)
        if self.behind is not None:
            return self.behind.write(data)
        assert self.memory is not None
        self.memory += data
        return len(data)


class BlobWriter:
    """One new blob body, given in pieces: the only writer of blob bodies (attaching
    pulls it from a source through ``encrypt``; a bundle import pushes its pieces).

    The inline rule (docs/data-model.md): a body of at most ``INLINE_LIMIT`` plaintext
    bytes goes into its row; a larger one into a file. The ciphertext stays in memory
    until the plaintext passes the limit (at once if ``expect`` says it will), then goes
    to a temp file (0600) in ``blobs/``, written on a helper thread (WriteBehind)
    while the caller's thread encrypts.

    ``finish`` ends the STREAM and fsyncs the file, still under its temp name (a
    crash leaves only a ``.tmp-`` file, which nothing reads). ``place`` renames it to
    its blob id; the caller fsyncs the folder (once for many blobs), then ``insert``s
    the row in its transaction. ``discard`` removes whatever is on disk, at any point.

    ``expect`` (size, SHA-256 of the plaintext): the caller checks the body against
    that hash itself (a bundle entry against its signed manifest), so the plaintext is
    not hashed a second time here; only its size is checked.
    """

    def __init__(self, blobs_dir: Path, *, expect: tuple[int, bytes] | None = None) -> None:
        self.blobs_dir = blobs_dir
        self.id = secrets.token_hex(16)
        self._key = os.urandom(KEY_SIZE)
        self._expect = expect
        self._plain_hash = None if expect is not None else hashlib.sha256()
        self._sink = _CipherSink()
        self._stream = StreamWriter(stream_key(self._key, self.id), self._sink)
        self._file: BinaryIO | None = None
        self._temp: Path | None = None
        self._placed: Path | None = None
        if expect is not None and expect[0] > INLINE_LIMIT:
            self._spill()

    @property
    def plaintext_bytes(self) -> int:
        return self._stream.plaintext_bytes

    @property
    def on_disk(self) -> bool:
        """Whether the body is (or is being) written to a file rather than inline."""
        return self._temp is not None or self._placed is not None

    def _spill(self) -> None:
        with _disk_full():
            self._temp = temp_path(blob_path(self.blobs_dir, self.id))
            self._file = create_private(self._temp)
            behind = WriteBehind(self._file, sync_every=SYNC_EVERY, name="amanat-blob-write")
            memory, self._sink.memory = self._sink.memory, None
            self._sink.behind = behind
            if memory:
                behind.write(memory)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._sink.memory is not None and self.plaintext_bytes + len(data) > INLINE_LIMIT:
            self._spill()
        if self._plain_hash is not None:
            self._plain_hash.update(data)
        with _disk_full():
            self._stream.write(data)

    def finish(self) -> PendingBlob:
        """The whole body was written: the encrypted blob, its row still to insert."""
        with _disk_full():
            self._stream.close()
            behind = self._sink.behind
            if behind is not None and self._file is not None:
                behind.close()
                os.fsync(self._file.fileno())
                self._file.close()
                self._file = None
                inline = None
            else:
                assert self._sink.memory is not None
                inline = bytes(self._sink.memory)
        size = self.plaintext_bytes
        if self._expect is not None:
            if size != self._expect[0]:
                raise IntegrityError(what="blob_size", id=self.id)
            sha256 = self._expect[1]
        else:
            assert self._plain_hash is not None
            sha256 = self._plain_hash.digest()
        info = BlobInfo(
            id=self.id,
            size=size,
            sha256=sha256,
            cipher_size=self._sink.size,
            inline=inline is not None,
        )
        return PendingBlob(info=info, key=self._key, inline=inline)

    def place(self) -> None:
        """Give the file its blob id (still without a row: an orphan until commit),
        marked as placed (``remove_crash_orphans``)."""
        if self._temp is not None:
            final = blob_path(self.blobs_dir, self.id)
            with _disk_full():
                _mark_placed(self.blobs_dir, self.id)
                os.replace(self._temp, final)
            self._placed, self._temp = final, None

    def discard(self) -> None:
        behind, self._sink.behind = self._sink.behind, None
        if behind is not None:
            behind.abort()
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        self._stream.abort()
        for path in (self._temp, self._placed):
            if path is not None:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        if self._placed is not None:
            committed(self.blobs_dir, [self.id])
        self._temp = self._placed = None


def encrypt(
    blobs_dir: Path,
    source: Readable,
    *,
    progress: BytesProgress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> PendingBlob:
    """Encrypt ``source`` into a new blob file (or memory, if small), streaming.

    No database work, so a long encryption holds no write lock. Cancelled or failed:
    nothing is left behind (the temp file is removed). Once this returns, the caller
    must ``insert`` the row in its transaction, or ``discard`` the file.
    """
    writer = BlobWriter(blobs_dir)
    buffer = bytearray(READ_SIZE)
    view = memoryview(buffer)
    try:
        while True:
            check_cancelled(is_cancelled)
            n = source.readinto(view)
            if not n:
                break
            writer.write(view[:n])
            if progress is not None:
                progress(writer.plaintext_bytes)
        pending = writer.finish()
        writer.place()
        if writer.on_disk:
            with _disk_full():
                fsync_dir(blobs_dir)
    except BaseException:
        writer.discard()
        raise
    finally:
        # Scrub the last plaintext read from our buffer.
        view[:] = bytes(len(view))
    return pending


def insert(conn: Connection, pending: PendingBlob) -> None:
    info = pending.info
    conn.execute(
        "INSERT INTO blob (id, key, size, sha256, cipher_size, cipher_sha256, inline, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            info.id,
            pending.key,
            info.size,
            info.sha256,
            info.cipher_size,
            NO_CIPHER_SHA256,
            pending.inline,
            utc_now(),
        ),
    )


def store(
    conn: Connection,
    blobs_dir: Path,
    source: Readable,
    *,
    progress: BytesProgress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BlobInfo:
    """``encrypt`` and ``insert`` in one step (for callers already in a transaction)."""
    pending = encrypt(blobs_dir, source, progress=progress, is_cancelled=is_cancelled)
    try:
        insert(conn, pending)
    except BaseException:
        discard(blobs_dir, pending.info.id)
        raise
    return pending.info


def discard(blobs_dir: Path, blob_id: str) -> None:
    """Remove a blob file whose row was never committed."""
    with contextlib.suppress(FileNotFoundError):
        blob_path(blobs_dir, blob_id).unlink()
    committed(blobs_dir, [blob_id])


def committed(blobs_dir: Path, blob_ids: Iterable[str]) -> None:
    """The rows of these blobs were committed (or the files removed): their markers go.
    Best effort: a marker left behind is removed at the next unlock."""
    for blob_id in blob_ids:
        with contextlib.suppress(OSError):
            (blobs_dir / (PLACED_PREFIX + blob_id)).unlink()


def info(conn: Connection, blob_id: str) -> BlobInfo:
    row = conn.execute(
        "SELECT id, size, sha256, cipher_size, inline IS NOT NULL FROM blob WHERE id = ?",
        (blob_id,),
    ).fetchone()
    if row is None:
        raise NotFound(what="blob", id=blob_id)
    return BlobInfo(row[0], row[1], bytes(row[2]), row[3], bool(row[4]))


class _CountingReader:
    """Reads the ciphertext source while counting its bytes."""

    def __init__(self, src: Readable) -> None:
        self._src = src
        self.size = 0

    def readinto(self, buffer: memoryview) -> int:
        n = self._src.readinto(buffer) or 0
        self.size += n
        return n


def read_chunks(conn: Connection, blobs_dir: Path, blob_id: str) -> Iterator[bytes]:
    """Yield the plaintext in authenticated chunks.

    Every chunk is authentic (STREAM); the whole-file checks (ciphertext size, plaintext
    size and SHA-256) can only complete at the end, so the iterator raises IntegrityError
    after the last chunk if they fail: consumers must not trust, keep or show the data
    as complete until the iteration has finished without an error.
    """
    row = conn.execute(
        "SELECT key, size, sha256, cipher_size, inline FROM blob WHERE id = ?",
        (blob_id,),
    ).fetchone()
    if row is None:
        raise NotFound(what="blob", id=blob_id)
    key, size, sha256, cipher_size, inline = row
    with contextlib.ExitStack() as stack:
        if inline is not None:
            src: Readable = io.BytesIO(bytes(inline))
        else:
            try:
                src = stack.enter_context(open(blob_path(blobs_dir, blob_id), "rb"))
            except FileNotFoundError:
                raise IntegrityError(what="blob_missing", id=blob_id) from None
        counting = _CountingReader(src)
        reader = StreamReader(stream_key(bytes(key), blob_id), counting)
        plain = hashlib.sha256()
        total = 0
        try:
            for chunk in reader:
                plain.update(chunk)
                total += len(chunk)
                if total > size:
                    raise IntegrityError(what="blob_size", id=blob_id)
                yield chunk
        except AgeError as exc:
            raise IntegrityError(
                what="blob", id=blob_id, reason=str(exc.params.get("reason", ""))
            ) from None
        if counting.size != cipher_size:
            raise IntegrityError(what="blob_ciphertext", id=blob_id)
        if total != size or not hmac.compare_digest(plain.digest(), bytes(sha256)):
            raise IntegrityError(what="blob_plaintext", id=blob_id)


def read_all(conn: Connection, blobs_dir: Path, blob_id: str, *, limit: int) -> bytes:
    """The whole plaintext in memory (for viewing), verified before it is returned."""
    blob = info(conn, blob_id)
    if blob.size > limit:
        raise IntegrityError(what="blob_too_large_for_memory", id=blob_id, size=blob.size)
    out = bytearray()
    for chunk in read_chunks(conn, blobs_dir, blob_id):
        out += chunk
    return bytes(out)


BlobDamageCode = Literal["blob_missing", "blob_damaged", "blob_size", "blob_hash"]


@dataclass(frozen=True)
class BlobDamage:
    """What ``verify_blob`` found wrong with one blob.

    ``blob_missing``: no file; ``blob_damaged``: a chunk failed to authenticate (the
    file was altered, swapped for another blob's, or cut inside a chunk) at plaintext
    offset ``at``; ``blob_size``: the file decrypts but is not as long as its row says
    (cut at a chunk boundary, or extended); ``blob_hash``: the plaintext decrypts in
    full but its SHA-256 is not the evidence hash taken at intake.
    """

    code: BlobDamageCode
    blob_id: str
    at: int = 0


def _damage_code(what: str) -> BlobDamageCode:
    if what == "blob_missing":
        return "blob_missing"
    if what in ("blob_size", "blob_ciphertext"):
        return "blob_size"
    if what == "blob_plaintext":
        return "blob_hash"
    return "blob_damaged"


def verify_blob(
    conn: Connection,
    blobs_dir: Path,
    blob_id: str,
    *,
    progress: BytesProgress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BlobDamage | None:
    """Decrypt the blob in full (nothing is kept) and check its size and SHA-256
    against its row; None if it is whole. ``progress`` gets the plaintext bytes done."""
    done = 0
    try:
        for chunk in read_chunks(conn, blobs_dir, blob_id):
            done += len(chunk)
            if progress is not None:
                progress(done)
            check_cancelled(is_cancelled)
    except IntegrityError as exc:
        return BlobDamage(_damage_code(str(exc.params.get("what", ""))), blob_id, done)
    return None


# -- crash leftovers (issue 16, item 2) ----------------------------------------------------
PLACED_PREFIX = ".placed-"


def _mark_placed(blobs_dir: Path, blob_id: str) -> None:
    """An empty marker, made before the rename and made durable by the same directory
    fsync that makes the rename durable (the caller's)."""
    os.close(os.open(blobs_dir / (PLACED_PREFIX + blob_id), os.O_CREAT | os.O_WRONLY, 0o600))


def remove_crash_orphans(conn: Connection, blobs_dir: Path) -> int:
    """At unlock, with the vault's lock held (no writer runs): remove every blob file
    marked as placed that no committed row knows, and every marker. Returns how many
    files were removed. Unmarked files without a row are left for ``amanat check``."""
    if not blobs_dir.is_dir():
        return 0
    markers = [p for p in blobs_dir.iterdir() if p.name.startswith(PLACED_PREFIX)]
    if not markers:
        return 0
    ids = [m.name[len(PLACED_PREFIX) :] for m in markers]
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(f"SELECT id FROM blob WHERE id IN ({marks})", chunk).fetchall()
        known.update(str(r[0]) for r in rows)
    removed = 0
    for blob_id in ids:
        if blob_id not in known:
            with contextlib.suppress(FileNotFoundError):
                blob_path(blobs_dir, blob_id).unlink()
                removed += 1
    if removed:
        fsync_dir(blobs_dir)
    for marker in markers:
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()
    fsync_dir(blobs_dir)
    return removed


def orphan_files(conn: Connection, blobs_dir: Path) -> list[str]:
    """Files in blobs/ that no row knows (left by a crash between rename and commit)."""
    if not blobs_dir.is_dir():
        return []
    known = {str(r[0]) for r in conn.execute("SELECT id FROM blob WHERE inline IS NULL")}
    return sorted(
        p.name for p in blobs_dir.iterdir() if p.is_file() and not p.name.startswith(".tmp-")
        and not p.name.startswith(PLACED_PREFIX) and not p.name.startswith(".rec-")
        and p.name not in known
    )  # fmt: skip


def check_vault(
    vault: object, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> tuple[int, list[tuple[str, str]]]:
    """Hook for ``amanat check`` (services.vault): every blob decrypted and checked
    (``verify_blob``), orphan files, attachments without their blob. ``progress``: the
    fraction of all plaintext bytes done. Returns blobs checked and problems found."""
    conn = vault.connection()  # type: ignore[attr-defined]
    blobs_dir: Path = vault.blobs_dir  # type: ignore[attr-defined]
    problems: list[tuple[str, str]] = []
    rows = conn.execute("SELECT id, size FROM blob ORDER BY id").fetchall()
    total = max(1, sum(int(r[1]) for r in rows))
    before = 0

    def advance(done: int) -> None:
        if progress is not None:
            progress(min(1.0, (before + done) / total))

    for blob_id, size in rows:
        damage = verify_blob(
            conn, blobs_dir, str(blob_id), progress=advance, is_cancelled=is_cancelled
        )
        if damage is not None:
            problems.append((damage.code, damage.blob_id))
        before += int(size)
        advance(0)
    problems.extend(("blob_orphan", name) for name in orphan_files(conn, blobs_dir))
    dangling = conn.execute(
        "SELECT a.id FROM attachment a LEFT JOIN blob b ON b.id = a.blob_id"
        " WHERE a.blob_id IS NOT NULL AND b.id IS NULL"
    ).fetchall()
    problems.extend(("attachment_blob_missing", str(r[0])) for r in dangling)
    return len(rows), problems
