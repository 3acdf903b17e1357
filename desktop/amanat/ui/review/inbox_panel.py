"""The Inbox tab of the Review section (docs/review.md §1, docs/user-guide-review.md).

Every bundle file the inbox looked at (the watched folder's, and files dropped on the
window), the most recent first: the sender (the name this vault gave the contact), the
fingerprint state, when it was sealed, and what it brought or why it was not opened, in
one calm sentence. "Choose folder..." picks the watched exchange folder (a declared
setting kept in the vault); "Scan now" looks at it at once. The watching itself is the
workspace's ``InboxWatcher`` (ui/review/inbox_watcher.py), which runs while the vault
is unlocked whether or not this tab was opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from amanat.domain.changes import Changes
from amanat.domain.errors import AmanatError
from amanat.services import inbox as inbox_service
from amanat.services.inbox import Outcome, ScanResult
from amanat.services.settings import INBOX_FOLDER
from amanat.storage.inbox import InboxFile
from amanat.storage.vault import Vault
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import describe_error, fill, isolate
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.widgets import BusyBar, Notice, button, hint_label
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def state_text(state: str | None) -> str:
    """The sender's fingerprint state, as the quarantine decides it."""
    words = {
        "verified": QCoreApplication.translate("Inbox", "Verified"),
        "unverified": QCoreApplication.translate("Inbox", "Not verified"),
        "key_changed": QCoreApplication.translate("Inbox", "Keys changed: verify again"),
        "unknown": QCoreApplication.translate("Inbox", "Unknown sender"),
    }
    return words.get(state or "", QCoreApplication.translate("Inbox", "Not read yet"))


def sender_text(item: InboxFile) -> str:
    if item.sender_name:
        return isolate(item.sender_name)
    if item.sender_fingerprint:
        return QCoreApplication.translate("Inbox", "Unknown sender")
    return ""


def created_text(item: InboxFile) -> str:
    """When the bundle was sealed, to the minute, in UTC."""
    if not item.created:
        return ""
    return fill(
        QCoreApplication.translate("Inbox", "%1 UTC"),
        item.created[:16].replace("T", " "),
        isolated=False,
    )


def outcome_text(item: InboxFile) -> str:
    """What happened to a file, in one calm sentence."""
    if item.outcome == Outcome.OPENED:
        b = item.brought
        text = fill(
            QCoreApplication.translate("Inbox", "Opened: %1 new, %2 updated, %3 in conflict."),
            b.get("new", 0),
            b.get("updated", 0),
            b.get("conflicts", 0),
            isolated=False,
        )
        if b.get("proposals"):
            text += " " + fill(
                QCoreApplication.translate("Inbox", "%1 proposed edit(s) wait for you."),
                b["proposals"],
                isolated=False,
            )
        return text
    if item.outcome == Outcome.RELEASED:
        return QCoreApplication.translate(
            "Inbox", "Opened from the quarantine once the sender was verified."
        )
    if item.outcome == Outcome.DISCARDED:
        return QCoreApplication.translate(
            "Inbox", "Discarded from the quarantine: nothing was imported."
        )
    if item.outcome == Outcome.ALREADY:
        return QCoreApplication.translate("Inbox", "Already received: nothing changed.")
    if item.outcome == Outcome.QUARANTINED:
        if item.fingerprint_state == "key_changed":
            return QCoreApplication.translate(
                "Inbox",
                "Waits in quarantine: the sender's keys changed. Verify them again"
                " (Contacts > Quarantine).",
            )
        return QCoreApplication.translate(
            "Inbox",
            "Waits in quarantine: the sender is not a verified contact (Contacts > Quarantine).",
        )
    if item.outcome == Outcome.WAITING:
        if item.error in inbox_service.INCOMPLETE:
            return QCoreApplication.translate(
                "Inbox",
                "Waiting for the file to finish copying: so far it is incomplete or damaged."
                " It will be tried again when it changes; if it does not, ask the sender to"
                " send it again.",
            )
        return QCoreApplication.translate(
            "Inbox",
            "Waiting for the file to finish copying; it will be tried again when it changes.",
        )
    return describe_error(AmanatError(item.error or "error"))


def summary_text(result: ScanResult) -> str:
    """One line for the status bar after a scan or a drop: what was new."""
    fresh = [e.file for e in result.entries if e.fresh]
    counts = {o: sum(1 for f in fresh if f.outcome == o) for o in Outcome}
    if not fresh:
        return QCoreApplication.translate("Inbox", "Inbox: nothing new.")
    parts = []
    words = {
        Outcome.OPENED: QCoreApplication.translate("Inbox", "%1 opened"),
        Outcome.QUARANTINED: QCoreApplication.translate("Inbox", "%1 waiting in quarantine"),
        Outcome.ALREADY: QCoreApplication.translate("Inbox", "%1 already received"),
        Outcome.WAITING: QCoreApplication.translate("Inbox", "%1 still being copied"),
        Outcome.REFUSED: QCoreApplication.translate("Inbox", "%1 refused"),
        Outcome.RELEASED: QCoreApplication.translate("Inbox", "%1 opened from the quarantine"),
        Outcome.DISCARDED: QCoreApplication.translate("Inbox", "%1 discarded"),
    }
    for outcome, template in words.items():
        if counts[outcome]:
            parts.append(fill(template, counts[outcome], isolated=False))
    return fill(QCoreApplication.translate("Inbox", "Inbox: %1."), ", ".join(parts), isolated=False)


