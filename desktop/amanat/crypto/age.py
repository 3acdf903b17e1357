"""age v1 files (age-encryption.org/v1, c2sp.org/age): header, payload, streaming API.

Writing::

    with age.encrypt([recipient], dst) as writer:
        signed_part = writer.header_bytes  # exact header bytes, MAC line included
        writer.write(data)                  # any number of times

Reading::

    with age.open_decryptor([identity], src) as reader:
        reader.header_bytes, reader.stanzas, reader.matched
        for chunk in reader:                # only authenticated plaintext
            ...

Both directions stream in constant memory. Errors are AgeError with the codes listed in
docs/age.md: ``age.header``, ``age.no_match``, ``age.hmac``, ``age.payload``,
``age.armor``, ``age.unsupported``, ``age.bad_key``, ``age.no_recipients``,
``age.mixed_recipients``.
"""

from __future__ import annotations

import hmac as _hmac
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from amanat.crypto.age_armor import ArmorReader, ArmorWriter, looks_armored
from amanat.crypto.age_recipients import (
    FILE_KEY_SIZE,
    SCRYPT_STANZA,
    AnyIdentity,
    AnyRecipient,
    HybridIdentity,
    HybridRecipient,
    Identity,
    Recipient,
    ScryptIdentity,
    Stanza,
    X25519Identity,
    X25519Recipient,
    b64decode_canonical,
    b64encode_raw,
    parse_identity,
    parse_identity_file,
    parse_recipient,
    parse_recipients_file,
)
from amanat.crypto.stream import (
    BLOCK_SIZE,
    CHUNK_SIZE,
    Progress,
    Readable,
    Source,
    StreamReader,
    StreamWriter,
    Writable,
    as_readable,
    write_all,
)
from amanat.domain.errors import AgeError

__all__ = [
    "CHUNK_SIZE",
    "MAX_HEADER_SIZE",
    "AgeHeader",
    "AnyIdentity",
    "AnyRecipient",
    "Decryptor",
    "Encryptor",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt_bytes",
    "encrypt",
    "encrypt_bytes",
    "open_decryptor",
    "parse_header",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
    "parse_recipients_file",
]

VERSION_LINE = b"age-encryption.org/v1\n"
_VERSION_PREFIX = b"age-encryption.org/"
_STANZA_PREFIX = b"-> "
_MAC_PREFIX = b"--- "
_MAC_MARK = b"---"
_MAC_B64_LENGTH = 43
NONCE_SIZE = 16
BODY_COLUMNS = 64
# Far above any real header (a hybrid stanza is about 1.6 KB), low enough that a
# hostile file cannot make the reader buffer unbounded text before authenticating.
MAX_HEADER_SIZE = 4 << 20
_B64_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_VCHAR = frozenset(range(0x21, 0x7F))


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _header_mac(file_key: bytes, header_without_mac: bytes) -> bytes:
    mac = HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header_without_mac)
    return mac.finalize()


class _Lookahead:
    """A small look-ahead buffer over a binary source: header lines, then raw payload."""

    def __init__(self, raw: Readable) -> None:
        self._raw = raw
        self._buffer = bytearray()
        self._position = 0
        self._eof = False

    def _fill(self, size: int = 8192) -> bool:
        if self._eof:
            return False
        if self._position:
            del self._buffer[: self._position]
            self._position = 0
        chunk = bytearray(size)
        n = self._raw.readinto(memoryview(chunk))
        if not n:
            self._eof = True
            return False
        self._buffer += memoryview(chunk)[:n]
        return True

    def peek(self, size: int) -> bytes:
        while len(self._buffer) - self._position < size and self._fill():
            pass
        return bytes(self._buffer[self._position : self._position + size])

    def readline(self, limit: int) -> bytes:
        """Bytes up to and including LF, or at most ``limit`` bytes, or the rest at EOF."""
        scanned = 0  # bytes after the position already searched, so long lines stay linear
        while True:
            start = self._position
            stop = start + limit
            newline = self._buffer.find(b"\n", start + scanned, stop)
            if newline >= 0:
                end = newline + 1
                break
            if len(self._buffer) >= stop:
                end = stop
                break
            scanned = len(self._buffer) - start
            if not self._fill():
                end = len(self._buffer)
                break
        line = bytes(self._buffer[self._position : end])
        self._position = end
        return line

    def read_exact(self, size: int) -> bytes:
        data = self.peek(size)
        self._position += len(data)
        return data

    def readinto(self, buffer: memoryview) -> int | None:
        available = len(self._buffer) - self._position
        if available:
            n = min(available, len(buffer))
            buffer[:n] = memoryview(self._buffer)[self._position : self._position + n]
            self._position += n
            if self._position == len(self._buffer):
                self._buffer.clear()
                self._position = 0
            return n
        if self._eof:
            return 0
        return self._raw.readinto(buffer)


