"""Writing and reading the bundle container over plain byte streams (no encryption here:
bundles.sealing puts it inside an age file). Layout in bundles.format.

The writer refuses to write anything the manifest does not announce; the reader checks
every entry against the manifest (kind, id, length, then SHA-256 once the entry was
read in full) and the trailer signature last. Both stream: an attachment body passes
through in pieces, never whole.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from amanat.bundles.format import (
    ENTRY_FRAME_SIZE,
    MAGIC,
    PREFIX_SIZE,
    SIGNATURE_SIZE,
    EntryKind,
    InnerHeader,
    ManifestEntry,
    decode_entry_frame,
    decode_inner_header,
    decode_prefix,
    encode_entry_frame,
    encode_prefix,
    signature_message,
)
from amanat.crypto.stream import Writable, write_all
from amanat.domain.errors import AgeError, BundleError
from amanat.storage.files import BackgroundHash

READ_SIZE = 1 << 20

ChunkFunction = Callable[[], bytes | bytearray]
"""Returns the next piece of the payload (any size), b"" at its verified end. A piece is
never changed after it was returned (views of it are kept)."""

Signer = Callable[[bytes], bytes]


# -- writing ------------------------------------------------------------------------------


class ContainerWriter:
    """Writes prefix and inner header at once, then entries in manifest order, then the
    trailer signature (``finish``). Anything that does not match the manifest raises
    BundleError("bundle.source_changed") and the output must be discarded."""

    def __init__(
        self, dst: Writable, header: InnerHeader, *, age_header: bytes, sign: Signer
    ) -> None:
        header_bytes = header.encode()
        block = encode_prefix(len(header_bytes)) + header_bytes
        write_all(dst, block)
        self.header = header
        self.header_block_sha256 = hashlib.sha256(block).digest()
        self._dst = dst
        self._message = signature_message(age_header, block)
        self._sign = sign
        self._index = 0
        self.bytes_written = len(block)

    def _next(self, record: bool) -> ManifestEntry:
        manifest = self.header.manifest
        if self._index >= len(manifest):
            raise BundleError("bundle.source_changed", what="extra_entry")
        entry = manifest[self._index]
        if entry.kind.is_record != record:
            raise BundleError("bundle.source_changed", what="entry_kind", index=self._index)
        return entry

    def write_record(self, data: bytes) -> None:
        entry = self._next(record=True)
        if len(data) != entry.length or hashlib.sha256(data).digest() != entry.sha256:
            raise BundleError("bundle.source_changed", what="record", index=self._index)
        write_all(self._dst, encode_entry_frame(entry))
        write_all(self._dst, data)
        self._index += 1
        self.bytes_written += ENTRY_FRAME_SIZE + len(data)

    def write_body(
        self, chunks: Iterable[bytes | bytearray | memoryview], *, check_hash: bool = True
    ) -> None:
        """Stream one attachment body. ``check_hash=False`` when the source verifies the
        same SHA-256 itself (the blob store does), to avoid hashing every byte twice."""
        entry = self._next(record=False)
        write_all(self._dst, encode_entry_frame(entry))
        digest = hashlib.sha256() if check_hash else None
        done = 0
        for chunk in chunks:
            done += len(chunk)
            if done > entry.length:
                raise BundleError("bundle.source_changed", what="body_size", index=self._index)
            if digest is not None:
                digest.update(chunk)
            write_all(self._dst, chunk)
        if done != entry.length:
            raise BundleError("bundle.source_changed", what="body_size", index=self._index)
        if digest is not None and digest.digest() != entry.sha256:
            raise BundleError("bundle.source_changed", what="body_hash", index=self._index)
        self._index += 1
        self.bytes_written += ENTRY_FRAME_SIZE + done

    def finish(self) -> bytes:
        """Write the trailer; returns the signature."""
        if self._index != len(self.header.manifest):
            raise BundleError("bundle.source_changed", what="missing_entries")
        signature = self._sign(self._message)
        if len(signature) != SIGNATURE_SIZE:
            raise BundleError("bundle.source_changed", what="signature_size")
        write_all(self._dst, signature)
        self.bytes_written += SIGNATURE_SIZE
        return signature


# -- reading ------------------------------------------------------------------------------


class _Source:
    """Exact reads over a chunk function; age errors become bundle errors."""

    def __init__(self, next_chunk: ChunkFunction) -> None:
        self._next_chunk = next_chunk
        self._chunk: bytes | bytearray = b""
        self._view = memoryview(b"")
        self._position = 0
        self._eof = False
        self.offset = 0  # payload bytes consumed so far

    def _refill(self) -> bool:
        if self._eof:
            return False
        try:
            chunk = self._next_chunk()
        except AgeError as exc:
            raise BundleError(
                "bundle.damaged",
                reason=str(exc.params.get("reason", exc.code)),
                chunk=exc.params.get("chunk", -1),
            ) from None
        if not chunk:
            self._eof = True
            return False
        self._chunk = chunk
        self._view = memoryview(chunk)
        self._position = 0
        return True

    def read_up_to(self, size: int) -> memoryview:
        """A view of at most ``size`` bytes of the current chunk (empty only at the
        end). Chunks are never reused by their source, so the view stays valid."""
        if self._position >= len(self._chunk) and not self._refill():
            return memoryview(b"")
        end = min(len(self._chunk), self._position + size)
        view = self._view[self._position : end]
        self._position = end
        self.offset += len(view)
        return view

    def read_exact(self, size: int, where: str) -> bytes:
        parts: list[bytes] = []
        wanted = size
        while wanted:
            view = self.read_up_to(wanted)
            if not view:
                raise BundleError("bundle.truncated", where=where)
            parts.append(bytes(view))
            wanted -= len(view)
        return b"".join(parts)

    def read_some(self, size: int) -> bytes:
        """Up to ``size`` bytes, fewer only at the end (for the magic check)."""
        parts: list[bytes] = []
        wanted = size
        while wanted:
            view = self.read_up_to(wanted)
            if not view:
                break
            parts.append(bytes(view))
            wanted -= len(view)
        return b"".join(parts)

    def at_end(self) -> bool:
        return self._position >= len(self._chunk) and not self._refill()


BACKGROUND_HASH_FROM = 4 * READ_SIZE
"""Entries at least this long are hashed on a helper thread (``BackgroundHash``)."""


class _Digest(Protocol):
    def update(self, piece: bytes | bytearray | memoryview, /) -> None: ...

    def digest(self) -> bytes: ...

    def close(self) -> None: ...


class _InlineHash:
    """hashlib's SHA-256 with the ``close`` of BackgroundHash."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.update = self._hash.update
        self.digest = self._hash.digest

    def close(self) -> None:
        pass


