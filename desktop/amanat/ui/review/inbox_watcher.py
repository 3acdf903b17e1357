"""The watched exchange folder, while the vault is unlocked (docs/review.md §1).

A ``QFileSystemWatcher`` on the folder chosen in settings (``services.settings.
INBOX_FOLDER``) and on its bundle files (a file being copied in changes many times),
settled for a moment before a scan; and a gentle periodic rescan, for the folders of
network drives and sync tools whose changes the system does not always report. Every
scan runs ``services.inbox.scan`` on the session's database worker (never on the GUI
thread), one at a time; what it changed is broadcast by the session like every op's.
Locking stops it: the workspace that owns it is deleted, and it stops at ``locking``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from amanat.services import inbox as inbox_service
from amanat.services.inbox import ScanResult
from amanat.services.settings import INBOX_FOLDER
from amanat.storage.vault import Vault
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

SETTLE_MS = 1500  # a change is followed by others while a file is copied in
RESCAN_MS = 60_000  # the gentle periodic look


class InboxWatcher(QObject):
    """Scans the watched folder when it changes and every minute; takes dropped files.

    ``scanned(ScanResult)`` after each scan or drop; ``failed(BaseException)`` when one
    could not run (the folder was removed, a full disk)."""

    scanned = Signal(object)
    dropped = Signal(object)  # the ScanResult of files dropped on the window
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = ""
        self.fs = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.periodic = QTimer(self)
        self.periodic.setInterval(RESCAN_MS)
        self._running = False
        self._again = False
        self._last_failure = ""  # said once, not at every rescan (a USB stick left out)
        self.fs.directoryChanged.connect(self.poke)
        self.fs.fileChanged.connect(self.poke)
        self.settle.timeout.connect(self.scan_now)
        self.periodic.timeout.connect(self.scan_now)
        session.setting_changed.connect(self._setting_changed)
        session.locking.connect(self.stop)

    # -- the folder ------------------------------------------------------------------------
    def start(self) -> None:
        """Watch the folder chosen in settings (nothing when none is chosen)."""
        self.watch(str(self.session.setting(INBOX_FOLDER)))

    def watch(self, folder: str) -> None:
        self._unwatch()
        self.folder = folder
        if not folder or not self.session.is_open:
            return
        if Path(folder).is_dir():
            self.fs.addPath(folder)
        self.periodic.start()
        self.scan_now()

    def stop(self) -> None:
        self._unwatch()
        self.folder = ""

    def _unwatch(self) -> None:
        self.settle.stop()
        self.periodic.stop()
        paths = self.fs.files() + self.fs.directories()
        if paths:
            self.fs.removePaths(paths)

    def _setting_changed(self, key: str, value: object) -> None:
        if key == INBOX_FOLDER.key:
            self.watch(str(value))

    @property
    def watching(self) -> bool:
        return bool(self.folder) and self.periodic.isActive()

    # -- scanning --------------------------------------------------------------------------
    def poke(self, _path: str = "") -> None:
        """Something changed: scan once things have settled."""
        if self.folder:
            self.settle.start()

    def scan_now(self) -> None:
        """Scan the watched folder on the worker (once more after the one running)."""
        folder = self.folder
        if not folder:
            return
        if self._running:
            self._again = True
            return

        def scan(vault: Vault, state: TaskState) -> ScanResult:
            return inbox_service.scan(vault, folder, is_cancelled=state.is_cancelled)

        op = self.session.op(
            scan,
            on_success=self._scanned,
            on_failure=self._failed,
            on_done=self._done,
            owner=self,
        )
        self._running = op is not None

    def _scanned(self, result: object) -> None:
        if isinstance(result, ScanResult):
            self._last_failure = ""
            if self.folder and self.folder not in self.fs.directories():
                self.fs.addPath(self.folder)  # the drive is back
            self._follow_files(result)
            self.scanned.emit(result)

    def _failed(self, error: BaseException) -> None:
        code = str(getattr(error, "code", type(error).__name__))
        if code != self._last_failure:
            self._last_failure = code
            self.failed.emit(error)

    def _follow_files(self, result: ScanResult) -> None:
        """Watch the files still being copied, so the next change is seen at once."""
        waiting = [e.file.path for e in result.entries if e.file.outcome == "waiting"]
        waiting = [p for p in waiting if Path(p).is_file()]
        old = self.fs.files()
        if old:
            self.fs.removePaths(old)
        if waiting:
            self.fs.addPaths(waiting)

    def _done(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.scan_now()

    def process_dropped(self, paths: Sequence[Path]) -> bool:
        """Files dropped on the window, through the same processing; False if locked."""
        files = [Path(p) for p in paths]

        def process(vault: Vault, state: TaskState) -> ScanResult:
            return inbox_service.process(vault, files, "dropped", is_cancelled=state.is_cancelled)

        op = self.session.op(process, on_success=self.dropped.emit, on_failure=self.failed.emit,
                             owner=self)  # fmt: skip
        return op is not None
