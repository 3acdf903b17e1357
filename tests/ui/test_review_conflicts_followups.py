"""The reviewer's conflicts and follow-ups in the app, through real widgets: the
Conflicts tab lists a record edited on both sides; the side-by-side dialog shows both
versions in words with what each side changed, takes fields from either side and
resolves; the Follow-ups tab lists a question from the reviewer and answers it; the
case view's Follow-ups tab asks one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import conflicts as conflict_service
from amanat.services import edits
from amanat.services import followups as followup_service
from amanat.storage import history
from amanat.storage.vault import Vault
from amanat.ui.review.conflict_dialog import ConflictDialog
from support.gui import PASSPHRASE, find, idle, type_into, unlock
from support.gui_bundles import click, on_worker, script_dialog
from support.vaults import add_case, befriend, create_vault


def plain(text: str) -> str:
    """Text without the isolation marks around values (ui.kit.messages.isolate)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def exchange(field: Vault, hq: Vault, folder: Path, case_id: str) -> None:
    for sender, receiver, to in ((field, hq, "HQ"), (hq, field, "Field office")):
        out = bundle_service.seal_bundle(sender, [to], folder, case_ids=[case_id]).path
        bundle_service.open_bundle(receiver, out)


def prepared(home_vault: Any, tmp_path: Path) -> tuple[Path, str, str, str]:
    """HQ (the window's vault) with a person edited on both sides and a follow-up from
    HQ that the field has answered."""
    path, _code = home_vault("HQ")
    hq = Vault.unlock(path, PASSPHRASE)
    field = create_vault(tmp_path / "field", "Field office", PASSPHRASE)[0]
    try:
        befriend(field, hq)
        case_id = add_case(field)
        out = bundle_service.seal_bundle(field, ["HQ"], tmp_path, case_ids=[case_id]).path
        bundle_service.open_bundle(hq, out)
        for vault, change in ((field, {"occupation": "teacher"}), (hq, {"notes": "Seen 2019"})):
            person = {**case_service.get_case(vault, case_id)["person"], **change}
            edits.update_person(vault, str(person["id"]), person, case_id=case_id)
        question = followup_service.ask(hq, case_id, "Which camp in Ghulja?").id
        exchange(field, hq, tmp_path, case_id)
        followup_service.answer(field, question, "Camp No. 3")
        followup_service.ask(hq, str(person["id"]), "Her date of birth?")
        exchange(field, hq, tmp_path, case_id)
        return path, case_id, str(person["id"]), question
    finally:
        hq.lock()
        field.lock()


def test_the_conflict_dialog_takes_fields_from_either_side_and_resolves(
    qtbot, home_vault, window_factory, tmp_path: Path, monkeypatch
) -> None:
    _path, case_id, person_id, _q = prepared(home_vault, tmp_path)
    window = window_factory()
    ws = unlock(qtbot, window)
    ws.show_review()
    panel = ws.review.panel("conflictsPanel")
    ws.review.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded, timeout=10000)
    [row] = panel.model.rows
    assert (row["record"], row["state"], row["who"]) == (
        "Person", "Edited on both sides", "Field office",
    )  # fmt: skip
    assert row["case"].startswith("Detention") and row["person"]

    seen: list[dict[str, Any]] = {}  # type: ignore[assignment]

    def play(dialog: ConflictDialog) -> bool:
        # Labels in words, and each side's change marked.
        assert set(dialog.differing) == {"occupation", "notes"}
        theirs = find(dialog, QRadioButton, "conflict_occupation_incoming")
        mine = find(dialog, QRadioButton, "conflict_notes_local")
        assert "teacher (changed)" in plain(theirs.text())
        assert "Seen 2019 (changed)" in plain(mine.text())
        assert theirs.isChecked() and mine.isChecked()  # each side's own change, by default
        preview = plain(find(dialog, QPlainTextEdit, "conflictPreview").toPlainText())
        assert "Occupation: teacher" in preview and "Notes: Seen 2019" in preview
        assert "occupation" not in preview
        click(qtbot, find(dialog, QPushButton, "keepAllTheirs"))
        assert find(dialog, QRadioButton, "conflict_notes_incoming").isChecked()
        assert "Notes: (empty)" in plain(
            find(dialog, QPlainTextEdit, "conflictPreview").toPlainText()
        )
        click(qtbot, find(dialog, QRadioButton, "conflict_notes_local"))
        seen["content"] = dialog.result_content()
        click(qtbot, find(dialog, QPushButton, "resolveConflict"))
        qtbot.waitUntil(lambda: dialog.resolved, timeout=10000)
        return dialog.resolved

    dialogs = script_dialog(qtbot, monkeypatch, ConflictDialog, play)
    click(qtbot, find(panel, QPushButton, "compareConflict"))
    qtbot.waitUntil(lambda: bool(dialogs) and dialogs[0].resolved, timeout=10000)
    qtbot.waitUntil(lambda: panel.model.rows == [], timeout=10000)
    idle(qtbot, window)
    assert (seen["content"]["occupation"], seen["content"]["notes"]) == ("teacher", "Seen 2019")
    person = on_worker(qtbot, window, lambda v: case_service.get_case(v, case_id)["person"])
    assert (person["occupation"], person["notes"]) == ("teacher", "Seen 2019")
    heads = on_worker(qtbot, window, lambda v: history.heads(v.connection(), person_id))
    assert len(heads) == 1
    assert on_worker(qtbot, window, conflict_service.list_conflicts) == []


