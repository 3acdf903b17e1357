"""Issue 9 in the app: the sender shown is the stored contact's name, names that lie are
refused or flagged, the Seal dialog says the protection level and needs the X25519
choice, and missing bundles show in Contacts (docs/trust-contacts.md)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from amanat.crypto import cards as card_format
from amanat.crypto.cards import IdentityCard, make_card
from amanat.crypto.identity import Identity
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage.vault import Vault
from amanat.ui.exchange import bundle_dialogs, trust
from amanat.ui.exchange.bundle_dialogs import SealDialog
from amanat.ui.kit.messages import FSI, PDI
from support.cases import ISSUE_EXAMPLE
from support.gui import find
from support.gui_bundles import (
    add_contact_from_file,
    choose_files,
    click,
    on_worker,
    open_in,
    script_dialog,
    show_contacts,
    unlock_vault,
    verify_script,
)
from support.vaults import create_vault


def add_case(vault: Vault, title: str = "A case") -> str:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["title"] = title
    return case_service.add_case(vault, doc).id


def seal(vault: Vault, to: list[str], folder: Path, case_ids: list[str]) -> Path:
    return bundle_service.seal_bundle(vault, to, folder, case_ids=case_ids).path


def signed_card(identity: Identity, name: str, *, hybrid: bool = True) -> bytes:
    """A card an attacker's own program would make (any name), signed by its key."""
    keys = identity.public
    unsigned = IdentityCard(
        name, identity.created, keys.signing, keys.x25519, keys.hybrid if hybrid else b"", b""
    )
    signature = identity.sign(card_format.SIGNATURE_DOMAIN + unsigned.signed_part())
    return dataclasses.replace(unsigned, signature=signature).to_bytes()


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


@pytest.fixture
def field(qtbot, home_vault, window_factory, tmp_path):
    """The Field team's window, with the verified contacts "Field Almaty" and "B office"
    (vaults of their own, driven through the services)."""
    path, _ = home_vault("Field team")
    window = window_factory()
    unlock_vault(qtbot, window, path)
    others = {}
    for name in ("Field Almaty", "B office"):
        vault, _ = create_vault(tmp_path / name.replace(" ", "-"), name, "pass words here")
        others[name] = vault
    cards = {n: contact_service.own_card(v) for n, v in others.items()}

    def befriend(v):
        for card in cards.values():
            contact_service.add_contact(v, card, verified=True)
        return contact_service.own_card(v)

    own = on_worker(qtbot, window, befriend)
    for vault in others.values():
        contact_service.add_contact(vault, own, verified=True)
    yield window, others
    for vault in others.values():
        if vault.is_open:
            vault.lock()


def test_open_bundle_dialog_shows_the_stored_contacts_name(
    qtbot, field, monkeypatch, tmp_path
) -> None:
    window, others = field
    b = others["B office"]
    case_id = add_case(b, title="From B")
    # B's program puts a card named "Field Almaty" (B's own keys) into the bundle.
    b._identity = dataclasses.replace(b.identity, display_name="Field Almaty")
    bundle = seal(b, ["Field team"], tmp_path, case_ids=[case_id])
    dialog = open_in(qtbot, window, monkeypatch, bundle)
    assert plain(dialog.sender_label.text()) == "B office"
    notice = plain(dialog.trust_notice.text())
    assert "calls them Field Almaty" in notice and "verified contact" in notice
    assert dialog.outcome.result is not None
    summary = plain(dialog.summary.text() + dialog.done_notice.text())
    assert "B office" in summary and "Field Almaty" not in summary
    dialog.close()


