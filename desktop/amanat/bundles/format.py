"""The sealed bundle container, version 2 (reads 1): constants, limits, header, manifest.

Specified in docs/bundle-format.md; this module and the spec change together. The
container is the plaintext of an age file's payload:

    prefix        MAGIC (14) | version u16 | header_length u32
    inner header  header_length bytes (InnerHeader.encode)
    entries       kind u8 | entry_id 16 | length u64 | data, in manifest order
    trailer       Ed25519 signature (64) over SIGNATURE_DOMAIN
                  || SHA-256(age header bytes) || SHA-256(prefix || inner header)

Every integer is unsigned big-endian. Parsing raises only BundleError.

Version 2 differs from 1 only inside record entries: each revision carries its
author's signature (bundles.entries). Readers open both; writers write 2.
"""

from __future__ import annotations

import enum
import hashlib
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from amanat.crypto.cards import IdentityCard, parse_card
from amanat.domain.errors import BundleError, ContactError
from amanat.domain.model import RecordKind

MAGIC = b"AMANAT-BUNDLE\x00"
VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})
PREFIX_SIZE = len(MAGIC) + 2 + 4
SIGNATURE_DOMAIN = b"amanat/bundle/v1/signature\x00"
SIGNATURE_SIZE = 64
BUNDLE_ID_SIZE = 16
ENTRY_ID_SIZE = 16
HASH_SIZE = 32
FINGERPRINT_DIGITS = 60
ENTRY_FRAME_SIZE = 1 + ENTRY_ID_SIZE + 8
MANIFEST_ENTRY_SIZE = 1 + ENTRY_ID_SIZE + 8 + HASH_SIZE

# Limits (docs/bundle-format.md, "Limits"): a reader refuses anything larger before
# allocating for it, so a hostile length cannot exhaust memory or disk.
MAX_HEADER_SIZE = 64 << 20
MAX_ENTRIES = 1_000_000
MAX_RECIPIENTS = 32
MAX_SENDER_CARD = 4096
MAX_RECORD_ENTRY = 64 << 20
MAX_BODY_ENTRY = 1 << 40
MAX_SEQUENCE = (1 << 63) - 1
# 9999-12-31T23:59:59.999Z: the last instant an ISO 8601 date with four year digits
# (and Python's datetime) can show; 2^53 - 1 before issue 16, which made a stranger's
# bundle fail with an untyped error where it should be shown or refused.
MAX_CREATED_MS = 253_402_300_799_999


class Profile(enum.StrEnum):
    """Redaction profiles (bundles.redaction)."""

    FULL = "full"
    NO_CONTACTS = "no-contacts"
    ADVOCACY = "advocacy"

    @property
    def code(self) -> int:
        return _PROFILE_CODES[self]

    @classmethod
    def from_code(cls, code: int) -> Profile:
        for profile, value in _PROFILE_CODES.items():
            if value == code:
                return profile
        raise malformed("profile")

    @classmethod
    def parse(cls, text: str) -> Profile:
        try:
            return cls(text)
        except ValueError:
            raise BundleError("bundle.unknown_profile") from None


_PROFILE_CODES = {Profile.FULL: 0, Profile.NO_CONTACTS: 1, Profile.ADVOCACY: 2}


class RecipientType(enum.IntEnum):
    X25519 = 1
    HYBRID = 2

    @property
    def stanza_type(self) -> str:
        return "X25519" if self is RecipientType.X25519 else "mlkem768x25519"


