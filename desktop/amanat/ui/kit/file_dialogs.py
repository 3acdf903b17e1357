"""Choosing files without leaving traces (docs/design.md §9).

Native file dialogs feed the desktop's "recent files" lists. Qt's own dialog is used
instead, and it too remembers: when it is destroyed it writes its history, the last
folder a file was chosen in (``lastVisited``, kept by Qt for the whole process) and its
sidebar to ``QtProject.conf`` in the user's config folder (``~/.config/QtProject.conf``
on Linux), group ``FileDialog``. Emptying the history before it dies is not enough
(``lastVisited`` is not the dialog's folder), so each dialog is destroyed at once and
then that group is removed from the file, and the file itself when nothing else is in
it: no trace of where the person's files are, or that a file was chosen at all.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from amanat.domain.text_safety import safe_file_name


def _dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.setSidebarUrls(
        [QUrl.fromLocalFile(QDir.homePath()), QUrl.fromLocalFile(QDir.rootPath())]
    )
    return dialog


def forget_file_dialog_settings() -> None:
    """Remove what Qt's file dialog wrote to ``QtProject.conf`` (its ``FileDialog``
    group), and the file when nothing else is left in it."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
    path = Path(settings.fileName())
    empty = not settings.allKeys()
    del settings
    if empty:
        path.unlink(missing_ok=True)


def _forget(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    # Destroyed now (it writes its settings in its destructor), then those are wiped.
    shiboken6.delete(dialog)
    forget_file_dialog_settings()


class FileDialogs:
    """The questions the app asks about files; tests replace these classmethods."""

    @classmethod
    def open_files(cls, parent: QWidget | None) -> list[Path]:
        dialog = _dialog(parent, QCoreApplication.translate("FileDialogs", "Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted:
                return []
            return [Path(p) for p in dialog.selectedFiles()]
        finally:
            _forget(dialog)

    @classmethod
    def save_file(cls, parent: QWidget | None, suggested_name: str) -> Path | None:
        """Where to save a decrypted copy. ``suggested_name`` comes from another vault
        (an attachment's original name): only its safe form is suggested, so that
        ``../../.bashrc`` is offered as ``bashrc`` in the home folder, not ``~/.bashrc``."""
        title = QCoreApplication.translate("FileDialogs", "Save a decrypted copy")
        return cls.save_as(parent, title, safe_file_name(suggested_name))

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, name_filters: list[str]) -> Path | None:
        """One existing file (an identity card, a bundle)."""
        dialog = _dialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if name_filters:
            dialog.setNameFilters(name_filters)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted:
                return None
            files = dialog.selectedFiles()
            return Path(files[0]) if files else None
        finally:
            _forget(dialog)

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str) -> Path | None:
        """An existing folder (the inbox's watched exchange folder)."""
        dialog = _dialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted:
                return None
            folders = dialog.selectedFiles()
            return Path(folders[0]) if folders else None
        finally:
            _forget(dialog)

    @classmethod
    def save_as(cls, parent: QWidget | None, title: str, suggested_name: str) -> Path | None:
        """Where to write a new file (a bundle, a card, an emergency key). An existing
        file is never replaced: the services refuse it, and the dialog asks first."""
        dialog = _dialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested_name)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted:
                return None
            files = dialog.selectedFiles()
            return Path(files[0]) if files else None
        finally:
            _forget(dialog)
