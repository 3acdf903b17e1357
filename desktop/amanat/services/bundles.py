"""Sealed bundles: seal cases for contacts, inspect and open received bundles, the
quarantine, and where imported records came from (docs/design.md §7 and §8)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.bundles import importer, ledger, sealing
from amanat.bundles.format import Profile
from amanat.bundles.importer import ImportResult
from amanat.bundles.sealing import BundleRecipient, SealResult
from amanat.bundles.selection import all_case_ids
from amanat.crypto.cards import parse_card
from amanat.domain.errors import BundleError, NotFound
from amanat.services.base import Changes, IsCancelled, Progress, merge_into
from amanat.storage import contacts as contact_store
from amanat.storage import followups as followup_store
from amanat.storage import history
from amanat.storage.contacts import Contact, ContactState
from amanat.storage.vault import Vault

BUNDLE_SUFFIX = ".age"


def resolve_recipients(vault: Vault, names: Sequence[str]) -> list[Contact]:
    """Contacts by name, id or fingerprint; each must be verified (a key change must be
    verified again first)."""
    conn = vault.connection()
    chosen: dict[str, Contact] = {}
    for name in names:
        contact = contact_store.find(conn, name)
        if contact.state is ContactState.KEY_CHANGED:
            raise BundleError("bundle.recipient_key_changed", contact=contact.id)
        if contact.state is not ContactState.VERIFIED:
            raise BundleError("bundle.recipient_unverified", contact=contact.id)
        chosen[contact.id] = contact
    if not chosen:
        raise BundleError("bundle.no_recipients")
    return list(chosen.values())


@dataclass(frozen=True)
class Protection:
    """How a bundle for these recipients would be protected: ``hybrid`` (post-quantum
    ML-KEM-768 + X25519) only when every recipient has a hybrid key; ``lacking`` the
    recipients without one (they force X25519 only, which must be chosen explicitly)."""

    level: str  # "hybrid" or "x25519"
    lacking: tuple[Contact, ...]


def protection_for(contacts: Sequence[Contact]) -> Protection:
    lacking = tuple(c for c in contacts if not c.has_hybrid)
    return Protection("x25519" if lacking else "hybrid", lacking)


def output_path(destination: Path | str) -> Path:
    """A folder gets a random file name (bundle names reveal nothing); an existing file
    is never replaced."""
    target = Path(destination)
    if target.is_dir():
        return target / f"{secrets.token_hex(8)}{BUNDLE_SUFFIX}"
    if target.exists():
        raise BundleError("bundle.output_exists", path=str(target))
    return target


def seal_bundle(
    vault: Vault,
    to: Sequence[str],
    destination: Path | str,
    *,
    case_ids: Sequence[str] | None = None,
    all_cases: bool = False,
    profile: str | Profile = Profile.FULL,
    x25519: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    followups_only: bool = False,
) -> SealResult:
    """Seal cases (``case_ids``, or every case with ``all_cases``) for verified contacts.
    ``followups_only``: only the follow-up questions and answers of those cases (with
    ``all_cases``: of every case that has any); BundleError("bundle.no_followups") if
    there are none.

    Hybrid post-quantum recipients are used; ``x25519`` asks for classic ones for
    everyone (the Debian age tool in an emergency, or a recipient without a hybrid key).
    A recipient without a hybrid key and no ``x25519``: BundleError
    ("bundle.no_post_quantum", contacts=their ids): never a silent downgrade.
    """
    chosen_profile = profile if isinstance(profile, Profile) else Profile.parse(profile)
    if all_cases == bool(case_ids):
        raise BundleError("bundle.choose_cases")
    contacts = resolve_recipients(vault, to)
    protection = protection_for(contacts)
    if protection.lacking and not x25519:
        raise BundleError(
            "bundle.no_post_quantum",
            count=len(protection.lacking),
            contacts=",".join(c.id for c in protection.lacking),
        )
    recipients = [
        BundleRecipient(fingerprint=c.fingerprint, x25519=c.x25519_key, hybrid=c.hybrid_key)
        for c in contacts
    ]
    ids = all_case_ids(vault.connection()) if all_cases else list(case_ids or [])
    if followups_only and all_cases:
        ids = followup_store.cases_with_followups(vault.connection())
        if not ids:
            raise BundleError("bundle.no_followups")
    if not ids:
        raise BundleError("bundle.nothing_to_send", excluded=0)
    return sealing.seal(
        vault,
        ids,
        recipients,
        output_path(destination),
        profile=chosen_profile,
        classic=x25519,
        progress=progress,
        is_cancelled=is_cancelled,
        followups_only=followups_only,
    )


def inspect_bundle(
    vault: Vault,
    path: Path | str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> dict[str, Any]:
    """What a bundle holds and whether it verifies; the vault is not changed."""
    return importer.inspect_file(vault, Path(path), progress=progress, is_cancelled=is_cancelled)


def open_bundle(
    vault: Vault,
    path: Path | str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    changes: Changes | None = None,
) -> ImportResult:
    """Verify and import a bundle (all or nothing). From a sender that is not a verified
    contact: BundleError("bundle.quarantined") and the bundle waits in quarantine.
    ``.changes``: the cases it brought. (``changes``: legacy, see services.base.)"""
    result = importer.import_file(vault, Path(path), progress=progress, is_cancelled=is_cancelled)
    vault.advance_counter()  # a commit that matters: docs/keyslots.md, "State"
    merge_into(changes, result.changes)
    return result


def open_quarantined(
    vault: Vault,
    quarantine_id: str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    changes: Changes | None = None,
) -> ImportResult:
    result = importer.import_quarantined(
        vault, quarantine_id, progress=progress, is_cancelled=is_cancelled
    )
    result.changes.quarantine.add(quarantine_id)
    vault.advance_counter()  # a commit that matters: docs/keyslots.md, "State"
    merge_into(changes, result.changes)
    return result


def list_quarantine(vault: Vault) -> list[dict[str, Any]]:
    conn = vault.connection()
    out = []
    for entry in ledger.quarantine_list(conn):
        card = parse_card(entry.sender_card)
        sender = importer.sender_json(conn, card)
        item = entry.as_json(card.display_name)
        # The stored contact's name when the key is a contact's; the card's claim apart.
        item["sender"] = {**sender, **item["sender"], "name": sender["name"]}
        item["importable"] = sender["trusted"]
        item["contact_id"] = sender["contact_id"]
        out.append(item)
    return out


def quarantined_sender_card(vault: Vault, quarantine_id: str) -> bytes:
    """The sender's card from a quarantined bundle (to add them as a contact)."""
    entry = ledger.quarantine_get(vault.connection(), quarantine_id)
    if entry is None:
        raise NotFound(what="quarantined_bundle")
    return entry.sender_card


