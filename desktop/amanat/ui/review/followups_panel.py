"""Follow-up questions in the app (docs/review.md §6).

- ``FollowupsPanel``: the Follow-ups tab of the Review section. Every question with its
  case, what it is about, who asked and when, and its state (open, answered); the
  selected one's answers below; an open question is answered here with a note.
- The case view's Follow-ups tab (questions about one case, and asking one) is
  ``ui.cases.case_followups``; the words both use are ``ui.kit.followup_words``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.services import cases as case_service
from amanat.services import followups as followup_service
from amanat.storage.vault import Vault
from amanat.ui.kit.followup_words import answer_text, followup_columns, followup_rows
from amanat.ui.kit.messages import fill
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.widgets import Notice, button, hint_label, named, section_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


class FollowupsPanel(QWidget):
    open_case = Signal(str)
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("followupsPanel")
        self.session = session
        self.loaded = False
        self._stale = True
        self._restoring = False
        session.changes_applied.connect(self._apply_changes)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("followupsSummary")
        top.addWidget(self.summary, 1)
        self.open_only = named(QCheckBox(self.tr("Only open questions")), "followupsOpenOnly",
                               self.tr("Only open questions"))  # fmt: skip
        self.open_only.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.open_only)
        layout.addLayout(top)
        self.notice = Notice("followupsNotice")
        layout.addWidget(self.notice)
        self.model = RowsModel(followup_columns(True), parent=self)
        self.view = make_table("followupsTable", self.tr("Follow-up questions"), self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        # The row chosen when the list loads shows its answers without counting them as
        # read; clicking it (chosen already, so no row change) is reading them.
        self.view.clicked.connect(lambda _index: self._show_selected())
        self.view.activated.connect(lambda _index: self._open_selected())
        layout.addWidget(self.view, 1)
        self._build_answer(layout)

    def _build_answer(self, layout: QVBoxLayout) -> None:
        layout.addWidget(section_label(self.tr("Answers")))
        self.answers = QLabel()
        self.answers.setObjectName("followupAnswers")
        self.answers.setWordWrap(True)
        layout.addWidget(self.answers)
        self.answer_text = QPlainTextEdit()
        self.answer_text.setObjectName("followupAnswerText")
        self.answer_text.setAccessibleName(self.tr("Your answer"))
        self.answer_text.setPlaceholderText(self.tr("Your answer to the selected question"))
        self.answer_text.setMaximumHeight(90)
        self.answer_text.textChanged.connect(self._update_buttons)
        layout.addWidget(self.answer_text)
        row = QHBoxLayout()
        self.answer_kind = named(QComboBox(), "followupAnswerKind", self.tr("Answer with"))
        self.answer_kind.addItem(self.tr("A note"), "note")
        self.answer_kind.addItem(self.tr("A note and the record as corrected now"), "correction")
        self.answer_kind.addItem(self.tr("A note and a testimony of the case"), "testimony")
        self.answer_kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.answer_kind.setToolTip(
            self.tr(
                "Correct the record first (open the case), then answer: the answer links"
                " to the corrected version."
            )
        )
        row.addWidget(self.answer_kind)
        self.answer_testimony = named(
            QComboBox(), "followupAnswerTestimony", self.tr("The testimony that answers it")
        )
        self.answer_testimony.hide()
        row.addWidget(self.answer_testimony)
        self.answer_button = button(self.tr("Answer"), "answerFollowup", role="primary")
        self.answer_button.clicked.connect(self.answer_selected)
        self.open_button = button(self.tr("Open the case"), "openFollowupCase")
        self.open_button.clicked.connect(self._open_selected)
        row.addWidget(self.answer_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Questions travel with the next bundle of their case. An answer here"
                    " goes back the same way, and the question is answered on both sides."
                    " To answer with a correction or a new testimony, make it in the case"
                    " first, then answer here and link it."
                )
            )
        )
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _apply_changes(self, changes: Changes) -> None:
        if changes.cases:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        open_only = self.open_only.isChecked()

        def read(vault: Vault, _s: TaskState) -> list[dict[str, Any]]:
            return followup_service.list_followups(vault, open_only=open_only)

        self.session.op(read, on_success=self._show, on_failure=self.notice.show_error, owner=self)

    def _show(self, found: list[dict[str, Any]]) -> None:
        self.loaded = True
        current = self._selected()
        self.model.set_rows(followup_rows(found))
        self.view.resizeColumnsToContents()
        waiting = sum(1 for q in found if q["state"] == "open")
        self.summary.setText(
            fill(self.tr("%1 questions, %2 open."), str(len(found)), str(waiting))
            if found
            else self.tr("No follow-up questions.")
        )
        ids = [r["id"] for r in self.model.rows]
        wanted = ids.index(current["id"]) if current and current["id"] in ids else 0
        self._restoring = True  # a selection made here is not the reviewer reading
        try:
            if ids:
                self.view.setCurrentIndex(self.model.index(wanted, 0))
            self._show_selected()
        finally:
            self._restoring = False

    def _selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        q = self._selected()
        if q is None:
            self.answers.setText("")
        elif q["answers"]:
            self.answers.setText("\n".join(answer_text(a) for a in q["answers"]))
            unseen = not all(a["seen"] for a in q["answers"])
            if q["asked_here"] and unseen and not self._restoring:
                self._mark_seen(str(q["case"]))
        else:
            self.answers.setText(self.tr("Not answered yet."))
        if self.answer_kind.currentData() == "testimony":
            self._kind_changed()  # the testimonies of the newly chosen question's case
        self._update_buttons()

    def _kind_changed(self) -> None:
        """With "a testimony of the case", offer the selected question's testimonies."""
        q = self._selected()
        wanted = self.answer_kind.currentData() == "testimony" and q is not None
        self.answer_testimony.setVisible(wanted)
        self.answer_testimony.clear()
        if wanted and q is not None:
            case_id = str(q["case"])

            def read(vault: Vault, _s: TaskState) -> list[dict[str, Any]]:
                return list(case_service.get_case(vault, case_id).get("testimonies") or [])

            self.session.op(
                read, on_success=self._testimonies, on_failure=self.notice.show_error, owner=self
            )
        self._update_buttons()

    def _testimonies(self, testimonies: list[dict[str, Any]]) -> None:
        self.answer_testimony.clear()
        for i, t in enumerate(testimonies, start=1):
            speaker = (t.get("speaker") or {}).get("names") or [{}]
            text = fill(self.tr("Testimony %1: %2"), str(i), speaker[0].get("text") or "")
            self.answer_testimony.addItem(text, str(t["id"]))
        self._update_buttons()

    def _mark_seen(self, case_id: str) -> None:
        """The reviewer has read the answers: the case leaves the queue's "answered
        follow-ups" (services.followups.answered_unseen_case_ids)."""

        def work(vault: Vault, _s: TaskState) -> Any:
            return followup_service.mark_seen(vault, case_id)

        self.session.op(work, on_failure=self.notice.show_error, owner=self)

    def _update_buttons(self) -> None:
        q = self._selected()
        self.open_button.setEnabled(q is not None)
        needs_testimony = self.answer_kind.currentData() == "testimony"
        self.answer_button.setEnabled(
            q is not None
            and bool(self.answer_text.toPlainText().strip())
            and (not needs_testimony or self.answer_testimony.currentData() is not None)
        )

    def _open_selected(self) -> None:
        q = self._selected()
        if q is not None:
            self.open_case.emit(str(q["case"]))

    def answer_selected(self) -> None:
        q = self._selected()
        text = self.answer_text.toPlainText().strip()
        if q is None or not text:
            return
        followup_id = str(q["id"])
        kind = str(self.answer_kind.currentData())
        record_id = {
            "correction": str(q["target"]),
            "testimony": self.answer_testimony.currentData(),
        }.get(kind)

        def work(vault: Vault, _s: TaskState) -> Any:
            return followup_service.answer(vault, followup_id, text, kind=kind, record_id=record_id)

        self.answer_button.setEnabled(False)
        self.session.op(work, on_success=self._answered, on_failure=self._failed, owner=self)

    def _answered(self, _result: object) -> None:
        self.answer_text.clear()
        self.status_message.emit(
            self.tr("Answer saved. It travels with the next bundle of the case."), 5000
        )

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)
        self._update_buttons()
