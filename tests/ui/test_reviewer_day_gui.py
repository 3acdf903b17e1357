"""The issue's round trip through the real widgets of the reviewer's window (pytest-qt):
the field (a second real vault, driven through its services) seals a case into the
reviewer's watched folder; the Inbox tab shows it opened and the queue lists the case;
both edit the same person; the next bundle makes a conflict, which the reviewer
resolves in the side-by-side dialog; the reviewer grades a testimony twice (both kept)
and asks a follow-up in the case view; the field receives it and answers; the answer
comes back through the folder and the question is answered in the Follow-ups tab; a
second copy of a bundle in the folder changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import conflicts as conflict_service
from amanat.services import edits
from amanat.services import followups as followup_service
from amanat.services import reviews as review_service
from amanat.services import settings as settings_service
from amanat.storage.vault import Vault
from amanat.ui.cases.review_tab import GradeDialog
from amanat.ui.review.conflict_dialog import ConflictDialog
from support.gui import PASSPHRASE, find, type_into
from support.gui_bundles import click, on_worker, script_dialog, unlock_vault
from support.vaults import add_case, befriend, create_vault, vault_digest


def plain(text: str) -> str:
    return str(text or "").replace("\u2068", "").replace("\u2069", "")


def deliver(field: Vault, case_id: str, folder: Path, out: Path) -> Path:
    """The field seals the case for HQ; a sync tool copies it into HQ's folder."""
    sealed = bundle_service.seal_bundle(field, ["HQ"], out, case_ids=[case_id]).path
    return Path(shutil.copy(sealed, folder / Path(sealed).name))


def grade(source: str, info: int, reason: str):  # type: ignore[no-untyped-def]
    def play(dialog: GradeDialog):  # type: ignore[no-untyped-def]
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        dialog.info.setCurrentIndex(dialog.info.findData(info))
        dialog.reason.setPlainText(reason)
        return dialog.values()

    return play


