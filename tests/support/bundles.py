"""Helpers for the bundle tests: vault pairs, a digest of everything in a vault, and an
attacker's tools (the age file key of a recipient, re-sealed payloads, new headers)."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.bundles import format as fmt
from amanat.crypto import age, cards
from amanat.crypto.age import HybridIdentity, X25519Identity
from amanat.crypto.age_recipients import Stanza
from amanat.crypto.cards import IdentityCard
from amanat.crypto.identity import Identity
from amanat.crypto.stream import StreamReader, StreamWriter
from amanat.services import bundles as bundle_service
from amanat.storage.vault import Vault

# -- the attacker's tools ------------------------------------------------------------------


def signed_card(identity: Identity, name: str, *, hybrid: bool = True) -> bytes:
    """A card an attacker's own program would make: any name (no checks), signed by its
    key; ``hybrid=False``: a card without a post-quantum key (an older Amanat)."""
    keys = identity.public
    unsigned = IdentityCard(
        name, identity.created, keys.signing, keys.x25519, keys.hybrid if hybrid else b"", b""
    )
    signature = identity.sign(cards.SIGNATURE_DOMAIN + unsigned.signed_part())
    return dataclasses.replace(unsigned, signature=signature).to_bytes()


@dataclass
class AgeParts:
    header: age.AgeHeader
    nonce: bytes
    payload: bytes  # ciphertext
    file_key: bytes


def identities_of(vault: Vault) -> list[HybridIdentity | X25519Identity]:
    """The age identities of every live key generation, the current one first."""
    found: list[HybridIdentity | X25519Identity] = []
    for key in vault.identity.decryption_keys:
        found += [
            HybridIdentity.from_bytes(key.hybrid_seed),
            X25519Identity.from_bytes(key.x25519_private),
        ]
    return found


def split(data: bytes, recipient: Vault) -> AgeParts:
    """What a recipient learns from a bundle: the file key among other things."""
    header = age.parse_header(io.BytesIO(data))
    file_key = None
    for identity in identities_of(recipient):
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            break
    assert file_key is not None
    rest = data[len(header.header_bytes) :]
    return AgeParts(header, rest[:16], rest[16:], file_key)


def payload_key(parts: AgeParts) -> bytes:
    return age._hkdf(parts.file_key, parts.nonce, b"payload")


def decrypt_payload(data: bytes, recipient: Vault) -> bytes:
    parts = split(data, recipient)
    return StreamReader(payload_key(parts), io.BytesIO(parts.payload)).read()


def reseal(data: bytes, recipient: Vault, change: Callable[[bytes], bytes]) -> bytes:
    """A recipient rewrites the container and re-encrypts it under the same file key and
    the same age header: the age layer stays valid, so only the container's own checks
    can notice."""
    parts = split(data, recipient)
    plain = StreamReader(payload_key(parts), io.BytesIO(parts.payload)).read()
    out = io.BytesIO()
    with StreamWriter(payload_key(parts), out) as writer:
        writer.write(change(plain))
    return parts.header.header_bytes + parts.nonce + out.getvalue()


def with_stanzas(data: bytes, recipient: Vault, stanzas: list[Stanza]) -> bytes:
    """A recipient rewrites the age header (new stanza list, MAC recomputed with the
    file key it knows) and keeps the payload: a valid age file for the new list."""
    parts = split(data, recipient)
    header = age._build_header(stanzas, parts.file_key)
    return header + parts.nonce + parts.payload


def reencrypt_to(data: bytes, recipient: Vault, targets: list[Any]) -> bytes:
    """Surreptitious forwarding: the signed payload, re-encrypted to someone else."""
    plain = decrypt_payload(data, recipient)
    return age.encrypt_bytes(targets, plain)


def hybrid_recipient(vault: Vault) -> age.HybridRecipient:
    return HybridIdentity.from_bytes(vault.identity.hybrid_seed).to_public()


def x25519_recipient(vault: Vault) -> age.X25519Recipient:
    return X25519Identity.from_bytes(vault.identity.x25519_private).to_public()


def container_layout(plain: bytes) -> dict[str, Any]:
    """Offsets of the container's regions in the decrypted payload."""
    header_length = int.from_bytes(plain[len(fmt.MAGIC) + 2 : fmt.PREFIX_SIZE], "big")
    header_start = fmt.PREFIX_SIZE
    header_end = header_start + header_length
    header = fmt.decode_inner_header(plain[header_start:header_end])
    manifest_start = header_end - len(header.manifest) * fmt.MANIFEST_ENTRY_SIZE
    entries = []
    offset = header_end
    for entry in header.manifest:
        entries.append((offset, offset + fmt.ENTRY_FRAME_SIZE, entry))
        offset += fmt.ENTRY_FRAME_SIZE + entry.length
    return {
        "header": (header_start, header_end),
        "manifest": (manifest_start, header_end),
        "entries": entries,  # (frame offset, data offset, manifest entry)
        "trailer": (offset, offset + fmt.SIGNATURE_SIZE),
        "parsed": header,
    }


def flip(data: bytes, position: int, bit: int = 0) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 1 << bit
    return bytes(changed)


def random_bytes(size: int) -> bytes:
    return os.urandom(size)


def seal(sender: Vault, to: list[str], folder: Path, **options: Any) -> Path:
    result = bundle_service.seal_bundle(sender, to, folder, **options)
    return result.path
