"""A table model over rows that live in the vault: it holds their ids, fetches rows a
page at a time.

After Anki's browser model (docs/design.md §12.4): the model holds every matching id in
order (a list, and a dict id -> row, both built on the worker) and a window of cached
pages of display texts, never the whole table; sorting and filtering are part of the
query that the core runs in SQL. Because every id is known, a selection of any rows can
be turned into ids whether their rows were loaded or not (``ids_in``), and finding a
record's row is one dict lookup (``row_of``). A row that is not cached yet shows as empty
and its page is requested from the worker; when the page arrives, ``dataChanged``
repaints it. So the GUI thread never waits on the database, even on 100,000 cases.

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
    QItemSelection,
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


IdsFn = Callable[[Vault, Query], Sequence[str]]  # every matching id, in order
RowsFn = Callable[[Vault, Sequence[str]], Sequence[Row]]  # the rows of some ids
Texts = tuple[str, ...]


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
    loaded = Signal()  # the ids for the current query arrived
    page_loaded = Signal(int)

    def __init__(
        self,
        session: Session,
        columns: Sequence[Column],
        ids: IdsFn,
        rows: RowsFn,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self._alignments = [int(c.align) for c in self.columns]
        self._ids_fn = ids
        self._rows_fn = rows
        self.page_size = page_size
        self.query = Query()
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        # page number -> display texts of its rows, oldest used first
        self._pages: OrderedDict[int, list[Texts]] = OrderedDict()
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
        """Read the ids again and drop every cached page (after a change or a new query)."""
        self._generation += 1
        generation = self._generation
        query = self.query.copy()
        self.is_loading = True

        def fetch(vault: Vault, _state: TaskState) -> tuple[list[str], dict[str, int]]:
            # The dict is built here too: 100,000 inserts stay off the GUI thread.
            ids = list(self._ids_fn(vault, query))
            return ids, {record_id: row for row, record_id in enumerate(ids)}

        self.session.op(
            fetch,
            on_success=lambda result: self._ids_arrived(generation, *result),
            owner=self,
        )

    def clear(self) -> None:
        """Forget every row (at lock)."""
        self._generation += 1
        self._reset([], {})

    def _reset(self, ids: list[str], row_of: dict[str, int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = row_of
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _ids_arrived(self, generation: int, ids: list[str], row_of: dict[str, int]) -> None:
        if generation != self._generation:
            return
        self._reset(ids, row_of)
        self.is_loading = False
        self.loaded.emit()

    def _request(self, page_no: int) -> None:
        if page_no in self._requested:
            return
        self._requested.add(page_no)
        generation = self._generation
        first = page_no * self.page_size
        wanted = self._ids[first : first + self.page_size]
        columns = self.columns
        empty = ("",) * len(columns)

        def fetch(vault: Vault, _state: TaskState) -> list[Texts]:
            found = {str(row.get("id")): row for row in self._rows_fn(vault, wanted)}
            # A record deleted since the ids were read shows empty until the next refresh.
            return [display_texts(columns, found[i]) if i in found else empty for i in wanted]

        self.session.op(
            fetch,
            on_success=lambda rows: self._page_arrived(generation, page_no, rows),
            owner=self,
        )

    def _page_arrived(self, generation: int, page_no: int, rows: list[Texts]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page_no)
        self._pages[page_no] = rows
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page_no * self.page_size
        last = min(len(self._ids), first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1), [])
        self.page_loaded.emit(page_no)

    # -- rows ---------------------------------------------------------------------------
    def _cached(self, row: int, request: bool) -> Texts | None:
        if not 0 <= row < len(self._ids):
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
        texts = self._cached(row, request)
        if texts is None:
            return None
        return {
            "id": self._ids[row],
            **{c.key: t for c, t in zip(self.columns, texts, strict=True)},
        }

    def row_id(self, row: int) -> str | None:
        """The id of any row, loaded or not."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record in the current query (loaded or not), by one dict lookup."""
        return self._row_of.get(record_id)

    @property
    def ids(self) -> Sequence[str]:
        """Every id of the current query, in row order (do not modify)."""
        return self._ids

    def ids_in(self, selection: QItemSelection) -> list[str]:
        """The ids of the selected rows, in row order, whether loaded or not: a cost per
        selected range, not per row of the model (select-all is one range)."""
        ranges = (selection.at(i) for i in range(selection.size()))
        spans = sorted((r.top(), r.bottom()) for r in ranges if r.isValid())
        out: list[str] = []
        end = -1  # rows up to here are taken (ranges of several columns overlap)
        for top, bottom in spans:
            top = max(top, end + 1)
            if bottom >= top:
                out.extend(self._ids[top : bottom + 1])
                end = bottom
        return out

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        row = index.row()
        if role == ID:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        cached = self._cached(row, True)
        if role == LOADED:
            return cached is not None
        if cached is None:
            return None
        return cached[column]

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
