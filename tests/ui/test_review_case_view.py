"""The case view's Review tab and the notes in threads, driven through the real widgets
(docs/review.md §2, §3): review state and assignee with history, two grades of a
testimony both kept (newest first, by "you"), a note answered in a thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from amanat.services import bundles as bundle_service
from amanat.services import reviews as review_service
from amanat.storage.vault import Vault
from amanat.ui.cases.review_tab import GradeDialog
from support.gui import PASSPHRASE, type_into, unlock
from support.gui_bundles import script_dialog
from support.vaults import add_case, befriend, create_vault


def received_case(home_vault, tmp_path: Path) -> tuple[Path, str]:
    path, _code = home_vault("HQ")
    hq = Vault.unlock(path, PASSPHRASE)
    field = create_vault(tmp_path / "field", "Field office", PASSPHRASE)[0]
    try:
        befriend(field, hq)
        case_id = add_case(field, title="Detention of Erzhan")
        out = bundle_service.seal_bundle(field, ["HQ"], tmp_path, all_cases=True).path
        bundle_service.open_bundle(hq, out)
    finally:
        hq.lock()
        field.lock()
    return path, case_id


def text(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
    return str(value or "").replace("\u2068", "").replace("\u2069", "")


def open_case(qtbot, window, case_id: str):  # type: ignore[no-untyped-def]
    ws = unlock(qtbot, window)
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.case_id == case_id, timeout=10000)
    return view


def grade(source: str, info: int, reason: str):  # type: ignore[no-untyped-def]
    def play(dialog: GradeDialog):  # type: ignore[no-untyped-def]
        words = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Judge the two apart" in words and "never replaces an older one" in words
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        dialog.info.setCurrentIndex(dialog.info.findData(info))
        dialog.reason.setPlainText(reason)
        return dialog.values()

    return play


def test_review_state_grades_and_a_thread(
    qtbot, home_vault, window_factory, tmp_path: Path, monkeypatch
) -> None:
    path, case_id = received_case(home_vault, tmp_path)
    window = window_factory()
    view = open_case(qtbot, window, case_id)
    tab = view.review_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.state.currentData() == "unreviewed"
    qtbot.waitUntil(lambda: tab.claims.rowCount() == 2)  # one testimony, one event
    assert text(tab.claims, 0, 0).startswith("Testimony of") and text(tab.claims, 0, 2) == "—"
    # The review state and assignee, saved, with their history.
    tab.state.setCurrentIndex(tab.state.findData("under_review"))
    type_into(qtbot, tab.assignee, "Aigul")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.history.rowCount() == 1, timeout=10000)
    assert text(tab.history, 0, 1) == "you"
    assert text(tab.history, 0, 2) == "Not reviewed → Under review; assigned to Aigul"
    assert view.cd.doc["status"] == "open"  # the field's status is untouched
    # Two grades of the testimony: both kept, the latest is current.
    tab.claims_view.setCurrentIndex(tab.claims.index(0, 0))
    seen = script_dialog(qtbot, monkeypatch, GradeDialog, grade("B", 2, "Named the camp."))
    qtbot.mouseClick(tab.grade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grade_history.rowCount() == 1, timeout=10000)
    script_dialog(qtbot, monkeypatch, GradeDialog, grade("C", 3, "Dates differ."))
    qtbot.mouseClick(tab.grade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grade_history.rowCount() == 2, timeout=10000)
    assert text(tab.grade_history, 0, 1) == "C3 (fairly reliable; possibly true)"
    assert text(tab.grade_history, 1, 1) == "B2 (usually reliable; probably true)"
    assert text(tab.grade_history, 0, 2) == "you" and text(tab.grade_history, 0, 3) == (
        "Dates differ."
    )
    assert text(tab.claims, 0, 2).startswith("C3") and text(tab.claims, 0, 1) == "2"
    dialog = seen[0]
    assert dialog.source.count() == 6 and dialog.info.count() == 6
    assert dialog.info.itemText(0).replace("\u2068", "").replace("\u2069", "") == (
        "1: confirmed by other sources"
    )
    # A note, then an answer to it: a thread.
    notes = view.notes_tab
    view.tabs.setCurrentWidget(notes)
    type_into(qtbot, notes.text, "Which camp in Ghulja?")
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    notes.view.setCurrentIndex(notes.model.index(0, 0))
    type_into(qtbot, notes.text, "Camp No. 3, says the sister.")
    qtbot.mouseClick(notes.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 2, timeout=10000)
    assert text(notes.model, 0, 0) == "Which camp in Ghulja?"
    assert text(notes.model, 1, 0) == "↳ Camp No. 3, says the sister."
    assert text(notes.model, 1, 2) == "you"
    testimony = view.cd.doc["testimonies"][0]["id"]
    window.session.shutdown()
    hq = Vault.unlock(path, PASSPHRASE)
    try:
        [thread] = review_service.notes_of(hq, case_id)
        assert len(thread["replies"]) == 1
        assert [g["code"] for g in review_service.grade_history(hq, testimony)["grades"]] == [
            "C3",
            "B2",
        ]
    finally:
        hq.lock()
