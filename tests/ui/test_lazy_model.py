"""The lazy table model: pages on demand, queries in the source, qtmodeltester."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QModelIndex, Qt

from amanat.ui.kit.lazy_model import ID_ROLE, LOADED_ROLE, Column, LazyTableModel, Query
from amanat.ui.ops.session import Session

ROWS = [{"id": f"{i:032x}", "title": f"Case {i:05d}", "status": "open"} for i in range(1234)]


class FakeVault:
    """Stands in for an open vault: the source functions below never touch it."""


class Source:
    def __init__(self) -> None:
        self.pages: list[tuple[int, int]] = []
        self.threads: set[int] = set()

    def rows(self, query: Query) -> list[dict]:
        rows = [r for r in ROWS if query.filters.get("status") in (None, r["status"])]
        if query.sort == "title":
            rows.sort(key=lambda r: r["title"], reverse=query.descending)
        return rows

    def ids(self, _vault, query: Query) -> list[str]:
        self.threads.add(threading.get_ident())
        return [r["id"] for r in self.rows(query)]

    def page(self, _vault, ids: Sequence[str]) -> Sequence[dict]:
        self.threads.add(threading.get_ident())
        by_id = {r["id"]: r for r in ROWS}
        self.pages.append((int(ids[0], 16), len(ids)))  # (first row id, how many)
        return [by_id[i] for i in ids]


COLUMNS = [
    Column("title", lambda: "Title", sort_key="title"),
    Column("status", lambda: "Status"),
]


@pytest.fixture
def session(qtbot):
    s = Session()
    s.vault = FakeVault()  # type: ignore[assignment]
    yield s
    s.vault = None
    s.worker.stop()


def loaded_model(qtbot, session, source: Source) -> LazyTableModel:
    model = LazyTableModel(session, COLUMNS, source.ids, source.page, page_size=100)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    return model


def test_rows_are_fetched_a_page_at_a_time_on_the_worker(qtbot, session) -> None:
    source = Source()
    model = loaded_model(qtbot, session, source)
    assert model.rowCount() == 1234
    assert source.pages == []  # nothing fetched before anything is shown
    index = model.index(550, 0)
    assert model.data(index) is None and model.data(index, LOADED_ROLE) is False
    assert model.data(index, ID_ROLE) == f"{550:032x}"  # the id is known before the row
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.data(index) == "Case 00550"
    assert model.data(index, ID_ROLE) == f"{550:032x}"
    assert source.pages == [(500, 100)]
    assert threading.get_ident() not in source.threads


def test_sorting_and_filtering_are_done_by_the_source(qtbot, session) -> None:
    source = Source()
    model = loaded_model(qtbot, session, source)
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Case 01233")
    with qtbot.waitSignal(model.loaded):
        model.set_filter("status", "closed")
    assert model.rowCount() == 0


def test_stale_pages_from_an_old_query_are_ignored(qtbot, session) -> None:
    source = Source()
    model = loaded_model(qtbot, session, source)
    model.data(model.index(0, 0))  # request a page of the old order...
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)  # ...then change it
    qtbot.waitUntil(lambda: session.worker.pending_count == 0)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) is not None)
    assert model.data(model.index(0, 0)) == "Case 01233"


def test_clear_forgets_everything(qtbot, session) -> None:
    model = loaded_model(qtbot, session, Source())
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) is not None)
    model.clear()
    assert model.rowCount() == 0
    assert model.row_data(0) is None
    assert model.row_of(f"{0:032x}") is None


def test_rows_are_found_by_id_and_selections_turn_into_ids(qtbot, session) -> None:
    from PySide6.QtCore import QItemSelection

    model = loaded_model(qtbot, session, Source())
    assert model.row_of(f"{1200:032x}") == 1200  # not loaded: no page was fetched
    assert model.row_of("nope") is None
    selection = QItemSelection(model.index(1100, 0), model.index(1233, 1))
    selection.select(model.index(5, 0), model.index(7, 0))
    selection.select(model.index(6, 1), model.index(9, 1))  # overlaps the one above
    ids = model.ids_in(selection)
    assert ids == [f"{i:032x}" for i in [5, 6, 7, 8, 9, *range(1100, 1234)]]
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_of(f"{1200:032x}") == 1233 - 1200


def test_passes_qtmodeltester(qtbot, qtmodeltester, session) -> None:
    source = Source()
    model = loaded_model(qtbot, session, source)
    # Load a few pages so the tester sees real rows as well as pending ones.
    for row in (0, 150, 1200):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: session.worker.pending_count == 0)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).parent() == QModelIndex()
