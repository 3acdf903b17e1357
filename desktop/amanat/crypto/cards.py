"""Identity cards: a vault's public keys, named and self-signed (docs/identity-card.md).

A card carries the display name, the creation time, the Ed25519 signing key, the age
X25519 key and the ML-KEM-768+X25519 hybrid key, signed by the Ed25519 key itself. The
self-signature proves that whoever made the card holds the signing key and that the
parts belong together; it does NOT prove who that is: only comparing the fingerprint
over a trusted channel does (a contact stays "unverified" until then).

A rotated identity's card (version 2) also carries the current key statement
(crypto.identity.KeyStatement): the anchor keys stay in the card's key fields, so the
fingerprint does not change, and the statement names the keys to seal to now. A card
of generation 0 is written as version 1, byte for byte as before.

Two forms of the same bytes: a small binary file, and a text block (base64 between
BEGIN/END lines) for messengers and e-mail. ``parse_card`` accepts either and raises
only ContactError (``contact.card_*`` codes), whatever the input.
"""

from __future__ import annotations

import binascii
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from amanat.crypto.age_recipients import HYBRID_PUBLIC_SIZE, HybridRecipient, X25519Recipient
from amanat.crypto.identity import MAX_GENERATION, Identity, KeyStatement, PublicKeys, fingerprint
from amanat.domain.errors import AgeError, ContactError
from amanat.domain.text_safety import name_problem

MAGIC = b"AMANAT-CARD\x00"
VERSION = 1  # generation 0: no key statement
VERSION_ROTATED = 2  # with the current key statement (docs/identity-card.md)
VERSIONS = (VERSION, VERSION_ROTATED)
SIGNATURE_DOMAIN = b"amanat/identity-card/v1\x00"
SIGNATURE_SIZE = 64
KEY_SIZE = 32
MAX_NAME_BYTES = 256
MAX_CREATED_BYTES = 40
# The largest valid card is about 1.6 KB; the text form about 2.2 KB. Anything far
# larger is not a card, and is refused before any parsing.
MAX_CARD_BYTES = 4096
MAX_TEXT_BYTES = 8192
TEXT_BEGIN = "-----BEGIN AMANAT IDENTITY CARD-----"
TEXT_END = "-----END AMANAT IDENTITY CARD-----"
TEXT_COLUMNS = 64
_B64_LINE = re.compile(r"[A-Za-z0-9+/=]+")


def _error(reason: str, **params: object) -> ContactError:
    return ContactError("contact.card_malformed", reason=reason, **params)


def check_display_name(name: object) -> str:
    """The rules a card's display name follows (NFC, bounded, only visible characters:
    domain.text_safety.name_problem; ContactError("contact.bad_name") otherwise)."""
    if not isinstance(name, str):
        raise _error("name_type")
    if not name or name != name.strip():
        raise _error("name_blank")
    if unicodedata.normalize("NFC", name) != name:
        raise _error("name_not_nfc")
    problem = name_problem(name)
    if problem is not None:
        raise ContactError("contact.bad_name", reason=problem)
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise _error("name_too_long", limit=MAX_NAME_BYTES)
    return name


def _check_created(created: object) -> str:
    if not isinstance(created, str) or not created.isascii():
        raise _error("created")
    if not created or len(created) > MAX_CREATED_BYTES:
        raise _error("created")
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        raise _error("created") from None
    if when.tzinfo is None:
        raise _error("created")
    return created


def _check_keys(signing: bytes, x25519: bytes, hybrid: bytes) -> None:
    if len(signing) != KEY_SIZE or len(x25519) != KEY_SIZE:
        raise _error("key_size")
    if hybrid and len(hybrid) != HYBRID_PUBLIC_SIZE:
        raise _error("key_size")
    try:
        Ed25519PublicKey.from_public_bytes(signing)
        X25519Recipient.from_bytes(x25519)
        if hybrid:
            HybridRecipient.from_bytes(hybrid)
    except (ValueError, AgeError):
        raise _error("key_invalid") from None


