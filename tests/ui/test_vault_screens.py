"""First run, unlock, recovery and lock, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from amanat.storage.vault import Vault, list_vaults
from support.gui import PASSPHRASE, find, type_into, wait_page


def create_through_welcome(qtbot, window, name: str = "Almaty team") -> str:
    page = wait_page(qtbot, window, "welcomePage")
    qtbot.mouseClick(find(page, QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "createVaultPage")
    type_into(qtbot, find(page, QLineEdit, "vaultName"), name)
    type_into(qtbot, find(page, QLineEdit, "passphrase"), PASSPHRASE)
    type_into(qtbot, find(page, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    qtbot.mouseClick(find(page, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "recoveryCodePage")
    words = [find(page, object, f"recoveryWord{i}").text().split(". ", 1)[1] for i in range(1, 25)]
    next_button = find(page, QPushButton, "recoveryNextButton")
    assert not next_button.isEnabled()
    find(page, QCheckBox, "writtenDownCheck").setChecked(True)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    for n, pos in enumerate(page.positions):
        type_into(qtbot, find(page, QLineEdit, f"confirmWord{n + 1}"), words[pos])
    qtbot.mouseClick(find(page, QPushButton, "confirmCodeButton"), Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, "workspace")
    return " ".join(words)


def test_first_run_creates_a_vault_and_confirms_the_code(qtbot, window, amanat_home: Path) -> None:
    code = create_through_welcome(qtbot, window)
    assert window.windowTitle() == "Amanat"
    vaults = list_vaults()
    assert [p.name for p in vaults] == ["vault-1"]  # neutral: the name is inside
    # The code shown is the vault's real recovery code.
    window.session.lock()
    wait_page(qtbot, window, "unlockPage")
    qtbot.waitUntil(lambda: window.session.worker.pending_count == 0)
    vault = Vault.unlock_with_recovery(vaults[0], code)
    assert vault.name == "Almaty team"
    vault.lock()


def test_weak_or_mismatched_passphrase_is_refused_with_words(qtbot, window) -> None:
    page = wait_page(qtbot, window, "welcomePage")
    qtbot.mouseClick(find(page, QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "createVaultPage")
    type_into(qtbot, find(page, QLineEdit, "vaultName"), "Team")
    type_into(qtbot, find(page, QLineEdit, "passphrase"), "password1")
    type_into(qtbot, find(page, QLineEdit, "passphraseRepeat"), "password1")
    assert "Very weak" in find(page, object, "strengthMeterLabel").text()
    qtbot.mouseClick(find(page, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    assert "too easy to guess" in page.notice.text()
    type_into(qtbot, find(page, QLineEdit, "passphrase"), PASSPHRASE)
    type_into(qtbot, find(page, QLineEdit, "passphraseRepeat"), PASSPHRASE + "x")
    qtbot.mouseClick(find(page, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    assert "differ" in page.notice.text()
    assert list_vaults() == []


def test_recovery_confirmation_rejects_wrong_words(qtbot, window) -> None:
    page = wait_page(qtbot, window, "welcomePage")
    qtbot.mouseClick(find(page, QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "createVaultPage")
    type_into(qtbot, find(page, QLineEdit, "vaultName"), "Team")
    type_into(qtbot, find(page, QLineEdit, "passphrase"), PASSPHRASE)
    type_into(qtbot, find(page, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    qtbot.keyClick(find(page, QLineEdit, "passphraseRepeat"), Qt.Key.Key_Return)
    page = wait_page(qtbot, window, "recoveryCodePage")
    find(page, QCheckBox, "writtenDownCheck").setChecked(True)
    qtbot.mouseClick(find(page, QPushButton, "recoveryNextButton"), Qt.MouseButton.LeftButton)
    for n in range(len(page.positions)):
        type_into(qtbot, find(page, QLineEdit, f"confirmWord{n + 1}"), "zoo")
    qtbot.mouseClick(find(page, QPushButton, "confirmCodeButton"), Qt.MouseButton.LeftButton)
    assert window.page is page
    assert "do not match" in page.confirm_notice.text()


def test_unlock_wrong_then_right_passphrase(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    assert find(page, QComboBox, "vaultChooser").currentText() == "field-team"
    type_into(qtbot, find(page, QLineEdit, "unlockPassphrase"), "not the passphrase")
    qtbot.keyClick(find(page, QLineEdit, "unlockPassphrase"), Qt.Key.Key_Return)
    # The KDF runs on the worker: the busy bar shows at once, the GUI stays live.
    assert page.busy.isVisible()
    assert not find(page, QPushButton, "unlockButton").isEnabled()
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10000)
    assert "does not open the vault" in page.notice.text()
    assert window.page is page
    type_into(qtbot, find(page, QLineEdit, "unlockPassphrase"), PASSPHRASE)
    qtbot.mouseClick(find(page, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, "workspace")
    assert window.session.is_open
    # The unlock page (and its passphrase field) is deleted, not just hidden.
    qtbot.waitUntil(lambda: window.findChild(QLineEdit, "unlockPassphrase") is None)


def test_recovery_code_sets_a_new_passphrase(qtbot, home_vault, window_factory) -> None:
    path, code = home_vault("Field team")
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    qtbot.mouseClick(find(page, QPushButton, "recoverLink"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "recoverPage")
    new = "seven lanterns over the old bazaar"
    find(page, QPlainTextEdit, "recoveryCodeInput").setPlainText(code.upper())
    type_into(qtbot, find(page, QLineEdit, "newPassphrase"), new)
    type_into(qtbot, find(page, QLineEdit, "newPassphraseRepeat"), new)
    qtbot.mouseClick(find(page, QPushButton, "recoverSubmitButton"), Qt.MouseButton.LeftButton)
    wait_page(qtbot, window, "workspace")
    window.session.lock()
    qtbot.waitUntil(lambda: window.session.worker.pending_count == 0)
    Vault.unlock(path, new).lock()


def test_wrong_recovery_code_is_a_clear_message(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    qtbot.mouseClick(find(page, QPushButton, "recoverLink"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "recoverPage")
    find(page, QPlainTextEdit, "recoveryCodeInput").setPlainText(" ".join(["abandon"] * 24))
    new = "seven lanterns over the old bazaar"
    type_into(qtbot, find(page, QLineEdit, "newPassphrase"), new)
    type_into(qtbot, find(page, QLineEdit, "newPassphraseRepeat"), new)
    qtbot.mouseClick(find(page, QPushButton, "recoverSubmitButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10000)
    assert "recovery code does not open" in page.notice.text()


def test_ctrl_l_locks_and_clears_the_workspace(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    type_into(qtbot, find(page, QLineEdit, "unlockPassphrase"), PASSPHRASE)
    qtbot.keyClick(find(page, QLineEdit, "unlockPassphrase"), Qt.Key.Key_Return)
    workspace = wait_page(qtbot, window, "workspace")
    vault = window.session.vault
    qtbot.keyClick(workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, "unlockPage")
    qtbot.waitUntil(lambda: not vault.is_open)
    assert window.workspace is None
    assert window.windowTitle() == "Amanat (locked)"
    assert not window.act_new_case.isEnabled()
    assert "was locked" in window.page.locked_note.text()


def test_demo_vault_opens_with_invented_cases(qtbot, window, monkeypatch) -> None:
    from amanat.ui import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "DEMO_CASES", 25)
    page = wait_page(qtbot, window, "welcomePage")
    qtbot.mouseClick(find(page, QPushButton, "demoVaultButton"), Qt.MouseButton.LeftButton)
    page = wait_page(qtbot, window, "createVaultPage")
    assert find(page, QLineEdit, "vaultName").text() == "Demo vault"
    type_into(qtbot, find(page, QLineEdit, "passphrase"), PASSPHRASE)
    type_into(qtbot, find(page, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    qtbot.mouseClick(find(page, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    ws = wait_page(qtbot, window, "workspace")
    # No recovery code step for the demo; the cases are made on the worker with progress.
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 25, timeout=20000)
    assert not ws.demo_row.isVisible()
