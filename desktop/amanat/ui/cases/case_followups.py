"""The case view's Follow-ups tab (docs/review.md §6): the questions about this case
with their state, and the reviewer's form to ask the field one about the case, its
person, an event or a testimony. The Review section lists every question
(ui/review/followups_panel.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from amanat.services import followups as followup_service
from amanat.storage.vault import Vault
from amanat.ui.kit.followup_words import followup_columns, followup_rows
from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.widgets import Notice, button, named, section_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


class CaseFollowups(QWidget):
    """The case view's Follow-ups tab: this case's questions, and asking one."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("caseFollowups")
        self.session = session
        self.case_id: str | None = None
        layout = QVBoxLayout(self)
        self.notice = Notice("caseFollowupsNotice")
        layout.addWidget(self.notice)
        self.model = RowsModel(followup_columns(False), parent=self)
        self.view = make_table("caseFollowupsTable", self.tr("Questions about this case"),
                               self.model)  # fmt: skip
        layout.addWidget(self.view, 1)
        layout.addWidget(section_label(self.tr("Ask the field a question")))
        row = QHBoxLayout()
        self.target = named(QComboBox(), "followupTarget", self.tr("What the question is about"))
        row.addWidget(self.target)
        self.question = named(QLineEdit(), "followupQuestion", self.tr("The question"))
        self.question.setPlaceholderText(self.tr("For example: which camp in Ghulja?"))
        self.question.textChanged.connect(self._update_button)
        self.question.returnPressed.connect(self.ask)
        row.addWidget(self.question, 1)
        self.ask_button = button(self.tr("Ask"), "askFollowup", role="primary")
        self.ask_button.clicked.connect(self.ask)
        row.addWidget(self.ask_button)
        layout.addLayout(row)
        self._update_button()

    def show_case(self, doc: Mapping[str, Any]) -> None:
        """Called by the case view with the case it shows: fill the targets, read the
        questions on the worker."""
        self.case_id = str(doc["id"])
        self.target.clear()
        self.target.addItem(self.tr("The case"), self.case_id)
        self.target.addItem(self.tr("The person"), str(doc["person"]["id"]))
        for i, e in enumerate(doc.get("events") or [], start=1):
            what = label("event_type", e.get("type"))
            self.target.addItem(fill(self.tr("Event %1: %2"), str(i), what), str(e["id"]))
        for i, t in enumerate(doc.get("testimonies") or [], start=1):
            self.target.addItem(fill(self.tr("Testimony %1"), str(i)), str(t["id"]))
        case_id = self.case_id

        def read(vault: Vault, _s: TaskState) -> list[dict[str, Any]]:
            return followup_service.list_followups(vault, case_id=case_id)

        self.session.op(read, on_success=self._show, on_failure=self.notice.show_error, owner=self)

    def _show(self, found: list[dict[str, Any]]) -> None:
        self.model.set_rows(followup_rows(found))
        self.view.resizeColumnsToContents()

    def _update_button(self) -> None:
        self.ask_button.setEnabled(bool(self.question.text().strip()))

    def ask(self) -> None:
        text = self.question.text().strip()
        record_id = self.target.currentData()
        if not text or not record_id:
            return

        def work(vault: Vault, _s: TaskState) -> Any:
            return followup_service.ask(vault, str(record_id), text)

        self.ask_button.setEnabled(False)
        self.session.op(work, on_success=self._asked, on_failure=self._failed, owner=self)

    def _asked(self, _result: object) -> None:
        self.question.clear()
        self.notice.show_message(
            "ok", self.tr("Question saved. It travels with the next bundle of this case.")
        )

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)
        self._update_button()
