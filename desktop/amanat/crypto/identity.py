"""The vault's identity: an Ed25519 signing key and age encryption identities.

Fingerprint (docs/design.md §6): SHA-512 over a domain string and the public keys,
read as 12 groups of 5 decimal digits, like a Signal safety number, for reading aloud.
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
FINGERPRINT_GROUPS = 12


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


@dataclass(frozen=True)
class Identity:
    display_name: str
    created: str  # ISO 8601 UTC
    ed25519_private: bytes = field(repr=False)
    x25519_private: bytes = field(repr=False)
    hybrid_seed: bytes = field(repr=False)

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
    def public(self) -> PublicKeys:
        signing = Ed25519PrivateKey.from_private_bytes(self.ed25519_private).public_key()
        x = X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        hybrid = HybridIdentity.from_bytes(self.hybrid_seed).to_public().public_bytes()
        return PublicKeys(
            signing=signing.public_bytes(Encoding.Raw, PublicFormat.Raw),
            x25519=x.public_bytes(Encoding.Raw, PublicFormat.Raw),
            hybrid=hybrid,
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
