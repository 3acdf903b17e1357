"""age v1 recipient and identity types: X25519, ML-KEM-768+X25519 hybrid, scrypt.

A recipient wraps the 16-byte file key into a stanza; an identity looks through a
header's stanzas for one addressed to it. ``unwrap`` returns None when no stanza is for
this identity, and raises AgeError("age.header") when a stanza of its own type is
malformed, as the specification requires (c2sp.org/age).

The hybrid type is age's ``mlkem768x25519`` (age v1.3): HPKE (RFC 9180) base mode with
the MLKEM768-X25519 KEM (X-Wing combiner), HKDF-SHA256 and ChaCha20-Poly1305. Its secret
key is a 32-byte seed expanded with SHAKE256 into the ML-KEM-768 and X25519 keys
(filippo.io/hpke-pq); the public key is the ML-KEM encapsulation key followed by the
X25519 public key (1216 bytes).
"""

from __future__ import annotations

import binascii
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from amanat.crypto import bech32
from amanat.domain.errors import AgeError

FILE_KEY_SIZE = 16
_WRAPPED_FILE_KEY_SIZE = FILE_KEY_SIZE + 16
_ZERO_NONCE = bytes(12)

X25519_STANZA = "X25519"
X25519_LABEL = b"age-encryption.org/v1/X25519"
X25519_RECIPIENT_HRP = "age"
X25519_IDENTITY_HRP = "AGE-SECRET-KEY-"

HYBRID_STANZA = "mlkem768x25519"
HYBRID_INFO = b"age-encryption.org/mlkem768x25519"
HYBRID_RECIPIENT_HRP = "age1pq"
HYBRID_IDENTITY_HRP = "AGE-SECRET-KEY-PQ-"
MLKEM768_PUBLIC_SIZE = 1184
MLKEM768_CIPHERTEXT_SIZE = 1088
HYBRID_PUBLIC_SIZE = MLKEM768_PUBLIC_SIZE + 32
HYBRID_ENC_SIZE = MLKEM768_CIPHERTEXT_SIZE + 32
_HYBRID_SUITE = hpke.Suite(
    hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
)

SCRYPT_STANZA = "scrypt"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SCRYPT_SALT_SIZE = 16
# The age tool's own ceiling: 2**22 needs 4 GiB of memory and several seconds; anything
# larger is a denial of service, not a passphrase file anyone made on purpose.
SCRYPT_MAX_WORK_FACTOR = 22
_SCRYPT_WORK_FACTOR = re.compile(r"[1-9][0-9]*")

_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def b64encode_raw(data: bytes) -> str:
    """Standard base64 without padding, as age writes it."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").decode("ascii")


def b64decode_canonical(text: str | bytes, what: str) -> bytes:
    """Decode unpadded base64, rejecting padding and any non-canonical encoding."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else bytes(text)
    if len(raw) % 4 == 1 or not _B64_ALPHABET.issuperset(raw):
        raise AgeError("age.header", reason="base64", field=what)
    padded = raw + b"=" * (-len(raw) % 4)
    try:
        data = binascii.a2b_base64(padded, strict_mode=True)
    except binascii.Error:
        raise AgeError("age.header", reason="base64", field=what) from None
    # Unused low bits of the last character must be zero (RFC 4648 section 3.5).
    if binascii.b2a_base64(data, newline=False).rstrip(b"=") != raw:
        raise AgeError("age.header", reason="base64", field=what)
    return data


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: ``-> type args...`` and its body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def to_bytes(self) -> bytes:
        line = " ".join((self.type, *self.args))
        encoded = b64encode_raw(self.body)
        lines = [encoded[i : i + 64] for i in range(0, len(encoded), 64)]
        if not lines or len(lines[-1]) == 64:
            lines.append("")  # the body always ends with a line shorter than 64 columns
        return ("-> " + line + "\n" + "".join(part + "\n" for part in lines)).encode("ascii")


class Recipient(Protocol):
    post_quantum: ClassVar[bool]

    def wrap(self, file_key: bytes) -> list[Stanza]: ...

    def to_string(self) -> str: ...