def test_a_stranger_named_like_a_contact_is_shown_as_a_stranger(
    qtbot, field, monkeypatch, tmp_path
) -> None:
    window, others = field
    stranger, _ = create_vault(tmp_path / "s", "field almaty", "pass words here")
    try:
        field_card = on_worker(qtbot, window, contact_service.own_card)
        contact_service.add_contact(stranger, field_card, verified=True)
        bundle = seal(stranger, ["Field team"], tmp_path, case_ids=[add_case(stranger)])
        stranger_card = tmp_path / "stranger.card"
        stranger_card.write_bytes(contact_service.own_card(stranger).to_bytes())
    finally:
        stranger.lock()
    dialog = open_in(qtbot, window, monkeypatch, bundle, confirm=False)
    assert plain(dialog.sender_label.text()) == "an unknown sender whose card says “field almaty”"
    assert "Two contacts share a name" in dialog.trust_notice.text()
    dialog.close()
    # Added from its card: a second contact, with the warning; Field Almaty keeps its keys.
    almaty_fp = others["Field Almaty"].identity.fingerprint
    add_contact_from_file(qtbot, window, monkeypatch, stranger_card)
    tab = window.workspace.contacts.contacts_tab
    assert "Two contacts share a name" in tab.notice.text()
    rows = {r["fingerprint"]: r for r in tab.model.rows}
    assert rows[almaty_fp]["state"] == "verified" and len(rows) == 3


@pytest.mark.parametrize("name", ["Field \u202eytamlA", "Field\u200bAlmaty", "Field\u3164Almaty"])
def test_names_that_lie_are_refused_in_the_app(qtbot, field, monkeypatch, tmp_path, name) -> None:
    window, _others = field
    card = tmp_path / "liar.card"
    card.write_bytes(signed_card(Identity.generate("x"), name))
    add_contact_from_file(qtbot, window, monkeypatch, card)
    tab = window.workspace.contacts.contacts_tab
    assert "invisible characters" in tab.notice.text()
    assert len(tab.model.rows) == 2


def test_homoglyph_name_is_flagged_in_the_app(qtbot, field, monkeypatch, tmp_path) -> None:
    window, _others = field
    card = tmp_path / "homoglyph.card"
    card.write_bytes(make_card(Identity.generate("Field \u0410lmaty")).to_bytes())
    add_contact_from_file(qtbot, window, monkeypatch, card)
    tab = window.workspace.contacts.contacts_tab
    assert "Two contacts share a name" in tab.notice.text()
    assert "Field Almaty" in plain(tab.notice.text())


def test_seal_dialog_shows_protection_and_needs_the_x25519_choice(
    qtbot, field, monkeypatch, tmp_path
) -> None:
    window, _others = field
    classic = Identity.generate("Classic office")
    on_worker(
        qtbot,
        window,
        lambda v: contact_service.add_contact(
            v, signed_card(classic, "Classic office", hybrid=False), verified=True
        ),
    )
    case_id = on_worker(qtbot, window, lambda v: add_case(v))
    destination = tmp_path / "mixed.age"

    def play(dialog: SealDialog) -> SealDialog:
        qtbot.waitUntil(lambda: dialog.recipients.count() == 3, timeout=10000)
        for name in ("Field Almaty",):
            assert dialog.set_recipient_checked(name)
        assert "post-quantum hybrid" in dialog.encryption_label.text()
        assert dialog.set_recipient_checked("Classic office")
        choose_files(monkeypatch, save_path=destination)
        click(qtbot, find(dialog, QPushButton, "sealChooseDestination"))
        text = plain(dialog.encryption_label.text())
        assert "X25519 only, for everyone: Classic office has no post-quantum key" in text
        assert not dialog.seal_button.isEnabled()
        dialog.classic.setChecked(True)
        assert "X25519 only, as you chose" in dialog.encryption_label.text()
        assert dialog.seal_button.isEnabled()
        click(qtbot, dialog.seal_button)
        qtbot.waitUntil(lambda: dialog.sealed is not None, timeout=20000)
        return dialog

    dialog = SealDialog(window, window.session, [(case_id, "A case")])
    qtbot.addWidget(dialog)
    dialog.show()
    play(dialog)
    assert dialog.sealed.as_json()["recipient_type"] == "x25519"
    dialog.close()
    assert bundle_dialogs.encryption_text("x25519")


