"""A case's attachments: add (file dialog or drag and drop, with progress and cancel),
view from memory, save a decrypted copy (explicit, warned, logged)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.domain.errors import NotFound
from amanat.services import attachments as attachment_service
from amanat.services import edits
from amanat.services import recordings as recording_service
from amanat.services.base import Exported
from amanat.storage.blob_access import RandomAccessBlob
from amanat.storage.vault import Vault
from amanat.ui.cases.attachment_dialog import AttachmentDialog
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.labels import label
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.media_device import open_device
from amanat.ui.kit.messages import fill
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.text import file_size
from amanat.ui.kit.viewers import MediaView, make_viewer
from amanat.ui.kit.widgets import BusyBar, Notice, button, hint_label, keep_space
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import HeldWork, Session
from amanat.ui.ops.worker import TaskState


class AttachmentsPanel(QWidget):
    """A case's attachments; the case view reloads from the session's broadcast."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("attachmentsTab")
        self.session = session
        self.case_id: str | None = None
        self.cd: CaseDoc | None = None
        self.viewer: QWidget | None = None
        self.viewing: str | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Files are encrypted into the vault as they are added. Drop files here or"
                    " use Attach files. They are shown from memory: nothing readable is written"
                    " to disk."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("attachmentsSplitter")
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_viewer())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.view.activated.connect(lambda _i: self.show_selected())
        self.attach_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.show_selected)
        self.save_button.clicked.connect(self.save_copy)

    def _build_list(self) -> QWidget:
        """The list, its buttons, the progress row with Cancel, the notice."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(
            [
                Column("original_name", lambda: self.tr("File")),
                Column("media_type", lambda: self.tr("Kind")),
                Column(
                    "size",
                    lambda: self.tr("Size"),
                    display=lambda r: file_size(r.get("size")),
                    align=Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    "role",
                    lambda: self.tr("Role"),
                    display=lambda r: label("attachment_role", r.get("role")),
                ),
                Column("description", lambda: self.tr("Description")),
            ],
            parent=self,
        )
        self.view = make_table("attachmentList", self.tr("Attachments"), self.model)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.attach_button = button(
            self.tr("Attach files..."), "attachButton", self.tr("Attach files")
        )
        self.view_button = button(self.tr("View"), "viewAttachment", self.tr("View attachment"))
        self.save_button = button(
            self.tr("Save a copy..."), "saveAttachment", self.tr("Save a decrypted copy")
        )
        self.edit_button = button(
            self.tr("Correct..."),
            "editAttachment",
            self.tr("Correct the description, role or testimony of the attachment"),
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = button(
            self.tr("Remove working copy..."),
            "removeWorkingCopy",
            self.tr("Remove the chosen working copy (the original is kept)"),
        )
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.progress = BusyBar("attachProgress", self.tr("Progress"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("attachProgressLabel")
        keep_space(self.progress_label).hide()
        self.cancel_button = button(self.tr("Cancel"), "cancelAttach", self.tr("Cancel"))
        # Attaching and saving a copy: one at a time, with progress and Cancel.
        self.work = Background(
            self,
            self.session,
            busy=self.progress,
            cancel=self.cancel_button,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        self.work.running_changed.connect(self._busy)
        # The row and the notice keep their room: the buttons above stay where they are.
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(keep_space(self.progress), 1)
        progress_row.addWidget(keep_space(self.cancel_button))
        left_layout.addLayout(progress_row)
        self.notice = Notice("attachmentsNotice").reserve(2)
        left_layout.addWidget(self.notice)
        return left

    def _build_viewer(self) -> QWidget:
        self.viewer_box = QWidget()
        self.viewer_box.setObjectName("viewerBox")
        self.viewer_layout = QVBoxLayout(self.viewer_box)
        self.viewer_layout.setContentsMargins(6, 0, 0, 0)
        self.viewer_placeholder = hint_label(
            self.tr("Choose a file and press View."), "viewerPlaceholder"
        )
        self.viewer_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.viewer_layout.addWidget(self.viewer_placeholder)
        return self.viewer_box

    # -- contents ---------------------------------------------------------------------------

    def show_case(self, cd: CaseDoc) -> None:
        if cd.id != self.case_id:
            self._close_viewer()
        self.cd = cd
        self.case_id = cd.id
        self.model.set_rows([dict(a) for a in cd.doc.get("attachments") or []])
        self.view.resizeColumnsToContents()

    def clear(self) -> None:
        self._close_viewer()
        self.model.clear()
        self.case_id = None
        self.cd = None

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def edit_selected(self) -> None:
        """Correct the chosen attachment's description, role or testimony (the
        broadcast of the save reloads the case)."""
        chosen = self.selected()
        if chosen is None or self.cd is None:
            self.notice.show_message("info", self.tr("Choose an attachment in the list first."))
            return
        AttachmentDialog.ask(self, self.session, self.cd, str(chosen["id"]))

    def remove_selected(self) -> None:
        """Remove a working copy; an evidentiary original is never removed."""
        chosen = self.selected()
        if chosen is None:
            self.notice.show_message("info", self.tr("Choose an attachment in the list first."))
            return
        if chosen.get("role") != "working_copy":
            self.notice.show_message(
                "info",
                self.tr(
                    "This is an evidentiary original: it is never removed. Only a working"
                    " copy can be removed."
                ),
            )
            return
        attachment_id = str(chosen["id"])
        if not ConfirmDialog.ask(
            self,
            self.tr("Remove this working copy?"),
            self.tr(
                "The working copy leaves the case and its file leaves the vault. The"
                " evidentiary original stays, and the custody log records the removal."
            ),
            self.tr("Remove the working copy"),
            danger=True,
            object_name="removeWorkingCopyDialog",
        ):
            return
        if self.viewing == attachment_id:
            self._close_viewer()
        self.session.op(
            lambda v, _s: edits.remove_working_copy(v, attachment_id),
            on_failure=self.notice.show_error,
            owner=self,
        )

    # -- adding ---------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = FileDialogs.open_files(self)
        if paths:
            self.attach(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)

    def attach(self, paths: list[Path]) -> None:
        case_id = self.case_id
        if case_id is None or self.work.running:
            return
        count = len(paths)
        # Files attached before a cancel or a failure stay: what changed is collected as
        # it happens, and the session broadcasts it however the op ends.
        changes = Changes()
        # A lock waits for it or says what it dropped (Session.hold).
        held = HeldWork("attachment", count)

        def attach_all(vault: Vault, state: TaskState) -> int:
            for i, path in enumerate(paths):

                def progress(fraction: float, done: int = i) -> None:
                    state.progress((done + fraction) / count)

                created = attachment_service.attach_file(
                    vault, case_id, path, progress=progress, is_cancelled=state.is_cancelled
                )
                changes.merge(created.changes)
                held.done += 1
            return count

        self.progress_label.setText(self.tr("Encrypting %n file(s) into the vault...", "", count))
        session = self.session

        def ended() -> None:
            session.release(held)

        if self.work.start(attach_all, self._attached, on_done=ended, changes=changes):
            session.hold(held)

    def _attached(self, count: int) -> None:
        self.notice.show_message("ok", self.tr("%n file(s) added to the case.", "", count))

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)

    def _cancelled(self) -> None:
        self.notice.show_message(
            "info", self.tr("Cancelled. Files added before the cancel are kept.")
        )

    def cancel(self) -> None:
        self.work.cancel()

    def _busy(self, busy: bool) -> None:
        for b in (self.attach_button, self.save_button, self.view_button):
            b.setEnabled(not busy)
        self.progress_label.setVisible(busy)
        if not busy:
            self.progress_label.setText("")

    # -- viewing --------------------------------------------------------------------------------
    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.notice.show_message("info", self.tr("Choose a file in the list first."))
            return
        attachment_id = str(row["id"])
        media_type = str(row.get("media_type") or "")
        name = str(row.get("original_name") or "")
        if media_type.startswith(("audio/", "video/")):
            self._play(attachment_id, media_type, name)
            return
        if int(row.get("size") or 0) > attachment_service.DEFAULT_MEMORY_LIMIT:
            self.notice.show_message("info", self._too_large())
            return
        self._close_viewer()
        self.viewer_placeholder.setText(self.tr("Decrypting..."))
        self.viewing = attachment_id
        self.session.op(
            lambda v, _s: attachment_service.read_attachment(v, attachment_id),
            on_success=lambda data: self._show(attachment_id, data, media_type, name),
            on_failure=self._view_failed,
            owner=self,
        )

    def _show(self, attachment_id: str, data: bytes, media_type: str, name: str) -> None:
        if self.viewing != attachment_id:
            return
        self._close_viewer(keep_id=True)
        self.viewer = make_viewer(data, media_type, name)
        self.viewer_placeholder.hide()
        self.viewer_layout.addWidget(self.viewer, 1)

    def _play(self, attachment_id: str, media_type: str, name: str) -> None:
        """Audio and video of any size: played through a decrypting, seekable device,
        one 64 KiB chunk in memory at a time (issue 14)."""
        self._close_viewer()
        self.viewing = attachment_id

        def opened(vault: Vault, _state: TaskState) -> tuple[RandomAccessBlob, int]:
            media = recording_service.open_media(vault, attachment_id)
            try:
                known = recording_service.recording_of(vault, attachment_id).duration_ms
            except NotFound:
                known = None
            return media, int(known or 0)

        self.session.op(
            opened,
            on_success=lambda got: self._show_media(attachment_id, got, media_type, name),
            on_failure=self._view_failed,
            owner=self,
        )

    def _show_media(
        self, attachment_id: str, got: tuple[RandomAccessBlob, int], media_type: str, name: str
    ) -> None:
        media, duration_ms = got
        if self.viewing != attachment_id:
            media.close()
            return
        self._close_viewer(keep_id=True)
        self.viewer = MediaView(open_device(media), media_type, name, duration_ms=duration_ms)
        self.viewer_placeholder.hide()
        self.viewer_layout.addWidget(self.viewer, 1)

    def _too_large(self) -> str:
        return fill(
            self.tr(
                "This file is too large to view inside Amanat (over %1). It stays encrypted in"
                " the vault; save a copy if you need to open it elsewhere."
            ),
            file_size(attachment_service.DEFAULT_MEMORY_LIMIT),
        )

    def _view_failed(self, error: BaseException) -> None:
        self.viewer_placeholder.setText("")
        if getattr(error, "params", {}).get("what") == "blob_too_large_for_memory":
            self.notice.show_message("info", self._too_large())
        else:
            self.notice.show_error(error)

    def _close_viewer(self, keep_id: bool = False) -> None:
        if self.viewer is not None:
            release = getattr(self.viewer, "release", None)
            if callable(release):
                release()
            self.viewer_layout.removeWidget(self.viewer)
            self.viewer.deleteLater()
            self.viewer = None
        if not keep_id:
            self.viewing = None
        self.viewer_placeholder.setText(self.tr("Choose a file and press View."))
        self.viewer_placeholder.show()

    # -- saving out ----------------------------------------------------------------------------
    def save_copy(self) -> None:
        row = self.selected()
        if row is None:
            self.notice.show_message("info", self.tr("Choose a file in the list first."))
            return
        name = str(row.get("original_name") or "attachment")
        if not ConfirmDialog.ask(
            self,
            self.tr("Save a readable copy?"),
            fill(
                self.tr(
                    "This writes a decrypted copy of %1 outside the vault. Anyone with access to"
                    " that disk or stick can read it, and it stays there until you delete it. The"
                    " export is recorded in the case's custody log."
                ),
                name,
            ),
            self.tr("Save a copy"),
            danger=True,
            object_name="exportConfirm",
        ):
            return
        target = FileDialogs.save_file(self, Path(name).name)
        if target is None:
            return
        attachment_id = str(row["id"])
        # The save dialog asked before returning a file that exists: the person chose
        # to replace it. A file that appears only afterwards is never replaced.
        replace = target.exists()
        self.progress_label.setText(self.tr("Writing the decrypted copy..."))

        def export(vault: Vault, state: TaskState) -> Exported:
            return attachment_service.export_attachment(
                vault,
                attachment_id,
                target,
                progress=state.progress,
                is_cancelled=state.is_cancelled,
                replace=replace,
            )

        self.work.start(export, lambda _exported: self._saved())

    def _saved(self) -> None:
        self.notice.show_message(
            "warning",
            self.tr("The decrypted copy was saved and the export was logged. Delete it when done."),
        )
