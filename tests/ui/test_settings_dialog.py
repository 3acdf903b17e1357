"""The settings dialog is built from the declared settings; a change is validated,
kept inside the vault and followed at once (the idle timer)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QWidget

from amanat.domain.errors import InvalidSetting
from amanat.services import settings as settings_service
from amanat.services.settings import AUTOLOCK_MINUTES
from amanat.storage.vault import Vault
from amanat.ui.settings import setting_controls
from amanat.ui.settings.settings_dialog import SettingsDialog
from support.gui import PASSPHRASE, find, idle, unlock


def open_dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.vault_name != "")
    return dialog


def test_every_declared_setting_has_words_and_a_row(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window)
    for declared in settings_service.declared():
        words = setting_controls.words_for(declared)
        control = dialog.controls[declared.key]
        assert control.objectName() == words.object_name and control.accessibleName()
        assert control.isVisible()
        group = find(dialog, QGroupBox, words.group.object_name)
        assert group.isAncestorOf(control)
        assert any(label.text() == words.label() for label in group.findChildren(QLabel))
    combo = find(dialog, QComboBox, "autolockMinutes")
    presets = [combo.itemData(i) for i in range(combo.count())]
    assert presets == list(AUTOLOCK_MINUTES.presets)
    assert combo.currentData() == AUTOLOCK_MINUTES.default
    assert combo.itemText(0) == "1 minute" and combo.currentText() == "5 minutes"


def test_a_change_is_kept_in_the_vault_and_the_idle_timer_follows(
    qtbot, home_vault, window_factory
) -> None:
    path, _ = home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    session = window.session
    assert session.idle.timeout_ms == 5 * 60_000
    changes: list[tuple[str, object]] = []
    session.setting_changed.connect(lambda key, value: changes.append((key, value)))
    dialog = open_dialog(qtbot, window)
    combo = find(dialog, QComboBox, "autolockMinutes")
    combo.setCurrentIndex(combo.findData(30))
    assert changes == [("ui.autolock_minutes", 30)]
    assert session.autolock_minutes == 30 and session.idle.timeout_ms == 30 * 60_000
    assert "30 minutes without activity" in dialog.notice.text()
    dialog.close()

    # A value its declaration refuses changes nothing, here or in the vault.
    try:
        session.change_setting(AUTOLOCK_MINUTES, 0)
    except InvalidSetting as error:
        assert error.code == "settings.invalid"
    else:  # pragma: no cover
        raise AssertionError("0 minutes was accepted")
    assert session.idle.timeout_ms == 30 * 60_000 and len(changes) == 1

    idle(qtbot, window)
    session.lock()
    idle(qtbot, window)
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        assert settings_service.get(vault, AUTOLOCK_MINUTES) == 30
    finally:
        vault.lock()
    # Unlocked again: the stored value is back, in the dialog and in the timer.
    unlock(qtbot, window)
    assert session.idle.timeout_ms == 30 * 60_000
    dialog = open_dialog(qtbot, window)
    assert find(dialog, QComboBox, "autolockMinutes").currentData() == 30
    dialog.close()
    window.close()
    assert set(QSettings().allKeys()) <= {"window/geometry"}


def test_a_stored_value_outside_the_presets_is_shown_as_it_is(
    qtbot, home_vault, window_factory
) -> None:
    path, _ = home_vault("Field team")
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        settings_service.set(vault, AUTOLOCK_MINUTES, 7)
    finally:
        vault.lock()
    window = window_factory()
    unlock(qtbot, window)
    assert window.session.idle.timeout_ms == 7 * 60_000
    combo = find(open_dialog(qtbot, window), QComboBox, "autolockMinutes")
    assert combo.currentData() == 7 and combo.currentText() == "7 minutes"


def test_no_row_is_squeezed_and_what_does_not_fit_scrolls(
    qtbot, home_vault, window_factory
) -> None:
    """Every wrapped hint is as tall as its text needs and no two rows of a group
    overlap, whatever the number of groups: the groups scroll inside the dialog."""
    home_vault("Field team")
    window = window_factory()
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.fingerprint_label.text() != "…")
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()

    def squeezed() -> list[str]:
        return [
            label.text()
            for label in dialog.body.findChildren(QLabel)
            if label.isVisible()
            and label.wordWrap()
            and label.height() < label.heightForWidth(label.width()) - 1
        ]

    qtbot.waitUntil(lambda: not squeezed(), timeout=3000)  # once the layout has settled
    for group in dialog.body.findChildren(QGroupBox):
        widgets = [w for w in group.findChildren(QWidget) if w.isVisible() and w.parent() is group]
        for a in widgets:
            for b in widgets:
                if a is not b and a.geometry().intersects(b.geometry()):
                    assert a.isAncestorOf(b) or b.isAncestorOf(a), (a.objectName(), b.objectName())
    bar = dialog.scroller.verticalScrollBar()
    assert bar.maximum() == max(0, dialog.body.height() - dialog.scroller.viewport().height())
