"""The review queue panel (docs/review.md §2), driven through the real widgets: cases
received from the field come first with the reason in words, the filters query the
vault, Enter and double-click open the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from amanat.services import bundles as bundle_service
from amanat.services import reviews as review_service
from amanat.storage.vault import Vault
from support.gui import PASSPHRASE, unlock
from support.vaults import add_case, befriend, create_vault


def prepared_hq(home_vault, tmp_path: Path) -> tuple[str, str, str]:
    """HQ received two cases from the field and wrote one itself; one is assigned to
    HQ. Returns (received, assigned, own) case ids."""
    path, _code = home_vault("HQ")
    hq = Vault.unlock(path, PASSPHRASE)
    field = create_vault(tmp_path / "field", "Field office", PASSPHRASE)[0]
    try:
        befriend(field, hq)
        received = add_case(field, title="Detention of Erzhan")
        assigned = add_case(field, title="Disappearance of Gulnar")
        out = bundle_service.seal_bundle(field, ["HQ"], tmp_path, all_cases=True).path
        bundle_service.open_bundle(hq, out)
        own = add_case(hq, title="Written at HQ")
        review_service.set_review(hq, assigned, state="under_review", assignee="HQ")
    finally:
        hq.lock()
        field.lock()
    return received, assigned, own


def open_queue(qtbot, window):  # type: ignore[no-untyped-def]
    ws = unlock(qtbot, window)
    ws.show_review()
    panel = ws.review.panel("queuePanel")
    assert ws.review.tabs.tabText(ws.review.tabs.indexOf(panel)) == "Queue"
    ws.review.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.model.is_loading and panel.model.rowCount() == 3)
    return ws, panel


def cell(panel, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    index = panel.model.index(row, column)
    return str(panel.model.data(index, Qt.ItemDataRole.DisplayRole) or "")


def test_the_queue_orders_explains_and_filters(
    qtbot, home_vault, window_factory, tmp_path: Path
) -> None:
    received, assigned, own = prepared_hq(home_vault, tmp_path)
    window = window_factory()
    ws, panel = open_queue(qtbot, window)
    assert panel.model.ids == [received, assigned, own]
    qtbot.waitUntil(lambda: cell(panel, 0, 0) != "")
    assert cell(panel, 0, 0) == "Detention of Erzhan"
    assert cell(panel, 0, 2) == "Not reviewed" and cell(panel, 0, 4) == "Received, not reviewed yet"
    assert cell(panel, 1, 2) == "Under review" and cell(panel, 1, 3) == "HQ"
    assert cell(panel, 1, 4) == "Assigned to you" and cell(panel, 2, 4) == ""
    assert cell(panel, 0, 1)  # the person of concern's name
    assert "3 case(s)" in panel.count_label.text().replace("\u2068", "").replace("\u2069", "")
    # Filters: by state, by assignee ("me"), by reason.
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("under_review"))
    qtbot.waitUntil(lambda: panel.model.ids == [assigned])
    panel.state_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.assignee_filter.findData("HQ") >= 0)
    panel.assignee_filter.setCurrentIndex(panel.assignee_filter.findData("__me__"))
    qtbot.waitUntil(lambda: panel.model.ids == [assigned])
    panel.assignee_filter.setCurrentIndex(0)
    panel.reason_filter.setCurrentIndex(panel.reason_filter.findData("new"))
    qtbot.waitUntil(lambda: panel.model.ids == [received])
    panel.reason_filter.setCurrentIndex(panel.reason_filter.findData("__attention__"))
    qtbot.waitUntil(lambda: panel.model.ids == [received, assigned])
    # Enter opens the case in the case view.
    opened: list[str] = []
    panel.open_case.connect(opened.append)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [received]
    qtbot.waitUntil(lambda: ws.cases.case_view.case_id == received, timeout=10000)


def test_setting_a_review_elsewhere_refreshes_the_queue(
    qtbot, home_vault, window_factory, tmp_path: Path
) -> None:
    received, assigned, own = prepared_hq(home_vault, tmp_path)
    window = window_factory()
    _ws, panel = open_queue(qtbot, window)
    window.session.op(
        lambda vault, _s: review_service.set_review(vault, received, state="verified")
    )
    # No reason left: after the case assigned to HQ, before the older quiet one.
    qtbot.waitUntil(lambda: panel.model.ids == [assigned, received, own], timeout=10000)
    qtbot.waitUntil(lambda: cell(panel, 1, 2) == "Verified")
    assert cell(panel, 1, 4) == ""
