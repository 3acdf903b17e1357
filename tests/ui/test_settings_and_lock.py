"""Settings (auto-lock, passphrase, recovery code, wipe) and auto-lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from amanat.domain.errors import WrongPassphrase
from amanat.services.settings import AUTOLOCK_MINUTES
from amanat.storage.vault import Vault
from amanat.ui.kit import dialogs
from amanat.ui.settings import settings_dialog as settings
from support.gui import PASSPHRASE, find, manual_idle_clock, type_into, wait_page


def unlock(qtbot, window, passphrase: str = PASSPHRASE):
    page = wait_page(qtbot, window, "unlockPage")
    type_into(qtbot, find(page, QLineEdit, "unlockPassphrase"), passphrase)
    qtbot.keyClick(find(page, QLineEdit, "unlockPassphrase"), Qt.Key.Key_Return)
    return wait_page(qtbot, window, "workspace")


def settings_dialog(qtbot, window) -> settings.SettingsDialog:
    dialog = settings.SettingsDialog(window, window.session)
    dialog.wipe_requested.connect(window.wipe_current_vault)  # as window.open_settings does
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.vault_name != "")
    return dialog


def idle_worker(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.session.worker.pending_count == 0, timeout=10000)


def test_autolock_setting_is_stored_in_the_vault(qtbot, home_vault, window_factory) -> None:
    path, _ = home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    assert window.session.autolock_minutes == 5  # the default
    dialog = settings_dialog(qtbot, window)
    assert dialog.name_label.text() == "Field team"
    combo = find(dialog, QComboBox, "autolockMinutes")
    combo.setCurrentIndex(combo.findData(15))
    assert window.session.autolock_minutes == 15
    dialog.close()
    window.session.lock()
    idle_worker(qtbot, window)
    vault = Vault.unlock(path, PASSPHRASE)
    assert vault.get_setting(AUTOLOCK_MINUTES.key) == "15"
    vault.lock()
    # ...and nothing but the window geometry lives in QSettings.
    window.close()
    assert set(QSettings().allKeys()) <= {"window/geometry"}


def test_idle_timeout_locks_and_unlock_brings_the_workspace_back(
    qtbot, home_vault, window_factory
) -> None:
    home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    vault = window.session.vault
    clock = manual_idle_clock(window, 60)
    clock.advance(59.9)
    window.session.idle.check()
    assert window.session.is_open  # not yet
    clock.advance(0.2)
    window.session.idle.check()
    wait_page(qtbot, window, "unlockPage", timeout=5000)
    qtbot.waitUntil(lambda: not vault.is_open)
    assert window.workspace is None
    unlock(qtbot, window)
    assert window.session.is_open


def test_activity_postpones_the_autolock(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    workspace = unlock(qtbot, window)
    clock = manual_idle_clock(window, 60)
    for _ in range(5):
        clock.advance(40)  # 200 s in all, never 60 s without a key press
        qtbot.keyClick(workspace.search, Qt.Key.Key_A)
        window.session.idle.check()
        assert window.session.is_open
    clock.advance(59)
    window.session.idle.check()
    assert window.session.is_open
    clock.advance(1.5)
    window.session.idle.check()
    wait_page(qtbot, window, "unlockPage", timeout=5000)


def test_change_passphrase_asks_for_the_current_one(
    qtbot, home_vault, window_factory, monkeypatch
) -> None:
    path, _ = home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    dialog = settings_dialog(qtbot, window)
    new = "amber camels cross the quiet steppe"
    monkeypatch.setattr(
        dialogs.ChangePassphraseDialog, "ask", classmethod(lambda cls, p: ("wrong one", new))
    )
    find(dialog, QPushButton, "changePassphrase").click()
    qtbot.waitUntil(lambda: "wrong" in dialog.notice.text(), timeout=10000)
    monkeypatch.setattr(
        dialogs.ChangePassphraseDialog, "ask", classmethod(lambda cls, p: (PASSPHRASE, new))
    )
    find(dialog, QPushButton, "changePassphrase").click()
    qtbot.waitUntil(lambda: "was changed" in dialog.notice.text(), timeout=10000)
    dialog.close()
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock(path, new).lock()
    try:
        Vault.unlock(path, PASSPHRASE)
    except WrongPassphrase:
        pass
    else:  # pragma: no cover
        raise AssertionError("the old passphrase still opens the vault")


def test_new_recovery_code_replaces_the_old_one(
    qtbot, home_vault, window_factory, monkeypatch
) -> None:
    path, old_code = home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    dialog = settings_dialog(qtbot, window)
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.PassphraseCheckDialog, "ask", classmethod(lambda cls, p, reason: PASSPHRASE)
    )
    monkeypatch.setattr(
        settings.RecoveryCodeDialog, "ask", classmethod(lambda cls, p, code: shown.append(code))
    )
    find(dialog, QPushButton, "newRecoveryCode").click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0] != old_code and len(shown[0].split()) == 24
    dialog.close()
    window.session.lock()
    idle_worker(qtbot, window)
    Vault.unlock_with_recovery(path, shown[0]).lock()


def test_wipe_needs_the_vault_name_then_destroys_it(
    qtbot, home_vault, window_factory, monkeypatch
) -> None:
    path, _ = home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    dialog = settings_dialog(qtbot, window)
    # The real dialog: the button stays disabled until the exact name is typed.
    wipe = dialogs.WipeDialog(dialog, dialog.vault_name)
    qtbot.addWidget(wipe)
    button = find(wipe, QPushButton, "wipeButton")
    type_into(qtbot, find(wipe, QLineEdit, "wipeConfirmName"), "Field tea")
    assert not button.isEnabled()
    type_into(qtbot, find(wipe, QLineEdit, "wipeConfirmName"), "Field team")
    assert button.isEnabled()
    wipe.close()
    monkeypatch.setattr(dialogs.WipeDialog, "ask", classmethod(lambda cls, p, name: True))
    monkeypatch.setattr(settings.WipeDialog, "ask", classmethod(lambda cls, p, name: True))
    find(dialog, QPushButton, "wipeVault").click()
    qtbot.waitUntil(lambda: not path.exists(), timeout=10000)
    wait_page(qtbot, window, "welcomePage")
    assert not Path(path).exists()