def test_the_followups_tab_lists_and_answers_and_the_case_view_asks(
    qtbot, home_vault, window_factory, tmp_path: Path
) -> None:
    _path, case_id, person_id, question = prepared(home_vault, tmp_path)
    window = window_factory()
    ws = unlock(qtbot, window)
    ws.show_review()
    panel = ws.review.panel("followupsPanel")
    ws.review.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded, timeout=10000)
    rows = {r["text"]: r for r in panel.model.rows}
    assert rows["Which camp in Ghulja?"]["state_words"] == "Answered"
    assert rows["Which camp in Ghulja?"]["about"] == "The case"
    assert rows["Her date of birth?"]["state_words"] == "Open"
    assert rows["Her date of birth?"]["about"] == "The person"
    assert "1 open" in plain(panel.summary.text())
    answered = next(i for i, r in enumerate(panel.model.rows) if r["id"] == question)
    unseen = on_worker(qtbot, window, followup_service.answered_unseen_case_ids)
    assert unseen == [case_id]  # shown first, but not yet chosen by the reviewer
    panel.view.setCurrentIndex(panel.model.index(1 - answered, 0))
    panel.view.setCurrentIndex(panel.model.index(answered, 0))
    # Reading the answer marks it seen: the case leaves the queue's reason.
    qtbot.waitUntil(
        lambda: on_worker(qtbot, window, followup_service.answered_unseen_case_ids) == [],
        timeout=10000,
    )
    assert "Field office" in plain(panel.answers.text())
    assert "Camp No. 3" in plain(panel.answers.text())
    click(qtbot, panel.open_only)
    qtbot.waitUntil(lambda: len(panel.model.rows) == 1, timeout=10000)
    answer_box = find(panel, QPlainTextEdit, "followupAnswerText")
    assert not find(panel, QPushButton, "answerFollowup").isEnabled()
    type_into(qtbot, answer_box, "Born 1974, as corrected")
    panel.answer_kind.setCurrentIndex(panel.answer_kind.findData("correction"))
    click(qtbot, find(panel, QPushButton, "answerFollowup"))
    qtbot.waitUntil(lambda: panel.model.rows == [], timeout=10000)
    found = on_worker(qtbot, window, lambda v: followup_service.list_followups(v, open_only=True))
    assert found == []
    everything = on_worker(qtbot, window, followup_service.list_followups)
    [answer] = next(q for q in everything if q["target_kind"] == "person")["answers"]
    assert (answer["kind"], answer["record"], answer["text"]) == (
        "correction", person_id, "Born 1974, as corrected",
    )  # fmt: skip
    assert answer["rev"] is not None

    # An answer by a testimony of the case.
    on_worker(qtbot, window, lambda v: followup_service.ask(v, case_id, "Who saw her taken?"))
    qtbot.waitUntil(lambda: len(panel.model.rows) == 1, timeout=10000)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.answer_kind.setCurrentIndex(panel.answer_kind.findData("testimony"))
    testimonies = find(panel, QComboBox, "followupAnswerTestimony")
    qtbot.waitUntil(lambda: testimonies.count() == 1, timeout=10000)
    assert testimonies.isVisible()
    type_into(qtbot, answer_box, "Her sister, in the testimony recorded in May")
    click(qtbot, find(panel, QPushButton, "answerFollowup"))
    qtbot.waitUntil(lambda: panel.model.rows == [], timeout=10000)
    tid = on_worker(qtbot, window, lambda v: case_service.get_case(v, case_id)["testimonies"])
    everything = on_worker(qtbot, window, followup_service.list_followups)
    [by_testimony] = next(q for q in everything if q["text"] == "Who saw her taken?")["answers"]
    assert (by_testimony["kind"], by_testimony["record"]) == ("testimony", tid[0]["id"])

    # The case view's Follow-ups tab shows the case's questions and asks a new one.
    ws.show_section("cases")
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None, timeout=10000)
    tab = view.followups_tab
    view.tabs.setCurrentWidget(tab)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "&Follow-ups"
    qtbot.waitUntil(lambda: len(tab.model.rows) == 3, timeout=10000)
    choices = [plain(tab.target.itemText(i)) for i in range(tab.target.count())]
    assert choices[:2] == ["The case", "The person"] and "Testimony 1" in choices
    tab.target.setCurrentIndex(choices.index("Testimony 1"))
    type_into(qtbot, find(tab, QLineEdit, "followupQuestion"), "Who else was taken?")
    click(qtbot, find(tab, QPushButton, "askFollowup"))
    qtbot.waitUntil(lambda: tab.notice.isVisible(), timeout=10000)
    assert "Question saved" in tab.notice.accessibleName()
    qtbot.waitUntil(lambda: len(tab.model.rows) == 4, timeout=10000)
    asked = on_worker(qtbot, window, lambda v: followup_service.list_followups(v, case_id=case_id))
    assert asked[-1]["target_kind"] == "testimony" and asked[-1]["state"] == "open"
