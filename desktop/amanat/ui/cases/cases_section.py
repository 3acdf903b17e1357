"""The cases section: filters, the lazy case list, and the chosen case."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.domain.dates import PartialDate
from amanat.domain.errors import ValidationError
from amanat.services import cases as case_service
from amanat.services import places as place_service
from amanat.storage.vault import Vault
from amanat.ui.cases.case_view import CaseView
from amanat.ui.kit.labels import codes, label, preferred_scripts
from amanat.ui.kit.lazy_model import ID_ROLE, Column, LazyTableModel, Query
from amanat.ui.kit.selection import SelectionKeeper
from amanat.ui.kit.style import set_role
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.text import local_time, partial_date, status_text
from amanat.ui.kit.widgets import button, hint_label, named
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

UNASSIGNED = "__unassigned__"
OPEN_DELAY_MS = 120


def case_ids(vault: Vault, query: Query) -> list[str]:
    return case_service.ordered_case_ids(
        vault, query.filters, query.sort or "updated", descending=query.descending
    )


def case_rows(vault: Vault, ids: Sequence[str]) -> list[dict[str, Any]]:
    return case_service.case_rows(vault, ids)


def _dates(row: dict[str, Any]) -> str:
    first, last = partial_date(row.get("first_event")), partial_date(row.get("last_event"))
    if first and last and first != last:
        return f"{first} – {last}"
    return first or last


def case_columns() -> list[Column]:
    return [
        Column(
            "title", lambda: QCoreApplication.translate("CasesSection", "Title"), sort_key="title"
        ),
        Column(
            "person",
            lambda: QCoreApplication.translate("CasesSection", "Person of concern"),
            display=lambda r: str((r.get("person") or {}).get("name") or ""),
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("CasesSection", "Status"),
            sort_key="status",
            display=lambda r: status_text(r.get("status"), bool(r.get("in_conflict"))),
        ),
        Column("hometown", lambda: QCoreApplication.translate("CasesSection", "Hometown")),
        Column(
            "dates",
            lambda: QCoreApplication.translate("CasesSection", "Events"),
            sort_key="date",
            display=_dates,
        ),
        Column(
            "assignee",
            lambda: QCoreApplication.translate("CasesSection", "Assignee"),
            sort_key="assignee",
        ),
        Column(
            "updated",
            lambda: QCoreApplication.translate("CasesSection", "Updated"),
            sort_key="updated",
            display=lambda r: local_time(r.get("updated")),
        ),
    ]


class CaseFilterBar(QWidget):
    changed = Signal(dict)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("caseFilters")
        self.session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = named(QComboBox(), "filterStatus", self.tr("Filter by status"))
        self.status.addItem(self.tr("Any status"), None)
        for code in codes("case_status"):
            self.status.addItem(label("case_status", code), code)
        self.facility = named(QComboBox(), "filterFacility", self.tr("Filter by facility"))
        self.facility.addItem(self.tr("Any facility"), None)
        self.hometown = named(QComboBox(), "filterHometown", self.tr("Filter by hometown"))
        self.hometown.addItem(self.tr("Any hometown"), None)
        self.assignee = named(QComboBox(), "filterAssignee", self.tr("Filter by assignee"))
        self.assignee.addItem(self.tr("Anyone"), None)
        self.assignee.addItem(self.tr("Unassigned"), UNASSIGNED)
        for combo in (self.facility, self.hometown):
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.date_from = named(QLineEdit(), "filterDateFrom", self.tr("Events from"))
        self.date_to = named(QLineEdit(), "filterDateTo", self.tr("Events until"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY or YYYY-MM"))
            edit.setMaximumWidth(max(90, edit.fontMetrics().averageCharWidth() * 14))
            edit.setClearButtonEnabled(True)
        layout.addWidget(self.status)
        layout.addWidget(self.facility, 1)
        layout.addWidget(self.hometown, 1)
        layout.addWidget(self.assignee)
        layout.addWidget(QLabel(self.tr("Events from")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.date_to)
        for combo in (self.status, self.facility, self.hometown, self.assignee):
            combo.currentIndexChanged.connect(self._emit)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(400)
        self._date_timer.timeout.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(lambda _t: self._date_timer.start())
        self._loading = False

    def load_choices(self) -> None:
        scripts = preferred_scripts()

        def load(vault: Vault, _s: TaskState) -> tuple[Any, Any, Any]:
            return (
                place_service.place_choices(vault, facilities=True, scripts=scripts),
                place_service.place_choices(vault, facilities=False, scripts=scripts),
                case_service.assignees(vault),
            )

        self.session.op(load, on_success=self._choices, owner=self)

    def _choices(self, result: tuple[list[Any], list[Any], list[str]]) -> None:
        facilities, places, people = result
        self._loading = True
        for combo, items in ((self.facility, facilities), (self.hometown, places)):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for place in items:
                combo.addItem("  " * place.depth + place.label, place.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.assignee.currentData()
        while self.assignee.count() > 2:
            self.assignee.removeItem(2)
        for person in people:
            self.assignee.addItem(person, person)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
        self._loading = False

    def filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        if self.status.currentData():
            f["status"] = (self.status.currentData(),)
        if self.facility.currentData():
            f["facility"] = self.facility.currentData()
        if self.hometown.currentData():
            f["hometown"] = self.hometown.currentData()
        if self.assignee.currentData() == UNASSIGNED:
            f["unassigned"] = True
        elif self.assignee.currentData():
            f["assignee"] = self.assignee.currentData()
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            text = edit.text().strip()
            if text:
                try:
                    f[key] = PartialDate.parse(text, key)
                    edit.setProperty("invalid", False)
                    edit.setToolTip("")
                except ValidationError:
                    edit.setToolTip(self.tr("Not a date: use YYYY or YYYY-MM"))
        return f

    def set_facility(self, place_id: str) -> None:
        index = self.facility.findData(place_id)
        if index >= 0:
            self.facility.setCurrentIndex(index)

    def set_hometown(self, place_id: str) -> None:
        index = self.hometown.findData(place_id)
        if index >= 0:
            self.hometown.setCurrentIndex(index)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.filters())


class CasesSection(QWidget):
    seal_requested = Signal(str)  # from the case view's "Seal bundle..."
    record_requested = Signal(str, str, object)  # a testimony's "Record..."
    report_requested = Signal(str)  # from the case view's "Dossier..."

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("casesSection")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filters = CaseFilterBar(session)
        top.addWidget(self.filters, 1)
        self.new_case_button = button(self.tr("New case"), "newCaseButton", self.tr("New case"))
        set_role(self.new_case_button, "primary")
        top.addWidget(self.new_case_button)
        layout.addLayout(top)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(session, case_columns(), case_ids, case_rows, self)
        self.model.query = Query(sort="updated", descending=True)
        self.table = make_table("caseList", self.tr("Cases"), self.model)
        self.table.setSortingEnabled(True)
        # Several cases can be chosen (Shift/Ctrl+click, Shift+arrows) to seal together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.selection_keeper = SelectionKeeper(self.table, self.model)
        left_layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        left_layout.addWidget(self.count_label)
        self.splitter.addWidget(left)
        # The case view is built once the list has painted (or when first needed), so
        # that unlocking shows the list without waiting for every tab's widgets.
        self._case_view: CaseView | None = None
        self.view_slot = QStackedWidget()
        self.view_slot.setObjectName("caseViewSlot")
        placeholder = hint_label(self.tr("Choose a case in the list, or create one with Ctrl+N."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view_slot.addWidget(placeholder)
        self.splitter.addWidget(self.view_slot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)
        self._select_after_load: str | None = None
        self._sized = False
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_current)
        self.filters.changed.connect(self._filters_changed)
        session.changes_applied.connect(self._apply_changes)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._open_timer.start())
        self.list_pane = left
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((30, 22, 12, 14, 14, 14, 16)):
            header.resizeSection(column, chars * char)

    @property
    def built_case_view(self) -> CaseView | None:
        return self._case_view

    @property
    def case_view(self) -> CaseView:
        if self._case_view is None:
            view = CaseView(self.session)
            view.open_case.connect(self.show_case)
            view.editing.connect(self._editing)
            view.seal_requested.connect(self.seal_requested)
            view.record_requested.connect(self.record_requested)
            view.report_requested.connect(self.report_requested)
            self.view_slot.addWidget(view)
            self.view_slot.setCurrentWidget(view)
            self._case_view = view
        return self._case_view

    def _build_case_view_later(self) -> None:
        # With self as context: no call if the section is deleted first (a quick lock).
        QTimer.singleShot(0, self, self._ensure_case_view)

    def _ensure_case_view(self) -> None:
        self.case_view  # noqa: B018 - the property builds it

    def start(self) -> None:
        self.filters.load_choices()
        self.model.refresh()

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed (``Session.changes_applied``)."""
        if changes.cases:
            self.refresh()

    def refresh(self) -> None:
        """After a change: count again, keep the chosen case chosen."""
        self._select_after_load = self._case_view.case_id if self._case_view else None
        self.filters.load_choices()
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 600)
            self.splitter.setSizes([int(width * 0.42), int(width * 0.58)])

    def _editing(self, editing: bool) -> None:
        """A testimony needs the width: the list steps aside while one is open."""
        self.list_pane.setVisible(not editing)
        self.filters.setEnabled(not editing)

    def _filters_changed(self, filters: dict[str, Any]) -> None:
        query = self.model.query.copy()
        query.filters = filters
        self.model.set_query(query)

    def _loaded(self) -> None:
        if self._case_view is None:
            self._build_case_view_later()
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln case(s)", "", count))
        self._restore_selection()

    def _restore_selection(self) -> None:
        """Select the case asked for (the open one after a refresh, one shown from
        search) unless it is selected already: a selection of several cases that holds
        it, kept through the refresh by the SelectionKeeper, stays as it is."""
        wanted = self._select_after_load
        if not wanted or self.model.is_loading:
            return
        self._select_after_load = None
        row = self.model.row_of(wanted)
        selection = self.table.selectionModel()
        if row is None:
            # Not in the list as filtered: the list no longer claims another case (what
            # Ctrl+E seals is what is on screen, docs/user-guide-app.md).
            if selection.hasSelection():
                selection.clear()
            return
        index = self.model.index(row, 0)
        if not selection.isRowSelected(row, QModelIndex()):
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Holding an arrow key moves through many rows: open the case where it stops.
        self._open_timer.start()

    def _chosen_index(self) -> QModelIndex:
        """The current row when it is selected, else the first selected row, else the
        current one (a selection made in code, or by a click in a right-to-left layout,
        need not move the current index)."""
        selection = self.table.selectionModel()
        current = self.table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return current
        # The top of the first range, not selectedRows(): Ctrl+A on 100,000 cases would
        # build 100,000 indexes on every change of the selection.
        chosen = selection.selection()
        tops = [chosen.at(i).top() for i in range(chosen.size()) if chosen.at(i).isValid()]
        return self.model.index(min(tops), 0) if tops else current

    def chosen_ids(self) -> list[str]:
        """The cases to seal: those chosen in the list when they hold the case on
        screen, else the case on screen (the list and the view can differ only for a
        moment, but a seal names the person it holds)."""
        ids = self.selected_ids()
        shown = self._case_view.case_id if self._case_view is not None else None
        if shown and shown not in ids:
            return [shown]
        return ids

    def selected_ids(self) -> list[str]:
        """The ids of the chosen cases in list order, loaded or not (a Shift+click or
        Ctrl+A far beyond what was scrolled through counts every row it covers)."""
        return self.model.ids_in(self.table.selectionModel().selection())

    def with_titles(
        self,
        ids: Sequence[str],
        then: Callable[[list[tuple[str, str]]], None],
        *,
        titled: int,
    ) -> None:
        """Call ``then`` with (id, title) for these cases, titled only for the first
        ``titled`` (the ones a dialog names; nobody reads 100,000 titles): from the
        list where their rows are loaded, else read on the worker."""
        chosen = [(case_id, "") for case_id in ids]
        missing: list[str] = []
        view = self._case_view
        open_doc = view.cd if view is not None else None
        for position, case_id in enumerate(ids[:titled]):
            row = self.model.row_of(case_id)
            data = self.model.row_data(row, request=False) if row is not None else None
            if data is not None:
                chosen[position] = (case_id, str(data.get("title") or ""))
            elif open_doc is not None and open_doc.id == case_id:  # the open case
                chosen[position] = (case_id, str(open_doc.doc.get("title") or ""))
            else:
                missing.append(case_id)
        if not missing:
            then(chosen)
            return

        def read(vault: Vault, _s: TaskState) -> dict[str, str]:
            rows = case_service.case_rows(vault, missing)
            return {str(r["id"]): str(r.get("title") or "") for r in rows}

        def done(titles: dict[str, str]) -> None:
            then([(i, titles.get(i, t)) for i, t in chosen])

        self.session.op(read, on_success=done, owner=self)

    def _open_current(self) -> None:
        current = self._chosen_index()
        case_id = current.data(ID_ROLE) if current.isValid() else None
        if case_id and case_id != self.case_view.case_id:
            self.case_view.load(case_id)

    def show_case(self, case_id: str) -> None:
        """Open a case by id (from search or a duplicate), whatever the filters."""
        self.case_view.load(case_id)
        self._select_after_load = case_id
        self._restore_selection()

    def clear(self) -> None:
        self.model.clear()
        if self._case_view is not None:
            self._case_view.clear()
