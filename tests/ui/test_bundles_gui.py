"""Contacts and sealed bundles through the real widgets, with two real vaults on disk
open in two windows: a field vault and an HQ vault exchange identity cards, verify each
other, seal and open bundles; a tampered bundle, a bundle from an unverified sender
(quarantine) and a contact whose keys changed are refused with one calm sentence."""

from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from amanat.crypto.cards import make_card
from amanat.services import contacts as contact_service
from amanat.ui.exchange import trust
from amanat.ui.exchange.bundle_dialogs import SealDialog
from amanat.ui.kit import dialogs
from support.gui import add_case, find, type_into
from support.gui_bundles import (
    activate,
    add_contact_from_file,
    click,
    export_card,
    on_worker,
    open_in,
    script_dialog,
    seal_from,
    seal_script,
    show_contacts,
    unlock_vault,
    vault_digest,
    verify_contact,
    verify_script,
)

FIELD_NAME = "Ержан Бекболатұлы"


@pytest.fixture
def field_and_hq(qtbot, home_vault, window_factory, tmp_path):
    field_path, _ = home_vault("Field team")
    hq_path, _ = home_vault("HQ Berlin")
    field = window_factory()
    unlock_vault(qtbot, field, field_path)
    hq = window_factory()
    unlock_vault(qtbot, hq, hq_path)
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    return field, hq, exchange


def befriend(qtbot, monkeypatch, a, b, exchange: Path, *, verify_a_at_b: bool = True) -> None:
    """a and b export their cards; each adds the other's; a verifies b, and b verifies
    a unless told otherwise."""
    card_a = export_card(qtbot, a, monkeypatch, exchange / "a.card")
    card_b = export_card(qtbot, b, monkeypatch, exchange / "b.card")
    add_contact_from_file(qtbot, a, monkeypatch, card_b)
    add_contact_from_file(qtbot, b, monkeypatch, card_a)
    name_b = b.workspace.contacts.identity.display_name
    name_a = a.workspace.contacts.identity.display_name
    verify_contact(qtbot, a, monkeypatch, name_b)
    states = a.workspace.contacts.contacts_tab.model
    qtbot.waitUntil(lambda: states.rows and states.rows[0]["state"] == "verified", timeout=10000)
    if verify_a_at_b:
        verify_contact(qtbot, b, monkeypatch, name_a)
        states_b = b.workspace.contacts.contacts_tab.model
        qtbot.waitUntil(lambda: states_b.rows[0]["state"] == "verified", timeout=10000)


def test_identity_shows_the_safety_number_and_exports_the_card(
    qtbot, field_and_hq, monkeypatch
) -> None:
    field, _hq, exchange = field_and_hq
    section = show_contacts(qtbot, field, "identity")
    tab = section.identity_tab
    real = on_worker(qtbot, field, lambda v: v.identity.fingerprint)
    groups = tab.safety.text().split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert " ".join(groups) == real
    assert "Field team" in tab.name.text()
    assert real in tab.safety.accessibleName()
    # The digits are laid out left to right whatever the language.
    assert tab.safety.layoutDirection() == Qt.LayoutDirection.LeftToRight
    card = export_card(qtbot, field, monkeypatch, exchange / "field.card")
    assert contact_service.read_card_file(card).fingerprint == real
    qtbot.waitUntil(lambda: "saved" in tab.notice.text(), timeout=5000)
    # The same card as text, with a Copy button.
    shown: list[str] = []

    def look(dialog):
        shown.append(dialog.text.toPlainText())
        click(qtbot, find(dialog, QPushButton, "copyCardButton"))
        assert dialog.copy_button.text() == "Copied"

    from amanat.ui.exchange.contacts_section import CardTextDialog

    script_dialog(qtbot, monkeypatch, CardTextDialog, look)
    click(qtbot, find(tab, QPushButton, "showCardTextButton"))
    assert shown and "BEGIN" in shown[0]
    from amanat.crypto.cards import parse_card

    assert parse_card(shown[0].encode()).fingerprint == real


