"""Contacts: states unverified / verified / key_changed, look-up, key history, CLI."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from amanat.cli.main import run_cli
from amanat.crypto import age
from amanat.crypto.cards import make_card
from amanat.crypto.identity import Identity
from amanat.domain.errors import ContactError, NotFound
from amanat.services import contacts as service
from amanat.storage.contacts import AddOutcome, ContactState
from amanat.storage.vault import Vault
from support.vaults import TEST_PASSPHRASE, create_vault


def test_add_verify_and_key_change(vault: Vault) -> None:
    aigul = Identity.generate("Aigul")
    contact, outcome = service.add_contact(vault, make_card(aigul).to_bytes())
    assert outcome is AddOutcome.ADDED and contact.state is ContactState.UNVERIFIED
    assert contact.fingerprint == aigul.fingerprint
    # The same card again changes nothing.
    again, outcome = service.add_contact(vault, make_card(aigul))
    assert outcome is AddOutcome.UNCHANGED and again == contact
    verified = service.verify_contact(vault, "aigul").contact  # case-insensitive name
    assert verified.state is ContactState.VERIFIED and verified.verified_at
    # A new laptop: same name, new signing key. That is another contact (names are
    # labels), never new keys for the verified Aigul; the user is told they share a name.
    new_keys = Identity.generate("Aigul")
    added = service.add_contact(vault, make_card(new_keys))
    other, outcome = added
    assert outcome is AddOutcome.ADDED and other.id != contact.id
    assert other.state is ContactState.UNVERIFIED
    assert [c.id for c in added.look_alikes] == [contact.id]
    kept = service.find_contact(vault, contact.id)
    assert kept.fingerprint == aigul.fingerprint and kept.state is ContactState.VERIFIED
    assert [k["fingerprint"] for k in service.contact_details(vault, kept)["keys"]] == [
        aigul.fingerprint
    ]
    # Two contacts share the name now: the name alone no longer finds one.
    with pytest.raises(ContactError) as info:
        service.find_contact(vault, "Aigul")
    assert info.value.code == "contact.ambiguous"
    # Verifying needs the right fingerprint when one is given.
    with pytest.raises(ContactError) as info:
        service.verify_contact(vault, other.id, fingerprint=aigul.fingerprint)
    assert info.value.code == "contact.fingerprint_mismatch"
    assert service.find_contact(vault, other.id).state is ContactState.UNVERIFIED
    reverified = service.verify_contact(vault, other.id, fingerprint=new_keys.fingerprint)
    assert reverified.contact.state is ContactState.VERIFIED
    assert [c.id for c in reverified.look_alikes] == [contact.id]


def test_same_signing_key_new_encryption_key_is_a_key_change(vault: Vault) -> None:
    person = Identity.generate("Nurlan")
    service.add_contact(vault, make_card(person), verified=True)
    rotated = Identity(
        display_name="Nurlan",
        created=person.created,
        ed25519_private=person.ed25519_private,
        x25519_private=os.urandom(32),
        hybrid_seed=person.hybrid_seed,
    )
    contact, outcome = service.add_contact(vault, make_card(rotated))
    assert outcome is AddOutcome.KEY_CHANGED and contact.state is ContactState.KEY_CHANGED


def test_rename_keeps_state(vault: Vault) -> None:
    person = Identity.generate("Qairat")
    service.add_contact(vault, make_card(person), verified=True)
    renamed = Identity(
        display_name="Qairat (Almaty)",
        created="2099-01-01T00:00:00+00:00",
        ed25519_private=person.ed25519_private,
        x25519_private=person.x25519_private,
        hybrid_seed=person.hybrid_seed,
    )
    contact, outcome = service.add_contact(vault, make_card(renamed))
    assert outcome is AddOutcome.RENAMED
    assert contact.display_name == "Qairat (Almaty)" and contact.state is ContactState.VERIFIED


def test_lookup(vault: Vault) -> None:
    a = Identity.generate("Ержан")
    contact, _ = service.add_contact(vault, make_card(a))
    assert service.find_contact(vault, "ЕРЖАН").id == contact.id
    assert service.find_contact(vault, a.fingerprint).id == contact.id
    assert service.find_contact(vault, a.fingerprint.replace(" ", "")).id == contact.id
    with pytest.raises(NotFound):
        service.find_contact(vault, "nobody")


def test_own_card_is_refused(vault: Vault) -> None:
    with pytest.raises(ContactError) as info:
        service.add_contact(vault, service.own_card(vault))
    assert info.value.code == "contact.own_card"


def test_export_card_and_age_secret(vault: Vault, tmp_path: Path) -> None:
    card_path = service.export_card(vault, tmp_path / "me.card")
    assert service.read_card_file(card_path) == service.own_card(vault)
    assert stat.S_IMODE(card_path.stat().st_mode) == 0o600
    secret = service.export_age_secret(vault, tmp_path / "key.txt")
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    (identity,) = age.parse_identity_file(secret.read_text())
    assert identity.to_public().public_bytes() == vault.identity.public.x25519
    with pytest.raises(ContactError):
        service.export_age_secret(vault, secret)


# -- command line ---------------------------------------------------------------------


@pytest.fixture
def vault_dir(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:

    vault, _ = create_vault(vault_path, "Field", TEST_PASSPHRASE)
    vault.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    return vault_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_contacts(capsys: pytest.CaptureFixture[str], vault_dir: Path, tmp_path: Path) -> None:
    v = ("--vault", str(vault_dir))
    other = Identity.generate("HQ Berlin")
    card = tmp_path / "hq.card"
    card.write_text(make_card(other).to_text())
    code, out, err = run(capsys, "contact", "add", str(card), *v)
    assert code == 0 and "unverified" in out and other.fingerprint in out
    code, out, _ = run(capsys, "contact", "list", "--json", *v)
    (listed,) = json.loads(out)
    assert listed["state"] == "unverified" and listed["fingerprint"] == other.fingerprint
    assert listed["display_name"] == "HQ Berlin" and listed["post_quantum"] is True
    code, out, _ = run(capsys, "contact", "verify", "HQ Berlin", *v)
    assert code == 0 and "Verified" in out
    code, out, _ = run(capsys, "contact", "list", "--json", *v)
    assert json.loads(out)[0]["state"] == "verified"
    # A card with the same name and another key: another contact, with a warning.
    card.write_bytes(make_card(Identity.generate("HQ Berlin")).to_bytes())
    code, out, err = run(capsys, "contact", "add", str(card), *v)
    assert code == 0 and "WARNING" in err and "same name" in err
    code, out, _ = run(capsys, "contact", "list", "--json", *v)
    assert sorted(c["state"] for c in json.loads(out)) == ["unverified", "verified"]
    code, out, err = run(capsys, "contact", "verify", "nobody", *v)
    assert code == 1 and err.startswith("amanat: ") and len(err.splitlines()) == 1
    bad = tmp_path / "bad.card"
    bad.write_bytes(b"not a card")
    code, out, err = run(capsys, "contact", "add", str(bad), *v)
    assert code == 1 and "not a valid Amanat identity card" in err


def test_cli_identity_export(
    capsys: pytest.CaptureFixture[str], vault_dir: Path, tmp_path: Path
) -> None:
    v = ("--vault", str(vault_dir))
    code, out, _ = run(capsys, "identity", "export", *v)
    assert code == 0 and out.startswith("-----BEGIN AMANAT IDENTITY CARD-----")
    code, out, _ = run(capsys, "identity", "export", "-o", str(tmp_path / "me.card"), *v)
    assert code == 0 and "Fingerprint:" in out
    assert (tmp_path / "me.card").read_bytes().startswith(b"AMANAT-CARD\x00")
    code, out, err = run(
        capsys, "identity", "export", "--age-secret", "-o", str(tmp_path / "k.txt"), *v
    )
    assert code == 0 and "WARNING" in err and "SECRET" in err
    assert "AGE-SECRET-KEY-1" in (tmp_path / "k.txt").read_text()
    # The Debian age tool reads it as an identity file.
    public = subprocess.run(
        ["age-keygen", "-y", str(tmp_path / "k.txt")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert public.startswith("age1") and public in (tmp_path / "k.txt").read_text()
    code, out, err = run(
        capsys, "identity", "export", "--age-secret", "-o", str(tmp_path / "k.txt"), *v
    )
    assert code == 1 and "already exists" in err
