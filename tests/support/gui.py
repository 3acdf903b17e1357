"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

PASSPHRASE = "quiet river under seven bridges"


def find(parent: QWidget, cls: type, name: str) -> object:
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def wait_page(qtbot, window, name: str, timeout: int = 10000) -> QWidget:
    qtbot.waitUntil(
        lambda: window.page is not None and window.page.objectName() == name, timeout=timeout
    )
    return window.page


def type_text(qtbot, widget, text: str) -> None:
    """Key presses carrying the text, so any script can be typed.

    QTest.keyClicks only knows ASCII (it asserts on anything else); a key event with
    Key_unknown and the character as its text is what an input method delivers.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.clear()
    type_text(qtbot, widget, text)


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> QWidget:
    """Unlock through the unlock page; returns the workspace once its list has loaded."""
    from PySide6.QtWidgets import QLineEdit

    page = wait_page(qtbot, window, "unlockPage")
    field = page.findChild(QLineEdit, "unlockPassphrase")
    type_into(qtbot, field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    workspace = wait_page(qtbot, window, "workspace")
    qtbot.waitUntil(lambda: not workspace.cases.model.is_loading, timeout=10000)
    return workspace


def idle(qtbot, window, timeout: int = 10000) -> None:
    """Wait until the database worker has nothing left to do."""
    qtbot.waitUntil(lambda: window.session.worker.pending_count == 0, timeout=timeout)


def fill_new_case(
    qtbot,
    dialog,
    *,
    name: str,
    other: str = "",
    hometown: str = "",
    event: str | None = None,
    event_place: str = "",
) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit

    type_into(qtbot, dialog.findChild(QLineEdit, "personName"), name)
    if other:
        type_into(qtbot, dialog.findChild(QLineEdit, "personOtherName"), other)
    if hometown:
        type_into(qtbot, dialog.findChild(QLineEdit, "personHometown"), hometown)
    type_into(qtbot, dialog.findChild(QLineEdit, "personBirth"), "1974")
    if event:
        combo = dialog.findChild(QComboBox, "eventType")
        combo.setCurrentIndex(combo.findData(event))
        type_into(qtbot, dialog.findChild(QLineEdit, "eventDate"), "2018-03")
        if event_place:
            type_into(qtbot, dialog.findChild(QLineEdit, "eventPlace"), event_place)


def add_case(qtbot, window, monkeypatch, **fields) -> str:
    """Ctrl+N, fill the real form, create; returns the new case's id."""
    from PySide6.QtWidgets import QPushButton

    from amanat.ui.cases import new_case_dialog as case_form

    created: list[str] = []

    def ask(cls, parent, session):
        dialog = cls(parent, session)
        qtbot.addWidget(dialog)
        dialog.show()
        fill_new_case(qtbot, dialog, **fields)
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "createCaseButton"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(
            lambda: dialog.case_id is not None or dialog.notice.isVisible(), timeout=10000
        )
        assert dialog.case_id, dialog.notice.text()
        created.append(dialog.case_id)
        dialog.close()
        return dialog.case_id

    monkeypatch.setattr(case_form.NewCaseDialog, "ask", classmethod(ask))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(created), timeout=10000)
    # The dialog had the focus: give it back to the window, as the desktop would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    workspace = window.workspace
    qtbot.waitUntil(
        lambda: (
            workspace.cases.case_view.cd is not None
            and workspace.cases.case_view.cd.id == created[0]
        ),
        timeout=10000,
    )
    return created[0]


class ManualClock:
    """A monotonic clock that moves only when a test says so (for the idle watcher)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def manual_idle_clock(window, period_s: float) -> ManualClock:
    """Put the window's idle watcher on a manual clock with an auto-lock period."""
    clock = ManualClock()
    window.session.idle.clock = clock
    window.session.set_autolock_ms_for_tests(int(period_s * 1000))
    return clock
