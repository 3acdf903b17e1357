"""Correct the case's own fields: title, assignee, our reference, summary (the status
has its own control in the case's header). services.cases.update_case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.cases.edit_form import EditDialog, FieldProblem, form_layout, line, value_or_none
from amanat.ui.kit.widgets import named
from amanat.ui.ops.session import Session


class CaseDialog(EditDialog):
    dialog_name = "caseDialog"

    def __init__(self, parent: QWidget | None, session: Session, cd: CaseDoc) -> None:
        self.cd = cd
        self.case_id = str(cd.doc.get("id", ""))
        super().__init__(
            parent,
            session,
            QCoreApplication.translate("CaseDialog", "Correct the case"),
            self.case_id,
        )
        doc = cd.doc
        self.title_edit.setText(str(doc.get("title") or ""))
        self.assignee.setText(str(doc.get("assignee") or ""))
        self.reference.setText(str(doc.get("reference") or ""))
        self.summary.setPlainText(str(doc.get("summary") or ""))
        self.resize(620, 460)
        self.title_edit.setFocus()

    def _build_body(self, layout: QVBoxLayout) -> None:
        form = form_layout()
        self.title_edit = line("caseTitleInput", self.tr("Case title"))
        form.addRow(self.tr("T&itle:"), self.title_edit)
        self.assignee = line("caseAssignee", self.tr("Assignee"))
        form.addRow(self.tr("&Assignee:"), self.assignee)
        self.reference = line("caseReference", self.tr("Our reference"))
        form.addRow(self.tr("&Reference:"), self.reference)
        self.summary = named(QPlainTextEdit(), "caseSummary", self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        layout.addLayout(form)

    def document(self) -> dict[str, Any]:
        title = self.title_edit.text().strip()
        if not title:
            raise FieldProblem(self.title_edit, self.tr("the title is empty."))
        return {
            "title": title,
            "assignee": value_or_none(self.assignee),
            "reference": value_or_none(self.reference),
            "summary": self.summary.toPlainText().strip() or None,
        }

    def save(self, vault: Vault, doc: Any) -> object:
        return case_service.update_case(vault, self.case_id, **doc)

    def field_widget(self, path: str) -> tuple[QWidget, str] | None:
        return {
            "title": (self.title_edit, self.tr("the title")),
            "assignee": (self.assignee, self.tr("the assignee")),
            "reference": (self.reference, self.tr("our reference")),
            "summary": (self.summary, self.tr("the summary")),
        }.get(path.removeprefix("case."))

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, cd: CaseDoc) -> bool:
        dialog = cls(parent, session, cd)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
