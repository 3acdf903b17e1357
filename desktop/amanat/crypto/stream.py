"""The STREAM construction of age v1, usable on its own (age payloads, encrypted blobs).

The plaintext is cut into chunks of ``CHUNK_SIZE`` (64 KiB) bytes; chunk ``i`` is sealed
with ChaCha20-Poly1305 under a 32-byte key and the 12-byte nonce
``i`` (11 bytes, big endian) || ``0x01`` if it is the last chunk else ``0x00``. The last
chunk may be shorter than 64 KiB, and is empty only when the whole plaintext is empty.
So truncation, reordering, duplication and appended data are all detected.

Both directions run in constant memory. The reader releases a chunk only after its tag
verified, and the tag also tells whether it is the final chunk: a short chunk can only
be final; a full-size chunk is tried as a middle chunk, then as a full final chunk. So
the reader never releases a chunk whose position and finality it has not authenticated.
After the final chunk the data must end; a missing final chunk, a short or damaged
chunk, or data after the final chunk raise AgeError("age.payload") at that point, after
the authentic prefix was released (as the age reference implementation and the C2SP
test vectors expect).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO, Protocol, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from amanat.domain.errors import AgeError

CHUNK_SIZE = 65536
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
BLOCK_SIZE = 16 * CHUNK_SIZE  # what read_block returns at most by default: 1 MiB
BATCH = 16  # sealed chunks a StreamWriter gathers before one write to its destination
KEY_SIZE = 32
_MAX_COUNTER = (1 << 88) - 1
_NONFINAL = b"\x00"
_FINAL = b"\x01"

Progress = Callable[[int], None]
"""Called with the number of plaintext bytes processed so far."""


class Readable(Protocol):
    def readinto(self, buffer: memoryview, /) -> int | None: ...


class _ReadOnly(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


Source = Readable | BinaryIO
"""A binary source: anything with ``readinto``, or at least ``read`` (typed BinaryIO)."""


class _ReadAdapter:
    """Gives ``readinto`` to sources that only have ``read``."""

    def __init__(self, src: _ReadOnly) -> None:
        self._src = src

    def readinto(self, buffer: memoryview) -> int:
        data = self._src.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def as_readable(src: Source | object) -> Readable:
    """``src`` itself when it has ``readinto`` (no copies), else a ``read`` adapter."""
    if hasattr(src, "readinto"):
        return cast(Readable, src)
    if hasattr(src, "read"):
        return _ReadAdapter(cast(_ReadOnly, src))
    raise TypeError("source must be a binary file object")


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> int | None: ...


def write_all(dst: Writable, data: bytes | bytearray | memoryview) -> None:
    """Write all of ``data``: raw files and pipes may accept only part of it per call."""
    view = memoryview(data).cast("B")
    while view:
        written = dst.write(view)
        # None: a sink that does not report (it took everything); file objects say how much.
        if written is None or written >= len(view):
            return
        view = view[written:]


def _nonce(counter: int, flag: bytes) -> bytes:
    return counter.to_bytes(11, "big") + flag


def _check_key(key: bytes) -> ChaCha20Poly1305:
    if len(key) != KEY_SIZE:
        raise AgeError("age.bad_key", reason="stream_key_size", size=len(key))
    return ChaCha20Poly1305(key)


def seal_chunk(key: bytes, counter: int, plaintext: bytes, *, final: bool) -> bytes:
    """One STREAM chunk, sealed at position ``counter`` (random access: recordings)."""
    return _check_key(key).encrypt(_nonce(counter, _FINAL if final else _NONFINAL), plaintext, None)


def open_chunk(key: bytes, counter: int, ciphertext: bytes) -> tuple[bytes, bool] | None:
    """The plaintext of the chunk at position ``counter`` and whether it is the final
    one; None if it does not authenticate at that position as either."""
    aead = _check_key(key)
    for flag in (_NONFINAL, _FINAL):
        try:
            return aead.decrypt(_nonce(counter, flag), ciphertext, None), flag == _FINAL
        except InvalidTag:
            continue
    return None


def read_full(src: Source, view: memoryview) -> int:
    """Fill ``view`` from ``src``; return how many bytes were read (short only at EOF)."""
    src = as_readable(src)
    filled = 0
    total = len(view)
    while filled < total:
        n = src.readinto(view[filled:])
        if n is None:
            # A non-blocking source with nothing ready; the age format needs a blocking one.
            raise BlockingIOError("source returned no data without reaching end of file")
        if n == 0:
            break
        filled += n
    return filled


class StreamWriter:
    """Encrypts what is written to it into ``dst`` chunk by chunk.

    ``close()`` writes the final chunk and must be called, or the output is truncated
    (which any reader detects). ``dst`` is not closed. Use as a context manager: on an
    exception inside the ``with`` block the final chunk is not written, so a partial
    output can never pass as complete.

    Sealed chunks are gathered and written ``BATCH`` (16, about 1 MiB) at a time: one
    write per megabyte instead of sixteen. So ``dst`` lags behind ``write`` by up to
    that much until ``close()``. Small outputs never allocate the whole batch.
    """

    def __init__(self, key: bytes, dst: Writable, *, batch: int = BATCH) -> None:
        self._aead = _check_key(key)
        self._dst = dst
        self._pending = bytearray(CHUNK_SIZE)
        self._pending_view = memoryview(self._pending)
        self._filled = 0
        self._batch = max(1, batch)
        self._out = bytearray(ENCRYPTED_CHUNK_SIZE)
        self._out_view = memoryview(self._out)
        self._out_fill = 0
        self._counter = 0
        self._closed = False
        self.plaintext_bytes = 0

    def _seal(self, plaintext: memoryview, final: bool) -> None:
        if self._counter > _MAX_COUNTER:
            raise AgeError("age.payload", reason="too_many_chunks", chunk=self._counter)
        nonce = _nonce(self._counter, _FINAL if final else _NONFINAL)
        if self._out_fill + ENCRYPTED_CHUNK_SIZE > len(self._out):
            if self._out_fill and len(self._out) < self._batch * ENCRYPTED_CHUNK_SIZE:
                # A second chunk: this output is not small, gather whole batches.
                self._grow()
            else:
                self._flush()
        start = self._out_fill
        out = self._out_view[start : start + len(plaintext) + TAG_SIZE]
        self._out_fill += self._aead.encrypt_into(nonce, plaintext, None, out)
        self._counter += 1

    def _grow(self) -> None:
        bigger = bytearray(self._batch * ENCRYPTED_CHUNK_SIZE)
        bigger[: self._out_fill] = self._out_view[: self._out_fill]
        self._out_view.release()
        self._out = bigger
        self._out_view = memoryview(bigger)

    def _flush(self) -> None:
        if self._out_fill:
            fill, self._out_fill = self._out_fill, 0
            write_all(self._dst, self._out_view[:fill])

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed StreamWriter")
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            if self._filled == CHUNK_SIZE:
                # More data follows, so the buffered full chunk is not the last one.
                self._seal(self._pending_view, final=False)
                self._filled = 0
            if self._filled == 0 and len(view) > CHUNK_SIZE:
                # Seal straight from the caller's buffer: a byte follows, so not final.
                self._seal(view[:CHUNK_SIZE], final=False)
                view = view[CHUNK_SIZE:]
                continue
            take = min(CHUNK_SIZE - self._filled, len(view))
            self._pending_view[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
        self.plaintext_bytes += size
        return size

    def flush(self) -> None:
        """Write every sealed chunk now (the partial chunk still being filled stays):
        for a body that must be on disk chunk by chunk as it grows (recordings)."""
        self._flush()

    def close(self) -> None:
        """Write the final chunk. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._seal(self._pending_view[: self._filled], final=True)
        self._filled = 0
        self._flush()

    def abort(self) -> None:
        """Stop without writing the final chunk: the output stays detectably truncated."""
        self._closed = True
        self._filled = 0
        self._out_fill = 0  # never written: the output stays truncated
        self._pending_view[:] = bytes(CHUNK_SIZE)

    def __enter__(self) -> StreamWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class StreamReader:
    """Decrypts a STREAM from ``src``, releasing only authenticated plaintext.

    Use ``for chunk in reader`` (bytes per chunk), ``read(n)``, ``readinto(buffer)`` or
    ``read_chunk_into(buffer)`` (no allocation; ``buffer`` must hold ``CHUNK_SIZE``).
    Any damage raises AgeError("age.payload") with a ``reason`` and the chunk index;
    everything released before that was authentic, in order, from the start.
    """

    def __init__(self, key: bytes, src: Source) -> None:
        self._aead = _check_key(key)
        self._src = as_readable(src)
        self._in = bytearray(ENCRYPTED_CHUNK_SIZE)
        self._in_view = memoryview(self._in)
        self._probe = bytearray(1)
        self._counter = 0
        self._final_seen = False
        self._done = False
        self._failed = False
        self._leftover = b""
        self._leftover_pos = 0
        self._pending_error: AgeError | None = None
        self.plaintext_bytes = 0

    @property
    def done(self) -> bool:
        """True once the final chunk authenticated and nothing followed it."""
        return self._done

    def _fail(self, reason: str) -> AgeError:
        self._failed = True
        return AgeError("age.payload", reason=reason, chunk=self._counter)

    def _at_end(self) -> bool:
        """Called before each chunk: after the final chunk, the data must end."""
        if self._failed:
            raise AgeError("age.payload", reason="after_error", chunk=self._counter)
        if self._done:
            return True
        if self._final_seen:
            if read_full(self._src, memoryview(self._probe)):
                raise self._fail("trailing_data")
            self._done = True
            return True
        return False

    def _next_ciphertext(self) -> tuple[memoryview, tuple[bytes, ...]]:
        """The next sealed chunk and the flags it may carry, most likely first."""
        got = read_full(self._src, self._in_view)
        if got == ENCRYPTED_CHUNK_SIZE:
            # A full chunk is either a middle chunk or a full final one; the reader
            # tries both flags, so it never needs to read ahead of what it releases.
            return self._in_view, (_NONFINAL, _FINAL)
        if got == 0:
            # The data ended without a final chunk: truncated at a chunk boundary.
            raise self._fail("no_chunks" if self._counter == 0 else "truncated")
        if got < TAG_SIZE:
            raise self._fail("truncated")
        if got == TAG_SIZE and self._counter > 0:
            raise self._fail("empty_final_chunk")
        return self._in_view[:got], (_FINAL,)

    def _accept(self, final: bool, size: int) -> None:
        self._counter += 1
        if final:
            self._final_seen = True
        elif self._counter > _MAX_COUNTER:
            raise self._fail("too_many_chunks")
        self.plaintext_bytes += size

    def read_chunk_into(self, buffer: bytearray | memoryview) -> int:
        """Decrypt the next chunk into ``buffer``; 0 means the end was reached and verified.

        On failure ``buffer`` may have held unauthenticated bytes: they are zeroed.
        """
        if self._at_end():
            return 0
        ciphertext, flags = self._next_ciphertext()
        out = memoryview(buffer).cast("B")[: len(ciphertext) - TAG_SIZE]
        for flag in flags:
            try:
                n = self._aead.decrypt_into(_nonce(self._counter, flag), ciphertext, None, out)
            except InvalidTag:
                continue
            self._accept(flag == _FINAL, n)
            if n == 0:
                # Only an entirely empty payload has an empty (final) chunk; the caller
                # gets 0 only after the end is verified.
                self._at_end()
            return n
        out[:] = bytes(len(out))
        raise self._fail("bad_chunk")

    def read_block(self, size: int = BLOCK_SIZE) -> bytearray:
        """Up to ``size`` bytes (whole chunks) of authenticated plaintext in a new buffer,
        empty only at the verified end.

        For callers that hand the plaintext on (another thread, a queue): the buffer is
        theirs and is never reused. If a chunk fails after others of the same block
        authenticated, those come first and the error is raised by the next call.
        """
        if self._pending_error is not None:
            raise self._pending_error
        chunks = max(1, size // CHUNK_SIZE)
        block = bytearray(chunks * CHUNK_SIZE)
        view = memoryview(block)
        filled = 0
        try:
            for _ in range(chunks):
                n = self.read_chunk_into(view[filled : filled + CHUNK_SIZE])
                if n == 0:
                    break
                filled += n
        except AgeError as exc:
            if not filled:
                raise
            self._pending_error = exc
        if filled == len(block):
            return block
        # Short only at the end of the stream or before an error: a copy of the prefix
        # (views of the whole buffer may still be alive in a traceback).
        return block[:filled]

    def read_chunk(self) -> bytes:
        """The next authenticated chunk as bytes; b"" at the verified end."""
        if self._at_end():
            return b""
        ciphertext, flags = self._next_ciphertext()
        for flag in flags:
            try:
                plaintext = self._aead.decrypt(_nonce(self._counter, flag), ciphertext, None)
            except InvalidTag:
                continue
            self._accept(flag == _FINAL, len(plaintext))
            if not plaintext:
                # Only an entirely empty payload has an empty (final) chunk.
                return self.read_chunk()
            return plaintext
        raise self._fail("bad_chunk")

    def __iter__(self) -> Iterator[bytes]:
        if self._leftover_pos < len(self._leftover):
            rest = self._leftover[self._leftover_pos :]
            self._leftover, self._leftover_pos = b"", 0
            yield rest
        while True:
            chunk = self.read_chunk()
            if not chunk:
                return
            yield chunk

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` authenticated bytes (all remaining if negative); b"" at the end."""
        if size is None or size < 0:
            return b"".join(list(self))
        parts: list[bytes] = []
        wanted = size
        while wanted > 0:
            if self._leftover_pos >= len(self._leftover):
                self._leftover, self._leftover_pos = self.read_chunk(), 0
                if not self._leftover:
                    break
            take = self._leftover[self._leftover_pos : self._leftover_pos + wanted]
            self._leftover_pos += len(take)
            wanted -= len(take)
            parts.append(take)
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(memoryview(buffer).cast("B")))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def copy_to(self, dst: Writable, progress: Progress | None = None) -> int:
        """Decrypt everything into ``dst``; return the plaintext size.

        Each chunk is written only after it authenticated, so on failure ``dst`` holds
        exactly the authentic prefix; callers writing files must discard it (see
        docs/age.md).
        """
        total = 0
        if self._leftover_pos < len(self._leftover):
            rest = memoryview(self._leftover)[self._leftover_pos :]
            write_all(dst, rest)
            total += len(rest)
            self._leftover, self._leftover_pos = b"", 0
        # Up to 16 chunks are decrypted into one buffer, then written at once (and the
        # authentic prefix before a damaged chunk is written before the error).
        out = bytearray(BLOCK_SIZE)
        out_view = memoryview(out)
        while True:
            filled = 0
            try:
                while filled < BLOCK_SIZE:
                    n = self.read_chunk_into(out_view[filled : filled + CHUNK_SIZE])
                    if n == 0:  # only the verified end (or an empty payload) yields nothing
                        break
                    filled += n
            except AgeError:
                write_all(dst, out_view[:filled])
                raise
            if not filled:
                break
            write_all(dst, out_view[:filled])
            total += filled
            if progress is not None:
                progress(self.plaintext_bytes)
        return total


def iter_decrypt(key: bytes, src: Source) -> Iterator[bytes]:
    """Yield authenticated plaintext chunks of the STREAM in ``src``."""
    return iter(StreamReader(key, src))


def encrypt_stream(key: bytes, src: Source, dst: Writable, progress: Progress | None = None) -> int:
    """Encrypt all of ``src`` into ``dst`` as a complete STREAM; return the plaintext size."""
    writer = StreamWriter(key, dst)
    # Several chunks per read keeps the per-call overhead low; writes of more than one
    # chunk are sealed straight from this buffer without copying.
    buffer = bytearray(16 * CHUNK_SIZE)
    view = memoryview(buffer)
    try:
        while True:
            n = read_full(src, view)
            if n == 0:
                break
            writer.write(view[:n])
            if progress is not None:
                progress(writer.plaintext_bytes)
            if n < len(view):
                break
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return writer.plaintext_bytes


def decrypt_stream(key: bytes, src: Source, dst: Writable, progress: Progress | None = None) -> int:
    """Decrypt the STREAM in ``src`` into ``dst``; return the plaintext size."""
    return StreamReader(key, src).copy_to(dst, progress)
