"""Contacts: the people this vault seals bundles to and accepts bundles from.

A contact comes from an identity card (crypto.cards) and has one of three states:

- ``unverified``: added from a card, fingerprint not yet compared over a trusted
  channel. Bundles can be sealed to it (the user chose the card) but bundles FROM it
  are quarantined.
- ``verified``: a person compared the fingerprint (``verify``).
- ``key_changed``: a card signed by the contact's own signing key arrived with other
  encryption keys. Nothing is sealed to it and nothing from it is imported until a
  person verifies the new fingerprint. The previous keys stay in ``contact_key``.

Key generations (docs/forward-secrecy.md): a card (or a bundle's sender card) with the
same signing key and the same anchor keys (so the same fingerprint) but a newer key
statement is adopted silently: the statement is checked against the STORED signing key
and anchor, ``x25519_key``/``hybrid_key`` become its keys and ``generation`` its number.
An older or equal generation changes nothing; other anchor keys are a key change as
before.

A contact IS its signing key (docs/trust-contacts.md): a card with another signing key
is another contact, whatever its name says; names are labels. A card never renames a
contact to a name that looks like another contact's (``look_alikes``): the stored name
is kept. Look-up by name uses an NFC, case-folded key; ids are 32 hex digits.
"""

from __future__ import annotations

import enum
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from amanat.crypto.cards import IdentityCard, check_statement, parse_card
from amanat.domain.errors import ContactError, NotFound
from amanat.domain.text_safety import look_alike
from amanat.storage.db import Connection
from amanat.storage.history import utc_now


class ContactState(enum.StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    KEY_CHANGED = "key_changed"


class AddOutcome(enum.StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"  # the same card (or the same keys) was already known
    RENAMED = "renamed"  # same keys, a newer display name
    # Same keys, a newer name that looks like another contact's: the stored name is kept.
    NAME_KEPT = "name_kept"
    KEY_CHANGED = "key_changed"  # the contact's signing key signed other encryption keys


@dataclass(frozen=True)
class Contact:
    id: str
    display_name: str
    fingerprint: str
    state: ContactState
    signing_key: bytes
    x25519_key: bytes
    hybrid_key: bytes
    card_bytes: bytes
    card_created: str
    added: str
    updated: str
    verified_at: str | None
    generation: int = 0  # of the keys bundles are sealed to (x25519_key, hybrid_key)

    @property
    def card(self) -> IdentityCard:
        return parse_card(self.card_bytes)

    @property
    def has_hybrid(self) -> bool:
        return bool(self.hybrid_key)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "fingerprint": self.fingerprint,
            "state": self.state.value,
            "post_quantum": self.has_hybrid,
            "card_created": self.card_created,
            "added": self.added,
            "updated": self.updated,
            "verified_at": self.verified_at,
            "key_generation": self.generation,
        }


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


_COLUMNS = (
    "id, display_name, fingerprint, state, signing_key, x25519_key, hybrid_key, card,"
    " card_created, added, updated, verified_at, generation"
)


def _from_row(row: Any) -> Contact:
    return Contact(
        id=row[0],
        display_name=row[1],
        fingerprint=row[2],
        state=ContactState(row[3]),
        signing_key=bytes(row[4]),
        x25519_key=bytes(row[5]),
        hybrid_key=bytes(row[6]),
        card_bytes=bytes(row[7]),
        card_created=row[8],
        added=row[9],
        updated=row[10],
        verified_at=row[11],
        generation=int(row[12]),
    )


def get(conn: Connection, contact_id: str) -> Contact:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contact WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(what="contact")
    return _from_row(row)


def by_signing_key(conn: Connection, signing_key: bytes) -> Contact | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM contact WHERE signing_key = ?", (signing_key,)
    ).fetchone()
    return None if row is None else _from_row(row)


def by_name(conn: Connection, name: str) -> list[Contact]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM contact WHERE name_key = ? ORDER BY added, id", (name_key(name),)
    ).fetchall()
    return [_from_row(r) for r in rows]


def look_alikes(conn: Connection, name: str, *, exclude: str | None = None) -> list[Contact]:
    """Contacts whose display name is the same as ``name`` or looks like it (same name
    key or same TR39 skeleton), except the contact ``exclude``."""
    return [
        c
        for c in list_contacts(conn)
        if c.id != exclude
        and (name_key(c.display_name) == name_key(name) or look_alike(c.display_name, name))
    ]


