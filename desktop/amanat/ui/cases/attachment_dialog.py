"""Correct what is said about an attachment: its description, its role (evidentiary
original or working copy) and the testimony it belongs to. The file itself never
changes (services.edits.update_attachment)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from amanat.services import edits
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.cases.edit_form import EditDialog, choice_combo, form_layout
from amanat.ui.kit.labels import codes, label
from amanat.ui.kit.messages import fill
from amanat.ui.kit.text import partial_date
from amanat.ui.kit.widgets import named
from amanat.ui.ops.session import Session


class AttachmentDialog(EditDialog):
    dialog_name = "attachmentDialog"

    def __init__(
        self, parent: QWidget | None, session: Session, cd: CaseDoc, attachment_id: str
    ) -> None:
        self.cd = cd
        self.attachment_id = attachment_id
        self.original: Mapping[str, Any] = next(
            (a for a in cd.doc.get("attachments") or () if a.get("id") == attachment_id), {}
        )
        super().__init__(
            parent,
            session,
            QCoreApplication.translate("AttachmentDialog", "Correct the attachment"),
            attachment_id,
        )
        self.resize(600, 400)
        self.description.setFocus()

    def _testimony_choices(self) -> list[tuple[str | None, str]]:
        choices: list[tuple[str | None, str]] = [(None, self.tr("No testimony"))]
        for t in self.cd.doc.get("testimonies") or ():
            when = partial_date(t.get("date")) or self.tr("undated")
            choices.append(
                (
                    str(t.get("id")),
                    fill(self.tr("%1, %2"), self.cd.person_name(t.get("speaker")), when),
                )
            )
        return choices

    def _build_body(self, layout: QVBoxLayout) -> None:
        form = form_layout()
        name = QLabel(str(self.original.get("original_name") or ""))
        name.setObjectName("attachmentName")
        form.addRow(self.tr("File:"), name)
        self.description = named(QPlainTextEdit(), "attachmentDescription", self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setPlainText(str(self.original.get("description") or ""))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("&Description:"), self.description)
        self.role = choice_combo(
            "attachmentRole",
            self.tr("Role"),
            [(c, label("attachment_role", c)) for c in codes("attachment_role")],
            self.original.get("role"),
        )
        form.addRow(self.tr("&Role:"), self.role)
        self.testimony = choice_combo(
            "attachmentTestimony",
            self.tr("Belongs to testimony"),
            self._testimony_choices(),
            self.original.get("testimony"),
        )
        form.addRow(self.tr("&Testimony:"), self.testimony)
        layout.addLayout(form)

    def document(self) -> dict[str, Any]:
        return {
            "description": self.description.toPlainText().strip() or None,
            "role": self.role.currentData(),
            "testimony_id": self.testimony.currentData(),
        }

    def save(self, vault: Vault, doc: Any) -> object:
        return edits.update_attachment(vault, self.attachment_id, **doc)

    def field_widget(self, path: str) -> tuple[QWidget, str] | None:
        return {
            "attachment.description": (self.description, self.tr("the description")),
            "role": (self.role, self.tr("the role")),
        }.get(path)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, cd: CaseDoc, attachment_id: str) -> bool:
        dialog = cls(parent, session, cd, attachment_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
