"""The main flows through the real widgets: add a case, record a testimony (autosave,
lock, seal, correct), attach and view an image, search across scripts, auto-lock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTextEdit
from test_viewers import png_bytes

from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from amanat.ui.cases import testimony_editor as testimony
from amanat.ui.kit import dialogs
from amanat.ui.kit import file_dialogs as files
from amanat.ui.kit.viewers import ImageView
from support.gui import PASSPHRASE, add_case, idle, type_into, type_text, unlock, wait_page

NAME = "Ержан Бекболатұлы"


@pytest.fixture
def workspace(qtbot, home_vault, window_factory, monkeypatch):
    path, _code = home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 150)
    ws.vault_path = path
    return window, ws


def read_case(qtbot, window, case_id: str) -> dict:
    """Read through the app's own worker (the vault is open in this process)."""
    out: list[dict] = []
    window.session.op(lambda v, _s: case_service.get_case(v, case_id), on_success=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def start_testimony(qtbot, window, ws) -> testimony.TestimonyEditor:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    assert editor.narrative.isReadOnly()  # nothing can be typed before it can be saved
    speaker = editor.findChild(QComboBox, "speaker")
    speaker.setCurrentIndex(1)  # the person of concern
    language = editor.findChild(QComboBox, "language")
    language.setCurrentIndex(language.findData("kk"))
    assert not editor.narrative.isReadOnly()
    return editor


def test_add_a_case_and_see_it(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    case_id = add_case(
        qtbot, window, monkeypatch, name=NAME, other="Erzhan Bekbolatuly", hometown="Ghulja",
        event="detention", event_place="Ghulja camp No. 3",
    )  # fmt: skip
    view = ws.cases.case_view
    assert NAME in view.title.text()
    assert ws.cases.model.rowCount() == 1
    qtbot.waitUntil(lambda: ws.cases.model.data(ws.cases.model.index(0, 1)) == NAME)
    names = [view.person_tab.names.row(i)["text"] for i in range(view.person_tab.names.rowCount())]
    assert names == [NAME, "Erzhan Bekbolatuly"]
    assert view.events.rowCount() == 1
    assert "Ghulja camp No. 3" in view.events.data(view.events.index(0, 2))
    assert view.custody.rowCount() == 1 and view.custody.row(0)["action"] == "created"
    assert view.history.rowCount() >= 2
    # The window title never shows case content.
    assert window.windowTitle() == "Amanat"
    doc = read_case(qtbot, window, case_id)
    assert doc["person"]["names"][0]["script"] == "kk-Cyrl"


def test_testimony_autosaves_seals_and_corrects(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    case_id = add_case(qtbot, window, monkeypatch, name=NAME)
    editor = start_testimony(qtbot, window, ws)
    assert "Consent is missing" in editor.consent_notice.text()
    editor.narrative.setFocus()
    type_text(qtbot, editor.narrative, "Менің ағамды түнде алып кетті.")
    qtbot.waitUntil(lambda: editor.last_saved is not None, timeout=5000)
    idle(qtbot, window)
    doc = read_case(qtbot, window, case_id)
    [saved] = doc["testimonies"]
    assert saved["narrative"] == "Менің ағамды түнде алып кетті."
    assert saved["state"] == "draft"
    # More typing is saved again (an update of the same draft, not a new one).
    type_text(qtbot, editor.narrative, " 2018.")
    editor.findChild(type(editor.consent_boxes["informed"]), "consent_informed").setChecked(True)
    editor.consent_boxes["voluntary"].setChecked(True)
    assert "restricted" in editor.consent_notice.text()
    qtbot.waitUntil(lambda: not editor.dirty and not editor._saves_in_flight, timeout=5000)
    idle(qtbot, window)
    [saved] = read_case(qtbot, window, case_id)["testimonies"]
    assert saved["narrative"].endswith("2018.")
    assert saved["consent"]["informed"] and saved["consent"]["voluntary"]

    questions: list[str] = []

    def confirm(cls, parent, title, text, confirm, **kw):
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(confirm))
    qtbot.mouseClick(editor.findChild(QPushButton, "sealButton"), Qt.MouseButton.LeftButton)
    assert "cannot be edited" in questions[0] and "correction" in questions[0]
    qtbot.waitUntil(lambda: editor.sealed, timeout=10000)
    assert "signature is valid" in editor.seal_notice.text()
    assert editor.narrative.isReadOnly()
    assert not editor.findChild(QComboBox, "speaker").isEnabled()
    [sealed] = read_case(qtbot, window, case_id)["testimonies"]
    assert sealed["state"] == "sealed" and sealed["seal"]["signature"]

    view = ws.cases.case_view
    qtbot.mouseClick(editor.findChild(QPushButton, "correctButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor is not None and view.editor is not editor, timeout=10000)
    correction = view.editor
    qtbot.waitUntil(lambda: not correction._loading, timeout=10000)
    assert not correction.sealed
    assert correction.narrative.toPlainText().endswith("2018.")
    testimonies = read_case(qtbot, window, case_id)["testimonies"]
    assert len(testimonies) == 2
    assert testimonies[1]["supersedes"] == sealed["id"]


def test_lock_saves_the_draft_then_the_text_is_back(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 60_000)  # only the lock can save it
    case_id = add_case(qtbot, window, monkeypatch, name=NAME)
    editor = start_testimony(qtbot, window, ws)
    editor.narrative.setFocus()
    qtbot.keyClicks(editor.narrative, "Typed just before the lock.")
    assert editor.dirty and editor.last_saved is None
    vault = window.session.vault
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_page(qtbot, window, "unlockPage")
    qtbot.waitUntil(lambda: not vault.is_open, timeout=10000)
    reopened = Vault.unlock(ws.vault_path, PASSPHRASE)
    try:
        [saved] = case_service.get_case(reopened, case_id)["testimonies"]
    finally:
        reopened.lock()
    assert saved["narrative"] == "Typed just before the lock."


def test_attach_view_and_save_an_image(qtbot, workspace, monkeypatch, tmp_path: Path) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    picture = tmp_path / "scan of a court notice.png"
    picture.write_bytes(png_bytes(80, 60))
    monkeypatch.setattr(files.FileDialogs, "open_files", classmethod(lambda cls, p: [picture]))
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = ws.cases.case_view.attachments_tab
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.row(0)["original_name"] == picture.name
    assert panel.model.row(0)["media_type"] == "image/png"
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.findChild(QPushButton, "viewAttachment"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.viewer is not None, timeout=10000)
    assert isinstance(panel.viewer, ImageView)
    assert panel.viewer.is_valid and panel.viewer.image.width() == 80

    # Dropping a file adds it too.
    second = tmp_path / "second.png"
    second.write_bytes(png_bytes(10, 10))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)

    # Saving out is explicit (a warning first) and logged.
    warned: list[bool] = []
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    monkeypatch.setattr(
        dialogs.ConfirmDialog,
        "ask",
        classmethod(lambda cls, *a, **k: warned.append(k["danger"]) or True),
    )
    monkeypatch.setattr(files.FileDialogs, "save_file", classmethod(lambda cls, p, n: target))
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.findChild(QPushButton, "saveAttachment"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert warned == [True]
    assert target.read_bytes() == picture.read_bytes()
    idle(qtbot, window)
    view = ws.cases.case_view
    qtbot.waitUntil(
        lambda: any(
            view.custody.row(i)["action"] == "exported" for i in range(view.custody.rowCount())
        ),
        timeout=10000,
    )


def test_search_finds_a_name_across_scripts(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    case_id = add_case(qtbot, window, monkeypatch, name=NAME)
    add_case(qtbot, window, monkeypatch, name="李学良")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.search.hasFocus()
    panel = ws.search_panel
    for query in ("Erzhan", "Yerzhan Bekbolatuly", "ержан"):
        type_into(qtbot, ws.search, query)
        shown = f"match \u2068{query}\u2069"
        qtbot.waitUntil(lambda q=shown: panel.summary.text().endswith(q), timeout=10000)
        assert panel.cases.rowCount() > 0, query
        assert panel.cases.row(0)["id"] == case_id, query
        assert any("Ержан" in w for w in panel.cases.row(0)["why"])
    type_into(qtbot, ws.search, "李学良")
    qtbot.waitUntil(lambda: ws.search_panel.cases.rowCount() == 1, timeout=10000)
    # Enter in the results opens the case.
    qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    qtbot.keyClick(ws.search_panel.cases_view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: ws.cases.case_view.cd is not None and "李学良" in ws.cases.case_view.title.text()
    )


def test_autolock_then_unlock_finds_the_data(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    vault = window.session.vault
    window.session.set_autolock_ms_for_tests(300)
    wait_page(qtbot, window, "unlockPage", timeout=5000)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=5000)
    assert window.findChild(QTextEdit, "narrative") is None
    ws = unlock(qtbot, window)
    assert ws.cases.model.rowCount() == 1
    qtbot.waitUntil(lambda: ws.cases.model.data(ws.cases.model.index(0, 1)) == NAME, timeout=5000)


def test_filters_narrow_the_list_in_sql(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME, hometown="Ghulja", event="detention",
             event_place="Ghulja camp No. 3")  # fmt: skip
    add_case(qtbot, window, monkeypatch, name="Айгүл Серікқызы", hometown="Tekes")
    model = ws.cases.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_loading)
    hometown = ws.cases.filters.findChild(QComboBox, "filterHometown")
    qtbot.waitUntil(lambda: hometown.findText("Tekes", Qt.MatchFlag.MatchContains) >= 0)
    with qtbot.waitSignal(model.loaded):
        hometown.setCurrentIndex(hometown.findText("Tekes", Qt.MatchFlag.MatchContains))
    assert model.rowCount() == 1
    hometown.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_loading)
    date_from = ws.cases.filters.findChild(QLineEdit, "filterDateFrom")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        type_into(qtbot, date_from, "2018")
    assert model.rowCount() == 1  # only the case with an event in or after 2018
    status = ws.cases.filters.findChild(QComboBox, "filterStatus")
    with qtbot.waitSignal(model.loaded):
        status.setCurrentIndex(status.findData("closed"))
    assert model.rowCount() == 0


def test_big_file_shows_progress_and_can_be_cancelled(
    qtbot, workspace, monkeypatch, tmp_path
) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    big = tmp_path / "interview.mp4"
    with open(big, "wb") as out:
        for _ in range(96):
            out.write(os.urandom(1 << 20))
    panel = ws.cases.case_view.attachments_tab
    ws.cases.case_view.tabs.setCurrentWidget(panel)
    fractions: list[float] = []
    cancel = panel.findChild(QPushButton, "cancelAttach")

    def progressed(fraction: float) -> None:
        # The person presses Cancel as soon as the bar moves.
        if not fractions:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        fractions.append(fraction)

    monkeypatch.setattr(panel.progress, "set_fraction", progressed)
    panel.attach([big])
    assert cancel.isVisible()
    qtbot.waitUntil(lambda: not panel.work.running, timeout=20000)
    assert "Cancelled" in panel.notice.text()
    assert 0 < fractions[0] < 1
    idle(qtbot, window)
    assert panel.model.rowCount() == 0
    # Nothing of the cancelled file is left in the vault's blob folder.
    assert list((ws.vault_path / "blobs").iterdir()) == []
    # Done again without cancelling, the progress runs to the end.
    monkeypatch.setattr(panel.progress, "set_fraction", fractions.append)
    fractions.clear()
    panel.attach([big])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20000)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_consent_withdrawn_after_sealing(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    case_id = add_case(qtbot, window, monkeypatch, name=NAME)
    editor = start_testimony(qtbot, window, ws)
    editor.consent_boxes["informed"].setChecked(True)
    editor.consent_boxes["voluntary"].setChecked(True)
    type_text(qtbot, editor.narrative, "Text.")
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    qtbot.mouseClick(editor.findChild(QPushButton, "sealButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.sealed, timeout=10000)
    button = editor.findChild(QPushButton, "withdrawConsent")
    assert button.isVisible()
    monkeypatch.setattr(
        dialogs.WithdrawConsentDialog,
        "ask",
        classmethod(lambda cls, parent, today: ("2024-05-17", ["public", "legal"], None)),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.withdrawn, timeout=10000)
    assert "withdrawn" in editor.consent_notice.text()
    [t] = read_case(qtbot, window, case_id)["testimonies"]
    assert t["state"] == "sealed"
    assert [(w["date"], sorted(w["scope"])) for w in t["withdrawals"]] == [
        ("2024-05-17", ["legal", "public"])
    ]