@dataclass(frozen=True)
class AgeHeader:
    """A parsed (not yet authenticated) age header."""

    stanzas: tuple[Stanza, ...]
    header_bytes: bytes
    """The exact header as found in the file, from the version line to the MAC line's LF."""
    mac: bytes

    @property
    def mac_input(self) -> bytes:
        """What the MAC covers: the header up to and including ``---``."""
        return self.header_bytes[: len(self.header_bytes) - _MAC_B64_LENGTH - 2]


def _header_error(reason: str, **params: object) -> AgeError:
    return AgeError("age.header", reason=reason, **params)


def _read_header(source: _Lookahead) -> AgeHeader:
    collected = bytearray()

    def next_line() -> bytes:
        remaining = MAX_HEADER_SIZE - len(collected)
        line = source.readline(remaining + 1)
        if not line.endswith(b"\n"):
            if len(line) > remaining:
                raise _header_error("too_large")
            raise _header_error("truncated" if collected or line else "empty")
        collected.extend(line)
        return line

    first = next_line()
    if first != VERSION_LINE:
        if first.startswith(_VERSION_PREFIX):
            raise _header_error("version")
        raise _header_error("not_age")
    stanzas: list[Stanza] = []
    while True:
        line = next_line()
        if line.startswith(_MAC_PREFIX):
            encoded = line[len(_MAC_PREFIX) : -1]
            if len(encoded) != _MAC_B64_LENGTH:
                raise _header_error("mac_line")
            mac = b64decode_canonical(encoded, "mac")
            if not stanzas:
                raise _header_error("no_stanzas")
            return AgeHeader(tuple(stanzas), bytes(collected), mac)
        if not line.startswith(_STANZA_PREFIX):
            raise _header_error("unexpected_line", stanza=len(stanzas) + 1)
        arguments = line[len(_STANZA_PREFIX) : -1].split(b" ")
        if any(not argument or not _VCHAR.issuperset(argument) for argument in arguments):
            raise _header_error("stanza_arguments")
        body_lines: list[bytes] = []
        while True:
            body_line = next_line()[:-1]
            if len(body_line) > BODY_COLUMNS or not _B64_CHARS.issuperset(body_line):
                raise _header_error("stanza_body")
            body_lines.append(body_line)
            if len(body_line) < BODY_COLUMNS:
                break
        body = b64decode_canonical(b"".join(body_lines), "stanza_body")
        names = [argument.decode("ascii") for argument in arguments]
        stanzas.append(Stanza(names[0], tuple(names[1:]), body))


def _open_source(src: Source, armor: bool | None) -> _Lookahead:
    raw = as_readable(src)
    if armor is None:
        probe = _Lookahead(raw)
        if not looks_armored(probe.peek(64)):
            return probe
        return _Lookahead(ArmorReader(probe))
    return _Lookahead(ArmorReader(raw)) if armor else _Lookahead(raw)


def parse_header(src: Source, *, armor: bool | None = None) -> AgeHeader:
    """Read and check the syntax of an age header without decrypting anything."""
    return _read_header(_open_source(src, armor))


def _build_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    without_mac = VERSION_LINE + b"".join(s.to_bytes() for s in stanzas) + _MAC_MARK
    mac = _header_mac(file_key, without_mac)
    return without_mac + b" " + b64encode_raw(mac).encode("ascii") + b"\n"