def test_a_reviewers_day_in_the_app(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path, monkeypatch
) -> None:
    hq_path = amanat_home / "vaults" / "hq"
    hq, _ = create_vault(hq_path, "HQ", PASSPHRASE)
    field, _ = create_vault(tmp_path / "field", "Field office", PASSPHRASE)
    befriend(field, hq)
    exchange, out = tmp_path / "exchange", tmp_path / "out"
    exchange.mkdir()
    out.mkdir()
    settings_service.set(hq, settings_service.INBOX_FOLDER, str(exchange))
    hq.lock()
    case_id = add_case(field, title="Detention of Erzhan")
    deliver(field, case_id, exchange, out)

    window = window_factory()
    ws = unlock_vault(qtbot, window, hq_path)
    ws.show_review()
    inbox = ws.review.panel("inboxPanel")
    ws.review.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: len(inbox.items) == 1, timeout=20000)
    assert plain(inbox.model.rows[0]["sender"]) == "Field office"
    assert inbox.model.rows[0]["what"].startswith("Opened: ")
    queue = ws.review.panel("queuePanel")
    ws.review.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: queue.model.row_data(0) is not None, timeout=10000)
    row = queue.model.row_data(0)
    assert row is not None and row["id"] == case_id
    assert plain(row["title"]) == "Detention of Erzhan"
    assert plain(row["reasons"]) == "Received, not reviewed yet"

    # Both edit the same person; the field's edit comes in through the folder.
    person = case_service.get_case(field, case_id)["person"]
    edits.update_person(field, str(person["id"]), {**person, "occupation": "teacher"},
                        case_id=case_id)  # fmt: skip
    on_worker(
        qtbot, window,
        lambda v: edits.update_person(v, str(person["id"]), {**person, "notes": "Seen 2019"},
                                      case_id=case_id),
    )  # fmt: skip
    deliver(field, case_id, exchange, out)
    qtbot.waitUntil(lambda: len(inbox.items) == 2, timeout=20000)
    conflicts = ws.review.panel("conflictsPanel")
    ws.review.tabs.setCurrentWidget(conflicts)
    qtbot.waitUntil(lambda: conflicts.loaded and len(conflicts.model.rows) == 1, timeout=10000)
    assert conflicts.model.rows[0]["state"] == "Edited on both sides"

    def resolve(dialog: ConflictDialog) -> bool:
        assert set(dialog.differing) == {"occupation", "notes"}
        click(qtbot, find(dialog, QPushButton, "resolveConflict"))  # each side's own change
        qtbot.waitUntil(lambda: dialog.resolved, timeout=10000)
        return dialog.resolved

    script_dialog(qtbot, monkeypatch, ConflictDialog, resolve)
    click(qtbot, find(conflicts, QPushButton, "compareConflict"))
    qtbot.waitUntil(lambda: conflicts.model.rows == [], timeout=10000)
    assert on_worker(qtbot, window, conflict_service.list_conflicts) == []
    both = on_worker(qtbot, window, lambda v: case_service.get_case(v, case_id)["person"])
    assert (both["occupation"], both["notes"]) == ("teacher", "Seen 2019")

    # Two grades of the testimony in the case view's Review tab: both kept.
    ws.open_case(case_id)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.case_id == case_id, timeout=10000)
    tab = view.review_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.claims.rowCount() > 0, timeout=10000)
    testimony = next(
        i for i in range(tab.claims.rowCount())
        if plain(tab.claims.data(tab.claims.index(i, 0))).startswith("Testimony")
    )  # fmt: skip
    tab.claims_view.setCurrentIndex(tab.claims.index(testimony, 0))
    testimony_id = str(tab.claims.rows[testimony]["id"])
    for n, (source, info, reason) in enumerate(
        (("C", 3, "One witness so far."), ("B", 2, "The sister names the same camp.")), 1
    ):
        script_dialog(qtbot, monkeypatch, GradeDialog, grade(source, info, reason))
        qtbot.mouseClick(tab.grade_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=n: tab.grade_history.rowCount() == n, timeout=10000)
    newest = plain(tab.grade_history.data(tab.grade_history.index(0, 1)))
    oldest = plain(tab.grade_history.data(tab.grade_history.index(1, 1)))
    assert newest.startswith("B2") and oldest.startswith("C3")

    # A follow-up asked in the case view travels to the field, which answers.
    asks = view.followups_tab
    view.tabs.setCurrentWidget(asks)
    type_into(qtbot, find(asks, QLineEdit, "followupQuestion"), "Which camp in Ghulja?")
    click(qtbot, find(asks, QPushButton, "askFollowup"))
    qtbot.waitUntil(lambda: len(asks.model.rows) == 1, timeout=10000)
    sealed = on_worker(
        qtbot, window,
        lambda v: bundle_service.seal_bundle(v, ["Field office"], out, case_ids=[case_id]).path,
    )  # fmt: skip
    bundle_service.open_bundle(field, sealed)
    [question] = followup_service.list_followups(field, open_only=True)
    assert question["text"] == "Which camp in Ghulja?"
    followup_service.answer(field, question["id"], "Camp No. 3, east of the city")
    assert len(followup_service.list_followups(field, open_only=True)) == 0
    back = deliver(field, case_id, exchange, out)
    qtbot.waitUntil(lambda: len(inbox.items) == 3, timeout=20000)

    # The answer is in: the queue says so, and the question is answered in the
    # Follow-ups tab; looking at it there takes the reason away.
    ws.show_review()
    ws.review.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(
        lambda: "Follow-up answered" in plain((queue.model.row_data(0) or {}).get("reasons")),
        timeout=10000,
    )
    followups = ws.review.panel("followupsPanel")
    ws.review.tabs.setCurrentWidget(followups)
    qtbot.waitUntil(lambda: followups.loaded and len(followups.model.rows) == 1, timeout=10000)
    assert followups.model.rows[0]["state_words"] == "Answered"
    assert "Camp No. 3" in plain(followups.answers.text())  # chosen as the list loads
    # Shown, but not yet read: the reviewer clicks the question (already chosen).
    assert on_worker(qtbot, window, followup_service.answered_unseen_case_ids) == [case_id]
    rect = followups.view.visualRect(followups.model.index(0, 0))
    qtbot.mouseClick(followups.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: on_worker(qtbot, window, followup_service.answered_unseen_case_ids) == [],
        timeout=10000,
    )
    ws.review.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(
        lambda: "Follow-up answered" not in plain((queue.model.row_data(0) or {}).get("reasons")),
        timeout=10000,
    )
    # The field received both grades with the case: nothing was overwritten there.
    assert len(review_service.grade_history(field, testimony_id)["grades"]) == 2

    # A second copy of the last bundle in the folder changes nothing.
    before = on_worker(qtbot, window, lambda v: vault_digest(v, exclude=("inbox_file",)))
    shutil.copy(back, exchange / f"copy-{back.name}")
    qtbot.waitUntil(lambda: len(inbox.items) == 4, timeout=20000)
    copy: Any = next(i for i in inbox.items if i.name.startswith("copy-"))
    assert copy.outcome == "already_received"
    after = on_worker(qtbot, window, lambda v: vault_digest(v, exclude=("inbox_file",)))
    assert after == before
    field.lock()
