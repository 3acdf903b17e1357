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


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.clear()
    qtbot.keyClicks(widget, text)
