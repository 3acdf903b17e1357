"""Accessibility (docs/design.md §11): names on every interactive widget, keyboard order,
right-to-left layout, long strings; and every model through qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from amanat.ui.cases import testimony_editor as testimony
from amanat.ui.cases.new_case_dialog import NewCaseDialog
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.settings.settings_dialog import SettingsDialog
from support.gui import add_case, idle, unlock, wait_page

INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
    QAbstractSlider,
)  # fmt: skip


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo's popup list, scroll bars...)."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return (
        type(widget).__module__.startswith("PySide6")
        and widget.objectName() == ""
        and (
            type(widget).__name__ in ("QToolButton", "QLineEdit")  # a line edit's own buttons
            and isinstance(widget.parentWidget(), (QLineEdit, QAbstractItemView))
        )
    )


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_qt_internal(widget):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(
                f"{type(widget).__name__}({widget.objectName()!r}, {widget.accessibleName()!r})"
            )
    return missing


@pytest.fixture
def opened(qtbot, home_vault, window_factory, monkeypatch):
    home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 150)
    add_case(qtbot, window, monkeypatch, name="Ержан Бекболатұлы", hometown="Ghulja",
             event="detention", event_place="Ghulja camp No. 3")  # fmt: skip
    return window, ws


def test_first_screens_name_every_interactive_widget(qtbot, window) -> None:
    wait_page(qtbot, window, "welcomePage")
    assert unnamed(window) == []
    window.show_create()
    assert unnamed(window) == []
    window.show_create(demo=True)
    assert unnamed(window) == []


def test_workspace_and_dialogs_name_every_interactive_widget(qtbot, opened) -> None:
    window, ws = opened
    view = ws.cases.case_view
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
    assert unnamed(window) == []
    view.new_testimony()
    assert unnamed(view.editor) == []
    view.close_editor()
    for dialog in (NewCaseDialog(window, window.session), SettingsDialog(window, window.session)):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == []
    idle(qtbot, window)


def test_unlock_page_tab_order_follows_reading_order(qtbot, home_vault, window_factory) -> None:
    home_vault("Field team")
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = []
    page.chooser.setFocus()
    for _ in range(6):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        "vaultChooser", "unlockPassphrase", "unlockButton", "recoverLink", "createLink", "demoLink",
    ]  # fmt: skip


def test_models_of_a_real_case_pass_qtmodeltester(qtbot, opened, qtmodeltester) -> None:
    _window, ws = opened
    view = ws.cases.case_view
    qtmodeltester.check(ws.cases.model)
    for model in (
        view.events, view.history, view.custody, view.testimonies_tab.model,
        view.notes_tab.model, view.attachments_tab.model, view.person_tab.names,
        view.person_tab.identifiers, view.person_tab.status, view.person_tab.duplicates,
    ):  # fmt: skip
        qtmodeltester.check(model)
    ws.search.setText("Erzhan")
    qtbot.waitUntil(lambda: ws.search_panel.cases.rowCount() > 0, timeout=10000)
    qtmodeltester.check(ws.search_panel.cases)
    qtmodeltester.check(ws.search_panel.people)
    ws.search.clear()
    ws.show_section("places")
    qtbot.waitUntil(lambda: ws.places.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(ws.places.model)
    # Last, one that outlives the window (closing it at teardown deletes the workspace's
    # models before the tester disconnects from the last one it checked).
    qtmodeltester.check(RowsModel(view.custody.columns, view.custody.rows), force_py=True)


def test_right_to_left_layout_mirrors_and_keeps_working(qtbot, opened) -> None:
    window, ws = opened
    app = QApplication.instance()
    try:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.wait(50)
        assert window.isRightToLeft()
        # The navigation moves to the right edge, the search field to its left.
        nav = ws.navigation.mapTo(window, ws.navigation.rect().topLeft())
        search = ws.search.mapTo(window, ws.search.rect().topLeft())
        assert nav.x() > search.x()
        view = ws.cases.case_view
        view.new_testimony()
        editor = view.editor
        assert editor.isRightToLeft()
        editor.speaker.setCurrentIndex(1)
        editor.language.setCurrentIndex(editor.language.findData("ug"))
        editor.narrative.setPlainText("ئۇ كېچىدە ئېلىپ كېتىلدى.")
        window.grab()  # paints every widget: layout warnings would fail the test
        view.close_editor()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    idle(qtbot, window)


def test_long_strings_do_not_widen_the_window(qtbot, opened) -> None:
    window, ws = opened
    width = window.width()
    view = ws.cases.case_view
    view.subtitle.setText("Very long translated sentence " * 30)
    view.notice.show_message("warning", "A warning that goes on and on " * 20)
    window.grab()
    assert window.width() == width


def test_the_system_font_size_is_followed(qtbot) -> None:
    from PySide6.QtGui import QFont

    from amanat.ui.vault.welcome_pages import WelcomePage

    app = QApplication.instance()
    original = app.font()
    try:
        big = QFont(original)
        big.setPointSizeF(18)
        app.setFont(big)
        page = WelcomePage(has_vaults=False)
        qtbot.addWidget(page)
        title = page.findChild(QWidget, "pageTitle")
        # Headings are scaled from the person's font, never a fixed size.
        assert title.font().pointSizeF() == pytest.approx(18 * 1.6)
        assert page.create_button.font().pointSizeF() == pytest.approx(18)
    finally:
        app.setFont(original)
