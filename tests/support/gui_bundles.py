"""Helpers for the GUI tests of contacts and sealed bundles: two real vaults (field and
HQ) in two real windows, and drivers that play the person in each dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QRadioButton

from amanat.ui.exchange import bundle_dialogs as bundles
from amanat.ui.exchange import trust
from amanat.ui.exchange.bundle_dialogs import OpenBundleDialog, SealDialog
from amanat.ui.exchange.trust import VerifyContactDialog
from amanat.ui.kit import file_dialogs as files
from support.gui import PASSPHRASE, find, idle, type_into, wait_page
from support.vaults import vault_digest  # noqa: F401  (the GUI tests' digest is the core one)


def unlock_vault(qtbot, window, path: Path, passphrase: str = PASSPHRASE):
    """Choose a vault on the unlock page, type the passphrase, wait for the workspace."""
    page = wait_page(qtbot, window, "unlockPage")
    page.chooser.setCurrentIndex(page.chooser.findData(str(path)))
    field = find(page, QLineEdit, "unlockPassphrase")
    type_into(qtbot, field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    workspace = wait_page(qtbot, window, "workspace")
    qtbot.waitUntil(lambda: not workspace.cases.model.is_loading, timeout=10000)
    return workspace


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        # A check box or radio button reacts to clicks on its box and label only, not
        # on the empty rest of a wide row: click where the box is.
        x = widget.width() - 8 if widget.isRightToLeft() else 8
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(x, widget.height() // 2))
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def on_worker(qtbot, window, fn: Callable[[Any], Any]) -> Any:
    """Run fn(vault) on the window's own worker (the vault is open there) and wait."""
    out: list[Any] = []
    window.session.op(lambda v, _s: fn(v), on_success=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=15000)
    return out[0]


def activate(qtbot, window) -> None:
    """Shortcuts go to the active window (two windows are open in these tests)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def show_contacts(qtbot, window, tab: str = "contacts"):
    ws = window.workspace
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws._contacts is not None and ws.contacts.loaded, timeout=10000)
    ws.contacts.show_tab(tab)
    return ws.contacts


def script_dialog(qtbot, monkeypatch, cls, script: Callable[[Any], Any]) -> list[Any]:
    """Replace ``cls.ask`` by: build the real dialog, show it, let ``script`` play the
    person (its return value is what ask returns). Returns the dialogs seen."""
    seen: list[Any] = []

    def ask(klass, *args, **kwargs):
        # Not handed to qtbot: the dialog is a child of a window (deleted with it), and
        # stays readable after ask returns, for the test to look at what it showed.
        dialog = klass(*args, **kwargs)
        dialog.show()
        seen.append(dialog)
        try:
            return script(dialog)
        finally:
            dialog.close()

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return seen


def choose_files(monkeypatch, *, open_path: Path | None = None, save_path: Path | None = None):
    if open_path is not None:
        monkeypatch.setattr(
            files.FileDialogs, "open_file", classmethod(lambda cls, *a, **k: open_path)
        )
    if save_path is not None:
        monkeypatch.setattr(
            files.FileDialogs, "save_as", classmethod(lambda cls, *a, **k: save_path)
        )


def export_card(qtbot, window, monkeypatch, target: Path) -> Path:
    section = show_contacts(qtbot, window, "identity")
    choose_files(monkeypatch, save_path=target)
    click(qtbot, find(section.identity_tab, QPushButton, "exportCardButton"))
    qtbot.waitUntil(target.exists, timeout=10000)
    idle(qtbot, window)
    return target


def add_contact_from_file(qtbot, window, monkeypatch, card: Path) -> None:
    section = show_contacts(qtbot, window, "contacts")
    before = section.contacts_tab.notice.text()
    choose_files(monkeypatch, open_path=card)
    click(qtbot, find(section.contacts_tab, QPushButton, "addContactFile"))
    qtbot.waitUntil(lambda: section.contacts_tab.notice.text() != before, timeout=10000)
    idle(qtbot, window)  # the list is read again after the change


def verify_script(qtbot, *, typed: str | None = None, expect_key_changed: bool | None = None):
    """Play the person in the verification dialog: compare, tick, confirm."""

    def play(dialog: VerifyContactDialog) -> str | None:
        if expect_key_changed is not None:
            assert dialog.changed_notice.isVisible() == expect_key_changed
        verify_button = find(dialog, QPushButton, "markVerifiedButton")
        assert not verify_button.isEnabled()  # not before the explicit confirmation
        if typed is not None:
            type_into(qtbot, find(dialog, QLineEdit, "typedSafetyNumber"), typed)
        click(qtbot, find(dialog, QCheckBox, "comparedAllGroups"))
        click(qtbot, verify_button)
        if dialog.result() != dialog.DialogCode.Accepted:
            return None
        return dialog.typed_digits()

    return play


def verify_contact(qtbot, window, monkeypatch, name: str, **kwargs) -> list[Any]:
    section = show_contacts(qtbot, window, "contacts")
    tab = section.contacts_tab
    row = next(i for i, r in enumerate(tab.model.rows) if r["display_name"] == name)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    seen = script_dialog(
        qtbot, monkeypatch, trust.VerifyContactDialog, verify_script(qtbot, **kwargs)
    )
    click(qtbot, find(tab, QPushButton, "verifyContact"))
    idle(qtbot, window)
    return seen


def seal_script(
    qtbot,
    *,
    to: list[str],
    destination: Path,
    profile: str = "full",
    monkeypatch,
    expect_refused: list[str] = (),
) -> Callable[[SealDialog], SealDialog]:
    def play(dialog: SealDialog) -> SealDialog:
        qtbot.waitUntil(lambda: dialog.recipients.count() > 0, timeout=10000)
        for name in expect_refused:
            assert not dialog.set_recipient_checked(name)
        for name in to:
            row = next(
                i
                for i in range(dialog.recipients.count())
                if dialog._contacts[
                    dialog.recipients.item(i).data(bundles.CONTACT_ROLE)
                ].display_name
                == name
            )
            dialog.recipients.setFocus()
            dialog.recipients.setCurrentRow(row)
            qtbot.keyClick(dialog.recipients, Qt.Key.Key_Space)  # ticks the box, as a person would
        click(qtbot, dialog.profile_buttons[profile])
        choose_files(monkeypatch, save_path=destination)
        click(qtbot, find(dialog, QPushButton, "sealChooseDestination"))
        click(qtbot, find(dialog, QPushButton, "sealButton"))
        qtbot.waitUntil(
            lambda: dialog.sealed is not None or dialog.notice.isVisible(), timeout=20000
        )
        return dialog

    return play


def seal_from(qtbot, window, monkeypatch, **kwargs) -> SealDialog:
    seen = script_dialog(
        qtbot, monkeypatch, SealDialog, seal_script(qtbot, monkeypatch=monkeypatch, **kwargs)
    )
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen[0]


def open_script(qtbot, *, confirm: bool = True):
    def play(dialog: OpenBundleDialog):
        qtbot.waitUntil(
            lambda: dialog.report is not None or dialog.error is not None, timeout=20000
        )
        if confirm and dialog.import_button.isVisible():
            click(qtbot, dialog.import_button)
            qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=20000)
        return dialog.outcome

    return play


def open_in(qtbot, window, monkeypatch, path: Path, confirm: bool = True) -> OpenBundleDialog:
    seen = script_dialog(qtbot, monkeypatch, OpenBundleDialog, open_script(qtbot, confirm=confirm))
    choose_files(monkeypatch, open_path=path)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen[0]