@dataclass(frozen=True)
class IdentityCard:
    display_name: str
    created: str  # ISO 8601 with a UTC offset, as the identity records it
    signing: bytes  # Ed25519 public key
    x25519: bytes  # age X25519 recipient
    hybrid: bytes  # age ML-KEM-768+X25519 recipient (1216 bytes), or b"" if none
    signature: bytes = field(repr=False)
    # Version 2: the current key generation, signed by ``signing`` (None: generation 0).
    statement: KeyStatement | None = None

    @property
    def public_keys(self) -> PublicKeys:
        """The anchor's keys (generation 0): what the fingerprint is made of."""
        return PublicKeys(signing=self.signing, x25519=self.x25519, hybrid=self.hybrid)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_keys)

    @property
    def has_hybrid(self) -> bool:
        return bool(self.encryption_hybrid)

    @property
    def generation(self) -> int:
        return 0 if self.statement is None else self.statement.generation

    @property
    def encryption_x25519(self) -> bytes:
        """The X25519 key to seal to now: the statement's, else the anchor's."""
        return self.x25519 if self.statement is None else self.statement.x25519

    @property
    def encryption_hybrid(self) -> bytes:
        return self.hybrid if self.statement is None else self.statement.hybrid

    def signed_part(self) -> bytes:
        return _signed_part(
            self.display_name, self.created, self.signing, self.x25519, self.hybrid, self.statement
        )

    def to_bytes(self) -> bytes:
        return self.signed_part() + self.signature

    def to_text(self) -> str:
        encoded = binascii.b2a_base64(self.to_bytes(), newline=False).decode("ascii")
        lines = [encoded[i : i + TEXT_COLUMNS] for i in range(0, len(encoded), TEXT_COLUMNS)]
        return "\n".join([TEXT_BEGIN, *lines, TEXT_END]) + "\n"

    def same_keys(self, other: IdentityCard) -> bool:
        return (self.signing, self.x25519, self.hybrid) == (
            other.signing,
            other.x25519,
            other.hybrid,
        )


def _statement_part(statement: KeyStatement | None) -> bytes:
    if statement is None:
        return b""
    created = statement.created.encode("ascii")
    return b"".join(
        (
            struct.pack(">I", statement.generation),
            bytes([len(created)]),
            created,
            statement.x25519,
            struct.pack(">H", len(statement.hybrid)),
            statement.hybrid,
            statement.signature,
        )
    )


def _signed_part(
    name: str,
    created: str,
    signing: bytes,
    x25519: bytes,
    hybrid: bytes,
    statement: KeyStatement | None = None,
) -> bytes:
    name_bytes = name.encode("utf-8")
    created_bytes = created.encode("ascii")
    return b"".join(
        (
            MAGIC,
            bytes([VERSION if statement is None else VERSION_ROTATED]),
            struct.pack(">H", len(name_bytes)),
            name_bytes,
            bytes([len(created_bytes)]),
            created_bytes,
            signing,
            x25519,
            struct.pack(">H", len(hybrid)),
            hybrid,
            _statement_part(statement),
        )
    )


def make_card(identity: Identity) -> IdentityCard:
    """The signed card of a vault identity."""
    name = check_display_name(identity.display_name)
    created = _check_created(identity.created)
    keys = identity.public
    statement = identity.statement
    body = _signed_part(name, created, keys.signing, keys.x25519, keys.hybrid, statement)
    signature = identity.sign(SIGNATURE_DOMAIN + body)
    return IdentityCard(name, created, keys.signing, keys.x25519, keys.hybrid, signature, statement)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self.position = 0

    def take(self, size: int, what: str) -> bytes:
        end = self.position + size
        if end > len(self._data):
            raise _error("truncated", field=what)
        chunk = self._data[self.position : end]
        self.position = end
        return chunk

    def u8(self, what: str) -> int:
        return self.take(1, what)[0]

    def u16(self, what: str) -> int:
        value: int = struct.unpack(">H", self.take(2, what))[0]
        return value

    @property
    def remaining(self) -> int:
        return len(self._data) - self.position