class EntryKind(enum.IntEnum):
    """Entry kinds in manifest order: records (in the order they must be applied, so a
    withdrawal finds its testimony and an annotation its target), then attachment bodies."""

    PERSON = 1
    PLACE = 2
    RELATIONSHIP = 3
    CASE = 4
    EVENT = 5
    TESTIMONY = 6
    ATTACHMENT = 7
    WITHDRAWAL = 8
    ANNOTATION = 9
    REVIEW = 10  # after its case (docs/review.md §2)
    GRADE = 11  # after its testimony or event
    # Follow-ups (docs/review.md §6), numbered 0x3C.. so other new kinds can take 10..
    FOLLOWUP = 0x3C
    FOLLOWUP_ANSWER = 0x3D
    # Reviewers' person decisions (docs/review.md §5), after everything they name.
    PERSON_MERGE = 30
    PERSON_DISTINCT = 31
    BODY = 0x40

    @property
    def is_record(self) -> bool:
        return self is not EntryKind.BODY

    @property
    def record_kind(self) -> RecordKind:
        return RecordKind(self.name.lower())

    @classmethod
    def of_record(cls, kind: RecordKind) -> EntryKind:
        return cls[kind.name]

    @property
    def label(self) -> str:
        return "body" if self is EntryKind.BODY else self.record_kind.value


def malformed(what: str, **params: object) -> BundleError:
    return BundleError("bundle.malformed", what=what, **params)


def limit_error(what: str, **params: object) -> BundleError:
    return BundleError("bundle.limit", what=what, **params)


def id_bytes(record_id: str) -> bytes:
    """A record id (32 lower-case hex digits) as its 16 bytes."""
    if len(record_id) != 2 * ENTRY_ID_SIZE or record_id.lower() != record_id:
        raise malformed("entry_id")
    try:
        return bytes.fromhex(record_id)
    except ValueError:
        raise malformed("entry_id") from None


def fingerprint_digits(fingerprint: str) -> bytes:
    """'12345 67890 ...' (12 groups) -> the 60 ASCII digits."""
    digits = fingerprint.replace(" ", "").encode("ascii")
    if len(digits) != FINGERPRINT_DIGITS or not digits.isdigit():
        raise malformed("fingerprint")
    return digits


def format_fingerprint(digits: bytes) -> str:
    text = digits.decode("ascii")
    return " ".join(text[i : i + 5] for i in range(0, len(text), 5))


@dataclass(frozen=True)
class ManifestEntry:
    kind: EntryKind
    entry_id: bytes  # 16 bytes
    length: int
    sha256: bytes

    @property
    def id_hex(self) -> str:
        return self.entry_id.hex()

    def sort_key(self) -> bytes:
        return bytes([self.kind]) + self.entry_id

    def encode(self) -> bytes:
        return bytes([self.kind]) + self.entry_id + struct.pack(">Q", self.length) + self.sha256


def _check_entry(kind_code: int, length: int) -> EntryKind:
    try:
        kind = EntryKind(kind_code)
    except ValueError:
        raise malformed("entry_kind", kind=kind_code) from None
    limit = MAX_BODY_ENTRY if kind is EntryKind.BODY else MAX_RECORD_ENTRY
    if length > limit:
        raise limit_error("entry_length", kind=kind.label, size=length, limit=limit)
    return kind


