"""Identity cards: both forms round-trip, every byte is covered by the self-signature,
and the parser raises only typed errors on anything else."""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.crypto import cards
from amanat.crypto.cards import IdentityCard, make_card, parse_card
from amanat.crypto.identity import Identity
from amanat.domain.errors import AmanatError, ContactError

IDENTITY = Identity.generate("Алматы field office")
CARD = make_card(IDENTITY)


def test_round_trip_binary_and_text() -> None:
    data = CARD.to_bytes()
    assert data.startswith(cards.MAGIC)
    assert len(data) < 1500  # "a small file"
    assert parse_card(data) == CARD
    text = CARD.to_text()
    assert text.startswith(cards.TEXT_BEGIN + "\n") and text.endswith(cards.TEXT_END + "\n")
    assert all(len(line) <= 64 for line in text.splitlines()[1:-1])
    assert parse_card(text.encode()) == CARD
    # Pasted through a messenger: CRLF, indentation, surrounding blank lines, a BOM.
    mangled = "\ufeff\r\n\r\n" + "\r\n".join("  " + line for line in text.splitlines()) + "\r\n\n"
    assert parse_card(mangled.encode()) == CARD


def test_card_carries_the_identity() -> None:
    keys = IDENTITY.public
    assert CARD.display_name == IDENTITY.display_name
    assert CARD.created == IDENTITY.created
    assert (CARD.signing, CARD.x25519, CARD.hybrid) == (keys.signing, keys.x25519, keys.hybrid)
    assert CARD.fingerprint == IDENTITY.fingerprint
    assert len(CARD.fingerprint.split()) == 12
    assert CARD.has_hybrid


def test_every_flipped_bit_is_refused() -> None:
    data = CARD.to_bytes()
    for position in range(len(data)):
        for bit in (0, 7):
            damaged = bytearray(data)
            damaged[position] ^= 1 << bit
            with pytest.raises(ContactError):
                parse_card(bytes(damaged))


def test_truncated_and_extended_are_refused() -> None:
    data = CARD.to_bytes()
    for size in range(len(data)):
        with pytest.raises(ContactError) as info:
            parse_card(data[:size])
        assert info.value.code.startswith("contact.card_")
    with pytest.raises(ContactError) as info:
        parse_card(data + b"\x00")
    assert info.value.params["reason"] == "trailing_data"


def test_a_card_signed_by_another_key_is_refused() -> None:
    other = Identity.generate("Mallory")
    forged = dataclasses.replace(CARD, signing=other.public.signing)
    with pytest.raises(ContactError) as info:
        parse_card(forged.to_bytes())
    assert info.value.code == "contact.card_signature"
    # Re-signing with the other key makes a valid card, but with the other fingerprint.
    resigned = IdentityCard(
        CARD.display_name, CARD.created, other.public.signing, CARD.x25519, CARD.hybrid, b""
    )
    signature = other.sign(cards.SIGNATURE_DOMAIN + resigned.signed_part())
    parsed = parse_card(dataclasses.replace(resigned, signature=signature).to_bytes())
    assert parsed.fingerprint != CARD.fingerprint


def test_newer_version_is_a_clear_error() -> None:
    data = bytearray(CARD.to_bytes())
    data[len(cards.MAGIC)] = 3
    with pytest.raises(ContactError) as info:
        parse_card(bytes(data))
    assert info.value.code == "contact.card_version" and info.value.params["found"] == 3
    # Version 2 (a rotated identity's) is known: a version 1 body under it is cut short.
    data[len(cards.MAGIC)] = 2
    with pytest.raises(ContactError) as info:
        parse_card(bytes(data))
    assert info.value.code == "contact.card_malformed"


def test_text_must_be_canonical() -> None:
    text = CARD.to_text()
    lines = text.splitlines()
    with pytest.raises(ContactError):
        parse_card(("\n".join(lines[:-1]) + "\n").encode())  # no END line
    with pytest.raises(ContactError):
        parse_card(text.replace(lines[1], lines[1][:-1] + "*").encode())
    with pytest.raises(ContactError):
        parse_card(b"hello")
    with pytest.raises(ContactError):
        parse_card(b"\xff\xfe" * 10)
    with pytest.raises(ContactError):
        parse_card(b"x" * (cards.MAX_TEXT_BYTES + 1))


@pytest.mark.parametrize(
    "name", ["", " padded", "line\nbreak", "tab\there", "e\u0301", "x" * 300, "nul\x00"]
)
def test_bad_display_names_are_refused(name: str) -> None:
    identity = dataclasses.replace(IDENTITY, display_name=name)
    with pytest.raises(ContactError):
        make_card(identity)


def test_card_without_hybrid_key() -> None:
    classic = IdentityCard(CARD.display_name, CARD.created, CARD.signing, CARD.x25519, b"", b"")
    signature = IDENTITY.sign(cards.SIGNATURE_DOMAIN + classic.signed_part())
    parsed = parse_card(dataclasses.replace(classic, signature=signature).to_bytes())
    assert not parsed.has_hybrid and parsed.fingerprint != CARD.fingerprint


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.builds(lambda b: cards.MAGIC + b, st.binary(max_size=1600)))
def test_fuzz_parser_raises_only_typed_errors(data: bytes) -> None:
    with contextlib.suppress(AmanatError):
        parse_card(data)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(CARD.to_bytes()) - 1), st.binary(min_size=1, max_size=8))
def test_fuzz_spliced_cards(position: int, junk: bytes) -> None:
    data = CARD.to_bytes()
    spliced = data[:position] + junk + data[position + len(junk) :]
    try:
        parsed = parse_card(spliced)
    except AmanatError:
        return
    assert parsed == CARD  # only possible when the junk equals what it replaced
