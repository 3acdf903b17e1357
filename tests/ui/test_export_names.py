"""The save dialog suggests only a safe form of a name from another vault (issue 16,
item 6): ``../../.bashrc`` is offered as ``bashrc`` in the home folder."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from amanat.ui.kit.file_dialogs import FileDialogs


def _read_and_cancel(seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
        QTimer.singleShot(20, lambda: _read_and_cancel(seen))
        return
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    seen.append(name_edit.text())
    dialog.reject()


def test_a_hostile_name_is_suggested_safely(qtbot) -> None:
    for hostile, safe in [
        ("../../.bashrc", "bashrc"),
        ("..\\..\\evil.exe", "evil.exe"),
        ("scan\u202egpj.exe", "scan_gpj.exe"),
        ("CON.txt", "attachment_CON.txt"),
        ("..", "attachment"),
    ]:
        seen: list[str] = []
        QTimer.singleShot(50, lambda seen=seen: _read_and_cancel(seen))
        assert FileDialogs.save_file(None, hostile) is None
        assert seen == [safe]