class Manifest:
    """The manifest as its raw bytes, decoded entry by entry on demand.

    Kept as bytes (57 per entry) rather than objects: a million entries stay 57 MB, not
    several hundred. Entries are strictly increasing in (kind, entry_id), which makes
    every (kind, id) unique without a set in memory.
    """

    def __init__(self, raw: bytes, count: int) -> None:
        self._raw = raw
        self._count = count
        self._lengths: dict[EntryKind | None, int] | None = None

    @classmethod
    def build(cls, entries: Sequence[ManifestEntry]) -> Manifest:
        if len(entries) > MAX_ENTRIES:
            raise limit_error("entries", count=len(entries), limit=MAX_ENTRIES)
        previous = b""
        for entry in entries:
            key = entry.sort_key()
            if key <= previous:
                raise malformed("manifest_order")
            previous = key
            _check_entry(entry.kind, entry.length)
        return cls(b"".join(e.encode() for e in entries), len(entries))

    @classmethod
    def decode(cls, raw: bytes, count: int) -> Manifest:
        """Check every entry (kind, limits, order) once; then indexing cannot fail."""
        if len(raw) != count * MANIFEST_ENTRY_SIZE:
            raise malformed("manifest_size")
        previous = b""
        for i in range(count):
            offset = i * MANIFEST_ENTRY_SIZE
            key = raw[offset : offset + 1 + ENTRY_ID_SIZE]
            (length,) = struct.unpack_from(">Q", raw, offset + 1 + ENTRY_ID_SIZE)
            _check_entry(raw[offset], length)
            if key <= previous:
                raise malformed("manifest_order", index=i)
            previous = key
        return cls(raw, count)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> ManifestEntry:
        if not 0 <= index < self._count:
            raise IndexError(index)
        offset = index * MANIFEST_ENTRY_SIZE
        raw = self._raw
        id_end = offset + 1 + ENTRY_ID_SIZE
        (length,) = struct.unpack_from(">Q", raw, id_end)
        return ManifestEntry(
            kind=EntryKind(raw[offset]),
            entry_id=raw[offset + 1 : id_end],
            length=length,
            sha256=raw[id_end + 8 : id_end + 8 + HASH_SIZE],
        )

    def __iter__(self) -> Iterator[ManifestEntry]:
        for i in range(self._count):
            yield self[i]

    def encode(self) -> bytes:
        return self._raw

    def total_length(self, kind: EntryKind | None = None) -> int:
        """Bytes of all entries (of one kind), computed once from the raw manifest."""
        if self._lengths is None:
            lengths: dict[EntryKind | None, int] = {None: 0}
            for kind_code, _entry_id, length, _sha in struct.iter_unpack(">B16sQ32s", self._raw):
                entry_kind = EntryKind(kind_code)
                lengths[entry_kind] = lengths.get(entry_kind, 0) + length
                lengths[None] += length
            self._lengths = lengths
        return self._lengths.get(kind, 0)

    def count(self, kind: EntryKind) -> int:
        return sum(1 for e in self if e.kind is kind)


@dataclass(frozen=True)
class InnerHeader:
    bundle_id: bytes
    created_ms: int  # milliseconds since the Unix epoch, UTC
    sequence: int  # the sender's bundle counter, from 1
    profile: Profile
    recipient_type: RecipientType
    sender_card: IdentityCard
    custody_seq: int  # the sender's custody log tail when sealing
    custody_hash: bytes
    recipients: tuple[bytes, ...]  # fingerprints, 60 ASCII digits each, sorted
    manifest: Manifest

    @property
    def bundle_id_hex(self) -> str:
        return self.bundle_id.hex()

    @property
    def recipient_fingerprints(self) -> list[str]:
        return [format_fingerprint(r) for r in self.recipients]

    def encode(self) -> bytes:
        if len(self.bundle_id) != BUNDLE_ID_SIZE or len(self.custody_hash) != HASH_SIZE:
            raise malformed("header_field")
        if not 1 <= len(self.recipients) <= MAX_RECIPIENTS:
            raise limit_error("recipients", count=len(self.recipients), limit=MAX_RECIPIENTS)
        if list(self.recipients) != sorted(set(self.recipients)):
            raise malformed("recipient_order")
        if not 1 <= self.sequence <= MAX_SEQUENCE or not 0 <= self.created_ms <= MAX_CREATED_MS:
            raise malformed("header_field")
        card = self.sender_card.to_bytes()
        parts = [
            self.bundle_id,
            struct.pack(">QQ", self.created_ms, self.sequence),
            bytes([self.profile.code, int(self.recipient_type)]),
            struct.pack(">H", len(card)),
            card,
            struct.pack(">Q", self.custody_seq),
            self.custody_hash,
            bytes([len(self.recipients)]),
            *self.recipients,
            struct.pack(">I", len(self.manifest)),
            self.manifest.encode(),
        ]
        encoded = b"".join(parts)
        if len(encoded) > MAX_HEADER_SIZE:
            raise limit_error("header", size=len(encoded), limit=MAX_HEADER_SIZE)
        return encoded


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._position = 0

    def take(self, size: int, what: str) -> bytes:
        end = self._position + size
        if end > len(self._data):
            raise malformed("header_truncated", field=what)
        chunk = self._data[self._position : end]
        self._position = end
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple[int, ...]:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt), what))

    @property
    def remaining(self) -> int:
        return len(self._data) - self._position


