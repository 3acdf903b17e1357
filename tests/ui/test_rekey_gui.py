"""Settings, "Replace master key..." (issue 16, item 7), and the unlock page's choice
after a rollback (item 8), with the real window, dialogs and vaults."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from amanat.domain.errors import VaultCorrupt
from amanat.storage.vault import Vault
from amanat.ui.kit import dialogs
from amanat.ui.settings import settings_dialog as settings
from support.gui import PASSPHRASE, find, type_into, wait_page
from support.vaults import add_case
from ui.test_settings_and_lock import idle_worker, settings_dialog, unlock


def _with_attachment(path, size: int = 3 * 1024 * 1024) -> None:
    vault = Vault.unlock(path, PASSPHRASE)
    add_case(vault, attachment=os.urandom(size))
    vault.lock()


def test_rekey_from_settings_shows_a_new_code(
    qtbot, home_vault, window_factory, monkeypatch
) -> None:
    path, old_code = home_vault("Field team")
    _with_attachment(path)
    old_keys = (path / "vault.keys").read_bytes()
    window = window_factory()
    unlock(qtbot, window)
    dialog = settings_dialog(qtbot, window)
    reasons: list[str] = []
    shown: list[str] = []

    def check(cls, parent, reason: str) -> str:
        reasons.append(reason)
        return PASSPHRASE

    monkeypatch.setattr(dialogs.PassphraseCheckDialog, "ask", classmethod(check))
    monkeypatch.setattr(
        settings.RecoveryCodeDialog, "ask", classmethod(lambda cls, p, code: shown.append(code))
    )
    find(dialog, QPushButton, "rekeyVault").click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "NEW recovery code" in reasons[0]
    assert shown[0] != old_code and len(shown[0].split()) == 24
    assert "was replaced" in dialog.notice.text()
    dialog.close()
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock_with_recovery(path, shown[0]).lock()
    (path / "vault.keys").write_bytes(old_keys)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(path, PASSPHRASE)


def test_cancelled_rekey_changes_nothing(qtbot, home_vault, window_factory, monkeypatch) -> None:
    path, old_code = home_vault("Field team")
    _with_attachment(path)
    window = window_factory()
    unlock(qtbot, window)
    keys = (path / "vault.keys").read_bytes()
    dialog = settings_dialog(qtbot, window)
    monkeypatch.setattr(
        dialogs.PassphraseCheckDialog, "ask", classmethod(lambda cls, p, reason: PASSPHRASE)
    )
    shown: list[str] = []
    monkeypatch.setattr(
        settings.RecoveryCodeDialog, "ask", classmethod(lambda cls, p, code: shown.append(code))
    )
    cancel = find(dialog, QPushButton, "cancelRekey")
    assert cancel.isHidden()
    find(dialog, QPushButton, "rekeyVault").click()
    assert not cancel.isHidden()  # shown as soon as the work is queued
    cancel.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.notice.text(), timeout=30000)
    assert not shown
    assert (path / "vault.keys").read_bytes() == keys
    dialog.close()
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock_with_recovery(path, old_code).lock()


def test_unlock_page_offers_to_open_a_restored_older_copy(
    qtbot, home_vault, window_factory, monkeypatch, tmp_path
) -> None:
    path, _code = home_vault("Field team")
    shutil.copy(path / "vault.db", tmp_path / "backup.db")
    Vault.unlock(path, PASSPHRASE).lock()
    shutil.copy(tmp_path / "backup.db", path / "vault.db")
    answers = [False, True]
    asked: list[str] = []

    def confirm(cls, parent, title, text, confirm, **kwargs) -> bool:
        asked.append(kwargs.get("object_name", ""))
        return answers.pop(0)

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(confirm))
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    field = find(page, QLineEdit, "unlockPassphrase")
    type_into(qtbot, field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10000)
    assert asked == ["rollbackDialog"]
    assert "older than its key file" in page.notice.text()
    assert window.page.objectName() == "unlockPage"  # said no: still locked
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_page(qtbot, window, "workspace")
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock(path, PASSPHRASE).lock()  # adopted: opens normally from now on


def test_recover_page_offers_to_open_a_restored_older_copy(
    qtbot, home_vault, window_factory, monkeypatch, tmp_path
) -> None:
    path, code = home_vault("Field team")
    shutil.copy(path / "vault.db", tmp_path / "backup.db")
    Vault.unlock(path, PASSPHRASE).lock()
    shutil.copy(tmp_path / "backup.db", path / "vault.db")
    asked: list[str] = []

    def confirm(cls, parent, title, text, confirm, **kwargs) -> bool:
        asked.append(kwargs.get("object_name", ""))
        return True

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(confirm))
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    qtbot.mouseClick(find(page, QPushButton, "recoverLink"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "recoverPage")
    new = "seven lanterns over the old bazaar"
    find(page, QPlainTextEdit, "recoveryCodeInput").setPlainText(code)
    type_into(qtbot, find(page, QLineEdit, "newPassphrase"), new)
    type_into(qtbot, find(page, QLineEdit, "newPassphraseRepeat"), new)
    qtbot.mouseClick(find(page, QPushButton, "recoverSubmitButton"), Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, "workspace")
    assert asked == ["rollbackDialog"]
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock(path, new).lock()
