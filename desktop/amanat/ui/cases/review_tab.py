"""The case view's Review tab (docs/review.md §2, §3): this vault's review state and
assignee with their history, and the grades of each testimony and event (Admiralty
code) with their history, newest first. Nothing here changes the field's records: a
review and a grade are records of their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.services import reviews as review_service
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.kit.labels import label
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill
from amanat.ui.kit.review_words import (
    INFO,
    SOURCE,
    STATES,
    choice_text,
    grade_text,
    state_text,
)
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import fit_rows, make_table
from amanat.ui.kit.text import local_time, partial_date
from amanat.ui.kit.widgets import Notice, button, hint_label, named, section_label, title_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def _col(key: str, title: Any, display: Any = None) -> Column:
    return Column(key, title, display=display)


def who(row: dict[str, Any], you: str, unknown: str) -> str:
    """ "you", the contact's name, or words for an unknown author."""
    if row.get("by_you"):
        return you
    return str(row.get("reviewer_name") or unknown)


class GradeDialog(QDialog):
    """Add a grade: the two axes of the Admiralty code, explained, and a reason."""

    def __init__(self, parent: QWidget | None, claim: str) -> None:
        super().__init__(parent)
        self.setObjectName("gradeDialog")
        self.setWindowTitle(self.tr("Add grade"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Add grade"), factor=1.3))
        layout.addWidget(hint_label(fill(self.tr("Grading: %1"), claim), "gradeClaim"))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Judge the two apart. How reliable is the source: the person who"
                    " gave this account, from what you know of them? How credible is the"
                    " information itself: is it confirmed by other sources? A reliable"
                    " source can pass on a rumour; an unknown one can be confirmed."
                    " A new grade never replaces an older one: both stay in the history."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.source = named(QComboBox(), "gradeSource", self.tr("Source reliability"))
        for code, words in SOURCE.items():
            self.source.addItem(choice_text(code, words()), code)
        self.info = named(QComboBox(), "gradeInfo", self.tr("Information credibility"))
        for number, words in INFO.items():
            self.info.addItem(choice_text(number, words()), number)
        self.source.setCurrentIndex(len(SOURCE) - 1)  # "cannot be judged" until chosen
        self.info.setCurrentIndex(len(INFO) - 1)
        self.reason = named(QPlainTextEdit(), "gradeReason", self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why this grade: what you checked, against what."))
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("&Source reliability:"), self.source)
        form.addRow(self.tr("&Information credibility:"), self.info)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = button(self.tr("Add grade"), "gradeOk", role="primary", auto_default=True)
        box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(min(620, max(460, self.fontMetrics().averageCharWidth() * 64)))

    def values(self) -> tuple[str, int, str]:
        return (
            str(self.source.currentData()),
            int(self.info.currentData()),
            self.reason.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, claim: str) -> tuple[str, int, str] | None:
        dialog = cls(parent, claim)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()


class ReviewTab(QWidget):
    """Review state + assignee (with history), and grades of the case's claims."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("reviewTab")
        self.session = session
        self.case_id: str | None = None
        self.cd: CaseDoc | None = None
        self.grades: dict[str, list[dict[str, Any]]] = {}
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Your review of this case and your grades of its accounts. They are"
                    " records of their own: the field's records, and the status it keeps,"
                    " never change."
                )
            )
        )
        self._build_state(layout)
        self._build_grades(layout)
        self.notice = Notice("reviewNotice")
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def _build_state(self, layout: QVBoxLayout) -> None:
        layout.addWidget(section_label(self.tr("Review state")))
        row = QHBoxLayout()
        self.state = named(QComboBox(), "reviewState", self.tr("Review state"))
        for code in STATES:
            self.state.addItem(state_text(code), code)
        self.assignee = named(QLineEdit(), "reviewAssignee", self.tr("Assignee"))
        self.assignee.setPlaceholderText(self.tr("Assigned to (a name)"))
        self.save_button = button(self.tr("Save review"), "saveReview", self.tr("Save review"))
        self.save_button.clicked.connect(self.save_review)
        row.addWidget(self.state)
        row.addWidget(self.assignee, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        you, unknown = self.tr("you"), self.tr("an unknown reviewer")
        self.history = RowsModel(
            [
                _col("created", lambda: self.tr("When"), lambda r: local_time(r.get("created"))),
                _col("who", lambda: self.tr("Who"), lambda r: who(r, you, unknown)),
                _col("change", lambda: self.tr("Change"), self._change_text),
            ],
            parent=self,
        )
        self.history_view = make_table(
            "reviewHistory", self.tr("Review history"), self.history, stretch_column=2
        )
        layout.addWidget(self.history_view)

    def _build_grades(self, layout: QVBoxLayout) -> None:
        layout.addWidget(section_label(self.tr("Grades of the accounts")))
        self.claims = RowsModel(
            [
                _col("label", lambda: self.tr("Testimony or event")),
                _col("count", lambda: self.tr("Grades")),
                _col("current", lambda: self.tr("Current grade")),
            ],
            parent=self,
        )
        self.claims_view = make_table(
            "gradeClaims", self.tr("Testimonies and events"), self.claims, stretch_column=2
        )
        layout.addWidget(self.claims_view)
        row = QHBoxLayout()
        row.addStretch(1)
        self.grade_button = button(self.tr("Add grade..."), "addGrade", self.tr("Add grade"))
        self.grade_button.clicked.connect(self.add_grade)
        row.addWidget(self.grade_button)
        layout.addLayout(row)
        self.history_title = section_label(self.tr("Grades of the chosen account, newest first"))
        layout.addWidget(self.history_title)
        you, unknown = self.tr("you"), self.tr("an unknown reviewer")
        self.grade_history = RowsModel(
            [
                _col("created", lambda: self.tr("When"), lambda r: local_time(r.get("created"))),
                _col(
                    "code",
                    lambda: self.tr("Grade"),
                    lambda r: grade_text(str(r["source"]), int(r["info"])),
                ),
                _col("who", lambda: self.tr("By"), lambda r: who(r, you, unknown)),
                _col("reason", lambda: self.tr("Reason")),
            ],
            parent=self,
        )
        self.grade_history_view = make_table(
            "gradeHistory", self.tr("Grade history, newest first"), self.grade_history,
            stretch_column=3,
        )  # fmt: skip
        layout.addWidget(self.grade_history_view)
        self.claims_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_claim_history()
        )

    def _change_text(self, row: dict[str, Any]) -> str:
        parts = []
        if row.get("state") != row.get("from_state"):
            parts.append(
                fill(
                    self.tr("%1 → %2"), state_text(row.get("from_state")), state_text(row["state"])
                )
            )
        if row.get("assignee") != row.get("from_assignee"):
            parts.append(
                fill(self.tr("assigned to %1"), row["assignee"])
                if row.get("assignee")
                else self.tr("no longer assigned")
            )
        return "; ".join(parts) or state_text(row.get("state"))

    # -- loading --------------------------------------------------------------------------
    def show_case(self, cd: CaseDoc) -> None:
        self.cd = cd
        self.case_id = cd.id
        self._generation += 1
        generation = self._generation
        case_id = cd.id
        self.session.op(
            lambda vault, _s: review_service.case_review_data(vault, case_id),
            on_success=lambda data: self._loaded(generation, data),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _claim_rows(self, cd: CaseDoc) -> list[dict[str, Any]]:
        rows = []
        for t in cd.doc.get("testimonies") or []:
            speaker = cd.person_name(t.get("speaker"))
            when = partial_date(t.get("date"))
            text = fill(self.tr("Testimony of %1"), speaker)
            if when:
                text = fill(self.tr("%1, %2"), text, when)
            rows.append({"id": t["id"], "label": text})
        for e in cd.doc.get("events") or []:
            when = partial_date(e.get("date"))
            text = label("event_type", e.get("type"))
            if when:
                text = fill(self.tr("%1, %2"), text, when)
            rows.append({"id": e["id"], "label": text})
        for row in rows:
            grades = self.grades.get(row["id"], [])
            row["current"] = (
                grade_text(grades[0]["source"], grades[0]["info"]) if grades else self.tr("—")
            )
            row["count"] = str(len(grades))
        return rows

    def _loaded(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation or self.cd is None:
            return
        review = data["review"]
        self.state.setCurrentIndex(max(0, self.state.findData(review["state"])))
        self.assignee.setText(review.get("assignee") or "")
        self.history.set_rows(review["history"])
        fit_rows(self.history_view, 1, 5)
        self.grades = data["grades"]
        chosen = self.chosen_claim()
        self.claims.set_rows(self._claim_rows(self.cd))
        fit_rows(self.claims_view, 1, 6)
        self.claims_view.resizeColumnToContents(0)
        self.claims_view.resizeColumnToContents(1)
        row = next((i for i, r in enumerate(self.claims.rows) if r["id"] == chosen), 0)
        if self.claims.rowCount() > 0:
            self.claims_view.setCurrentIndex(self.claims.index(row, 0))
        self._show_claim_history()
        self.grade_button.setEnabled(self.claims.rowCount() > 0)

    def chosen_claim(self) -> str | None:
        index = self.claims_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.claims.rows):
            return None
        return str(self.claims.rows[index.row()]["id"])

    def _show_claim_history(self) -> None:
        claim = self.chosen_claim()
        self.grade_history.set_rows(list(self.grades.get(claim or "", [])))
        fit_rows(self.grade_history_view, 1, 6)
        for column in (0, 1, 2):
            self.grade_history_view.resizeColumnToContents(column)

    # -- changes --------------------------------------------------------------------------
    def save_review(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        state = str(self.state.currentData())
        assignee = self.assignee.text().strip()

        def save(vault: Vault, _s: TaskState) -> Any:
            return review_service.set_review(vault, case_id, state=state, assignee=assignee)

        self.save_button.setEnabled(False)
        self.session.op(
            save,
            on_success=lambda _r: self.notice.show_message("ok", self.tr("The review was saved.")),
            on_failure=self.notice.show_error,
            on_done=lambda: self.save_button.setEnabled(True),
            owner=self,
        )

    def add_grade(self) -> None:
        claim = self.chosen_claim()
        if claim is None:
            return
        words = next(r["label"] for r in self.claims.rows if r["id"] == claim)
        answer = GradeDialog.ask(self, words)
        if answer is None:
            return
        source, info, reason = answer

        def add(vault: Vault, _s: TaskState) -> Any:
            return review_service.add_grade(vault, claim, source=source, info=info, reason=reason)

        self.session.op(
            add,
            on_success=lambda _r: self.notice.show_message("ok", self.tr("The grade was added.")),
            on_failure=self.notice.show_error,
            owner=self,
        )
