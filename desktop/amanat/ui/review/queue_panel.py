"""The review queue: every case, what needs attention first (docs/review.md §2).

A lazy table (ui/kit/lazy_model.py) over ``services.reviews.queue_ids`` /
``queue_rows``: the order and the filters (review state, assignee, why it needs
attention) are part of the SQL query, so 100,000 cases open as fast as ten. A
double-click or Enter on a row opens the case (``open_case``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from amanat.domain.changes import Changes
from amanat.services import reviews as review_service
from amanat.storage.reviews import REASON_CODES
from amanat.storage.vault import Vault
from amanat.ui.kit.lazy_model import Column, LazyTableModel, Query
from amanat.ui.kit.messages import fill
from amanat.ui.kit.review_words import STATES, reason_text, reasons_text, state_text
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.text import local_time
from amanat.ui.kit.widgets import hint_label, named
from amanat.ui.ops.session import Session

ME = "__me__"
ATTENTION = "__attention__"


def queue_ids(vault: Vault, query: Query) -> list[str]:
    filters = dict(query.filters)
    if filters.get("assignee") == ME:
        filters["assignee"] = vault.identity.display_name
    if filters.get("reason") == ATTENTION:
        filters.pop("reason")
        filters["attention"] = True
    return review_service.queue_ids(
        vault, filters, sort=query.sort or "attention", descending=query.descending
    )


def queue_rows(vault: Vault, ids: Sequence[str]) -> list[dict[str, Any]]:
    return [{"id": row["case"], **row} for row in review_service.queue_rows(vault, ids)]


def queue_columns() -> list[Column]:
    return [
        Column("title", lambda: QCoreApplication.translate("QueuePanel", "Case"), sort_key="title"),
        Column("person", lambda: QCoreApplication.translate("QueuePanel", "Person of concern")),
        Column(
            "state",
            lambda: QCoreApplication.translate("QueuePanel", "Review state"),
            sort_key="state",
            display=lambda r: state_text(r["state"]),
        ),
        Column(
            "assignee",
            lambda: QCoreApplication.translate("QueuePanel", "Assignee"),
            sort_key="assignee",
        ),
        Column(
            "reasons",
            lambda: QCoreApplication.translate("QueuePanel", "Why it needs attention"),
            sort_key="attention",
            display=lambda r: reasons_text(r.get("reasons")),
        ),
        Column(
            "changed",
            lambda: QCoreApplication.translate("QueuePanel", "Last change"),
            sort_key="changed",
            display=lambda r: local_time(r.get("changed")),
        ),
    ]


class QueuePanel(QWidget):
    """The first tab of the Review section."""

    open_case = Signal(str)
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("queuePanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Cases that need you come first: edited on both sides, new or changed"
                    " since your review, assigned to you. Double-click a case or press"
                    " Enter to open it."
                )
            )
        )
        layout.addLayout(self._build_filters())
        self.model = LazyTableModel(session, queue_columns(), queue_ids, queue_rows, self)
        self.model.query = Query(sort="attention")
        self.table = make_table("reviewQueue", self.tr("Review queue"), self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.count_label = named(QLabel(), "queueCount", self.tr("Cases in the queue"))
        layout.addWidget(self.count_label)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((28, 22, 16, 14, 34, 18)):
            self.table.horizontalHeader().resizeSection(column, chars * char)
        self._connect()
        self.model.refresh()

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state_filter = named(QComboBox(), "queueState", self.tr("Filter by review state"))
        self.state_filter.addItem(self.tr("Any state"), None)
        for code in STATES:
            self.state_filter.addItem(state_text(code), code)
        self.assignee_filter = named(QComboBox(), "queueAssignee", self.tr("Filter by assignee"))
        self.reason_filter = named(QComboBox(), "queueReason", self.tr("Filter by reason"))
        self.reason_filter.addItem(self.tr("Any reason, or none"), None)
        self.reason_filter.addItem(self.tr("Needs attention"), ATTENTION)
        for code in REASON_CODES:
            self.reason_filter.addItem(reason_text(code), code)
        for combo in (self.state_filter, self.assignee_filter, self.reason_filter):
            row.addWidget(combo)
        row.addStretch(1)
        self._load_assignees([])
        return row

    def _connect(self) -> None:
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("state", self.state_filter.currentData())
        )
        self.assignee_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("assignee", self.assignee_filter.currentData())
        )
        self.reason_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("reason", self.reason_filter.currentData())
        )
        self.table.doubleClicked.connect(self._activated)
        enter = QAction(self.table)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self._activated(self.table.currentIndex()))
        self.table.addAction(enter)
        self.model.loaded.connect(self._loaded)
        self.session.changes_applied.connect(self._apply_changes)

    def _load_assignees(self, names: list[str]) -> None:
        chosen = self.assignee_filter.currentData()
        self.assignee_filter.blockSignals(True)
        self.assignee_filter.clear()
        self.assignee_filter.addItem(self.tr("Anyone"), None)
        self.assignee_filter.addItem(self.tr("Assigned to me"), ME)
        for name in names:
            self.assignee_filter.addItem(name, name)
        found = self.assignee_filter.findData(chosen)
        self.assignee_filter.setCurrentIndex(max(found, 0))
        self.assignee_filter.blockSignals(False)

    def _loaded(self) -> None:
        self.count_label.setText(fill(self.tr("%1 case(s) in this view."), self.model.rowCount()))
        self.session.op(
            lambda vault, _state: review_service.assignees(vault),
            on_success=self._load_assignees,
            owner=self,
        )

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_id = self.model.row_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)

    def _apply_changes(self, changes: Changes) -> None:
        if changes.cases:
            self.model.refresh()
