"""The interface language: chosen in Settings (kept inside the vault), applied at unlock;
in Uyghur the whole window is laid out right to left (geometry asserted), the safety
number stays left to right; every language's main screens open without a Qt warning.

The direction follows the language, whether or not its catalogue exists yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from amanat.services import settings as settings_service
from amanat.ui.cases.new_case_dialog import NewCaseDialog
from amanat.ui.exchange.trust import SafetyNumber
from amanat.ui.kit import language
from amanat.ui.settings.settings_dialog import SettingsDialog
from support.gui import PASSPHRASE, find, idle, unlock
from support.vaults import add_case, create_vault

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    yield
    language.apply(ENGLISH)


@pytest.fixture
def vault_in(amanat_home: Path):
    """A locked vault under the test home, with one case, whose settings choose ``code``."""

    def make(code: str) -> Path:
        path = amanat_home / "vaults" / "field-team"
        vault, _code = create_vault(path, "Field team", PASSPHRASE)
        add_case(vault, title="Ержан Бекболатұлы / ئەركىن")
        settings_service.set(vault, settings_service.LANGUAGE, code)
        vault.lock()
        return path

    return make


def left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).x()


def test_the_vault_language_applies_at_unlock_and_uyghur_mirrors_the_window(
    qtbot, vault_in, window_factory
) -> None:
    vault_in("ug")
    window = window_factory()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    ws = unlock(qtbot, window)
    assert language.active() == "ug"
    assert QLocale().language() == QLocale.Language.Uyghur
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and ws.isRightToLeft()
    # The main window: navigation on the right, the sections to its left.
    assert left(ws.navigation, window) > left(ws.sections, window)
    assert left(ws.navigation, window) + ws.navigation.width() > window.width() - 40
    # The menus start at the right edge: Vault right of Help.
    bar = window.menuBar()
    vault_menu = bar.actionGeometry(window.menu_vault.menuAction())
    help_menu = bar.actionGeometry(window.menu_help.menuAction())
    assert vault_menu.x() > help_menu.x()
    # The table: its first column at the right.
    table = ws.cases.table
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 1, timeout=10000)
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(1)
    # The case view: its first tab at the right.
    table.setCurrentIndex(ws.cases.model.index(0, 0))
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None, timeout=10000)
    tabs = view.tabs.tabBar()
    assert tabs.tabRect(0).x() > tabs.tabRect(1).x()
    # The list of cases on the right, the case open beside it on the left.
    assert left(view, window) < left(table, window)
    window.grab()  # paints every widget: a layout warning would fail the test
    idle(qtbot, window)


def test_a_dialog_in_uyghur_puts_labels_right_of_their_fields(
    qtbot, vault_in, window_factory
) -> None:
    vault_in("ug")
    window = window_factory()
    unlock(qtbot, window)
    dialog = NewCaseDialog(window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft()
    name = find(dialog, QLineEdit, "personName")
    pair = name.parentWidget()  # the name and its script, one row of the form
    (label,) = [
        form.labelForField(pair)
        for form in dialog.findChildren(QFormLayout)
        if form.labelForField(pair) is not None
    ]
    assert left(label, dialog) > left(name, dialog)
    dialog.close()
    idle(qtbot, window)


def test_the_safety_number_stays_left_to_right_in_uyghur(qtbot) -> None:
    language.apply_code("ug")
    number = SafetyNumber("safetyNumber", "Safety number")
    qtbot.addWidget(number)
    number.show()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not number.isRightToLeft()


def test_settings_offer_each_language_in_its_own_name_and_say_when_it_applies(
    qtbot, vault_in, window_factory
) -> None:
    vault_in("system")
    window = window_factory()
    unlock(qtbot, window)
    dialog = SettingsDialog(window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.vault_name != "")
    combo = find(dialog, QComboBox, "interfaceLanguage")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["system", "en", "kk", "ru", "ug", "zh_CN"]
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts == ["English", "Қазақша", "Русский", "ئۇيغۇرچە", "简体中文"]
    assert combo.itemText(0).startswith("As the system")
    # The fingerprint (the safety number's source) keeps its order in any direction.
    assert find(dialog, QLabel, "identityFingerprint").layoutDirection() == (
        Qt.LayoutDirection.LeftToRight
    )
    combo.setCurrentIndex(combo.findData("ru"))
    assert window.session.setting(settings_service.LANGUAGE) == "ru"
    assert "the next time this vault is unlocked" in dialog.notice.text()
    assert "Русский" in dialog.notice.text()
    assert language.active() == "en"  # not before the next unlock
    dialog.close()
    window.session.lock()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=10000)
    unlock(qtbot, window)
    assert language.active() == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    idle(qtbot, window)


@pytest.mark.parametrize("code", ["en", "kk", "ru", "ug", "zh_CN"])
def test_the_main_screens_open_in_every_language(qtbot, vault_in, window_factory, code) -> None:
    vault_in(code)
    window = window_factory()
    ws = unlock(qtbot, window)
    assert language.active() == code
    rtl = code == "ug"
    assert window.isRightToLeft() == rtl
    for section in ("cases", "people", "places", "contacts", "review"):
        ws.show_section(section)
        window.grab()
    ws.show_section("cases")
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    qtbot.waitUntil(lambda: ws.cases.case_view.cd is not None, timeout=10000)
    window.grab()
    idle(qtbot, window)


@pytest.mark.parametrize(
    ("code", "cancel"), [("ru", "Отмена"), ("kk", "Бас тарту"), ("zh_CN", "取消")]
)
def test_qt_s_own_dialogs_are_translated_where_qt_ships_a_catalogue(
    qtbot, code: str, cancel: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    installed = language.apply_code(code)
    assert installed, "no catalogue installed"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_a_language_amanat_does_not_speak_gives_english_with_its_plurals(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    language.apply(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert language.active() == "en"
    assert QCoreApplication.translate("SettingsDialog", "%n day(s)", "", 3) == "3 days"