def test_the_emergency_key_is_written_only_after_the_warning(
    qtbot, field_and_hq, monkeypatch
) -> None:
    field, _hq, exchange = field_and_hq
    section = show_contacts(qtbot, field, "identity")
    tab = section.identity_tab
    target = exchange / "key.txt"
    from amanat.ui.exchange.contacts_section import AgeSecretDialog

    # Cancelled at the warning: nothing is written.
    warned: list[str] = []

    def cancel(dialog):
        warned.append(dialog.findChild(object, "ageSecretWarning").text())
        assert not find(dialog, QPushButton, "exportSecretButton").isEnabled()
        return None

    script_dialog(qtbot, monkeypatch, AgeSecretDialog, cancel)
    monkeypatch.setattr(
        "amanat.ui.kit.file_dialogs.FileDialogs.save_as", classmethod(lambda *a: target)
    )
    click(qtbot, find(tab, QPushButton, "exportSecretKeyButton"))
    assert "SECRET" in warned[0]
    qtbot.wait(200)
    assert not target.exists()

    # Confirmed: the classic key is written, and it is the vault's age identity.
    def confirm(dialog):
        click(qtbot, dialog.understood)
        click(qtbot, find(dialog, QPushButton, "exportSecretButton"))
        return dialog.hybrid.isChecked()

    script_dialog(qtbot, monkeypatch, AgeSecretDialog, confirm)
    click(qtbot, find(tab, QPushButton, "exportSecretKeyButton"))
    qtbot.waitUntil(target.exists, timeout=10000)
    assert "AGE-SECRET-KEY-1" in target.read_text()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    qtbot.waitUntil(lambda: "Keep it offline" in tab.notice.text(), timeout=5000)


def test_field_seals_hq_opens_and_a_tampered_copy_changes_nothing(
    qtbot, field_and_hq, monkeypatch, tmp_path
) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    contacts = field.workspace.contacts.contacts_tab
    assert contacts.model.data(contacts.model.index(0, 1)) == "Verified"
    assert contacts.model.data(contacts.model.index(0, 1), Qt.ItemDataRole.DecorationRole)

    activate(qtbot, field)
    field.workspace.show_section("cases")
    case_id = add_case(qtbot, field, monkeypatch, name=FIELD_NAME, hometown="Ghulja",
                       event="detention", event_place="Ghulja camp No. 3")  # fmt: skip
    bundle = exchange / "to-hq.age"
    dialog = seal_from(
        qtbot, field, monkeypatch, to=["HQ Berlin"], destination=bundle, profile="full"
    )
    assert dialog.sealed is not None, dialog.notice.text()
    summary = dialog.summary.text()
    assert "Sealed 1 case for \u2068HQ Berlin\u2069." in summary
    shown = summary.replace("\u2068", "").replace("\u2069", "")  # the isolation marks
    assert "post-quantum hybrid" in shown and "Profile: Full" in shown
    assert bundle.is_file()
    # The export is in the case's custody log, and the view shows it.
    view = field.workspace.cases.case_view
    qtbot.waitUntil(
        lambda: any(r["action"] == "exported" for r in view.custody.rows), timeout=10000
    )

    # A copy with one byte changed: refused with one sentence, HQ's vault unchanged.
    tampered = tmp_path / "tampered.age"
    data = bytearray(bundle.read_bytes())
    data[len(data) - 100] ^= 0x01
    tampered.write_bytes(bytes(data))
    before = on_worker(qtbot, hq, vault_digest)
    opened = open_in(qtbot, hq, monkeypatch, tampered)
    assert opened.outcome.result is None and not opened.outcome.quarantined
    message = opened.notice.text()
    assert "altered" in message and "not changed" in message
    assert not opened.import_button.isVisible()
    assert on_worker(qtbot, hq, vault_digest) == before
    assert hq.workspace.cases.model.rowCount() == 0

    # The real bundle: inspect shows who and what, then the import.
    opened = open_in(qtbot, hq, monkeypatch, bundle, confirm=False)
    assert "Field team" in opened.sender_label.text()
    assert opened.trust_notice.text().startswith("A verified contact")
    field_fp = on_worker(qtbot, field, lambda v: v.identity.fingerprint)
    assert opened.sender_number.text() == field_fp
    assert opened.fields["signature"].text().startswith("Valid")
    assert opened.fields["contents"].text().startswith("1 case, ")
    assert opened.import_button.text() == "Import"
    assert on_worker(qtbot, hq, vault_digest) == before  # inspecting changed nothing

    opened = open_in(qtbot, hq, monkeypatch, bundle)
    assert opened.outcome.result is not None, opened.notice.text()
    assert "Imported 1 case from" in opened.summary.text()
    assert "new" in opened.summary.text()
    ws = hq.workspace
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 1, timeout=10000)
    assert case_id in opened.outcome.changes.cases

    # Opening it again: already imported, nothing to do.
    again = open_in(qtbot, hq, monkeypatch, bundle)
    assert "already imported" in again.notice.text()
    assert again.outcome.result is None