class Encryptor:
    """Writes an age file to ``dst``: the header at once, the payload as it is written.

    ``header_bytes`` (binary header, MAC line included; before armor) is available right
    after construction. ``close()`` writes the final chunk (and the armor END line); it
    does not close ``dst``. Leaving the ``with`` block through an exception does NOT
    finish the file, so a partial output is always detectably truncated.
    """

    def __init__(
        self, recipients: Iterable[Recipient], dst: Writable, *, armor: bool = False
    ) -> None:
        recipient_list = list(recipients)
        if not recipient_list:
            raise AgeError("age.no_recipients")
        if len({bool(r.post_quantum) for r in recipient_list}) > 1:
            # A hybrid stanza next to a classic one would let a quantum adversary
            # recover the file key from the classic stanza: never write such a file.
            raise AgeError("age.mixed_recipients")
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas = [stanza for r in recipient_list for stanza in r.wrap(file_key)]
        self.header_bytes: bytes = _build_header(stanzas, file_key)
        self.stanzas: tuple[Stanza, ...] = tuple(stanzas)
        self._armor = ArmorWriter(dst) if armor else None
        out: Writable = self._armor if self._armor is not None else dst
        nonce = os.urandom(NONCE_SIZE)
        write_all(out, self.header_bytes + nonce)
        self._stream = StreamWriter(_hkdf(file_key, nonce, b"payload"), out)
        self._closed = False

    @property
    def plaintext_bytes(self) -> int:
        return self._stream.plaintext_bytes

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._stream.write(data)

    def close(self) -> None:
        """Finish the file (final chunk, armor footer). Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._stream.close()
        if self._armor is not None:
            self._armor.close()

    def abort(self) -> None:
        """Stop without finishing: what was written stays an invalid, truncated file."""
        self._closed = True
        self._stream.abort()

    def __enter__(self) -> Encryptor:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def encrypt(recipients: Iterable[Recipient], dst: Writable, *, armor: bool = False) -> Encryptor:
    """Start an age file for ``recipients`` on ``dst``; see Encryptor."""
    return Encryptor(recipients, dst, armor=armor)


class Decryptor:
    """An opened age file: header checked and authenticated, payload ready to stream.

    Iterate for authenticated chunks, or use ``read``/``readinto``/``copy_to``.
    """

    def __init__(
        self, identities: Iterable[Identity], src: Source, *, armor: bool | None = None
    ) -> None:
        identity_list = list(identities)
        source = _open_source(src, armor)
        header = _read_header(source)
        if any(s.type == SCRYPT_STANZA for s in header.stanzas) and len(header.stanzas) != 1:
            # A passphrase file must not be openable by anyone else as well (spec).
            raise _header_error("scrypt_not_alone")
        file_key: bytes | None = None
        matched: Identity | None = None
        for identity in identity_list:
            file_key = identity.unwrap(header.stanzas)
            if file_key is not None:
                matched = identity
                break
        if file_key is None or matched is None:
            raise AgeError("age.no_match", stanzas=len(header.stanzas))
        if not _hmac.compare_digest(_header_mac(file_key, header.mac_input), header.mac):
            raise AgeError("age.hmac")
        nonce = source.read_exact(NONCE_SIZE)
        if len(nonce) != NONCE_SIZE:
            raise _header_error("nonce")
        self.header: AgeHeader = header
        self.header_bytes: bytes = header.header_bytes
        self.stanzas: tuple[Stanza, ...] = header.stanzas
        self.matched: Identity = matched
        self._stream = StreamReader(_hkdf(file_key, nonce, b"payload"), source)

    @property
    def done(self) -> bool:
        """True once the final chunk was authenticated: the whole payload was released."""
        return self._stream.done

    @property
    def plaintext_bytes(self) -> int:
        return self._stream.plaintext_bytes

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def read_chunk(self) -> bytes:
        return self._stream.read_chunk()

    def read_block(self, size: int = BLOCK_SIZE) -> bytearray:
        """Up to ``size`` bytes of authenticated plaintext in a new buffer (see
        StreamReader.read_block); empty at the verified end."""
        return self._stream.read_block(size)

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        return self._stream.readinto(buffer)

    def copy_to(self, dst: Writable, progress: Progress | None = None) -> int:
        """Write all plaintext to ``dst``, chunk by chunk as each authenticates."""
        return self._stream.copy_to(dst, progress)

    def close(self) -> None:
        """Nothing to release; the source belongs to the caller."""

    def __enter__(self) -> Decryptor:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()


def open_decryptor(
    identities: Iterable[Identity], src: Source, *, armor: bool | None = None
) -> Decryptor:
    """Open the age file in ``src`` with the first identity that matches.

    ``armor=None`` detects ASCII armor from the first bytes; True or False force it.
    """
    return Decryptor(identities, src, armor=armor)


def encrypt_bytes(
    recipients: Iterable[Recipient], plaintext: bytes, *, armor: bool = False
) -> bytes:
    out = io.BytesIO()
    with encrypt(recipients, out, armor=armor) as writer:
        writer.write(plaintext)
    return out.getvalue()


def decrypt_bytes(
    identities: Iterable[Identity], data: bytes, *, armor: bool | None = None
) -> bytes:
    with open_decryptor(identities, io.BytesIO(data), armor=armor) as reader:
        return reader.read()