class Identity(Protocol):
    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _open_file_key(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def _check_file_key(file_key: bytes) -> None:
    if len(file_key) != FILE_KEY_SIZE:
        raise AgeError("age.bad_key", reason="file_key_size", size=len(file_key))


def _decode_key(text: str, hrp: str, size: int, kind: str) -> bytes:
    if not isinstance(text, str):
        raise AgeError("age.bad_key", reason="not_text", kind=kind)
    found_hrp, data = bech32.decode(text)
    # Case-sensitive on purpose: the age tool writes recipients in lowercase and
    # identities in uppercase, and accepts only that.
    if found_hrp != hrp:
        raise AgeError("age.bad_key", reason="wrong_type", kind=kind)
    if len(data) != size:
        raise AgeError("age.bad_key", reason="key_size", kind=kind, size=len(data))
    return data


# --- X25519 -----------------------------------------------------------------------------


class X25519Recipient:
    """An ``age1...`` recipient."""

    post_quantum: ClassVar[bool] = False

    def __init__(self, public_key: x25519.X25519PublicKey) -> None:
        self._key = public_key
        self._bytes = public_key.public_bytes_raw()

    @classmethod
    def from_bytes(cls, public: bytes) -> X25519Recipient:
        if len(public) != 32:
            raise AgeError("age.bad_key", reason="key_size", kind="x25519", size=len(public))
        return cls(x25519.X25519PublicKey.from_public_bytes(public))

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        return cls.from_bytes(_decode_key(text, X25519_RECIPIENT_HRP, 32, "x25519_recipient"))

    def public_bytes(self) -> bytes:
        return self._bytes

    def to_string(self) -> str:
        return bech32.encode(X25519_RECIPIENT_HRP, self._bytes)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        _check_file_key(file_key)
        ephemeral = x25519.X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            shared = ephemeral.exchange(self._key)
        except ValueError:
            # Only a low-order recipient key gives an all-zero secret.
            raise AgeError("age.bad_key", reason="low_order", kind="x25519") from None
        wrap_key = _hkdf(shared, share + self._bytes, X25519_LABEL)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza(X25519_STANZA, (b64encode_raw(share),), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._bytes == self._bytes

    def __hash__(self) -> int:
        return hash((X25519Recipient, self._bytes))

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()})"


class X25519Identity:
    """An ``AGE-SECRET-KEY-1...`` identity."""

    def __init__(self, private_key: x25519.X25519PrivateKey) -> None:
        self._key = private_key
        self._public = X25519Recipient(private_key.public_key())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls.from_bytes(os.urandom(32))

    @classmethod
    def from_bytes(cls, private: bytes) -> X25519Identity:
        if len(private) != 32:
            raise AgeError("age.bad_key", reason="key_size", kind="x25519", size=len(private))
        return cls(x25519.X25519PrivateKey.from_private_bytes(private))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        return cls.from_bytes(_decode_key(text, X25519_IDENTITY_HRP, 32, "x25519_identity"))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes_raw()

    def public_bytes(self) -> bytes:
        return self._public.public_bytes()

    def to_public(self) -> X25519Recipient:
        return self._public

    def to_string(self) -> str:
        return bech32.encode(X25519_IDENTITY_HRP, self.private_bytes())

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != X25519_STANZA:
                continue
            if len(stanza.args) != 1:
                raise AgeError("age.header", reason="stanza_arguments", type="X25519")
            share = b64decode_canonical(stanza.args[0], "x25519_share")
            if len(share) != 32:
                raise AgeError("age.header", reason="share_size", type="X25519")
            # Checked before decrypting, against partitioning oracle attacks.
            if len(stanza.body) != _WRAPPED_FILE_KEY_SIZE:
                raise AgeError("age.header", reason="body_size", type="X25519")
            try:
                shared = self._key.exchange(x25519.X25519PublicKey.from_public_bytes(share))
            except ValueError:
                raise AgeError("age.header", reason="low_order_share", type="X25519") from None
            wrap_key = _hkdf(shared, share + self._public.public_bytes(), X25519_LABEL)
            file_key = _open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"X25519Identity(public={self._public.to_string()})"


# --- ML-KEM-768 + X25519 hybrid ------------------------------------------------------


def _expand_hybrid_seed(seed: bytes) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
    expanded = hashlib.shake_256(seed).digest(64 + 32)
    return (
        mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        x25519.X25519PrivateKey.from_private_bytes(expanded[64:]),
    )