def test_every_case_is_sealed_from_the_vault_menu(qtbot, field_and_hq, monkeypatch) -> None:
    """Vault > Seal all cases: nothing chosen in the list, every case goes (however many
    the list has loaded)."""
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    first = add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    second = add_case(qtbot, field, monkeypatch, name="Gulnar T.")
    field.workspace.cases.table.clearSelection()
    bundle = exchange / "everything.age"
    seen = script_dialog(
        qtbot, monkeypatch, SealDialog,
        seal_script(qtbot, monkeypatch=monkeypatch, to=["HQ Berlin"], destination=bundle),
    )  # fmt: skip
    field.act_seal_all.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    dialog = seen[0]
    assert dialog.cases_label.text() == "Every case in this vault."
    assert dialog.sealed is not None, dialog.notice.text()
    assert sorted(dialog.sealed.cases) == sorted([first, second])
    assert "Sealed 2 cases for" in dialog.summary.text()
    opened = open_in(qtbot, hq, monkeypatch, bundle)
    assert opened.outcome.result is not None, opened.notice.text()
    qtbot.waitUntil(lambda: hq.workspace.cases.model.rowCount() == 2, timeout=10000)


def test_an_unverified_sender_waits_in_quarantine_until_verified(
    qtbot, field_and_hq, monkeypatch
) -> None:
    field, hq, exchange = field_and_hq
    # HQ adds the field's card but does not verify it yet.
    befriend(qtbot, monkeypatch, field, hq, exchange, verify_a_at_b=False)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    first = exchange / "first.age"
    assert seal_from(qtbot, field, monkeypatch, to=["HQ Berlin"], destination=first).sealed

    opened = open_in(qtbot, hq, monkeypatch, first, confirm=False)
    assert "not a verified contact" in opened.trust_notice.text()
    assert opened.import_button.text() == "Keep in quarantine"
    opened = open_in(qtbot, hq, monkeypatch, first)
    assert opened.outcome.quarantined and opened.outcome.result is None
    assert "Kept in quarantine" in opened.done_notice.text()
    assert hq.workspace.cases.model.rowCount() == 0

    section = show_contacts(qtbot, hq, "quarantine")
    tab = section.quarantine_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert section.tabs.tabText(1) == "&Quarantine (\u20681\u2069)"
    field_fp = on_worker(qtbot, field, lambda v: v.identity.fingerprint)
    assert tab.detail_safety.text() == field_fp
    assert "Sender not verified" in tab.model.data(tab.model.index(0, 2))

    # Verify the sender (typing the digits they read out), then it imports.
    seen = script_dialog(
        qtbot, monkeypatch, trust.VerifyContactDialog, verify_script(qtbot, typed=field_fp)
    )
    click(qtbot, find(tab, QPushButton, "quarantineImport"))
    assert seen and seen[0].theirs.text() == field_fp
    qtbot.waitUntil(lambda: "Imported 1 case from" in tab.notice.text(), timeout=20000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: hq.workspace.cases.model.rowCount() == 1, timeout=10000)
    states = section.contacts_tab.model
    qtbot.waitUntil(lambda: states.rows[0]["state"] == "verified", timeout=10000)


