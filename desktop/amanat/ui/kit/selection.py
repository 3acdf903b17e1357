"""Keeping a table's selection across a reload of its id model.

A model reset (a refresh after a change, a new filter or order) makes Qt forget the
selection. ``SelectionKeeper`` remembers the selected ids and the current one just
before the reset and selects the same records again once the new ids are in, wherever
they moved; records no longer in the list stay unselected. Its cost is per selected
id (one dict lookup each), never per row of the model.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView

from amanat.ui.kit.lazy_model import LazyTableModel

SELECT_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | (
    QItemSelectionModel.SelectionFlag.Rows
)


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for row in sorted(rows):
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        elif not out or row > out[-1][1]:
            out.append((row, row))
    return out


def select_ids(view: QAbstractItemView, model: LazyTableModel, ids: Iterable[str]) -> int:
    """Select the rows of these ids (replacing the selection); returns how many."""
    rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
    selection = QItemSelection()
    last_column = max(0, model.columnCount() - 1)
    for first, last in runs(rows):
        selection.select(model.index(first, 0), model.index(last, last_column))
    view.selectionModel().select(selection, SELECT_ROWS)
    return len(rows)


class SelectionKeeper(QObject):
    def __init__(self, view: QAbstractItemView, model: LazyTableModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self._selected: list[str] = []
        self._current: str | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _remember(self) -> None:
        self._selected = self.model.ids_in(self.view.selectionModel().selection())
        current = self.view.currentIndex()
        self._current = self.model.row_id(current.row()) if current.isValid() else None

    def _restore(self) -> None:
        selected, self._selected = self._selected, []
        current, self._current = self._current, None
        if selected:
            select_ids(self.view, self.model, selected)
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