class EntryReader:
    """One entry of the container. Read it exactly once, with ``read_all`` (records) or
    ``chunks`` (bodies); its SHA-256 is checked when the last byte was read."""

    def __init__(self, source: _Source, index: int, manifest_entry: ManifestEntry) -> None:
        self._source = source
        self.index = index
        self.manifest = manifest_entry
        self._consumed = False

    @property
    def kind(self) -> EntryKind:
        return self.manifest.kind

    @property
    def id_hex(self) -> str:
        return self.manifest.id_hex

    @property
    def length(self) -> int:
        return self.manifest.length

    def _check(self, digest: bytes) -> None:
        if not hmac.compare_digest(digest, self.manifest.sha256):
            raise BundleError("bundle.entry_hash", index=self.index, kind=self.kind.label)

    def chunks(self, size: int = READ_SIZE) -> Generator[memoryview, None, None]:
        """The entry's bytes in pieces (views of chunks that are never reused). The hash
        is checked after the last piece: a consumer must treat the data as unverified
        until the iteration ended without an error."""
        if self._consumed:
            raise BundleError("bundle.internal", what="entry_read_twice")
        self._consumed = True
        remaining = self.manifest.length
        # A large body is hashed on a helper thread (SHA-256 is the dearest pass over
        # it, and hashlib releases the GIL) while this thread decrypts and the consumer
        # re-encrypts; the pieces are never reused by the source, so they can wait.
        digest: _Digest = BackgroundHash() if remaining >= BACKGROUND_HASH_FROM else _InlineHash()
        try:
            while remaining:
                view = self._source.read_up_to(min(size, remaining))
                if not view:
                    raise BundleError("bundle.truncated", where="entry", index=self.index)
                digest.update(view)
                remaining -= len(view)
                yield view
            self._check(digest.digest())
        finally:
            digest.close()

    def read_all(self) -> bytes:
        if self._consumed:
            raise BundleError("bundle.internal", what="entry_read_twice")
        self._consumed = True
        data = self._source.read_exact(self.manifest.length, "entry")
        self._check(hashlib.sha256(data).digest())
        return data

    def skip(self) -> None:
        """Read and verify without keeping anything."""
        if not self._consumed:
            for _ in self.chunks():
                pass

    @property
    def consumed(self) -> bool:
        return self._consumed