def former_owner(conn: Connection, signing_key: bytes) -> Contact | None:
    """The contact that once had this signing key and has another one now."""
    row = conn.execute(
        "SELECT contact_id FROM contact_key WHERE signing_key = ? AND replaced IS NOT NULL"
        " ORDER BY id DESC LIMIT 1",
        (signing_key,),
    ).fetchone()
    return None if row is None else get(conn, row[0])


def list_contacts(conn: Connection) -> list[Contact]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM contact ORDER BY name_key, added, id").fetchall()
    return [_from_row(r) for r in rows]


def find(conn: Connection, name_or_id: str) -> Contact:
    """By id (32 hex digits), by fingerprint (digits, spaces optional) or by display
    name (case and spacing ignored). NotFound, or ContactError("contact.ambiguous")."""
    text = name_or_id.strip()
    row = conn.execute(f"SELECT {_COLUMNS} FROM contact WHERE id = ?", (text.lower(),)).fetchone()
    if row is not None:
        return _from_row(row)
    digits = text.replace(" ", "")
    if len(digits) == 60 and digits.isdigit():
        spaced = " ".join(digits[i : i + 5] for i in range(0, 60, 5))
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM contact WHERE fingerprint = ?", (spaced,)
        ).fetchone()
        if row is not None:
            return _from_row(row)
    named = by_name(conn, text)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise ContactError("contact.ambiguous", count=len(named))
    raise NotFound(what="contact")


def _archive_current(conn: Connection, contact: Contact, now: str) -> None:
    conn.execute(
        "UPDATE contact_key SET replaced = ? WHERE contact_id = ? AND replaced IS NULL",
        (now, contact.id),
    )


def _record_key(conn: Connection, contact_id: str, card: IdentityCard, now: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO contact_key (contact_id, signing_key, fingerprint, card,"
        " first_seen) VALUES (?, ?, ?, ?, ?)",
        (contact_id, card.signing, card.fingerprint, card.to_bytes(), now),
    )
    conn.execute(
        "UPDATE contact_key SET replaced = NULL WHERE contact_id = ? AND fingerprint = ?",
        (contact_id, card.fingerprint),
    )


def add_card(
    conn: Connection, card: IdentityCard, *, verified: bool = False, now: str | None = None
) -> tuple[Contact, AddOutcome]:
    """Add or update a contact from a (parsed, self-signature checked) card. Call inside
    a transaction. ``verified`` says a person compared the fingerprint just now."""
    when = now or utc_now()
    # Only the signing key says who a card is: never the name on it.
    known = by_signing_key(conn, card.signing)
    if known is None:
        contact_id = secrets.token_hex(16)
        state = ContactState.VERIFIED if verified else ContactState.UNVERIFIED
        conn.execute(
            "INSERT INTO contact (id, display_name, name_key, signing_key, x25519_key,"
            " hybrid_key, fingerprint, card, card_created, state, added, updated, verified_at,"
            " generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact_id,
                card.display_name,
                name_key(card.display_name),
                card.signing,
                card.encryption_x25519,
                card.encryption_hybrid,
                card.fingerprint,
                card.to_bytes(),
                card.created,
                state.value,
                when,
                when,
                when if verified else None,
                card.generation,
            ),
        )
        _record_key(conn, contact_id, card, when)
        _record_generation(conn, contact_id, card, when)
        return get(conn, contact_id), AddOutcome.ADDED
    if card.fingerprint == known.fingerprint:
        outcome = AddOutcome.UNCHANGED
        renamed = card.display_name != known.display_name and card.created >= known.card_created
        if renamed and look_alikes(conn, card.display_name, exclude=known.id):
            renamed = False
            outcome = AddOutcome.NAME_KEPT
        if renamed:
            conn.execute(
                "UPDATE contact SET display_name = ?, name_key = ?, card = ?, card_created = ?,"
                " updated = ? WHERE id = ?",
                (
                    card.display_name,
                    name_key(card.display_name),
                    card.to_bytes(),
                    card.created,
                    when,
                    known.id,
                ),
            )
            outcome = AddOutcome.RENAMED
        if verified and known.state is not ContactState.VERIFIED:
            _set_verified(conn, known.id, when)
        adopt_generation(conn, get(conn, known.id), card, now=when)
        return get(conn, known.id), outcome
    # The same signing key signed other encryption keys: never silently trusted. The
    # stored name is kept (a key change is no occasion to take another's name).
    _archive_current(conn, known, when)
    state = ContactState.VERIFIED if verified else ContactState.KEY_CHANGED
    name = (
        known.display_name
        if look_alikes(conn, card.display_name, exclude=known.id)
        else card.display_name
    )
    conn.execute(
        "UPDATE contact SET display_name = ?, name_key = ?, signing_key = ?, x25519_key = ?,"
        " hybrid_key = ?, fingerprint = ?, card = ?, card_created = ?, state = ?, updated = ?,"
        " verified_at = ?, generation = ? WHERE id = ?",
        (
            name,
            name_key(name),
            card.signing,
            card.encryption_x25519,
            card.encryption_hybrid,
            card.fingerprint,
            card.to_bytes(),
            card.created,
            state.value,
            when,
            when if verified else None,
            card.generation,
            known.id,
        ),
    )
    _record_key(conn, known.id, card, when)
    _record_generation(conn, known.id, card, when)
    return get(conn, known.id), AddOutcome.KEY_CHANGED


