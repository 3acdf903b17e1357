"""Key generations (docs/forward-secrecy.md): a rotation keeps the fingerprint, signs the
new keys into a statement bound to the anchor, and cards carry the current statement
(card version 2) while generation 0 cards stay version 1, byte for byte."""

from __future__ import annotations

import dataclasses
import json

import pytest

from amanat.crypto import cards
from amanat.crypto.cards import check_statement, make_card, parse_card
from amanat.crypto.identity import Identity, KeyStatement, statement_message
from amanat.domain.errors import ContactError
from support.paths import DATA

FIELD = Identity.generate("Field office")


def test_rotation_keeps_the_fingerprint_and_signs_new_keys() -> None:
    rotated = FIELD.rotated("2026-12-01T08:00:00+00:00")
    assert rotated.generation == 1
    assert rotated.fingerprint == FIELD.fingerprint
    assert rotated.public == FIELD.public
    assert rotated.x25519_private != FIELD.x25519_private
    assert rotated.hybrid_seed != FIELD.hybrid_seed
    statement = rotated.statement
    assert statement is not None and statement.verify(FIELD.public)
    assert statement.x25519 == rotated.current_key.x25519_public
    assert statement.hybrid == rotated.current_key.hybrid_public
    # The older generation stays live until the caller destroys it.
    assert [k.generation for k in rotated.decryption_keys] == [1, 0]
    assert rotated.older[0].x25519_private == FIELD.x25519_private
    again = rotated.rotated()
    assert again.generation == 2 and [k.generation for k in again.decryption_keys] == [2, 1, 0]


def test_statement_is_bound_to_signing_key_anchor_and_every_field() -> None:
    statement = FIELD.rotated().statement
    assert statement is not None
    other = Identity.generate("Mallory")
    assert not statement.verify(other.public)  # another signing key
    moved = dataclasses.replace(FIELD.public, x25519=other.public.x25519)
    assert not statement.verify(moved)  # the same signing key, another anchor
    for change in (
        {"generation": 2},
        {"created": "2027-01-01T00:00:00+00:00"},
        {"x25519": other.public.x25519},
        {"hybrid": other.public.hybrid},
    ):
        assert not dataclasses.replace(statement, **change).verify(FIELD.public)
    assert not dataclasses.replace(statement, generation=0).verify(FIELD.public)
    # A statement signed by another key: refused with its own code.
    forged = KeyStatement(
        1,
        statement.created,
        other.public.x25519,
        other.public.hybrid,
        other.sign(
            statement_message(
                FIELD.public, 1, statement.created, other.public.x25519, other.public.hybrid
            )
        ),
    )
    with pytest.raises(ContactError) as info:
        check_statement(forged, FIELD.public)
    assert info.value.code == "contact.generation_signature"


def test_generation_zero_cards_stay_version_one() -> None:
    card = make_card(FIELD)
    assert card.to_bytes()[len(cards.MAGIC)] == cards.VERSION == 1
    assert card.statement is None and card.generation == 0
    assert card.encryption_x25519 == card.x25519


def test_rotated_card_round_trips_with_the_anchor_fingerprint() -> None:
    rotated = FIELD.rotated()
    card = make_card(rotated)
    data = card.to_bytes()
    assert data[len(cards.MAGIC)] == cards.VERSION_ROTATED
    assert len(data) <= cards.MAX_CARD_BYTES
    assert len(card.to_text().encode()) <= cards.MAX_TEXT_BYTES
    parsed = parse_card(data)
    assert parsed == card == parse_card(card.to_text().encode())
    assert parsed.fingerprint == FIELD.fingerprint
    assert parsed.generation == 1
    assert parsed.encryption_x25519 == rotated.current_key.x25519_public
    assert parsed.encryption_hybrid == rotated.current_key.hybrid_public
    assert (parsed.x25519, parsed.hybrid) == (FIELD.public.x25519, FIELD.public.hybrid)


def test_every_flipped_bit_of_a_rotated_card_is_refused() -> None:
    data = make_card(FIELD.rotated()).to_bytes()
    for position in range(0, len(data), 7):
        damaged = bytearray(data)
        damaged[position] ^= 1
        with pytest.raises(ContactError):
            parse_card(bytes(damaged))
    for size in range(0, len(data), 13):
        with pytest.raises(ContactError):
            parse_card(data[:size])


def test_a_card_signed_by_its_key_around_a_forged_statement_is_refused() -> None:
    """Even a card whose self-signature is good must carry a statement the same key
    signed for the same anchor."""
    other = Identity.generate("Mallory").rotated()
    assert other.statement is not None
    forged = dataclasses.replace(FIELD, anchor=FIELD.public, statement=other.statement)
    with pytest.raises(ContactError) as info:
        parse_card(make_card(forged).to_bytes())
    assert info.value.code == "contact.generation_signature"


def test_golden_rotated_card_keeps_parsing() -> None:
    expected = json.loads((DATA / "cards" / "field-office-rotated.json").read_text())
    binary = parse_card((DATA / "cards" / "field-office-rotated.card").read_bytes())
    text = parse_card((DATA / "cards" / "field-office-rotated.card.txt").read_bytes())
    assert binary == text
    assert binary.fingerprint == expected["fingerprint"]
    assert binary.signing.hex() == expected["signing"]
    assert binary.x25519.hex() == expected["anchor_x25519"]
    assert binary.generation == expected["generation"]
    assert binary.statement is not None
    assert binary.statement.created == expected["generation_created"]
    assert binary.encryption_x25519.hex() == expected["generation_x25519"]


def test_golden_version_one_card_keeps_parsing() -> None:
    card = parse_card((DATA / "bundles" / "field-office.card").read_bytes())
    assert card.generation == 0 and card.statement is None
    assert card.to_bytes() == (DATA / "bundles" / "field-office.card").read_bytes()