class HybridRecipient:
    """An ``age1pq1...`` post-quantum hybrid recipient (ML-KEM-768 + X25519)."""

    post_quantum: ClassVar[bool] = True

    def __init__(self, public: bytes) -> None:
        if len(public) != HYBRID_PUBLIC_SIZE:
            raise AgeError("age.bad_key", reason="key_size", kind="hybrid", size=len(public))
        try:
            pq = mlkem.MLKEM768PublicKey.from_public_bytes(public[:MLKEM768_PUBLIC_SIZE])
            classic = x25519.X25519PublicKey.from_public_bytes(public[MLKEM768_PUBLIC_SIZE:])
        except ValueError:
            raise AgeError("age.bad_key", reason="invalid_public_key", kind="hybrid") from None
        self._key = hpke.MLKEM768X25519PublicKey(pq, classic)
        self._bytes = bytes(public)

    @classmethod
    def from_bytes(cls, public: bytes) -> HybridRecipient:
        return cls(public)

    @classmethod
    def parse(cls, text: str) -> HybridRecipient:
        return cls(_decode_key(text, HYBRID_RECIPIENT_HRP, HYBRID_PUBLIC_SIZE, "hybrid_recipient"))

    def public_bytes(self) -> bytes:
        return self._bytes

    def to_string(self) -> str:
        return bech32.encode(HYBRID_RECIPIENT_HRP, self._bytes)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        _check_file_key(file_key)
        sealed = _HYBRID_SUITE.encrypt(file_key, self._key, info=HYBRID_INFO)
        enc, body = sealed[:HYBRID_ENC_SIZE], sealed[HYBRID_ENC_SIZE:]
        return [Stanza(HYBRID_STANZA, (b64encode_raw(enc),), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other._bytes == self._bytes

    def __hash__(self) -> int:
        return hash((HybridRecipient, self._bytes))

    def __repr__(self) -> str:
        return f"HybridRecipient({self.to_string()[:24]}...)"


class HybridIdentity:
    """An ``AGE-SECRET-KEY-PQ-1...`` identity: a 32-byte seed."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise AgeError("age.bad_key", reason="key_size", kind="hybrid", size=len(seed))
        self._seed = bytes(seed)
        pq, classic = _expand_hybrid_seed(self._seed)
        self._classic = classic
        self._key = hpke.MLKEM768X25519PrivateKey(pq, classic)
        self._public = HybridRecipient(
            pq.public_key().public_bytes_raw() + classic.public_key().public_bytes_raw()
        )

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(32))

    @classmethod
    def from_bytes(cls, seed: bytes) -> HybridIdentity:
        return cls(seed)

    @classmethod
    def parse(cls, text: str) -> HybridIdentity:
        return cls(_decode_key(text, HYBRID_IDENTITY_HRP, 32, "hybrid_identity"))

    def private_bytes(self) -> bytes:
        return self._seed

    def public_bytes(self) -> bytes:
        return self._public.public_bytes()

    def to_public(self) -> HybridRecipient:
        return self._public

    def to_string(self) -> str:
        return bech32.encode(HYBRID_IDENTITY_HRP, self._seed)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != HYBRID_STANZA:
                continue
            if len(stanza.args) != 1:
                raise AgeError("age.header", reason="stanza_arguments", type=HYBRID_STANZA)
            enc = b64decode_canonical(stanza.args[0], "hybrid_enc")
            if len(enc) != HYBRID_ENC_SIZE:
                raise AgeError("age.header", reason="share_size", type=HYBRID_STANZA)
            if len(stanza.body) != _WRAPPED_FILE_KEY_SIZE:
                raise AgeError("age.header", reason="body_size", type=HYBRID_STANZA)
            # The X25519 half must not give the all-zero secret (a low-order share):
            # checked here so it is an explicit header error, not a silent non-match.
            share = x25519.X25519PublicKey.from_public_bytes(enc[MLKEM768_CIPHERTEXT_SIZE:])
            try:
                self._classic.exchange(share)
            except ValueError:
                raise AgeError("age.header", reason="low_order_share", type=HYBRID_STANZA) from None
            try:
                file_key = _HYBRID_SUITE.decrypt(enc + stanza.body, self._key, info=HYBRID_INFO)
            except (InvalidTag, ValueError):
                continue
            if len(file_key) == FILE_KEY_SIZE:
                return file_key
        return None

    def __repr__(self) -> str:
        return "HybridIdentity(...)"


# --- scrypt (decryption only) ----------------------------------------------------------


class ScryptIdentity:
    """A passphrase, for files made with ``age -p``. Amanat never writes scrypt stanzas."""

    def __init__(self, passphrase: str, max_work_factor: int = SCRYPT_MAX_WORK_FACTOR) -> None:
        self._passphrase = passphrase.encode("utf-8")
        self._max_work_factor = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != SCRYPT_STANZA:
                continue
            if len(stanza.args) != 2:
                raise AgeError("age.header", reason="stanza_arguments", type=SCRYPT_STANZA)
            salt = b64decode_canonical(stanza.args[0], "scrypt_salt")
            if len(salt) != SCRYPT_SALT_SIZE:
                raise AgeError("age.header", reason="salt_size", type=SCRYPT_STANZA)
            work_text = stanza.args[1]
            if len(work_text) > 2 or not _SCRYPT_WORK_FACTOR.fullmatch(work_text):
                raise AgeError("age.header", reason="work_factor", type=SCRYPT_STANZA)
            work_factor = int(work_text)
            if work_factor > self._max_work_factor:
                raise AgeError(
                    "age.header", reason="work_factor_too_large", work_factor=work_factor
                )
            if len(stanza.body) != _WRAPPED_FILE_KEY_SIZE:
                raise AgeError("age.header", reason="body_size", type=SCRYPT_STANZA)
            kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
            file_key = _open_file_key(kdf.derive(self._passphrase), stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return "ScryptIdentity(...)"


AnyRecipient = X25519Recipient | HybridRecipient
AnyIdentity = X25519Identity | HybridIdentity | ScryptIdentity


def parse_recipient(text: str) -> AnyRecipient:
    """Parse an ``age1...`` or ``age1pq1...`` recipient."""
    if not isinstance(text, str):
        raise AgeError("age.bad_key", reason="not_text", kind="recipient")
    if text.startswith(("ssh-", "ecdsa-sha2-")):
        raise AgeError("age.unsupported", reason="ssh_recipient")
    hrp, _ = bech32.decode(text)
    if hrp == X25519_RECIPIENT_HRP:
        return X25519Recipient.parse(text)
    if hrp == HYBRID_RECIPIENT_HRP:
        return HybridRecipient.parse(text)
    if hrp.startswith("age1"):
        # Plugin and tagged recipients (age1yubikey1..., age1tag1..., age1se1...).
        raise AgeError("age.unsupported", reason="recipient_type")
    raise AgeError("age.bad_key", reason="wrong_type", kind="recipient")


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """Parse an ``AGE-SECRET-KEY-1...`` or ``AGE-SECRET-KEY-PQ-1...`` identity."""
    if not isinstance(text, str):
        raise AgeError("age.bad_key", reason="not_text", kind="identity")
    hrp, _ = bech32.decode(text)
    if hrp == X25519_IDENTITY_HRP:
        return X25519Identity.parse(text)
    if hrp == HYBRID_IDENTITY_HRP:
        return HybridIdentity.parse(text)
    if hrp.startswith("AGE-PLUGIN-"):
        raise AgeError("age.unsupported", reason="identity_type")
    raise AgeError("age.bad_key", reason="wrong_type", kind="identity")


def parse_identity_file(text: str) -> list[X25519Identity | HybridIdentity]:
    """Parse an age identity file: one identity per line, ``#`` comments, blank lines."""
    identities: list[X25519Identity | HybridIdentity] = []
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(parse_identity(line))
        except AgeError as exc:
            raise AgeError(exc.code, **exc.params, line=number) from None
    if not identities:
        raise AgeError("age.bad_key", reason="no_identities")
    return identities


def parse_recipients_file(text: str) -> list[AnyRecipient]:
    """Parse an age recipients file (``-R``): one recipient per line, ``#`` comments."""
    recipients: list[AnyRecipient] = []
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            recipients.append(parse_recipient(line))
        except AgeError as exc:
            raise AgeError(exc.code, **exc.params, line=number) from None
    if not recipients:
        raise AgeError("age.bad_key", reason="no_recipients")
    return recipients
