"""The file dialog is Qt's own (not native) and leaves no history in QtProject.conf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from amanat.ui.kit import file_dialogs as files
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
    qtbot, tmp_path: Path, scratch_root: Path, monkeypatch
) -> None:
    folder = tmp_path / "interviews-march"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"x")
    conf = scratch_root / "config" / "QtProject.conf"
    written_by_qt: list[str] = []

    def wipe() -> None:
        written_by_qt.append(conf.read_text() if conf.is_file() else "")
        forget()

    forget = files.forget_file_dialog_settings
    monkeypatch.setattr(files, "forget_file_dialog_settings", wipe)
    seen: list[bool] = []
    QTimer.singleShot(50, lambda: _drive(folder, "photo.png", seen))
    chosen = FileDialogs.open_files(None)
    assert chosen == [folder / "photo.png"]
    assert seen == [True]
    # Qt did write its history and last folder when the dialog died (so the check
    # below is not vacuous)...
    [before] = written_by_qt
    assert "history=" in before and "lastVisited=" in before
    # ...and none of it is left: no QtProject.conf with a history, nothing naming the
    # folder anywhere the app or Qt may write.
    qtbot.wait(50)
    assert not conf.exists() or "FileDialog" not in conf.read_text()
    written = b"".join(p.read_bytes() for p in scratch_root.rglob("*") if p.is_file())
    assert b"interviews-march" not in written and b"lastVisited" not in written


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
    assert not (scratch_root / "config" / "QtProject.conf").exists()


SETTINGS_FILE = r"""
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from amanat.ui.app import setup_application
app = QApplication(["amanat"])
setup_application(app, QLocale(QLocale.Language.English))
settings = QSettings()
settings.setValue("probe", 1)
settings.sync()
print(settings.fileName())
"""


def test_the_settings_file_is_the_one_the_guide_names(tmp_path: Path) -> None:
    """The user guide says ~/.config/Amanat/Amanat.ini: the app itself (not the test
    setup, which forces the ini format) must choose that file."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_FILE], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "Amanat" / "Amanat.ini")
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["Amanat.ini"]
    guide = (Path(__file__).parents[2] / "docs" / "user-guide-app.md").read_text()
    assert "~/.config/Amanat/Amanat.ini" in guide
