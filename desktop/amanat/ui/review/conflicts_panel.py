"""The Conflicts tab of the Review section: every record waiting for a person (edited on
both sides, or a change proposed by a vault that does not own it), with its case and
person, who changed it and when. "Compare and resolve" opens the side-by-side view
(conflict_dialog); the list reads itself again after every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from amanat.domain.changes import Changes
from amanat.services import conflicts as conflict_service
from amanat.services.conflicts import ConflictView
from amanat.storage.vault import Vault
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.widgets import Notice, button, hint_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState
from amanat.ui.review.conflict_dialog import ConflictDialog


def kind_words(kind: str) -> str:
    return {
        "person": QCoreApplication.translate("ConflictsPanel", "Person"),
        "case": QCoreApplication.translate("ConflictsPanel", "Case"),
        "event": QCoreApplication.translate("ConflictsPanel", "Event"),
        "testimony": QCoreApplication.translate("ConflictsPanel", "Testimony"),
        "relationship": QCoreApplication.translate("ConflictsPanel", "Relation"),
        "attachment": QCoreApplication.translate("ConflictsPanel", "Attachment"),
        "place": QCoreApplication.translate("ConflictsPanel", "Place"),
    }.get(kind, kind)


def state_words(state: str) -> str:
    if state == "proposal":
        return QCoreApplication.translate("ConflictsPanel", "Proposed change")
    return QCoreApplication.translate("ConflictsPanel", "Edited on both sides")


def row_of(view: ConflictView) -> dict[str, Any]:
    theirs = view.incoming[0]
    unknown = QCoreApplication.translate("ConflictsPanel", "an unknown vault")
    return {
        "id": view.record_id,
        "case_id": view.case_id,
        "case": view.case_title or "",
        "person": view.person_name or "",
        "record": kind_words(view.kind.value),
        "state": state_words(view.state),
        "who": theirs.author_name or unknown,
        "when": theirs.created[:16].replace("T", " "),
    }


class ConflictsPanel(QWidget):
    open_case = Signal(str)
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("conflictsPanel")
        self.session = session
        self.loaded = False
        self._stale = True
        session.changes_applied.connect(self._apply_changes)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("conflictsSummary")
        layout.addWidget(self.summary)
        self.notice = Notice("conflictsNotice")
        layout.addWidget(self.notice)
        self.model = RowsModel(
            [
                Column("case", lambda: self.tr("Case")),
                Column("person", lambda: self.tr("Person")),
                Column("record", lambda: self.tr("Record")),
                Column("state", lambda: self.tr("What happened")),
                Column("who", lambda: self.tr("Changed by")),
                Column("when", lambda: self.tr("When")),
            ],
            parent=self,
        )
        self.view = make_table(
            "conflictsTable", self.tr("Records waiting for a decision"), self.model
        )
        self.view.activated.connect(lambda _index: self.resolve_selected())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.resolve_button = button(self.tr("Compare and resolve..."), "compareConflict")
        self.open_button = button(self.tr("Open the case"), "openConflictCase")
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.open_button.clicked.connect(self._open_selected)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A record edited here and elsewhere keeps both versions until you"
                    " choose. Resolving writes one version that both sides accept, so the"
                    " conflict does not come back."
                )
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _apply_changes(self, changes: Changes) -> None:
        if changes.cases or changes.persons or changes.testimonies:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False

        def read(vault: Vault, _s: TaskState) -> list[ConflictView]:
            return conflict_service.list_conflicts(vault)

        self.session.op(read, on_success=self._show, on_failure=self.notice.show_error, owner=self)

    def _show(self, views: list[ConflictView]) -> None:
        self.loaded = True
        self.model.set_rows([row_of(v) for v in views])
        self.view.resizeColumnsToContents()
        enabled = bool(views)
        self.resolve_button.setEnabled(enabled)
        self.open_button.setEnabled(enabled)
        if views and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        if len(views) > 1:
            text = fill(self.tr("%1 records are waiting for a decision."), str(len(views)))
        elif views:
            text = self.tr("One record is waiting for a decision.")
        else:
            text = self.tr("No record is waiting for a decision.")
        self.summary.setText(text)

    def _selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row and row.get("case_id"):
            self.open_case.emit(str(row["case_id"]))

    def resolve_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        record_id = str(row["id"])

        def read(vault: Vault, _s: TaskState) -> ConflictView:
            return conflict_service.conflict_view(vault, record_id)

        self.session.op(
            read, on_success=self._compare, on_failure=self.notice.show_error, owner=self
        )

    def _compare(self, view: ConflictView) -> None:
        if ConflictDialog.ask(self, self.session, view):
            self.status_message.emit(self.tr("Conflict resolved."), 5000)
