"""Instant search across scripts: cases (by names, words, places) and persons.

Typing waits a moment, then one search runs on the worker; a search that a newer one
has made stale is skipped before it starts and its results are dropped if it already
ran, so fast typing never queues up work or shows old results.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from amanat.domain.changes import Changes
from amanat.services import search as search_service
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import label
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.widgets import Notice, hint_label, section_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

SEARCH_DELAY_MS = 200
CASE_LIMIT = 100
PERSON_LIMIT = 30


def reason_text(reason: Any) -> str:
    kind = getattr(reason, "kind", "")
    text = getattr(reason, "text", "") or ""
    if kind == "name":
        role = getattr(reason, "role", None)
        role_text = label("role", role) if role else ""
        return fill(QCoreApplication.translate("SearchPanel", "Name: %1"), text) + (
            f" ({role_text})" if role_text else ""
        )
    if kind == "testimony":
        return fill(QCoreApplication.translate("SearchPanel", "Testimony: %1"), text)
    if kind == "title":
        return fill(QCoreApplication.translate("SearchPanel", "Title: %1"), text)
    if kind == "summary":
        return fill(QCoreApplication.translate("SearchPanel", "Summary: %1"), text)
    if kind == "reference":
        return fill(QCoreApplication.translate("SearchPanel", "Reference: %1"), text)
    if kind == "event":
        return fill(QCoreApplication.translate("SearchPanel", "Event: %1"), text)
    if kind == "place":
        return fill(QCoreApplication.translate("SearchPanel", "Place: %1"), text)
    return isolate(text)


class SearchPanel(QWidget):
    open_case = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("searchPanel")
        self.session = session
        self._generation = 0
        self.query = ""
        self.searching = False
        session.changes_applied.connect(self._apply_changes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notice = Notice("searchNotice")
        layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_case_results())
        splitter.addWidget(self._build_person_results())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Names are matched across Cyrillic, Latin, Arabic script and Chinese:"
                    " Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case"
                    " to open it."
                )
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run)

    def _build_case_results(self) -> QWidget:
        cases_box = QWidget()
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(section_label(self.tr("Cases")))
        self.cases = RowsModel(
            [
                Column("title", lambda: self.tr("Case")),
                Column("why", lambda: self.tr("Found by"), display=lambda r: "; ".join(r["why"])),
            ],
            parent=self,
        )
        self.cases_view = make_table("searchCaseResults", self.tr("Cases found"), self.cases)
        self.cases_view.horizontalHeader().resizeSection(0, 320)
        self.cases_view.activated.connect(self._open_case_index)
        cases_layout.addWidget(self.cases_view)
        return cases_box

    def _build_person_results(self) -> QWidget:
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(section_label(self.tr("People")))
        self.people = RowsModel(
            [
                Column("name", lambda: self.tr("Name")),
                Column(
                    "script",
                    lambda: self.tr("Script"),
                    display=lambda r: label("script", r.get("script")),
                ),
                Column(
                    "score",
                    lambda: self.tr("Match"),
                    display=lambda r: f"{round(100 * r['score'])} %",
                ),
            ],
            parent=self,
        )
        self.people_view = make_table("searchPersonResults", self.tr("People found"), self.people)
        people_layout.addWidget(self.people_view)
        return people_box

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed: search again, the results may
        differ."""
        if self.query and (changes.cases or changes.persons):
            self.set_query(self.query)

    def set_query(self, text: str) -> None:
        self.query = text.strip()
        self._generation += 1
        self._timer.start()

    def _run(self) -> None:
        query = self.query
        if not query:
            self.cases.clear()
            self.people.clear()
            self.summary.clear()
            return
        generation = self._generation

        def current() -> bool:  # read on the worker
            return generation == self._generation

        def search(vault: Vault, _s: TaskState) -> tuple[list[Any], list[Any]] | None:
            if not current():
                return None  # a newer search is queued behind this one
            return (
                search_service.search_cases(vault, query, limit=CASE_LIMIT),
                search_service.search_persons(vault, query, limit=PERSON_LIMIT),
            )

        self.searching = True
        self.summary.setText(self.tr("Searching..."))
        self.session.op(
            search,
            on_success=lambda r: self._results(generation, r),
            on_failure=self._failed,
            owner=self,
        )

    def _results(self, generation: int, result: tuple[list[Any], list[Any]] | None) -> None:
        if result is None or generation != self._generation:
            return
        self.searching = False
        case_hits, person_hits = result
        self.cases.set_rows(
            [
                {"id": h.case_id, "title": h.title, "why": [reason_text(r) for r in h.reasons]}
                for h in case_hits
            ]
        )
        self.people.set_rows(
            [
                {"id": h.person_id, "name": h.name, "script": h.script, "score": h.score}
                for h in person_hits
            ]
        )
        self.people_view.resizeColumnToContents(0)
        self.notice.clear()
        self.summary.setText(
            fill(
                self.tr("%1 cases and %2 people match %3"),
                str(len(case_hits)),
                str(len(person_hits)),
                self.query,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.searching = False
        self.notice.show_error(error)

    def _open_case_index(self, index: QModelIndex) -> None:
        row = self.cases.row(index.row()) if index.isValid() else None
        if row:
            self.open_case.emit(row["id"])

    def clear(self) -> None:
        self._generation += 1
        self.query = ""  # nothing to search again after a change
        self.cases.clear()
        self.people.clear()
        self.summary.clear()
