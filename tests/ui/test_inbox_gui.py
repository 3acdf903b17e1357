"""The Inbox tab and the watched folder in the real window (pytest-qt, real vaults and
bundles): a bundle arriving in the folder is opened, one dropped on the window goes
through the same processing, a stranger's waits in quarantine, locking stops the
watching (docs/review.md §1)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from amanat.services import settings as settings_service
from amanat.storage.vault import Vault
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.review.inbox_panel import InboxPanel
from support.bundles import seal
from support.gui import PASSPHRASE, find
from support.gui_bundles import click, unlock_vault
from support.vaults import add_case, befriend, create_vault


def _hq_and_field(
    amanat_home: Path, tmp_path: Path, *, verified: bool = True
) -> tuple[Path, Vault]:
    """HQ's vault under the test home (locked), Field office's (open), contacts."""
    hq_path = amanat_home / "vaults" / "hq"
    hq, _ = create_vault(hq_path, "HQ", PASSPHRASE)
    field, _ = create_vault(tmp_path / "field", "Field office", PASSPHRASE)
    befriend(field, hq, verified=verified)
    if not verified:
        from amanat.services import contacts as contact_service

        contact_service.verify_contact(field, "HQ")  # only HQ has not verified Field
    hq.lock()
    return hq_path, field


def _bundle(field: Vault, folder: Path, title: str = "Case") -> Path:
    case_id = add_case(field, title=title)
    return seal(field, ["HQ"], folder, case_ids=[case_id])


def _inbox(qtbot, window) -> InboxPanel:
    ws = window.workspace
    ws.show_review()
    review = ws.review
    panel = review.tabs.widget(0)
    assert isinstance(panel, InboxPanel)
    assert review.tabs.tabText(0) == "Inbox"
    return panel


def test_a_bundle_in_the_watched_folder_is_opened_at_unlock_and_listed(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    hq_path, field = _hq_and_field(amanat_home, tmp_path)
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    _bundle(field, exchange)
    hq = Vault.unlock(hq_path, PASSPHRASE)
    settings_service.set(hq, settings_service.INBOX_FOLDER, str(exchange))
    hq.lock()
    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    assert ws.inbox.watching
    panel = _inbox(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=15000)
    row = panel.model.rows[0]
    assert row["sender"].strip("\u2068\u2069") == "Field office"
    assert row["state"] == "Verified"
    assert row["what"].startswith("Opened: ")
    assert "UTC" in row["created"]
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 1, timeout=10000)
    # A second bundle copied into the folder later is seen by the watcher.
    _bundle(field, exchange, title="Second")
    qtbot.waitUntil(lambda: len(panel.items) == 2, timeout=20000)
    assert all(item.outcome == "opened" for item in panel.items)
    # Locking stops the watching.
    watcher = ws.inbox
    window.session.lock()
    assert not shiboken6.isValid(watcher) or not watcher.watching


def _drop(qtbot, target, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_bundles_dropped_on_the_window_are_processed_and_shown(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    hq_path, field = _hq_and_field(amanat_home, tmp_path, verified=False)
    out = tmp_path / "out"
    out.mkdir()
    path = _bundle(field, out)
    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    # Something that is not a bundle is not taken.
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert _drop(qtbot, ws, [text]) == (False, False)
    assert _drop(qtbot, ws, [path]) == (True, True)
    qtbot.waitUntil(lambda: ws.sections.currentWidget() is ws._review, timeout=10000)
    panel = _inbox(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=15000)
    item = panel.items[0]
    assert item.outcome == "quarantined" and item.source == "dropped"
    assert panel.model.rows[0]["state"] == "Not verified"
    assert "quarantine" in panel.model.rows[0]["what"]
    assert "quarantine" in window.statusBar().currentMessage()
    # Dropped again: already waiting, nothing new.
    _drop(qtbot, ws, [path])
    qtbot.waitUntil(lambda: "nothing new" in window.statusBar().currentMessage(), timeout=10000)
    assert ws.cases.model.rowCount() == 0


def test_choose_folder_and_scan_now(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path, monkeypatch
) -> None:
    hq_path, field = _hq_and_field(amanat_home, tmp_path)
    exchange = tmp_path / "usb-stick"
    exchange.mkdir()
    data = _bundle(field, tmp_path / "b.age").read_bytes()
    (exchange / "cut.age").write_bytes(data[: len(data) // 2])  # still being copied
    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    assert not ws.inbox.watching
    panel = _inbox(qtbot, window)
    scan = find(panel, QPushButton, "inboxScanNow")
    assert not scan.isEnabled()  # no folder yet
    monkeypatch.setattr(FileDialogs, "choose_folder", classmethod(lambda cls, *a: exchange))
    click(qtbot, find(panel, QPushButton, "inboxChooseFolder"))
    assert window.session.setting(settings_service.INBOX_FOLDER) == str(exchange)
    assert str(exchange) in panel.folder_label.text()
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=15000)
    assert panel.items[0].outcome == "waiting"
    assert panel.model.rows[0]["what"].startswith("Waiting for the file to finish copying")
    (exchange / "cut.age").write_bytes(data)
    click(qtbot, scan)
    qtbot.waitUntil(lambda: panel.items and panel.items[0].outcome == "opened", timeout=15000)
    assert panel.notice.text().startswith("Inbox: 1 opened")


def test_a_missing_folder_is_said_once_and_picked_up_when_it_is_back(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    hq_path, field = _hq_and_field(amanat_home, tmp_path)
    stick = tmp_path / "usb-stick"  # not plugged in yet
    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    window.session.change_setting(settings_service.INBOX_FOLDER, str(stick))
    qtbot.waitUntil(
        lambda: "inbox folder does not exist" in window.statusBar().currentMessage(),
        timeout=10000,
    )
    window.statusBar().clearMessage()
    ws.inbox.scan_now()
    qtbot.waitUntil(lambda: window.session.worker.pending_count == 0, timeout=10000)
    assert window.statusBar().currentMessage() == ""  # not said again
    stick.mkdir()
    _bundle(field, stick)
    ws.inbox.scan_now()  # the periodic rescan
    panel = _inbox(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=15000)
    assert panel.items[0].outcome == "opened"
    assert str(stick) in ws.inbox.fs.directories()
