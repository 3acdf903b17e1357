"""The vault's identity: an Ed25519 signing key and age encryption identities.

Fingerprint (docs/design.md §6): SHA-512 over a domain string and the public keys,
read as 12 groups of 5 decimal digits, like a Signal safety number, for reading aloud.

Key generations (docs/forward-secrecy.md): the encryption keys made with the identity
are generation 0, the *anchor*; the fingerprint is always the anchor's, so it stays the
same across rotations. A rotation makes generation n+1 and a :class:`KeyStatement`
saying "(n+1, created, x25519, hybrid) are my encryption keys now", signed by the
signing key under ``STATEMENT_DOMAIN`` and bound to the anchor. ``Identity`` holds the
current generation's secrets (``x25519_private``, ``hybrid_seed``) and those of older
generations not yet destroyed (``older``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from amanat.crypto.age import HybridIdentity

_FINGERPRINT_DOMAIN = b"amanat/fingerprint/v1\x00"
STATEMENT_DOMAIN = b"amanat/key-generation/v1\x00"
FINGERPRINT_GROUPS = 12
MAX_GENERATION = 2**32 - 1


def _lp(data: bytes) -> bytes:
    return len(data).to_bytes(2, "big") + data


@dataclass(frozen=True)
class PublicKeys:
    signing: bytes  # Ed25519, 32 bytes
    x25519: bytes  # age X25519 recipient, 32 bytes
    hybrid: bytes  # age ML-KEM-768+X25519 recipient, 1216 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


def statement_message(
    anchor: PublicKeys, generation: int, created: str, x25519: bytes, hybrid: bytes
) -> bytes:
    """What a key statement's signature covers: the domain, the anchor's three public
    keys (a statement belongs to one identity and one anchor), the generation, its
    creation time and its two public keys (docs/identity-card.md, "Key generations")."""
    return b"".join(
        (
            STATEMENT_DOMAIN,
            _lp(anchor.signing),
            _lp(anchor.x25519),
            _lp(anchor.hybrid),
            generation.to_bytes(4, "big"),
            _lp(created.encode("ascii")),
            _lp(x25519),
            _lp(hybrid),
        )
    )


@dataclass(frozen=True)
class KeyStatement:
    """A signed key generation (n >= 1): the encryption keys the identity uses from
    ``created`` on. Verified under the anchor's signing key (``verify``)."""

    generation: int
    created: str  # ISO 8601 UTC
    x25519: bytes  # age X25519 recipient, 32 bytes
    hybrid: bytes  # age ML-KEM-768+X25519 recipient, 1216 bytes
    signature: bytes = field(repr=False)

    def message(self, anchor: PublicKeys) -> bytes:
        return statement_message(anchor, self.generation, self.created, self.x25519, self.hybrid)

    def verify(self, anchor: PublicKeys) -> bool:
        if not 1 <= self.generation <= MAX_GENERATION:
            return False
        return anchor.verify(self.signature, self.message(anchor))


@dataclass(frozen=True)
class DecryptionKey:
    """The secret encryption keys of one generation."""

    generation: int
    x25519_private: bytes = field(repr=False)
    hybrid_seed: bytes = field(repr=False)

    @property
    def x25519_public(self) -> bytes:
        key = X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        return key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def hybrid_public(self) -> bytes:
        return HybridIdentity.from_bytes(self.hybrid_seed).to_public().public_bytes()


@dataclass(frozen=True)
class Identity:
    display_name: str
    created: str  # ISO 8601 UTC
    ed25519_private: bytes = field(repr=False)
    # The CURRENT generation's secret encryption keys (generation 0's until a rotation).
    x25519_private: bytes = field(repr=False)
    hybrid_seed: bytes = field(repr=False)
    # Generation 0's public keys: the fingerprint's. None while generation 0 is current
    # (they are then those of the secrets above).
    anchor: PublicKeys | None = None
    statement: KeyStatement | None = None  # the current generation's; None for generation 0
    older: tuple[DecryptionKey, ...] = field(default=(), repr=False)  # live, newest first

    def __post_init__(self) -> None:
        if self.statement is not None and self.anchor is None:
            raise ValueError("a rotated identity needs its anchor keys")

    @classmethod
    def generate(cls, display_name: str) -> Identity:
        return cls(
            display_name=display_name,
            created=datetime.now(UTC).replace(microsecond=0).isoformat(),
            ed25519_private=os.urandom(32),
            x25519_private=os.urandom(32),
            hybrid_seed=os.urandom(32),
        )

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_private).sign(message)

    @property
    def generation(self) -> int:
        return 0 if self.statement is None else self.statement.generation

    @property
    def current_key(self) -> DecryptionKey:
        return DecryptionKey(self.generation, self.x25519_private, self.hybrid_seed)

    @property
    def decryption_keys(self) -> tuple[DecryptionKey, ...]:
        """Every live generation's secrets, the current one first."""
        return (self.current_key, *self.older)

    @property
    def public(self) -> PublicKeys:
        """The anchor's public keys (signing key and generation 0): the fingerprint's."""
        if self.anchor is not None:
            return self.anchor
        signing = Ed25519PrivateKey.from_private_bytes(self.ed25519_private).public_key()
        current = self.current_key
        return PublicKeys(
            signing=signing.public_bytes(Encoding.Raw, PublicFormat.Raw),
            x25519=current.x25519_public,
            hybrid=current.hybrid_public,
        )

    def rotated(self, created: str | None = None) -> Identity:
        """A new generation: fresh encryption keys, signed into a statement. The
        current secrets become the first of ``older`` (the caller destroys them after
        the grace period)."""
        generation = self.generation + 1
        if generation > MAX_GENERATION:
            raise ValueError("no generation left")
        when = created or datetime.now(UTC).replace(microsecond=0).isoformat()
        new = DecryptionKey(generation, os.urandom(32), os.urandom(32))
        anchor = self.public
        x25519, hybrid = new.x25519_public, new.hybrid_public
        signature = self.sign(statement_message(anchor, generation, when, x25519, hybrid))
        return Identity(
            display_name=self.display_name,
            created=self.created,
            ed25519_private=self.ed25519_private,
            x25519_private=new.x25519_private,
            hybrid_seed=new.hybrid_seed,
            anchor=anchor,
            statement=KeyStatement(generation, when, x25519, hybrid, signature),
            older=self.decryption_keys,
        )

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def fingerprint(keys: PublicKeys) -> str:
    digest = hashlib.sha512(
        _FINGERPRINT_DOMAIN
        + len(keys.signing).to_bytes(2, "big")
        + keys.signing
        + len(keys.x25519).to_bytes(2, "big")
        + keys.x25519
        + len(keys.hybrid).to_bytes(2, "big")
        + keys.hybrid
    ).digest()
    groups = []
    for i in range(FINGERPRINT_GROUPS):
        chunk = int.from_bytes(digest[i * 5 : i * 5 + 5], "big")
        groups.append(f"{chunk % 100000:05d}")
    return " ".join(groups)
