"""Add or correct an event of the case: what happened, when, where (a gazetteer place,
picked as it is typed in any script, or a new one), the stated reason, the description.

Saved as a new event or a new revision of it (services.edits.add_event, update_event);
the sentence, victim and source testimonies are kept as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from amanat.services import edits
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.cases.edit_form import (
    EditDialog,
    FieldProblem,
    choice_combo,
    date_text,
    form_layout,
    line,
    value_or_none,
)
from amanat.ui.kit.labels import vocab_choices
from amanat.ui.kit.place_picker import PlacePicker
from amanat.ui.kit.widgets import named
from amanat.ui.ops.session import Session


class EventDialog(EditDialog):
    dialog_name = "eventDialog"

    def __init__(
        self, parent: QWidget | None, session: Session, cd: CaseDoc, event_id: str | None = None
    ) -> None:
        self.cd = cd
        self.case_id = str(cd.doc.get("id", ""))
        self.event_id = event_id
        self.original: Mapping[str, Any] = next(
            (e for e in cd.doc.get("events") or () if e.get("id") == event_id), {}
        )
        title = (
            QCoreApplication.translate("EventDialog", "Correct the event")
            if event_id
            else QCoreApplication.translate("EventDialog", "Add an event")
        )
        super().__init__(parent, session, title, event_id)
        self.resize(620, 480)
        self._fill()

    def _build_body(self, layout: QVBoxLayout) -> None:
        form = form_layout()
        self.type = choice_combo(
            "eventType",
            self.tr("Event"),
            [(None, self.tr("Choose what happened")), *vocab_choices("event_type")],
            None,
        )
        form.addRow(self.tr("E&vent:"), self.type)
        self.date = line(
            "eventDate", self.tr("Date"), placeholder=self.tr("YYYY-MM-DD, YYYY-MM or YYYY")
        )
        form.addRow(self.tr("&Date:"), self.date)
        self.end_date = line(
            "eventEndDate", self.tr("Until"), placeholder=self.tr("Optional: when it ended")
        )
        form.addRow(self.tr("&Until:"), self.end_date)
        self.place = PlacePicker(self.session, "eventPlace", self.tr("Place"))
        self.place.setPlaceholderText(self.tr("Type in any script and choose, e.g. a camp"))
        form.addRow(self.tr("&Place:"), self.place)
        self.reason = line("eventReason", self.tr("Stated reason"))
        form.addRow(self.tr("Stated &reason:"), self.reason)
        self.description = named(QPlainTextEdit(), "eventDescription", self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        form.addRow(self.tr("Descr&iption:"), self.description)
        layout.addLayout(form)

    def _fill(self) -> None:
        e = self.original
        index = self.type.findData(e.get("type"))
        if index < 0 and e.get("type"):
            self.type.addItem(str(e["type"]), e["type"])
            index = self.type.count() - 1
        self.type.setCurrentIndex(max(0, index))
        self.date.setText(str(e.get("date") or ""))
        self.end_date.setText(str(e.get("end_date") or ""))
        place = e.get("place")
        self.place.set_place(place, self.cd.place_label(place) if place else "")
        self.reason.setText(str(e.get("stated_reason") or ""))
        self.description.setPlainText(str(e.get("description") or ""))
        self.type.setFocus()

    def document(self) -> dict[str, Any]:
        if not self.type.currentData():
            raise FieldProblem(self.type, self.tr("what happened: choose the kind of event."))
        doc: dict[str, Any] = {"type": self.type.currentData()}
        date = date_text(self.date, self.tr("the date"))
        end = date_text(self.end_date, self.tr("the end date"))
        if date:
            doc["date"] = date
        if end:
            doc["end_date"] = end
        place = self.place.value()
        if place is not None:
            doc["place"] = place
        if value_or_none(self.reason):
            doc["stated_reason"] = value_or_none(self.reason)
        if self.description.toPlainText().strip():
            doc["description"] = self.description.toPlainText().strip()
        for key in ("sentence", "sensitivity"):
            if self.original.get(key):
                doc[key] = self.original[key]
        return doc

    def save(self, vault: Vault, doc: Any) -> object:
        if self.event_id is None:
            return edits.add_event(vault, self.case_id, doc)
        return edits.update_event(vault, self.event_id, doc)

    def field_widget(self, path: str) -> tuple[QWidget, str] | None:
        leaf = path.split(".", 1)[1] if path.startswith("events[") and "." in path else path
        leaf = leaf.split(".", 1)[0]
        return {
            "type": (self.type, self.tr("the kind of event")),
            "date": (self.date, self.tr("the date")),
            "end_date": (self.end_date, self.tr("the end date")),
            "place": (self.place, self.tr("the place")),
            "stated_reason": (self.reason, self.tr("the stated reason")),
            "description": (self.description, self.tr("the description")),
        }.get(leaf)

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, cd: CaseDoc, event_id: str | None = None
    ) -> bool:
        dialog = cls(parent, session, cd, event_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