COLUMNS = (
    Column("name", lambda: QCoreApplication.translate("Inbox", "File")),
    Column("sender", lambda: QCoreApplication.translate("Inbox", "From")),
    Column("state", lambda: QCoreApplication.translate("Inbox", "Fingerprint")),
    Column("created", lambda: QCoreApplication.translate("Inbox", "Sealed")),
    Column("what", lambda: QCoreApplication.translate("Inbox", "What happened")),
)


def row_of(item: InboxFile) -> dict[str, Any]:
    return {
        "id": item.path,
        "name": isolate(item.name),
        "sender": sender_text(item),
        "state": state_text(item.fingerprint_state) if item.sender_fingerprint else "",
        "created": created_text(item),
        "what": outcome_text(item),
        "item": item,
    }


class InboxPanel(QWidget):
    open_case = Signal(str)
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("inboxPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_folder_row())
        layout.addWidget(
            hint_label(
                self.tr(
                    "Bundles that arrive in the watched folder, or that you drop on this"
                    " window, are opened if they come from verified contacts; the others"
                    " wait in quarantine. A bundle already received changes nothing."
                ),
                "inboxHint",
            )
        )
        self.notice = Notice("inboxNotice")
        layout.addWidget(self.notice)
        self.model = RowsModel(COLUMNS, parent=self)
        self.table = make_table(
            "inboxTable", self.tr("Bundles in the inbox"), self.model, stretch_column=4
        )
        layout.addWidget(self.table, 1)
        self.work = Background(self, session, busy=self.busy, on_error=self.notice.show_error)
        self.work.running_changed.connect(lambda running: self.scan_button.setDisabled(running))
        self._connect()
        self._show_folder(str(session.setting(INBOX_FOLDER)))
        self.load()

    def _build_folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("inboxFolder")
        self.folder_label.setWordWrap(True)
        self.choose_button = button(self.tr("Choose folder..."), "inboxChooseFolder")
        self.scan_button = button(self.tr("Scan now"), "inboxScanNow", role="primary")
        self.busy = BusyBar("inboxBusy", self.tr("Scanning the inbox folder"))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.busy)
        row.addWidget(self.choose_button)
        row.addWidget(self.scan_button)
        return row

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_folder)
        self.scan_button.clicked.connect(self.scan_now)
        self.session.changes_applied.connect(self._changes)
        self.session.setting_changed.connect(self._setting_changed)
        self.session.locking.connect(self.model.clear)

    # -- the folder --------------------------------------------------------------------------
    def _show_folder(self, folder: str) -> None:
        if folder:
            self.folder_label.setText(fill(self.tr("Watched folder: %1"), folder))
        else:
            self.folder_label.setText(
                self.tr("No folder is watched. Choose one, or drop bundle files on the window.")
            )
        self.scan_button.setEnabled(bool(folder))

    def _setting_changed(self, key: str, value: object) -> None:
        if key == INBOX_FOLDER.key:
            self._show_folder(str(value))

    def choose_folder(self) -> None:
        chosen = FileDialogs.choose_folder(self, self.tr("Choose the inbox folder"))
        if chosen is None:
            return
        self.session.change_setting(INBOX_FOLDER, str(chosen))

    # -- scanning and the list ---------------------------------------------------------------
    def scan_now(self) -> None:
        folder = str(self.session.setting(INBOX_FOLDER))
        if not folder:
            return

        def scan(vault: Vault, state: TaskState) -> ScanResult:
            return inbox_service.scan(vault, folder, is_cancelled=state.is_cancelled)

        self.notice.clear()
        self.work.start(scan, self._scanned)

    def _scanned(self, result: object) -> None:
        if isinstance(result, ScanResult):
            text = summary_text(result)
            self.notice.show_message("info", text)
            self.status_message.emit(text, 6000)
            self.load()

    def load(self) -> None:
        self.session.op(
            lambda vault, _state: inbox_service.listing(vault),
            on_success=self._loaded,
            owner=self,
        )

    def _loaded(self, items: object) -> None:
        if isinstance(items, list):
            self.model.set_rows([row_of(item) for item in items])

    def _changes(self, changes: Changes) -> None:
        if changes.inbox or changes.quarantine:
            self.load()

    @property
    def items(self) -> list[InboxFile]:
        return [row["item"] for row in self.model.rows]