def _record_generation(conn: Connection, contact_id: str, card: IdentityCard, now: str) -> None:
    statement = card.statement
    if statement is None:
        return
    conn.execute(
        "INSERT OR IGNORE INTO contact_generation (contact_id, fingerprint, generation,"
        " created, x25519_key, hybrid_key, signature, adopted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            contact_id,
            card.fingerprint,
            statement.generation,
            statement.created,
            statement.x25519,
            statement.hybrid,
            statement.signature,
            now,
        ),
    )


def adopt_generation(
    conn: Connection, contact: Contact, card: IdentityCard, *, now: str | None = None
) -> bool:
    """Adopt the key statement of ``card`` for ``contact`` if it is newer than the keys
    stored: True when adopted. A card of another signing key or other anchor keys is
    not this function's business (False: that is a key change, ``add_card``); an older
    or equal generation is ignored (no roll-back). The statement is checked against the
    STORED signing key and anchor: ContactError("contact.generation_signature") if it
    does not verify there. Call inside a transaction."""
    statement = card.statement
    if statement is None or statement.generation <= contact.generation:
        return False
    if not hmac.compare_digest(card.signing, contact.signing_key):
        return False
    if card.fingerprint != contact.fingerprint:
        return False
    stored = parse_card(contact.card_bytes)
    check_statement(statement, stored.public_keys)
    when = now or utc_now()
    conn.execute(
        "UPDATE contact SET x25519_key = ?, hybrid_key = ?, generation = ?, card = ?,"
        " updated = ? WHERE id = ?",
        (
            statement.x25519,
            statement.hybrid,
            statement.generation,
            card.to_bytes(),
            when,
            contact.id,
        ),
    )
    _record_generation(conn, contact.id, card, when)
    return True


def _set_verified(conn: Connection, contact_id: str, when: str) -> None:
    conn.execute(
        "UPDATE contact SET state = 'verified', verified_at = ?, updated = ? WHERE id = ?",
        (when, when, contact_id),
    )


def verify(conn: Connection, contact_id: str, *, now: str | None = None) -> Contact:
    """Mark the contact's current fingerprint as compared and correct."""
    contact = get(conn, contact_id)
    if contact.state is not ContactState.VERIFIED:
        _set_verified(conn, contact_id, now or utc_now())
    return get(conn, contact_id)


def key_history(conn: Connection, contact_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT fingerprint, first_seen, replaced FROM contact_key WHERE contact_id = ?"
        " ORDER BY id",
        (contact_id,),
    ).fetchall()
    return [{"fingerprint": r[0], "first_seen": r[1], "replaced": r[2]} for r in rows]


# -- the key history shown with a contact (docs/review.md §7) -------------------------------


def key_events(conn: Connection, contact_id: str) -> dict[str, list[dict[str, Any]]]:
    """The raw material of a contact's key history: its key sets (``contact_key``), the
    key generations adopted (``contact_generation``, docs/forward-secrecy.md) and the
    verifications (``contact_verification``, schema 8)."""
    keys = key_history(conn, contact_id)
    generations = conn.execute(
        "SELECT fingerprint, generation, created, adopted FROM contact_generation"
        " WHERE contact_id = ? ORDER BY adopted, generation",
        (contact_id,),
    ).fetchall()
    verifications = conn.execute(
        "SELECT fingerprint, verified_at FROM contact_verification WHERE contact_id = ?"
        " ORDER BY verified_at",
        (contact_id,),
    ).fetchall()
    return {
        "keys": keys,
        "generations": [
            {"fingerprint": r[0], "generation": int(r[1]), "created": r[2], "adopted": r[3]}
            for r in generations
        ],
        "verifications": [{"fingerprint": r[0], "verified_at": r[1]} for r in verifications],
    }
