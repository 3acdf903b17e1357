"""Forward secrecy by rotation (docs/forward-secrecy.md), through real vaults: Field
rotates, HQ adopts the new keys from Field's next bundle with the contact still
verified, HQ seals to the new generation, and after the grace period Field's old secret
keys are gone from its tables and from every page of its files."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from amanat.crypto import age
from amanat.crypto.age import HybridIdentity, X25519Identity
from amanat.crypto.cards import make_card, parse_card
from amanat.crypto.identity import Identity
from amanat.domain.errors import BundleError, ContactError
from amanat.services import bundles as bundle_service
from amanat.services import contacts as contact_service
from amanat.services import identity as identity_service
from amanat.services import settings
from amanat.services import vault as vault_service
from amanat.storage import contacts as contact_store
from amanat.storage.contacts import AddOutcome, ContactState
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.bundles import seal
from support.pages import on_disk
from support.vaults import TEST_PASSPHRASE, add_case, befriend

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _opens_with(bundle: Path, identity: HybridIdentity | X25519Identity) -> bool:
    header = age.parse_header(io.BytesIO(bundle.read_bytes()))
    return identity.unwrap(header.stanzas) is not None


def test_rotation_through_real_vaults(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, hq = pair
    add_case(field)
    add_case(hq, title="From HQ before the rotation")
    old = field.identity
    safety_number = old.fingerprint
    # A bundle HQ sealed to Field's generation 0, still on its way during the rotation.
    in_transit = seal(hq, ["Field office"], tmp_path / "in-transit", all_cases=True)

    assert identity_service.rotate(field, now=T0) == 1
    new = field.identity
    assert new.generation == 1 and new.fingerprint == safety_number
    assert new.x25519_private != old.x25519_private

    # HQ learns the new keys from Field's next bundle and adopts them silently.
    result = bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "f1", all_cases=True))
    assert result.sender_key_generation == 1
    contact = contact_service.find_contact(hq, "Field office")
    assert contact.state is ContactState.VERIFIED
    assert contact.fingerprint == safety_number
    assert contact.generation == 1
    assert contact.x25519_key == new.current_key.x25519_public
    assert contact.hybrid_key == new.current_key.hybrid_public

    # HQ's next bundles are sealed to the new generation (hybrid and classic).
    to_new = seal(hq, ["Field office"], tmp_path / "h1", all_cases=True)
    assert _opens_with(to_new, HybridIdentity.from_bytes(new.hybrid_seed))
    assert not _opens_with(to_new, HybridIdentity.from_bytes(old.hybrid_seed))
    classic = seal(hq, ["Field office"], tmp_path / "h1c", all_cases=True, x25519=True)
    assert _opens_with(classic, X25519Identity.from_bytes(new.x25519_private))
    assert not _opens_with(classic, X25519Identity.from_bytes(old.x25519_private))

    # Within the grace period the bundle sealed before the rotation still opens.
    assert bundle_service.inspect_bundle(field, in_transit)["verified"]
    assert identity_service.destroy_expired(field, now=T0 + timedelta(days=13)) == []
    field.lock()
    field.forget_identity()
    # The old secrets are on disk until destruction (the page reader does find them).
    field = vault_service.unlock(field.path, TEST_PASSPHRASE, now=T0 + timedelta(days=13))
    try:
        assert on_disk(field, old.x25519_private) and on_disk(field, old.hybrid_seed)
        field.lock()
        # Past the grace period, the unlock destroys generation 0's secret keys.
        field = vault_service.unlock(field.path, TEST_PASSPHRASE, now=T0 + timedelta(days=14))
        conn = field.connection()
        live = [r[0] for r in conn.execute("SELECT generation FROM identity_secret")]
        assert live == [1]
        destroyed = conn.execute(
            "SELECT destroyed FROM identity_key WHERE generation = 0"
        ).fetchone()[0]
        assert destroyed is not None
        wal = Path(str(field.db_path) + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
        for secret in (old.x25519_private, old.hybrid_seed):
            assert not on_disk(field, secret)
        assert on_disk(field, new.x25519_private)  # the live key is still readable
        # The safety number survives the destruction of the anchor's secrets.
        assert field.identity.fingerprint == safety_number
        assert [k.generation for k in field.identity.decryption_keys] == [1]
        status = identity_service.key_status(field)
        assert status.live == [1] and status.generation == 1

        with pytest.raises(BundleError) as info:
            bundle_service.inspect_bundle(field, in_transit)
        assert info.value.code == "bundle.no_live_key"
        with pytest.raises(BundleError) as info:
            bundle_service.open_bundle(field, in_transit)
        assert info.value.code == "bundle.no_live_key"
        assert bundle_service.open_bundle(field, to_new).cases
    finally:
        field.lock()


def test_auto_rotation_at_unlock(vault: Vault) -> None:
    path = vault.path
    settings.set(vault, settings.ROTATE_EVERY_DAYS, 30)
    created = datetime.fromisoformat(identity_service.key_status(vault).generation_created)
    vault.lock()
    vault = vault_service.unlock(path, TEST_PASSPHRASE, now=created + timedelta(days=29))
    assert vault.identity.generation == 0
    vault.lock()
    vault = vault_service.unlock(path, TEST_PASSPHRASE, now=created + timedelta(days=31))
    try:
        assert vault.identity.generation == 1
        assert [k.generation for k in vault.identity.decryption_keys] == [1, 0]
    finally:
        vault.lock()
    # The new generation is not due again the next day.
    vault = vault_service.unlock(path, TEST_PASSPHRASE, now=created + timedelta(days=32))
    try:
        assert vault.identity.generation == 1
    finally:
        vault.lock()


def test_never_rotates_by_default(vault: Vault) -> None:
    path = vault.path
    vault.lock()
    vault = vault_service.unlock(path, TEST_PASSPHRASE, now=T0 + timedelta(days=5000))
    try:
        assert vault.identity.generation == 0
    finally:
        vault.lock()


def test_cards_bring_new_keys_and_never_roll_back(pair: tuple[Vault, Vault]) -> None:
    field, hq = pair
    gen0_card = contact_service.own_card(field)
    identity_service.rotate(field, now=T0)
    gen1_card = contact_service.own_card(field)
    identity_service.rotate(field, now=T0 + timedelta(days=1))
    gen2_card = contact_service.own_card(field)
    assert gen2_card.fingerprint == gen0_card.fingerprint

    added = contact_service.add_contact(hq, gen2_card.to_bytes())
    assert added.outcome is AddOutcome.UNCHANGED and added.adopted_generation == 2
    assert added.contact.generation == 2 and added.contact.state is ContactState.VERIFIED
    keys = (added.contact.x25519_key, added.contact.hybrid_key)
    for older in (gen1_card, gen0_card, gen2_card):
        readded = contact_service.add_contact(hq, older.to_bytes())
        assert readded.adopted_generation is None
        again = readded.contact
        assert again.generation == 2 and (again.x25519_key, again.hybrid_key) == keys
        assert again.state is ContactState.VERIFIED


def test_forged_statement_is_refused(pair: tuple[Vault, Vault]) -> None:
    field, hq = pair
    mallory = Identity.generate("Mallory").rotated()
    assert mallory.statement is not None
    # A statement signed by another key, in a card Field's key signed: refused at parse.
    forged = dataclasses.replace(
        field.identity, anchor=field.identity.public, statement=mallory.statement
    )
    with pytest.raises(ContactError) as info:
        contact_service.add_contact(hq, make_card(forged).to_bytes())
    assert info.value.code == "contact.generation_signature"
    # Handed to the store directly (no parse), the statement is checked against the
    # stored signing key and anchor all the same.
    card = dataclasses.replace(make_card(field.identity), statement=mallory.statement)
    conn = hq.connection()
    contact = contact_service.find_contact(hq, "Field office")
    with pytest.raises(ContactError) as info, transaction(conn):
        contact_store.adopt_generation(conn, contact, card)
    assert info.value.code == "contact.generation_signature"
    after = contact_service.find_contact(hq, "Field office")
    assert after.generation == 0 and after.x25519_key == field.identity.public.x25519


def test_other_anchor_keys_are_still_a_key_change(pair: tuple[Vault, Vault]) -> None:
    field, hq = pair
    other_anchor = dataclasses.replace(field.identity, x25519_private=bytes(32 * [7]))
    card = make_card(other_anchor.rotated())
    assert card.fingerprint != field.identity.fingerprint
    added = contact_service.add_contact(hq, card.to_bytes())
    assert added.outcome is AddOutcome.KEY_CHANGED
    assert added.contact.state is ContactState.KEY_CHANGED


def test_a_rotated_card_opens_a_new_contact_at_its_generation(pair: tuple[Vault, Vault]) -> None:
    field, hq = pair
    identity_service.rotate(field, now=T0)
    card = parse_card(contact_service.own_card(field).to_bytes())
    conn = hq.connection()
    with transaction(conn):
        conn.execute("DELETE FROM contact_key")
        conn.execute("DELETE FROM contact")
    contact = contact_service.add_contact(hq, card).contact
    assert contact.generation == 1
    assert contact.x25519_key == field.identity.current_key.x25519_public
    assert contact.fingerprint == field.identity.fingerprint


def test_quarantined_bundle_adopts_only_once_imported(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    field = make_vault("Field office", path=tmp_path / "field")
    hq = make_vault("HQ", path=tmp_path / "hq")
    befriend(field, hq, verified=False)  # HQ has not compared Field's fingerprint yet
    contact_service.verify_contact(field, "HQ")
    add_case(field)
    identity_service.rotate(field, now=T0)
    bundle = seal(field, ["HQ"], tmp_path / "f1", all_cases=True)
    with pytest.raises(BundleError) as info:
        bundle_service.open_bundle(hq, bundle)
    assert info.value.code == "bundle.quarantined"
    waiting = contact_service.find_contact(hq, "Field office")
    assert waiting.generation == 0  # nothing adopted from a bundle that was not imported
    contact_service.verify_contact(hq, waiting.id)
    [entry] = bundle_service.list_quarantine(hq)
    result = bundle_service.open_quarantined(hq, entry["id"])
    assert result.sender_key_generation == 1
    adopted = contact_service.find_contact(hq, "Field office")
    assert adopted.generation == 1 and adopted.state is ContactState.VERIFIED
    assert adopted.x25519_key == field.identity.current_key.x25519_public
