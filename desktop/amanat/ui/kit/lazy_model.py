"""A table model over rows that live in the vault, fetched a page at a time.

After Anki's browser model (docs/design.md §12.4): the model holds the row count and a window
of cached pages, never the whole table; sorting and filtering are part of the query
that the core runs in SQL. A row that is not cached yet shows as empty and its page is
requested from the worker; when the page arrives, ``dataChanged`` repaints it. So the
GUI thread never waits on the database, even on 100,000 cases.

The worker also turns each row into its display strings (dates formatted, codes
translated: QLocale and QCoreApplication.translate are thread-safe), so the GUI thread
only stores tuples of text and painting a cell is an index lookup.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from amanat.storage.vault import Vault
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50  # 10,000 rows at most in memory

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]  # translated when the header is painted
    sort_key: str | None = None  # None: not sortable
    display: Callable[[Row], str] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


@dataclass
class Query:
    """Filters and order, passed as-is to the source functions."""

    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False

    def copy(self) -> Query:
        return Query(dict(self.filters), self.sort, self.descending)


CountFn = Callable[[Vault, Query], int]
PageFn = Callable[[Vault, Query, int, int], Sequence[Row]]


def display_texts(columns: Sequence[Column], row: Row) -> tuple[str, ...]:
    texts = []
    for column in columns:
        value = column.display(row) if column.display else row.get(column.key)
        texts.append("" if value is None else str(value))
    return tuple(texts)


ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOADED_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
ID = int(ID_ROLE)
LOADED = int(LOADED_ROLE)
_ROLES = frozenset(
    {
        DISPLAY,
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        ALIGNMENT,
        ID,
        LOADED,
    }
)
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
NO_FLAGS = Qt.ItemFlag.NoItemFlags


class LazyTableModel(QAbstractTableModel):
    loaded = Signal()  # the count for the current query arrived
    page_loaded = Signal(int)

    def __init__(
        self,
        session: Session,
        columns: Sequence[Column],
        count: CountFn,
        page: PageFn,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self._alignments = [int(c.align) for c in self.columns]
        self._count_fn = count
        self._page_fn = page
        self.page_size = page_size
        self.query = Query()
        self._rows = 0
        # page number -> [(record id, display texts)], oldest used first
        self._pages: OrderedDict[int, list[tuple[str, tuple[str, ...]]]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.is_loading = False

    # -- queries ------------------------------------------------------------------------
    def set_query(self, query: Query) -> None:
        self.query = query.copy()
        self.refresh()

    def set_filter(self, key: str, value: Any) -> None:
        query = self.query.copy()
        if value in (None, "", ()):
            query.filters.pop(key, None)
        else:
            query.filters[key] = value
        self.set_query(query)

    def refresh(self) -> None:
        """Count again and drop every cached page (after a change or a new query)."""
        self._generation += 1
        generation = self._generation
        query = self.query.copy()
        self.is_loading = True
        self.session.op(
            lambda v, _s: self._count_fn(v, query),
            on_success=lambda n: self._count_arrived(generation, int(n)),
            owner=self,
        )

    def clear(self) -> None:
        """Forget every row (at lock)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _count_arrived(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = count
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()
        self.is_loading = False
        self.loaded.emit()

    def _request(self, page_no: int) -> None:
        if page_no in self._requested:
            return
        self._requested.add(page_no)
        generation = self._generation
        query = self.query.copy()
        offset, limit = page_no * self.page_size, self.page_size

        columns = self.columns

        def fetch(vault: Vault, _state: TaskState) -> list[tuple[str, tuple[str, ...]]]:
            rows = self._page_fn(vault, query, offset, limit)
            return [(str(row.get("id")), display_texts(columns, row)) for row in rows]

        self.session.op(
            fetch,
            on_success=lambda rows: self._page_arrived(generation, page_no, rows),
            owner=self,
        )

    def _page_arrived(
        self, generation: int, page_no: int, rows: list[tuple[str, tuple[str, ...]]]
    ) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page_no)
        self._pages[page_no] = rows
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page_no * self.page_size
        last = min(self._rows, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1), [])
        self.page_loaded.emit(page_no)

    # -- rows ---------------------------------------------------------------------------
    def _cached(self, row: int, request: bool) -> tuple[str, tuple[str, ...]] | None:
        if not 0 <= row < self._rows:
            return None
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            if request:
                self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def row_data(self, row: int, *, request: bool = True) -> Row | None:
        """The row's id and display texts by column key; None while not loaded."""
        cached = self._cached(row, request)
        if cached is None:
            return None
        record_id, texts = cached
        return {"id": record_id, **{c.key: t for c, t in zip(self.columns, texts, strict=True)}}

    def row_id(self, row: int) -> str | None:
        cached = self._cached(row, False)
        return None if cached is None else cached[0]

    def row_of(self, record_id: str) -> int | None:
        """The row of a cached record (to restore a selection after a refresh)."""
        for page_no, rows in self._pages.items():
            for offset, (row_id, _texts) in enumerate(rows):
                if row_id == record_id:
                    return page_no * self.page_size + offset
        return None

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called hundreds of times per repaint: plain int comparisons, no enum objects.
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if column >= len(self.columns):
            return None
        if role == ALIGNMENT:
            return self._alignments[column]
        cached = self._cached(index.row(), True)
        if role == LOADED:
            return cached is not None
        if cached is None:
            return None
        if role == ID:
            return cached[0]
        return cached[1][column]

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        query = self.query.copy()
        query.sort = key
        query.descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(query)
