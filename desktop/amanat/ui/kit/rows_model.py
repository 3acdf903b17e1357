"""A table model over a short list of rows already in memory (a case's events,
testimonies, attachments, history, custody log; search results).

Rows are plain dicts computed on the worker; columns say how to show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from amanat.ui.kit.lazy_model import ID_ROLE, NO_FLAGS, ROW_FLAGS, Column, Row

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
_TEXT_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
    }
)


class RowsModel(QAbstractTableModel):
    def __init__(
        self, columns: Sequence[Column], rows: Sequence[Row] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = list(rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, index: int) -> Row | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.columns)
        ):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in _TEXT_ROLES:
            text = column.display(row) if column.display else row.get(column.key)
            return "" if text is None else str(text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == ID_ROLE:
            return row.get("id")
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else NO_FLAGS
