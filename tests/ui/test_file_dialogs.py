"""The file dialog is Qt's own (not native) and leaves no history in QtProject.conf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from amanat.ui.kit.file_dialogs import FileDialogs


def _drive(folder: Path, name: str, seen: list[bool]) -> None:
    """Play the person: go to a folder, type a file name, accept."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
        QTimer.singleShot(20, lambda: _drive(folder, name, seen))  # not shown yet
        return
    seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
    dialog.setDirectory(str(folder))
    # Typed rather than selectFile(): the folder's listing is loaded asynchronously.
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    name_edit.setText(str(folder / name))
    dialog.accept()


def test_open_dialog_returns_files_and_forgets_the_folder(
    qtbot, tmp_path: Path, scratch_root: Path
) -> None:
    folder = tmp_path / "interviews-march"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"x")
    seen: list[bool] = []
    QTimer.singleShot(50, lambda: _drive(folder, "photo.png", seen))
    chosen = FileDialogs.open_files(None)
    assert chosen == [folder / "photo.png"]
    assert seen == [True]
    qtbot.wait(50)  # the dialog is deleted later, and writes its settings then
    # Qt did write its settings file (so the check below is not vacuous)...
    assert (scratch_root / "config" / "QtProject.conf").is_file()
    # ...but nothing in it says where the person's files are.
    written = b"".join(p.read_bytes() for p in scratch_root.rglob("*") if p.is_file())
    assert b"interviews-march" not in written


def test_save_dialog_forgets_the_folder(qtbot, tmp_path: Path, scratch_root: Path) -> None:
    folder = tmp_path / "usb-stick-copy"
    folder.mkdir()
    QTimer.singleShot(50, lambda: _drive(folder, "scan.pdf", []))
    chosen = FileDialogs.save_file(None, "scan.pdf")
    assert chosen == folder / "scan.pdf"
    qtbot.wait(50)
    written = b"".join(p.read_bytes() for p in scratch_root.rglob("*") if p.is_file())
    assert b"usb-stick-copy" not in written


def test_bundle_and_card_dialogs_forget_the_folder(
    qtbot, tmp_path: Path, scratch_root: Path
) -> None:
    folder = tmp_path / "sealed-for-berlin"
    folder.mkdir()
    (folder / "3f9c0a1d2b4e5f60.age").write_bytes(b"x")
    seen: list[bool] = []
    QTimer.singleShot(50, lambda: _drive(folder, "3f9c0a1d2b4e5f60.age", seen))
    chosen = FileDialogs.open_file(None, "Open a sealed bundle", ["Sealed bundles (*.age)"])
    assert chosen == folder / "3f9c0a1d2b4e5f60.age"
    QTimer.singleShot(50, lambda: _drive(folder, "new.age", seen))
    assert FileDialogs.save_as(None, "Save the sealed bundle", "x.age") == folder / "new.age"
    assert seen == [True, True]
    qtbot.wait(50)
    written = b"".join(p.read_bytes() for p in scratch_root.rglob("*") if p.is_file())
    assert b"sealed-for-berlin" not in written