def discard_quarantined(vault: Vault, quarantine_id: str) -> Changes:
    importer.discard_quarantined(vault, quarantine_id)
    return Changes(quarantine={quarantine_id})


def provenance(vault: Vault, record_id: str) -> list[dict[str, Any]]:
    """Which bundles brought revisions of a record, from whom, when, and the merge."""
    return ledger.provenance(vault.connection(), record_id)


def sent_bundles(vault: Vault) -> list[dict[str, Any]]:
    return ledger.sent_bundles(vault.connection())


def received_bundles(vault: Vault) -> list[dict[str, Any]]:
    return ledger.received_bundles(vault.connection())


def _key_owner(vault: Vault, key: bytes) -> dict[str, Any]:
    """Whose signing key this is, by the names this vault gave: ``self`` (this vault),
    ``contact`` (a contact's current or former key) or ``unknown``."""
    conn = vault.connection()
    if key == vault.identity.public.signing:
        return {"who": "self", "name": vault.identity.display_name}
    contact = contact_store.by_signing_key(conn, key) or contact_store.former_owner(conn, key)
    if contact is None:
        return {"who": "unknown", "name": None}
    return {"who": "contact", "name": contact.display_name, "contact_id": contact.id}


def revision_origin(vault: Vault, rev_id: str) -> dict[str, Any]:
    """Where one revision came from, for the case view's "Where it came from"
    (docs/review.md §7): who wrote it and when, which bundle brought it (from whom,
    sealed and received when; None when written here), and which versions it replaced
    (its parents, each with when and by whom). NotFound for an unknown revision."""
    conn = vault.connection()
    rev = history.get(conn, rev_id)
    came = ledger.revision_bundle(conn, rev_id)
    bundle = None
    if came is not None:
        sender = _key_owner(vault, came.pop("sender_key"))
        bundle = {**came, "sender": sender["name"]}
    replaced = []
    for parent_id in rev.parents:
        parent = history.get(conn, parent_id)
        replaced.append(
            {
                "rev_id": parent_id,
                "created": parent.created,
                "author": _key_owner(vault, parent.author)["name"],
            }
        )
    return {
        "rev_id": rev.rev_id,
        "record_id": rev.record_id,
        "record_kind": rev.kind.value,
        "created": rev.created,
        "author": _key_owner(vault, rev.author),
        "bundle": bundle,
        "replaced": replaced,
    }
