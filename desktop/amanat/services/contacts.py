"""Identity cards and contacts: export this vault's card, add, list and verify contacts,
export the age secret key for emergencies (docs/design.md §6)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.bundles import ledger
from amanat.crypto.age import HybridIdentity, X25519Identity
from amanat.crypto.cards import IdentityCard, make_card, parse_card
from amanat.domain.errors import AmanatError, ContactError, ValidationError
from amanat.services.base import Changes, merge_into
from amanat.storage import contacts as contact_store
from amanat.storage.contacts import AddOutcome, Contact
from amanat.storage.db import transaction
from amanat.storage.files import atomic_write, read_limited
from amanat.storage.vault import Vault

MAX_CARD_FILE = 64 * 1024


def own_card(vault: Vault) -> IdentityCard:
    return make_card(vault.identity)


@dataclass(frozen=True)
class OwnIdentity:
    """What the GUI shows of this vault's identity (nothing secret)."""

    display_name: str
    fingerprint: str
    created: str
    post_quantum: bool
    card_text: str
    key_generation: int = 0  # of the encryption keys (docs/forward-secrecy.md)


def own_identity(vault: Vault) -> OwnIdentity:
    card = own_card(vault)
    return OwnIdentity(
        display_name=card.display_name,
        fingerprint=card.fingerprint,
        created=card.created,
        post_quantum=card.has_hybrid,
        card_text=card.to_text(),
        key_generation=card.generation,
    )


@dataclass(frozen=True)
class IdentitySummary:
    display_name: str
    fingerprint: str | None  # None while the key material cannot be read


def identity_summary(vault: Vault) -> IdentitySummary:
    """This vault's name and fingerprint, for settings; never fails on a damaged key."""
    identity = vault.identity
    try:
        fingerprint: str | None = identity.fingerprint
    except (ImportError, AttributeError, AmanatError):
        fingerprint = None
    return IdentitySummary(display_name=identity.display_name, fingerprint=fingerprint)


def export_card(vault: Vault, destination: Path | str, *, text: bool = False) -> Path:
    """Write this vault's identity card (binary, or the text form) atomically."""
    target = Path(destination)
    card = own_card(vault)
    atomic_write(target, card.to_text().encode("ascii") if text else card.to_bytes())
    return target


def age_secret_text(vault: Vault, *, hybrid: bool = False) -> str:
    """The vault's current X25519 (or hybrid) age identity in the age tool's key-file
    format. After a rotation it opens only bundles sealed to the current generation
    (docs/forward-secrecy.md)."""
    identity: X25519Identity | HybridIdentity
    if hybrid:
        identity = HybridIdentity.from_bytes(vault.identity.hybrid_seed)
        kind = "post-quantum hybrid (age >= 1.3)"
    else:
        identity = X25519Identity.from_bytes(vault.identity.x25519_private)
        kind = "X25519"
    return (
        f"# created: {vault.identity.created}\n"
        f"# public key: {identity.to_public().to_string()}\n"
        f"# Amanat: this key opens every {kind} bundle sealed to this vault's key"
        f" generation {vault.identity.generation}.\n"
        "# Keep it offline and destroy it after use.\n"
        f"{identity.to_string()}\n"
    )


def export_age_secret(vault: Vault, destination: Path | str, *, hybrid: bool = False) -> Path:
    """Write the age secret key (0600, atomically). Refuses to overwrite a file: a
    secret key must never replace something by accident."""
    target = Path(destination)
    if target.exists():
        raise ContactError("contact.output_exists", path=str(target))
    atomic_write(target, age_secret_text(vault, hybrid=hybrid).encode("ascii"))
    return target


def read_card_file(path: Path | str) -> IdentityCard:
    source = Path(path)
    if not source.is_file():
        raise ValidationError("invalid.not_a_file", field="card")
    data = read_limited(source, MAX_CARD_FILE)
    if len(data) > MAX_CARD_FILE:
        raise ContactError("contact.card_malformed", reason="too_large")
    return parse_card(data)


@dataclass(frozen=True)
class ContactAdded:
    """What ``add_contact`` did; unpacks as ``contact, outcome``. ``look_alikes``: the
    other contacts whose name is the same or looks the same (TR39 skeleton): the user
    must be told that two contacts share a name."""

    contact: Contact
    outcome: AddOutcome
    look_alikes: tuple[Contact, ...] = ()
    # The contact's new key generation, adopted from the card's key statement (the same
    # fingerprint: no re-verification; docs/forward-secrecy.md). None if none adopted.
    adopted_generation: int | None = None

    def __iter__(self) -> Iterator[Any]:
        return iter((self.contact, self.outcome))

    @property
    def changes(self) -> Changes:
        return Changes(contacts={self.contact.id})


@dataclass(frozen=True)
class ContactVerified:
    contact: Contact
    look_alikes: tuple[Contact, ...] = ()

    @property
    def changes(self) -> Changes:
        return Changes(contacts={self.contact.id})


