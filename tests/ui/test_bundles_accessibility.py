"""Accessibility of the contact and bundle screens (docs/design.md §11): every interactive
widget named, keyboard order, right-to-left mirroring (with the safety number kept
left to right), and their models through qtmodeltester."""

from __future__ import annotations

import dataclasses
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_accessibility import unnamed

from amanat.crypto.cards import make_card
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage.vault import Vault
from amanat.ui.exchange.bundle_dialogs import OpenBundleDialog, SealDialog
from amanat.ui.exchange.contacts_section import AgeSecretDialog, CardTextDialog, PasteCardDialog
from amanat.ui.exchange.trust import VerifyContactDialog
from amanat.ui.kit.rows_model import RowsModel
from support.gui import idle
from support.gui_bundles import activate, show_contacts, unlock_vault
from support.vaults import create_vault

SAFETY = "12345 67890 12345 67890 12345 67890 12345 67890 12345 67890 12345 67890"


@pytest.fixture
def opened_with_contacts(qtbot, home_vault, window_factory, tmp_path):
    """A field vault with a verified contact, an unverified one, one whose keys changed,
    and a bundle from an unverified sender waiting in quarantine."""
    path, _ = home_vault("Field team")
    field = Vault.unlock(path, "quiet river under seven bridges")
    hq, _ = create_vault(tmp_path / "hq", "HQ Berlin", "hq passphrase words")
    lawyer, _ = create_vault(tmp_path / "lw", "Lawyer", "lawyer pass words")
    contact_service.add_contact(field, contact_service.own_card(hq), verified=True)
    contact_service.add_contact(field, contact_service.own_card(lawyer))
    contact_service.add_contact(hq, contact_service.own_card(lawyer), verified=True)
    contact_service.add_contact(lawyer, contact_service.own_card(field), verified=True)
    doc = {"title": "Case sent by the lawyer", "person": {"names": [{"text": "Erkin"}]}}
    case_id = case_service.add_case(lawyer, doc).id
    bundle = bundle_service.seal_bundle(lawyer, ["Field team"], tmp_path, case_ids=[case_id])
    try:
        bundle_service.open_bundle(field, bundle.path)
    except Exception as exc:  # the lawyer is not verified: quarantined
        assert getattr(exc, "code", "") == "bundle.quarantined"
    # A card signed by the verified contact's key with other encryption keys: key changed.
    rotated = dataclasses.replace(hq.identity, x25519_private=os.urandom(32))
    contact_service.add_contact(field, make_card(rotated))
    for v in (field, hq, lawyer):
        v.lock()
    window = window_factory()
    ws = unlock_vault(qtbot, window, path)
    return window, ws, bundle.path


def test_contact_screens_name_every_interactive_widget(qtbot, opened_with_contacts) -> None:
    window, _ws, bundle = opened_with_contacts
    section = show_contacts(qtbot, window)
    qtbot.waitUntil(lambda: section.quarantine_tab.model.rowCount() == 1, timeout=10000)
    for i in range(section.tabs.count()):
        section.tabs.setCurrentIndex(i)
        assert unnamed(window) == []
    dialogs = [
        VerifyContactDialog(window, "HQ Berlin", SAFETY, SAFETY, key_changed=True),
        CardTextDialog(window, "-----BEGIN-----\n"),
        PasteCardDialog(window),
        AgeSecretDialog(window),
        SealDialog(window, window.session, [("0" * 32, "A case")]),
        OpenBundleDialog(window, window.session, bundle),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitUntil(lambda: dialogs[4].recipients.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: dialogs[5].report is not None, timeout=10000)
    for dialog in dialogs:
        assert unnamed(dialog) == [], dialog.objectName()
        dialog.close()
    idle(qtbot, window)


def test_contact_states_are_words_with_icons(qtbot, opened_with_contacts) -> None:
    window, _ws, _bundle = opened_with_contacts
    section = show_contacts(qtbot, window)
    model = section.contacts_tab.model
    words = {model.data(model.index(r, 0)): model.data(model.index(r, 1)) for r in range(2)}
    assert sorted(words.values()) == ["Keys changed: verify again", "Not verified"]
    for row in range(model.rowCount()):
        assert not model.data(model.index(row, 1), Qt.ItemDataRole.DecorationRole).isNull()


def test_verify_dialog_tab_order_follows_reading_order(qtbot, opened_with_contacts) -> None:
    window, _ws, _bundle = opened_with_contacts
    dialog = VerifyContactDialog(window, "HQ Berlin", SAFETY, SAFETY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.typed.setFocus()
    order = []
    for _ in range(3):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["typedSafetyNumber", "comparedAllGroups", "cancelButton"]
    # The confirmation is reachable and toggled by keyboard alone.
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    assert dialog.confirm.isChecked() and dialog.verify_button.isEnabled()
    dialog.close()


def test_contact_and_quarantine_models_pass_qtmodeltester(
    qtbot, opened_with_contacts, qtmodeltester
) -> None:
    window, _ws, _bundle = opened_with_contacts
    section = show_contacts(qtbot, window)
    qtbot.waitUntil(lambda: section.quarantine_tab.model.rowCount() == 1, timeout=10000)
    assert section.contacts_tab.model.rowCount() == 2
    qtmodeltester.check(section.contacts_tab.model)
    quarantine = section.quarantine_tab.model
    # Last, a copy that outlives the window (see test_accessibility).
    qtmodeltester.check(RowsModel(quarantine.columns, quarantine.rows), force_py=True)


def test_contacts_mirror_right_to_left_but_safety_numbers_do_not(
    qtbot, opened_with_contacts
) -> None:
    window, _ws, _bundle = opened_with_contacts
    section = show_contacts(qtbot, window)
    app = QApplication.instance()
    try:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.wait(50)
        tab = section.contacts_tab
        assert tab.isRightToLeft()
        add = tab.add_file_button.mapTo(window, tab.add_file_button.rect().topLeft())
        verify = tab.verify_button.mapTo(window, tab.verify_button.rect().topLeft())
        assert add.x() > verify.x()  # the first button sits on the right
        safety = tab.detail_safety
        assert not safety.isRightToLeft()
        first = safety.cells[0].mapTo(window, safety.cells[0].rect().topLeft())
        second = safety.cells[1].mapTo(window, safety.cells[1].rect().topLeft())
        assert first.x() < second.x()  # group 1 stays at the left
        for i in range(section.tabs.count()):
            section.tabs.setCurrentIndex(i)
            window.grab()
        dialog = SealDialog(window, window.session, [("0" * 32, "ئەركىن")])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.recipients.count() == 2, timeout=10000)
        assert dialog.isRightToLeft()
        dialog.grab()
        dialog.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    activate(qtbot, window)
    idle(qtbot, window)