def test_missing_bundle_shows_in_contacts(qtbot, field, monkeypatch, tmp_path) -> None:
    window, others = field
    almaty = others["Field Almaty"]
    bundles = []
    for n in range(3):
        folder = tmp_path / f"b{n}"
        folder.mkdir()
        bundles.append(seal(almaty, ["Field team"], folder, case_ids=[add_case(almaty)]))
    on_worker(qtbot, window, lambda v: bundle_service.open_bundle(v, bundles[2]))
    # The late first bundle opens in the dialog: no refusal.
    dialog = open_in(qtbot, window, monkeypatch, bundles[0])
    assert dialog.outcome.result is not None, dialog.notice.text()
    section = show_contacts(qtbot, window, "contacts")
    section.refresh()
    tab = section.contacts_tab
    qtbot.waitUntil(lambda: bool(tab.notes), timeout=10000)
    row = next(i for i, r in enumerate(tab.model.rows) if r["display_name"] == "Field Almaty")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert "Bundle 2 from Field Almaty has not arrived." in plain(tab.detail_state.text())


def test_quarantine_import_of_a_stranger_named_like_a_contact_adds_another_contact(
    qtbot, field, monkeypatch, tmp_path
) -> None:
    window, others = field
    stranger, _ = create_vault(tmp_path / "s", "Field Almaty", "pass words here")
    try:
        field_card = on_worker(qtbot, window, contact_service.own_card)
        contact_service.add_contact(stranger, field_card, verified=True)
        bundle = seal(stranger, ["Field team"], tmp_path, case_ids=[add_case(stranger)])
        stranger_fp = stranger.identity.fingerprint
    finally:
        stranger.lock()
    opened = open_in(qtbot, window, monkeypatch, bundle)
    assert opened.outcome.quarantined
    section = show_contacts(qtbot, window, "quarantine")
    tab = section.quarantine_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    shown = plain(tab.model.data(tab.model.index(0, 1)) or "") + plain(tab.detail_text.text())
    assert "an unknown sender whose card says “Field Almaty”" in shown
    seen = script_dialog(
        qtbot, monkeypatch, trust.VerifyContactDialog, verify_script(qtbot, typed=stranger_fp)
    )
    click(qtbot, find(tab, QPushButton, "quarantineImport"))
    assert seen
    qtbot.waitUntil(lambda: "Imported 1 case from" in tab.notice.text(), timeout=20000)
    assert "Two contacts share a name" in tab.notice.text()
    contacts = section.contacts_tab.model
    qtbot.waitUntil(lambda: len(contacts.rows) == 3, timeout=10000)
    by_fp = {r["fingerprint"]: r for r in contacts.rows}
    almaty_fp = others["Field Almaty"].identity.fingerprint
    assert by_fp[almaty_fp]["state"] == "verified" and by_fp[stranger_fp]["state"] == "verified"


def test_seal_dialog_tells_same_named_recipients_apart(qtbot, field, tmp_path) -> None:
    """Two verified contacts named alike are shown with their safety numbers' first
    groups, never by name alone; the profile explanations are not squeezed."""
    window, others = field
    twin, _ = create_vault(tmp_path / "twin", "Field A1maty", "pass words here")
    twin_card = contact_service.own_card(twin)
    twin_fp = twin.identity.fingerprint
    twin.lock()
    on_worker(qtbot, window, lambda v: contact_service.add_contact(v, twin_card, verified=True))
    real_fp = others["Field Almaty"].identity.fingerprint
    case_id = on_worker(qtbot, window, lambda v: add_case(v))
    dialog = SealDialog(window, window.session, [(case_id, "A case")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipients.count() == 3, timeout=10000)
    texts = [plain(dialog.recipients.item(i).text()) for i in range(dialog.recipients.count())]
    assert "B office" in texts  # a name like no other stays as it is
    for fingerprint in (real_fp, twin_fp):
        groups = " ".join(fingerprint.split()[:2])
        assert sum(groups in t for t in texts) == 1, (groups, texts)
    assert len(set(texts)) == 3
    for code in bundle_dialogs.PROFILES:
        hint = find(dialog, QLabel, f"profileHint_{code}")
        assert hint.height() >= hint.sizeHint().height(), code
    dialog.close()