class ContainerReader:
    """Reads and checks a container: the header at construction, then ``entries()``,
    then ``finish()`` (trailer signature and end of data).

    ``age_header`` is the exact age header the payload came in (empty for tests of the
    bare container); it is part of the signed message.
    """

    def __init__(self, next_chunk: ChunkFunction, *, age_header: bytes) -> None:
        self._source = _Source(next_chunk)
        head = self._source.read_some(len(MAGIC))
        if head != MAGIC:
            raise BundleError("bundle.not_a_bundle")
        prefix = head + self._source.read_some(PREFIX_SIZE - len(MAGIC))
        self.version, header_length = decode_prefix(prefix)
        header_bytes = self._source.read_exact(header_length, "header")
        self.header: InnerHeader = decode_inner_header(header_bytes)
        block = prefix + header_bytes
        self.header_block_sha256 = hashlib.sha256(block).digest()
        self._message = signature_message(age_header, block)
        self._index = 0
        self._current: EntryReader | None = None
        self.finished = False

    def entries(self) -> Iterator[EntryReader]:
        """Each entry in turn; an entry left unread is read and verified before the next."""
        manifest = self.header.manifest
        while self._index < len(manifest):
            if self._current is not None:
                self._current.skip()
            expected = manifest[self._index]
            frame = self._source.read_exact(ENTRY_FRAME_SIZE, "entry_frame")
            kind, entry_id, length = decode_entry_frame(frame)
            if kind != expected.kind or entry_id != expected.entry_id:
                raise BundleError("bundle.entry_mismatch", index=self._index, what="id")
            if length != expected.length:
                raise BundleError("bundle.entry_mismatch", index=self._index, what="length")
            self._current = EntryReader(self._source, self._index, expected)
            self._index += 1
            yield self._current
        if self._current is not None:
            self._current.skip()
            self._current = None

    def finish(self) -> None:
        """Check the trailer: all entries were read, the signature verifies under the
        sender card's key, and nothing follows it."""
        if self._index != len(self.header.manifest) or (
            self._current is not None and not self._current.consumed
        ):
            for _ in self.entries():
                pass
        signature = self._source.read_exact(SIGNATURE_SIZE, "trailer")
        try:
            Ed25519PublicKey.from_public_bytes(self.header.sender_card.signing).verify(
                signature, self._message
            )
        except InvalidSignature:
            raise BundleError("bundle.signature") from None
        if not self._source.at_end():
            raise BundleError("bundle.trailing_data")
        self.finished = True


def bytes_source(data: bytes, piece: int = 65536) -> ChunkFunction:
    """A chunk function over bytes in memory (tests, the bare container)."""
    view = memoryview(data)
    position = 0

    def next_chunk() -> bytes:
        nonlocal position
        chunk = bytes(view[position : position + piece])
        position += len(chunk)
        return chunk

    return next_chunk