def decode_card_bytes(data: bytes) -> IdentityCard:
    """Parse and verify the binary form."""
    if len(data) > MAX_CARD_BYTES:
        raise _error("too_large", limit=MAX_CARD_BYTES)
    cursor = _Cursor(bytes(data))
    if cursor.take(len(MAGIC), "magic") != MAGIC:
        raise _error("magic")
    version = cursor.u8("version")
    if version not in VERSIONS:
        raise ContactError("contact.card_version", found=version, supported=VERSION_ROTATED)
    name_length = cursor.u16("name")
    if name_length > MAX_NAME_BYTES:
        raise _error("name_too_long", limit=MAX_NAME_BYTES)
    try:
        name = cursor.take(name_length, "name").decode("utf-8")
    except UnicodeDecodeError:
        raise _error("name_encoding") from None
    check_display_name(name)
    created_length = cursor.u8("created")
    try:
        created = cursor.take(created_length, "created").decode("ascii")
    except UnicodeDecodeError:
        raise _error("created") from None
    _check_created(created)
    signing = cursor.take(KEY_SIZE, "signing_key")
    x25519 = cursor.take(KEY_SIZE, "x25519_key")
    hybrid_length = cursor.u16("hybrid_key")
    if hybrid_length not in (0, HYBRID_PUBLIC_SIZE):
        raise _error("key_size")
    hybrid = cursor.take(hybrid_length, "hybrid_key")
    statement = _read_statement(cursor) if version == VERSION_ROTATED else None
    signature = cursor.take(SIGNATURE_SIZE, "signature")
    if cursor.remaining:
        raise _error("trailing_data")
    _check_keys(signing, x25519, hybrid)
    card = IdentityCard(name, created, signing, x25519, hybrid, signature, statement)
    try:
        Ed25519PublicKey.from_public_bytes(signing).verify(
            signature, SIGNATURE_DOMAIN + card.signed_part()
        )
    except InvalidSignature:
        raise ContactError("contact.card_signature") from None
    if statement is not None:
        check_statement(statement, card.public_keys)
    return card


def check_statement(statement: KeyStatement, anchor: PublicKeys) -> KeyStatement:
    """A key statement must verify under the anchor's signing key (and be bound to that
    anchor): ContactError("contact.generation_signature") otherwise."""
    if not statement.verify(anchor):
        raise ContactError("contact.generation_signature", generation=statement.generation)
    return statement


def _read_statement(cursor: _Cursor) -> KeyStatement:
    (generation,) = struct.unpack(">I", cursor.take(4, "generation"))
    if not 1 <= generation <= MAX_GENERATION:
        raise _error("generation")
    created_length = cursor.u8("generation_created")
    try:
        created = cursor.take(created_length, "generation_created").decode("ascii")
    except UnicodeDecodeError:
        raise _error("created") from None
    _check_created(created)
    x25519 = cursor.take(KEY_SIZE, "generation_x25519")
    if cursor.u16("generation_hybrid") != HYBRID_PUBLIC_SIZE:
        raise _error("key_size")
    hybrid = cursor.take(HYBRID_PUBLIC_SIZE, "generation_hybrid")
    statement_signature = cursor.take(SIGNATURE_SIZE, "generation_signature")
    try:
        X25519Recipient.from_bytes(x25519)
        HybridRecipient.from_bytes(hybrid)
    except (ValueError, AgeError):
        raise _error("key_invalid") from None
    return KeyStatement(generation, created, x25519, hybrid, statement_signature)


def decode_card_text(text: str) -> IdentityCard:
    """Parse and verify the text form (surrounding blank space and CRLF are tolerated:
    cards travel through messengers)."""
    lines = [line.strip() for line in text.lstrip("\ufeff").strip().splitlines()]
    if len(lines) < 3 or lines[0] != TEXT_BEGIN or lines[-1] != TEXT_END:
        raise _error("text_frame")
    body = lines[1:-1]
    if any(not _B64_LINE.fullmatch(line) for line in body):
        raise _error("text_base64")
    joined = "".join(body).encode("ascii")
    try:
        data = binascii.a2b_base64(joined, strict_mode=True)
    except binascii.Error:
        raise _error("text_base64") from None
    # One text per card: padding and unused bits must be canonical.
    if binascii.b2a_base64(data, newline=False) != joined:
        raise _error("text_base64")
    return decode_card_bytes(data)


def parse_card(data: bytes) -> IdentityCard:
    """A card in either form (binary file or text block)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise _error("type")
    raw = bytes(data)
    if raw.startswith(MAGIC):
        return decode_card_bytes(raw)
    if len(raw) > MAX_TEXT_BYTES:
        raise _error("too_large", limit=MAX_TEXT_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _error("magic") from None
    if TEXT_BEGIN not in text:
        raise _error("magic")
    return decode_card_text(text)
