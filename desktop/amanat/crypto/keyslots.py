"""The keyslot file ``vault.keys``: the vault master key (VMK) wrapped by each slot.

Specified in docs/keyslots.md. Two slot kinds:

* ``passphrase``: key-encryption key = Argon2id(NFC(passphrase), salt, params).
* ``recovery``: key-encryption key = HKDF-SHA256(recovery entropy, salt). The recovery
  code is 256 random bits, so it needs no stretching.

Each slot wraps the VMK with ChaCha20-Poly1305; the associated data is the canonical
encoding of the file's identity and the slot's parameters, so a parameter changed on
disk (a weaker KDF, a swapped salt) makes the slot fail to open instead of being used.
This module is pure: it parses and produces bytes; writing the file is storage's job.

Version 2 (issue 16) adds two top-level fields, both bound to the VMK:

* ``state``: a counter kept in step with the database (rollback detection), MAC'd with
  HMAC-SHA256 under a key derived from the VMK (``state_mac``);
* ``pending``: only while ``rekey`` runs, the next VMK and the next key file sealed under
  a key derived from the current VMK, so whichever credential opens this file can
  finish or undo an interrupted rekey (``seal_pending`` / ``open_pending``).

The slots are unchanged: their associated data still says version 1, so a version-1
file gains a ``state`` without its slots being rewrapped.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from mnemonic import Mnemonic

from amanat.crypto.kdf import SALT_SIZE, Argon2Params, argon2id, normalise_passphrase
from amanat.crypto.keys import MASTER_KEY_SIZE, derive_key
from amanat.domain.errors import (
    VaultCorrupt,
    VaultRolledBack,
    WrongPassphrase,
    WrongRecoveryCode,
)

FORMAT = "amanat.vault.keys"
VERSION = 2
SLOT_VERSION = 1  # the slots' associated data; unchanged since version 1
READABLE_VERSIONS = (1, 2)
MAX_FILE_SIZE = 64 * 1024
NONCE_SIZE = 12
VAULT_ID_SIZE = 16
RECOVERY_ENTROPY_SIZE = 32
_AD_PREFIX = b"amanat.vault.keys/v1\x00"
_RECOVERY_INFO = b"amanat/keyslot/recovery/v1"
_STATE_INFO = b"amanat/keys/state/v1"
_STATE_PREFIX = b"amanat.vault.keys/state/v1\x00"
_PENDING_INFO = b"amanat/keys/pending/v1"
_PENDING_PREFIX = b"amanat.vault.keys/pending/v1\x00"
STATE_MAC_SIZE = 32
MAX_COUNTER = 2**63 - 1
# BIP-39 English words: 24 words carry 256 bits plus an 8-bit checksum, so a mistyped
# word is told apart from a wrong code.
_WORDS = Mnemonic("english")


@dataclass(frozen=True)
class Slot:
    kind: str  # "passphrase" | "recovery"
    salt: bytes
    nonce: bytes
    wrapped: bytes
    argon2: Argon2Params | None = None

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
        }
        if self.argon2 is not None:
            out.update(
                kdf="argon2id",
                memory_kib=self.argon2.memory_kib,
                iterations=self.argon2.iterations,
                lanes=self.argon2.lanes,
            )
        else:
            out["kdf"] = "hkdf-sha256"
        return out


@dataclass(frozen=True)
class KeyState:
    """The rollback counter and its MAC (docs/keyslots.md, "State")."""

    counter: int
    mac: bytes


@dataclass(frozen=True)
class Pending:
    """An interrupted rekey: the next VMK and key file, sealed under the current VMK."""

    nonce: bytes
    sealed: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: bytes
    slots: tuple[Slot, ...]
    state: KeyState | None = None
    pending: Pending | None = None

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        ordered = sorted((*others, slot), key=lambda s: 0 if s.kind == "passphrase" else 1)
        return replace(self, slots=tuple(ordered))

    # -- state (rollback counter) ---------------------------------------------------
    def with_state(self, vmk: bytes, counter: int) -> KeyFile:
        if not 0 <= counter <= MAX_COUNTER:
            raise ValueError("counter out of range")
        return replace(self, state=KeyState(counter, state_mac(vmk, self.vault_id, counter)))

    def checked_counter(self, vmk: bytes) -> int | None:
        """The counter, its MAC verified (constant time); None for a file without one
        (made before version 2). A MAC that does not verify: VaultRolledBack(forged)."""
        if self.state is None:
            return None
        h = hmac.HMAC(derive_key(vmk, _STATE_INFO), hashes.SHA256())
        h.update(_state_message(self.vault_id, self.state.counter))
        try:
            h.verify(self.state.mac)
        except InvalidSignature:
            raise VaultRolledBack(reason="state_forged") from None
        return self.state.counter

    # -- rekey in progress -----------------------------------------------------------
    def with_pending(self, vmk: bytes, next_vmk: bytes, next_file: KeyFile) -> KeyFile:
        nonce = os.urandom(NONCE_SIZE)
        aead = ChaCha20Poly1305(derive_key(vmk, _PENDING_INFO))
        sealed = aead.encrypt(nonce, next_vmk + next_file.to_bytes(), self._pending_ad())
        return replace(self, pending=Pending(nonce, sealed))

    def open_pending(self, vmk: bytes) -> tuple[bytes, KeyFile] | None:
        """The next VMK and key file of an interrupted rekey, or None."""
        if self.pending is None:
            return None
        aead = ChaCha20Poly1305(derive_key(vmk, _PENDING_INFO))
        try:
            plain = aead.decrypt(self.pending.nonce, self.pending.sealed, self._pending_ad())
        except InvalidTag:
            raise VaultCorrupt(what="keys_pending") from None
        next_file = KeyFile.from_bytes(plain[MASTER_KEY_SIZE:])
        if next_file.vault_id != self.vault_id or next_file.pending is not None:
            raise VaultCorrupt(what="keys_pending")
        return plain[:MASTER_KEY_SIZE], next_file

    def without_pending(self) -> KeyFile:
        return replace(self, pending=None)

    def _pending_ad(self) -> bytes:
        return _PENDING_PREFIX + self.vault_id

    # -- opening ---------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.slot("passphrase")
        if slot is None or slot.argon2 is None:
            raise VaultCorrupt(what="keys")
        kek = argon2id(normalise_passphrase(passphrase), slot.salt, slot.argon2)
        try:
            return self._unwrap(slot, kek)
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock_with_recovery(self, code: str) -> bytes:
        slot = self.slot("recovery")
        if slot is None:
            raise WrongRecoveryCode()
        entropy = parse_recovery_code(code)
        kek = derive_key(entropy, _RECOVERY_INFO, salt=slot.salt)
        try:
            return self._unwrap(slot, kek)
        except InvalidTag:
            raise WrongRecoveryCode() from None

    def _unwrap(self, slot: Slot, kek: bytes) -> bytes:
        vmk = ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, self._ad(slot))
        if len(vmk) != MASTER_KEY_SIZE:
            raise VaultCorrupt(what="keys")
        return vmk

    def _ad(self, slot: Slot) -> bytes:
        body = {
            "format": FORMAT,
            "version": SLOT_VERSION,
            "vault_id": self.vault_id.hex(),
            **slot.params(),
        }
        return _AD_PREFIX + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    # -- serialisation -----------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Version 2 when the file has a state (always, once Amanat wrote it), else 1."""
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION if self.state is not None else 1,
            "vault_id": self.vault_id.hex(),
            "slots": [{**s.params(), "wrapped": _b64(s.wrapped)} for s in self.slots],
        }
        if self.state is not None:
            doc["state"] = {"counter": self.state.counter, "mac": _b64(self.state.mac)}
        if self.pending is not None:
            doc["pending"] = {
                "nonce": _b64(self.pending.nonce),
                "sealed": _b64(self.pending.sealed),
            }
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse strictly; anything unexpected is VaultCorrupt(what="keys")."""
        if len(data) > MAX_FILE_SIZE:
            raise VaultCorrupt(what="keys")
        try:
            doc = json.loads(data.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError
            version = doc.get("version")
            if isinstance(version, bool) or version not in READABLE_VERSIONS:
                raise VaultCorrupt(what="keys_version", found=str(version)[:8])
            allowed = {"format", "version", "vault_id", "slots"}
            if version == 2:
                allowed |= {"state", "pending"}
            if not set(doc) <= allowed or (version == 2 and "state" not in doc):
                raise ValueError("fields")
            vault_id = bytes.fromhex(_str(doc, "vault_id"))
            raw_slots = doc["slots"]
            if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= 2:
                raise ValueError
            slots = tuple(_parse_slot(s) for s in raw_slots)
            state = _parse_state(doc["state"]) if "state" in doc else None
            pending = _parse_pending(doc["pending"]) if "pending" in doc else None
        except VaultCorrupt:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
            raise VaultCorrupt(what="keys") from None
        kinds = [s.kind for s in slots]
        if (
            len(vault_id) != VAULT_ID_SIZE
            or kinds.count("passphrase") != 1
            or len(set(kinds)) != len(kinds)
        ):
            raise VaultCorrupt(what="keys")
        return cls(vault_id=vault_id, slots=slots, state=state, pending=pending)


def state_mac(vmk: bytes, vault_id: bytes, counter: int) -> bytes:
    h = hmac.HMAC(derive_key(vmk, _STATE_INFO), hashes.SHA256())
    h.update(_state_message(vault_id, counter))
    return h.finalize()


def _state_message(vault_id: bytes, counter: int) -> bytes:
    return _STATE_PREFIX + vault_id + counter.to_bytes(8, "big")


def _parse_state(raw: Any) -> KeyState:
    if not isinstance(raw, dict) or set(raw) != {"counter", "mac"}:
        raise ValueError("state")
    counter = _int(raw, "counter")
    mac = _unb64(_str(raw, "mac"))
    if not 0 <= counter <= MAX_COUNTER or len(mac) != STATE_MAC_SIZE:
        raise ValueError("state")
    return KeyState(counter, mac)


def _parse_pending(raw: Any) -> Pending:
    if not isinstance(raw, dict) or set(raw) != {"nonce", "sealed"}:
        raise ValueError("pending")
    nonce = _unb64(_str(raw, "nonce"))
    sealed = _unb64(_str(raw, "sealed"))
    if len(nonce) != NONCE_SIZE or not MASTER_KEY_SIZE + 16 < len(sealed) <= MAX_FILE_SIZE:
        raise ValueError("pending")
    return Pending(nonce, sealed)


def _str(doc: dict[str, Any], key: str) -> str:
    value = doc[key]
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def _int(doc: dict[str, Any], key: str) -> int:
    value = doc[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(key)
    return value


def _parse_slot(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise ValueError("slot")
    kind = _str(raw, "kind")
    kdf = _str(raw, "kdf")
    salt, nonce, wrapped = (_unb64(_str(raw, k)) for k in ("salt", "nonce", "wrapped"))
    if len(salt) != SALT_SIZE or len(nonce) != NONCE_SIZE or len(wrapped) != MASTER_KEY_SIZE + 16:
        raise ValueError("sizes")
    if kind == "passphrase" and kdf == "argon2id":
        params = Argon2Params(
            memory_kib=_int(raw, "memory_kib"),
            iterations=_int(raw, "iterations"),
            lanes=_int(raw, "lanes"),
        )
        params.check()  # UnsafeKdfParameters before any work is done
        allowed = {"kind", "kdf", "salt", "nonce", "wrapped", "memory_kib", "iterations", "lanes"}
    elif kind == "recovery" and kdf == "hkdf-sha256":
        params = None
        allowed = {"kind", "kdf", "salt", "nonce", "wrapped"}
    else:
        raise ValueError("kind")
    if set(raw) != allowed:
        raise ValueError("fields")
    return Slot(kind=kind, salt=salt, nonce=nonce, wrapped=wrapped, argon2=params)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    data = base64.b64decode(text, validate=True)
    if _b64(data) != text:  # canonical encodings only
        raise ValueError("base64")
    return data


# -- creating slots -------------------------------------------------------------------
def new_master_key() -> bytes:
    return os.urandom(MASTER_KEY_SIZE)


def new_key_file(vmk: bytes, passphrase: str, params: Argon2Params) -> tuple[KeyFile, str]:
    """A fresh key file with a passphrase slot and a recovery slot; returns the code."""
    kf = KeyFile(vault_id=os.urandom(VAULT_ID_SIZE), slots=())
    kf = kf.with_slot(passphrase_slot(kf, vmk, passphrase, params))
    code, slot = recovery_slot(kf, vmk)
    return kf.with_slot(slot), code


def passphrase_slot(kf: KeyFile, vmk: bytes, passphrase: str, params: Argon2Params) -> Slot:
    salt = os.urandom(SALT_SIZE)
    slot = Slot(
        kind="passphrase", salt=salt, nonce=os.urandom(NONCE_SIZE), wrapped=b"", argon2=params
    )
    kek = argon2id(normalise_passphrase(passphrase), salt, params)
    return _seal(kf, slot, kek, vmk)


def recovery_slot(kf: KeyFile, vmk: bytes) -> tuple[str, Slot]:
    entropy = os.urandom(RECOVERY_ENTROPY_SIZE)
    salt = os.urandom(SALT_SIZE)
    slot = Slot(kind="recovery", salt=salt, nonce=os.urandom(NONCE_SIZE), wrapped=b"")
    kek = derive_key(entropy, _RECOVERY_INFO, salt=salt)
    return format_recovery_code(entropy), _seal(kf, slot, kek, vmk)


def _seal(kf: KeyFile, slot: Slot, kek: bytes, vmk: bytes) -> Slot:
    wrapped = ChaCha20Poly1305(kek).encrypt(slot.nonce, vmk, kf._ad(slot))
    return replace(slot, wrapped=wrapped)


# -- recovery codes -----------------------------------------------------------------
def format_recovery_code(entropy: bytes) -> str:
    return str(_WORDS.to_mnemonic(entropy))


def parse_recovery_code(code: str) -> bytes:
    """Accept any spacing and case; a word not in the list or a bad checksum is wrong."""
    words = " ".join(code.lower().replace(",", " ").replace("-", " ").split())
    try:
        if len(words.split()) != 24 or not _WORDS.check(words):
            raise WrongRecoveryCode(reason="checksum")
        entropy = bytes(_WORDS.to_entropy(words))
    except (ValueError, LookupError):
        raise WrongRecoveryCode(reason="words") from None
    return entropy