def test_a_quarantined_bundle_can_be_discarded(qtbot, field_and_hq, monkeypatch) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange, verify_a_at_b=False)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    bundle = exchange / "b.age"
    assert seal_from(qtbot, field, monkeypatch, to=["HQ Berlin"], destination=bundle).sealed
    open_in(qtbot, hq, monkeypatch, bundle)
    section = show_contacts(qtbot, hq, "quarantine")
    tab = section.quarantine_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    before = on_worker(qtbot, hq, lambda v: v.connection().execute(
        "SELECT count(*) FROM revision").fetchone()[0])  # fmt: skip
    asked: list[str] = []

    def confirm(cls, parent, title, text, confirm, **kwargs):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(confirm))
    click(qtbot, find(tab, QPushButton, "quarantineDiscard"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10000)
    assert "Field team" in asked[0]
    assert "discarded" in tab.notice.text()
    assert section.tabs.tabText(1) == "&Quarantine"
    after = on_worker(qtbot, hq, lambda v: v.connection().execute(
        "SELECT count(*) FROM revision").fetchone()[0])  # fmt: skip
    assert after == before
    assert hq.workspace.cases.model.rowCount() == 0


def test_a_contact_whose_keys_changed_is_refused_until_verified_again(
    qtbot, field_and_hq, monkeypatch, tmp_path
) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    # "HQ Berlin" sends a card signed by its own key with other encryption keys.
    rotated = dataclasses.replace(hq.session.vault.identity, x25519_private=os.urandom(32))
    card = make_card(rotated)
    new_card = exchange / "new-hq.card"
    new_card.write_bytes(card.to_bytes())
    other_fp = card.fingerprint
    add_contact_from_file(qtbot, field, monkeypatch, new_card)
    tab = field.workspace.contacts.contacts_tab
    qtbot.waitUntil(lambda: tab.model.rows[0]["state"] == "key_changed", timeout=10000)
    assert "keys of" in tab.notice.text() and "changed" in tab.notice.text()
    assert tab.model.data(tab.model.index(0, 1)) == "Keys changed: verify again"
    assert tab.verify_button.text() == "Verify again..."

    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    refused: list[str] = []

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.recipients.count() == 1, timeout=10000)
        refused.append(dialog.recipients.item(0).text())
        assert not dialog.set_recipient_checked("HQ Berlin")
        dialog.recipients.setCurrentRow(0)
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Space)
        assert dialog.chosen_contacts() == []
        assert not dialog.seal_button.isEnabled()
        return dialog

    from amanat.ui.exchange.bundle_dialogs import SealDialog

    script_dialog(qtbot, monkeypatch, SealDialog, look)
    activate(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert refused
    assert "cannot be chosen: \u2068keys changed" in refused[0]

    # The service refuses too (in case a stale list offered it).
    from amanat.domain.errors import BundleError
    from amanat.services import bundles as bundle_service
    from amanat.ui.kit.messages import describe_error

    contact_id = tab.model.rows[0]["id"]
    errors: list[BaseException] = []
    field.session.op(
        lambda v, _s: bundle_service.seal_bundle(v, [contact_id], exchange, case_ids=["0" * 32]),
        on_failure=errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert isinstance(errors[0], BundleError) and errors[0].code == "bundle.recipient_key_changed"
    assert "verify them again" in describe_error(errors[0])

    # Verified again (the dialog warns of the change): sealing works.
    verify_contact(qtbot, field, monkeypatch, "HQ Berlin", expect_key_changed=True)
    qtbot.waitUntil(lambda: tab.model.rows[0]["state"] == "verified", timeout=10000)
    assert tab.detail_safety.text() == other_fp
    activate(qtbot, field)
    field.workspace.show_section("cases")
    dialog = seal_from(
        qtbot, field, monkeypatch, to=["HQ Berlin"], destination=exchange / "again.age"
    )
    assert dialog.sealed is not None, dialog.notice.text()


def test_a_mistyped_safety_number_is_refused(qtbot, field_and_hq, monkeypatch) -> None:
    field, hq, exchange = field_and_hq
    card = export_card(qtbot, hq, monkeypatch, exchange / "hq.card")
    add_contact_from_file(qtbot, field, monkeypatch, card)
    tab = field.workspace.contacts.contacts_tab
    assert "added, not verified" in tab.notice.text()
    assert tab.model.data(tab.model.index(0, 1)) == "Not verified"
    real = tab.model.rows[0]["fingerprint"]
    wrong = ("9" if real[0] != "9" else "1") + real[1:]
    seen = script_dialog(
        qtbot, monkeypatch, trust.VerifyContactDialog, verify_script(qtbot, typed=wrong)
    )
    click(qtbot, find(tab, QPushButton, "verifyContact"))
    assert "NOT this contact's safety number" in seen[0].notice.text()
    qtbot.wait(200)
    assert tab.model.rows[0]["state"] == "unverified"


def test_nothing_to_send_becomes_a_sentence(qtbot, field_and_hq, monkeypatch) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    case_id = add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    from amanat.services import cases as case_service

    # A restricted case is left out by the advocacy profile: nothing is left to send.
    on_worker(
        qtbot, field, lambda v: case_service.update_case(v, case_id, sensitivity="restricted")
    )
    target = exchange / "nothing.age"
    dialog = seal_from(
        qtbot, field, monkeypatch, to=["HQ Berlin"], destination=target, profile="advocacy"
    )
    assert dialog.sealed is None
    assert "Nothing is left to send" in dialog.notice.text()
    assert not target.exists()


def _hold_worker(window) -> threading.Event:
    """Queue an op that blocks the worker until released: what is queued after it can
    be cancelled before it starts, deterministically."""
    release = threading.Event()
    window.session.op(lambda _v, _s: release.wait(10))
    return release


def test_sealing_and_importing_can_be_cancelled(qtbot, field_and_hq, monkeypatch) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    target = exchange / "cancelled.age"

    def seal_then_cancel(dialog):
        qtbot.waitUntil(lambda: dialog.recipients.count() == 1, timeout=10000)
        assert dialog.set_recipient_checked("HQ Berlin")
        monkeypatch.setattr(
            "amanat.ui.kit.file_dialogs.FileDialogs.save_as", classmethod(lambda *a: target)
        )
        click(qtbot, find(dialog, QPushButton, "sealChooseDestination"))
        release = _hold_worker(field)
        click(qtbot, dialog.seal_button)
        assert dialog.progress.isVisible() and not dialog.form_page.isEnabled()
        click(qtbot, find(dialog, QPushButton, "sealCancel"))
        release.set()
        qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=10000)
        return dialog

    from amanat.ui.exchange.bundle_dialogs import OpenBundleDialog, SealDialog

    seen = script_dialog(qtbot, monkeypatch, SealDialog, seal_then_cancel)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen[0].notice.text() == "Cancelled. No bundle was written."
    assert seen[0].sealed is None and not target.exists()
    assert seen[0].form_page.isEnabled()  # the form is back: the person can try again

    bundle = exchange / "real.age"
    assert seal_from(qtbot, field, monkeypatch, to=["HQ Berlin"], destination=bundle).sealed
    before = on_worker(qtbot, hq, vault_digest)

    def import_then_cancel(dialog):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        release = _hold_worker(hq)
        click(qtbot, dialog.import_button)
        assert dialog.progress.isVisible()
        click(qtbot, dialog.cancel_button)
        release.set()
        qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=10000)
        return dialog.outcome

    seen = script_dialog(qtbot, monkeypatch, OpenBundleDialog, import_then_cancel)
    monkeypatch.setattr(
        "amanat.ui.kit.file_dialogs.FileDialogs.open_file", classmethod(lambda *a: bundle)
    )
    activate(qtbot, hq)
    qtbot.keyClick(hq, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert seen[0].notice.text() == "Cancelled. Your vault was not changed."
    assert seen[0].outcome.result is None
    assert on_worker(qtbot, hq, vault_digest) == before
    # Not spent by the cancel: the same bundle still imports.
    assert open_in(qtbot, hq, monkeypatch, bundle).outcome.result is not None


def test_cancel_while_checking_closes_without_a_trace(qtbot, field_and_hq, monkeypatch) -> None:
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME)
    bundle = exchange / "b.age"
    assert seal_from(qtbot, field, monkeypatch, to=["HQ Berlin"], destination=bundle).sealed
    before = on_worker(qtbot, hq, vault_digest)
    release = _hold_worker(hq)
    from amanat.ui.exchange.bundle_dialogs import OpenBundleDialog

    dialog = OpenBundleDialog(hq, hq.session, bundle)
    dialog.show()
    assert dialog.progress.isVisible()  # checking, queued behind the held worker
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected
    release.set()
    qtbot.wait(300)
    assert dialog.report is None and dialog.outcome.result is None
    assert on_worker(qtbot, hq, vault_digest) == before