def add_contact(
    vault: Vault,
    card: IdentityCard | bytes,
    *,
    verified: bool = False,
    changes: Changes | None = None,
) -> ContactAdded:
    """Add a contact from a card (parsed or raw bytes); see storage.contacts.add_card.
    (``changes``: legacy, see services.base.)"""
    parsed = card if isinstance(card, IdentityCard) else parse_card(card)
    if parsed.signing == vault.identity.public.signing:
        raise ContactError("contact.own_card")
    conn = vault.connection()
    with transaction(conn):
        known = contact_store.by_signing_key(conn, parsed.signing)
        contact, outcome = contact_store.add_card(conn, parsed, verified=verified)
        look_alikes = tuple(look_alikes_of(conn, contact, card_name=parsed.display_name))
    adopted = (
        contact.generation
        if known is not None
        and outcome is not AddOutcome.KEY_CHANGED
        and contact.generation > known.generation
        else None
    )
    result = ContactAdded(contact, outcome, look_alikes, adopted)
    merge_into(changes, result.changes)
    return result


def look_alikes_of(conn: Any, contact: Contact, *, card_name: str | None = None) -> list[Contact]:
    """Other contacts named like ``contact`` (or like the name on its card)."""
    found = {
        c.id: c for c in contact_store.look_alikes(conn, contact.display_name, exclude=contact.id)
    }
    if card_name is not None and card_name != contact.display_name:
        for c in contact_store.look_alikes(conn, card_name, exclude=contact.id):
            found.setdefault(c.id, c)
    return list(found.values())


def contact_look_alikes(vault: Vault, contact: Contact) -> list[Contact]:
    return look_alikes_of(vault.connection(), contact)


def list_contacts(vault: Vault) -> list[Contact]:
    return contact_store.list_contacts(vault.connection())


def find_contact(vault: Vault, name_or_id: str) -> Contact:
    return contact_store.find(vault.connection(), name_or_id)


def verify_contact(
    vault: Vault, name_or_id: str, *, fingerprint: str | None = None, changes: Changes | None = None
) -> ContactVerified:
    """Mark a contact verified. With ``fingerprint`` (as read aloud by the other person),
    refuse unless it is the contact's: the comparison is then done by the program.
    (``changes``: legacy, see services.base.)"""
    conn = vault.connection()
    with transaction(conn):
        contact = contact_store.find(conn, name_or_id)
        if fingerprint is not None:
            given = "".join(fingerprint.split())
            if given != contact.fingerprint.replace(" ", ""):
                raise ContactError("contact.fingerprint_mismatch")
        verified = contact_store.verify(conn, contact.id)
        look_alikes = tuple(look_alikes_of(conn, verified))
    result = ContactVerified(verified, look_alikes)
    merge_into(changes, result.changes)
    return result


def missing_bundles(vault: Vault, contact: Contact) -> tuple[list[int], int]:
    """Sequence numbers of this contact's bundles that have not arrived (between the
    first and last seen here): the first few, and how many in all."""
    return ledger.missing_sequences(vault.connection(), contact.signing_key)


def contact_details(vault: Vault, contact: Contact) -> dict[str, Any]:
    details = contact.as_json()
    conn = vault.connection()
    details["keys"] = contact_store.key_history(conn, contact.id)
    listed, total = missing_bundles(vault, contact)
    details["missing_bundles"] = {"listed": listed, "total": total}
    details["look_alikes"] = [
        {"id": c.id, "name": c.display_name} for c in look_alikes_of(conn, contact)
    ]
    return details


def key_history(vault: Vault, contact_id: str) -> list[dict[str, Any]]:
    """A contact's key history, oldest first (docs/review.md §7): one event per
    ``{"when", "event", "fingerprint", "generation"}``, where ``event`` is ``added`` (the
    first keys), ``key_changed`` (a new signing key or new keys under it: verify again),
    ``rotated`` (a new generation of encryption keys signed by the same key,
    docs/forward-secrecy.md) or ``verified`` (a person compared the safety number)."""
    raw = contact_store.key_events(vault.connection(), contact_id)
    events: list[dict[str, Any]] = []
    for index, key in enumerate(raw["keys"]):
        events.append(
            {
                "when": key["first_seen"],
                "event": "added" if index == 0 else "key_changed",
                "fingerprint": key["fingerprint"],
                "generation": None,
            }
        )
    # A generation stored with a key set (the card the contact was added from) is where
    # the history starts, not a rotation.
    with_keys = {key["first_seen"] for key in raw["keys"]}
    for gen in raw["generations"]:
        if gen["adopted"] not in with_keys:
            events.append(
                {
                    "when": gen["adopted"],
                    "event": "rotated",
                    "fingerprint": gen["fingerprint"],
                    "generation": gen["generation"],
                }
            )
    for check in raw["verifications"]:
        events.append(
            {
                "when": check["verified_at"],
                "event": "verified",
                "fingerprint": check["fingerprint"],
                "generation": None,
            }
        )
    order = {"added": 0, "key_changed": 1, "rotated": 2, "verified": 3}
    events.sort(key=lambda e: (e["when"], order[e["event"]]))
    return events
