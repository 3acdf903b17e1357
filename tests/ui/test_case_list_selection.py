"""The case list holds ids: a selection of rows that were never loaded can be sealed,
the selection survives a refresh, and a case's row is found by its id.

Real vaults on disk (a field vault with a few hundred demo cases, an HQ vault that
opens what was sealed), the real window, clicks and keys on the real table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.services import demo as demo_service
from amanat.storage.vault import Vault
from amanat.ui.exchange.bundle_dialogs import SealDialog
from support.gui import PASSPHRASE, idle
from support.gui_bundles import activate, script_dialog, seal_script, unlock_vault

CASES = 450  # more than two pages of 200: the middle page is never scrolled through


@pytest.fixture
def field(qtbot, home_vault, window_factory, tmp_path):
    """A field vault with CASES demo cases and HQ as a verified contact, open in a window;
    returns (window, path of the HQ vault)."""
    field_path, _ = home_vault("Field team")
    hq_path, _ = home_vault("HQ Berlin")
    field_vault = Vault.unlock(field_path, PASSPHRASE)
    hq_vault = Vault.unlock(hq_path, PASSPHRASE)
    try:
        demo_service.generate_demo(field_vault, CASES, with_attachments=False)
        contact_service.add_contact(field_vault, contact_service.own_card(hq_vault), verified=True)
        contact_service.add_contact(hq_vault, contact_service.own_card(field_vault), verified=True)
    finally:
        field_vault.lock()
        hq_vault.lock()
    window = window_factory()
    unlock_vault(qtbot, window, field_path)
    idle(qtbot, window)
    return window, hq_path


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, modifier, table.visualRect(index).center()
    )


def loaded(model, row: int) -> bool:
    return model.row_data(row, request=False) is not None


def sealed_into_hq(qtbot, window, monkeypatch, hq_path: Path, bundle: Path) -> SealDialog:
    seen = script_dialog(
        qtbot, monkeypatch, SealDialog,
        seal_script(qtbot, monkeypatch=monkeypatch, to=["HQ Berlin"], destination=bundle),
    )  # fmt: skip
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    return seen[0]


def cases_in_bundle(hq_path: Path, bundle: Path) -> set[str]:
    """Open the bundle in the HQ vault (the receiver's checks run) and list its cases."""
    hq = Vault.unlock(hq_path, PASSPHRASE)
    try:
        bundle_service.open_bundle(hq, bundle)
        return set(case_service.ordered_case_ids(hq))
    finally:
        hq.lock()


def test_a_shift_click_selection_beyond_the_loaded_rows_is_sealed_whole(
    qtbot, field, monkeypatch, tmp_path
) -> None:
    window, hq_path = field
    section = window.workspace.cases
    table, model = section.table, section.model
    assert model.rowCount() == CASES
    click_row(qtbot, table, 1)
    click_row(qtbot, table, CASES - 2, Qt.KeyboardModifier.ShiftModifier)
    # Rows in the middle were never shown, so never loaded: their ids are known anyway.
    assert not loaded(model, 300)
    chosen = section.selected_ids()
    assert chosen == list(model.ids[1 : CASES - 1])
    bundle = tmp_path / "chosen.age"
    dialog = sealed_into_hq(qtbot, window, monkeypatch, hq_path, bundle)
    assert dialog.sealed is not None, dialog.notice.text()
    assert sorted(dialog.sealed.cases) == sorted(chosen)
    # The dialog names the first cases by title, even where their rows were not loaded.
    assert dialog.cases_label.text().startswith(f"{CASES - 2} cases: ")
    assert "(untitled)" not in dialog.cases_label.text()
    assert cases_in_bundle(hq_path, bundle) == set(chosen)


def test_select_all_seals_every_case_of_the_list(qtbot, field, monkeypatch, tmp_path) -> None:
    window, hq_path = field
    section = window.workspace.cases
    table, model = section.table, section.model
    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert not loaded(model, 300)
    assert len(section.selected_ids()) == CASES
    bundle = tmp_path / "all.age"
    dialog = sealed_into_hq(qtbot, window, monkeypatch, hq_path, bundle)
    assert dialog.sealed is not None, dialog.notice.text()
    assert len(dialog.sealed.cases) == CASES
    assert len(cases_in_bundle(hq_path, bundle)) == CASES


def test_the_selection_survives_a_refresh_and_a_new_order(qtbot, field) -> None:
    window, _hq = field
    section = window.workspace.cases
    table, model = section.table, section.model
    click_row(qtbot, table, 3)
    click_row(qtbot, table, 5, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, table, 420, Qt.KeyboardModifier.ControlModifier)
    chosen = section.selected_ids()
    current = model.row_id(table.currentIndex().row())
    assert len(chosen) == 3 and current == model.ids[420]

    with qtbot.waitSignal(model.loaded, timeout=10000):
        section.refresh()
    assert section.selected_ids() == chosen
    assert model.row_id(table.currentIndex().row()) == current

    # The other order (oldest first) moves every row; the same cases stay chosen.
    header = table.horizontalHeader()
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(6) + 10, header.height() // 2),
        )
    assert (model.query.sort, model.query.descending) == ("updated", False)
    assert section.selected_ids() == chosen[::-1]
    rows = table.selectionModel().selectedRows()
    assert sorted(i.row() for i in rows) == [CASES - 1 - 420, CASES - 1 - 5, CASES - 1 - 3]
    assert table.currentIndex().row() == CASES - 1 - 420


def test_a_case_is_found_by_id_whatever_was_loaded(qtbot, field) -> None:
    window, _hq = field
    section = window.workspace.cases
    model = section.model
    far = model.ids[333]
    assert not loaded(model, 333)
    assert model.row_of(far) == 333
    section.show_case(far)
    assert section.table.currentIndex().row() == 333
    assert section.selected_ids() == [far]
    qtbot.waitUntil(lambda: section.case_view.case_id == far, timeout=10000)
    assert model.row_of("0" * 32) is None