def test_people_and_places_show_what_an_opened_bundle_brought(
    qtbot, field_and_hq, monkeypatch
) -> None:
    """Every section refreshes itself from the session's broadcast of what changed."""
    field, hq, exchange = field_and_hq
    befriend(qtbot, monkeypatch, field, hq, exchange)
    activate(qtbot, field)
    field.workspace.show_section("cases")
    add_case(qtbot, field, monkeypatch, name=FIELD_NAME, hometown="Ghulja",
             event="detention", event_place="Ghulja camp No. 3")  # fmt: skip
    bundle = exchange / "to-hq.age"
    dialog = seal_from(qtbot, field, monkeypatch, to=["HQ Berlin"], destination=bundle)
    assert dialog.sealed is not None, dialog.notice.text()

    ws = hq.workspace
    activate(qtbot, hq)
    ws.show_section("places")
    places = ws.places
    qtbot.waitUntil(lambda: places.loaded, timeout=10000)

    def places_named(text: str) -> list[object]:
        flags = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        return places.model.findItems(text, flags)

    assert places_named("Ghulja") == []
    ws.show_section("people")
    people = ws.people
    type_into(qtbot, people.name, FIELD_NAME)
    click(qtbot, people.find_button)
    qtbot.waitUntil(lambda: people.notice.isVisible(), timeout=10000)
    assert people.found.rowCount() == 0

    opened = open_in(qtbot, hq, monkeypatch, bundle)
    assert opened.outcome.result is not None, opened.notice.text()
    # Neither section was shown again: both refreshed from the broadcast.
    assert ws.sections.currentWidget() is people
    qtbot.waitUntil(lambda: people.found.rowCount() == 1, timeout=10000)
    assert people.found.row(0)["name"] == FIELD_NAME
    qtbot.waitUntil(lambda: len(places_named("Ghulja camp No. 3")) == 1, timeout=10000)
    assert places_named("Ghulja")