def decode_inner_header(data: bytes) -> InnerHeader:
    cursor = _Cursor(data)
    bundle_id = cursor.take(BUNDLE_ID_SIZE, "bundle_id")
    created_ms, sequence = cursor.unpack(">QQ", "created")
    if created_ms > MAX_CREATED_MS:
        raise malformed("created")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise malformed("sequence")
    profile_code, recipient_code = cursor.take(2, "profile")
    profile = Profile.from_code(profile_code)
    try:
        recipient_type = RecipientType(recipient_code)
    except ValueError:
        raise malformed("recipient_type") from None
    (card_length,) = cursor.unpack(">H", "sender_card")
    if card_length > MAX_SENDER_CARD:
        raise limit_error("sender_card", size=card_length, limit=MAX_SENDER_CARD)
    try:
        card = parse_card(cursor.take(card_length, "sender_card"))
    except ContactError as exc:
        raise BundleError("bundle.sender_card", reason=exc.code) from None
    (custody_seq,) = cursor.unpack(">Q", "custody_seq")
    custody_hash = cursor.take(HASH_SIZE, "custody_hash")
    (recipient_count,) = cursor.take(1, "recipients")
    if not 1 <= recipient_count <= MAX_RECIPIENTS:
        raise limit_error("recipients", count=recipient_count, limit=MAX_RECIPIENTS)
    recipients = tuple(cursor.take(FINGERPRINT_DIGITS, "recipient") for _ in range(recipient_count))
    if any(not r.isdigit() or not r.isascii() for r in recipients):
        raise malformed("recipient")
    if list(recipients) != sorted(set(recipients)):
        raise malformed("recipient_order")
    (entry_count,) = cursor.unpack(">I", "entry_count")
    if entry_count > MAX_ENTRIES:
        raise limit_error("entries", count=entry_count, limit=MAX_ENTRIES)
    if entry_count * MANIFEST_ENTRY_SIZE != cursor.remaining:
        raise malformed("manifest_size")
    manifest = Manifest.decode(
        cursor.take(entry_count * MANIFEST_ENTRY_SIZE, "manifest"), entry_count
    )
    return InnerHeader(
        bundle_id=bundle_id,
        created_ms=created_ms,
        sequence=sequence,
        profile=profile,
        recipient_type=recipient_type,
        sender_card=card,
        custody_seq=custody_seq,
        custody_hash=custody_hash,
        recipients=recipients,
        manifest=manifest,
    )


def encode_prefix(header_length: int) -> bytes:
    if header_length > MAX_HEADER_SIZE:
        raise limit_error("header", size=header_length, limit=MAX_HEADER_SIZE)
    return MAGIC + struct.pack(">HI", VERSION, header_length)


def decode_prefix(prefix: bytes) -> tuple[int, int]:
    """(format version, the inner header's length), after checking magic and version."""
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        raise BundleError("bundle.not_a_bundle")
    if len(prefix) != PREFIX_SIZE:
        raise BundleError("bundle.truncated", where="prefix")
    version, header_length = struct.unpack(">HI", prefix[len(MAGIC) :])
    if version not in READABLE_VERSIONS:
        raise BundleError("bundle.version", found=version, supported=VERSION)
    if header_length > MAX_HEADER_SIZE:
        raise limit_error("header", size=header_length, limit=MAX_HEADER_SIZE)
    return int(version), int(header_length)


def encode_entry_frame(entry: ManifestEntry) -> bytes:
    return bytes([entry.kind]) + entry.entry_id + struct.pack(">Q", entry.length)


def decode_entry_frame(frame: bytes) -> tuple[int, bytes, int]:
    kind = frame[0]
    entry_id = frame[1 : 1 + ENTRY_ID_SIZE]
    (length,) = struct.unpack(">Q", frame[1 + ENTRY_ID_SIZE :])
    return kind, entry_id, length


def signature_message(age_header: bytes, header_block: bytes) -> bytes:
    """What the trailer signs. ``header_block`` = prefix || inner header."""
    return (
        SIGNATURE_DOMAIN
        + hashlib.sha256(age_header).digest()
        + hashlib.sha256(header_block).digest()
    )
