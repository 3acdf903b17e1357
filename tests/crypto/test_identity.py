"""The vault identity: keys, signatures and the 12x5-digit fingerprint."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.crypto.identity import Identity, PublicKeys, fingerprint


def test_fingerprint_shape_and_stability() -> None:
    ident = Identity.generate("Aigul")
    fp = ident.fingerprint
    groups = fp.split(" ")
    assert len(groups) == 12
    assert all(len(g) == 5 and g.isdigit() for g in groups)
    assert fp == fingerprint(ident.public)  # the same keys always read the same
    assert Identity.generate("Aigul").fingerprint != fp


def test_fingerprint_covers_every_public_key() -> None:
    keys = Identity.generate("x").public
    base = fingerprint(keys)
    for field in ("signing", "x25519", "hybrid"):
        value = bytearray(getattr(keys, field))
        value[-1] ^= 1
        changed = dataclasses.replace(keys, **{field: bytes(value)})
        assert fingerprint(changed) != base, field


def test_fingerprint_ignores_display_name() -> None:
    ident = Identity.generate("Aigul")
    renamed = dataclasses.replace(ident, display_name="Someone else")
    assert renamed.fingerprint == ident.fingerprint


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=2048))
def test_signatures_verify_and_bind_the_message(message: bytes) -> None:
    ident = Identity.generate("signer")
    public: PublicKeys = ident.public
    sig = ident.sign(message)
    assert public.verify(sig, message)
    assert not public.verify(sig, message + b"\x00")
    assert not Identity.generate("other").public.verify(sig, message)
    assert not public.verify(sig[:-1] + bytes([sig[-1] ^ 1]), message)
