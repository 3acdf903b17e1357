"""A whole GUI session with marked case content; afterwards no marker is on disk.

Searched: the vault folder, the temp folder, config (QSettings, QtProject.conf), cache,
data and runtime folders, plus any file changed during the test under the system temp
folder and the real home's config and cache folders; in UTF-8 and UTF-16.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_vault_screens import create_through_welcome

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.ui.cases import testimony_editor as testimony
from amanat.ui.kit import dialogs
from amanat.ui.kit import file_dialogs as files
from support.gui import add_case, idle, type_text, unlock, wait_page
from support.gui_bundles import (
    activate,
    add_contact_from_file,
    export_card,
    open_in,
    seal_from,
    show_contacts,
    verify_contact,
)
from support.vaults import create_vault

MARKERS = ["CANARYQZX7", "КАНАРЕЙКАЖЫ", "ئاگاھلاندۇرۇش", "金丝雀标记"]


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def files_to_scan(roots: list[Path], since: float | None, skip: Path) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink() or skip in path.parents:
                    continue
                stat = path.stat()
            except OSError:
                continue
            if since is not None and stat.st_mtime < since:
                continue
            if stat.st_size <= 64 * 1024 * 1024:
                found.append(path)
    return found


def test_no_marker_reaches_the_disk(
    qtbot, window, amanat_home, scratch_root, tmp_path, monkeypatch
):
    started = time.time() - 1
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 150)
    titles: set[str] = set()
    window.windowTitleChanged.connect(titles.add)

    create_through_welcome(qtbot, window, name="Field team")
    ws = window.workspace
    qtbot.waitUntil(lambda: not ws.cases.model.is_loading)
    name = f"Ержан {MARKERS[1]} {MARKERS[0]}"
    case_id = add_case(
        qtbot, window, monkeypatch, name=name, other=MARKERS[2], hometown=f"Ghulja {MARKERS[0]}",
        event="detention", event_place=f"Camp {MARKERS[3]}",
    )  # fmt: skip
    assert case_id

    # A testimony, autosaved, then sealed.
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    editor.speaker.setCurrentIndex(1)
    editor.language.setCurrentIndex(editor.language.findData("kk"))
    editor.narrative.setFocus()
    type_text(qtbot, editor.narrative, " ".join(MARKERS) + " narrative")
    qtbot.waitUntil(lambda: editor.last_saved is not None, timeout=5000)
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    qtbot.mouseClick(editor.findChild(QPushButton, "sealButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.sealed, timeout=10000)
    view.close_editor()

    # An attachment whose content carries a marker, viewed in the app.
    source_dir = tmp_path / "outside-source"
    source_dir.mkdir()
    source = source_dir / "notes.txt"
    source.write_text(" ".join(MARKERS) + " attachment body", encoding="utf-8")
    monkeypatch.setattr(files.FileDialogs, "open_files", classmethod(lambda cls, p: [source]))
    view.tabs.setCurrentWidget(view.attachments_tab)
    view.attachments_tab.choose_files()
    panel = view.attachments_tab
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.view.selectRow(0)
    panel.show_selected()
    qtbot.waitUntil(lambda: panel.viewer is not None, timeout=10000)
    assert MARKERS[0] in panel.viewer.toPlainText()

    # A note, a search, the people section.
    notes = view.notes_tab
    notes.text.setPlainText(f"Note {MARKERS[0]}")
    notes.add_note()
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    ws.search.setText(MARKERS[0])
    qtbot.waitUntil(lambda: ws.search_panel.cases.rowCount() == 1, timeout=10000)
    ws.search.clear()
    ws.show_section("people")
    ws.people.name.setText("Erzhan")
    ws.people.find_person()
    idle(qtbot, window)

    # Sealed bundles: cards exchanged with an HQ vault, the marked case sealed to HQ,
    # and a bundle from HQ (a case with marked content) inspected and opened.
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    hq, _code = create_vault(amanat_home / "vaults" / "hq", "HQ", "hq passphrase for the canary")
    field_card = export_card(qtbot, window, monkeypatch, exchange / "field.card")
    contact_service.add_contact(hq, contact_service.read_card_file(field_card), verified=True)
    hq_card = contact_service.export_card(hq, exchange / "hq.card")
    add_contact_from_file(qtbot, window, monkeypatch, hq_card)
    verify_contact(qtbot, window, monkeypatch, "HQ")
    activate(qtbot, window)
    ws.show_section("cases")
    sealed = seal_from(qtbot, window, monkeypatch, to=["HQ"], destination=exchange / "a.age")
    assert sealed.sealed is not None, sealed.notice.text()
    assert bundle_service.open_bundle(hq, sealed.sealed.path).cases == [case_id]
    doc = {
        "title": f"From HQ {MARKERS[0]} {MARKERS[3]}",
        "summary": " ".join(MARKERS),
        "person": {"names": [{"text": f"Ержан {MARKERS[1]}"}, {"text": MARKERS[2]}]},
    }
    hq_case = case_service.add_case(hq, doc).id
    back = bundle_service.seal_bundle(hq, ["Field team"], exchange, case_ids=[hq_case, case_id])
    hq.lock()
    opened = open_in(qtbot, window, monkeypatch, back.path)
    assert opened.outcome.result is not None, opened.notice.text()
    assert MARKERS[0] in opened.fields["cases"].text()  # shown, in memory only
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 2, timeout=10000)
    show_contacts(qtbot, window, "quarantine")
    show_contacts(qtbot, window, "identity")
    idle(qtbot, window)

    # Lock, unlock, close the app.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, "unlockPage")
    idle(qtbot, window)
    unlock(qtbot, window)
    window.close()
    idle(qtbot, window)

    for title in titles | {window.windowTitle()}:
        assert not any(m in title for m in MARKERS), title

    assert (amanat_home / "vaults").is_dir()
    assert (scratch_root / "config" / "Amanat" / "Amanat.ini").is_file()  # geometry only
    scanned = files_to_scan([amanat_home, scratch_root], None, skip=source_dir)
    home = Path(os.path.expanduser("~"))
    scanned += files_to_scan(
        [Path("/tmp"), home / ".config", home / ".cache", home / ".local" / "share"],
        started,
        skip=source_dir,
    )
    assert len(scanned) > 3
    leaks = []
    for path in scanned:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            # Gone since it was listed: an earlier test's vault closing late (its -shm
            # goes when its worker's connection closes) or another program's temporary
            # file. This test's own files are all in place by now; the name is checked.
            assert amanat_home not in path.parents, path
            data = b""
        for marker in MARKERS:
            if marker in str(path) or any(e in data for e in encodings(marker)):
                leaks.append((str(path), marker))
    assert leaks == []
