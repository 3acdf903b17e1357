"""A new case: the person of concern (names by script, birth, hometown, status,
identifier), the case's own fields, and optionally the first event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.case_json import guess_script
from amanat.domain.dates import PartialDate
from amanat.domain.errors import AmanatError, ValidationError
from amanat.domain.model import KNOWN_SCRIPT_TAGS
from amanat.services import cases as case_service
from amanat.services.base import Created
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import codes, label, vocab_choices
from amanat.ui.kit.messages import fill
from amanat.ui.kit.place_picker import PlacePicker
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import BusyBar, Notice, button, named, title_label
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def _script_combo(name: str, accessible: str) -> QComboBox:
    combo = named(QComboBox(), name, accessible)
    combo.addItem(QCoreApplication.translate("NewCaseDialog", "Detect from the text"), None)
    for tag in KNOWN_SCRIPT_TAGS:
        combo.addItem(label("script", tag), tag)
    return combo


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        self.session = session
        self.case_id: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("New case"), factor=1.3))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._build_person_group())
        layout.addWidget(self._build_case_group())
        layout.addWidget(self._build_event_group())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.notice = Notice("newCaseNotice")
        outer.addWidget(self.notice)
        self.busy = BusyBar("newCaseBusy", self.tr("Saving the case"))
        self.work = Background(self, session, busy=self.busy, on_error=self._failed)
        self.work.running_changed.connect(self._busy_changed)
        outer.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = button(
            self.tr("Create case"), "createCaseButton", self.tr("Create case")
        )
        set_role(self.create_button, "primary")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        self.create_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(640, 720)
        self.name.setFocus()

    def _build_person_group(self) -> QGroupBox:
        person = QGroupBox(self.tr("Person of concern"))
        form = QFormLayout(person)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = named(QLineEdit(), "personName", self.tr("Name"))
        self.name.setPlaceholderText(self.tr("As the family writes it, in any script"))
        self.name_script = _script_combo("personNameScript", self.tr("Script of the name"))
        form.addRow(self.tr("&Name:"), self._pair(self.name, self.name_script))
        self.other_name = named(QLineEdit(), "personOtherName", self.tr("Name in another script"))
        self.other_name.setPlaceholderText(self.tr("Optional: e.g. in Latin letters or Chinese"))
        self.other_script = _script_combo(
            "personOtherNameScript", self.tr("Script of the other name")
        )
        form.addRow(self.tr("&Other spelling:"), self._pair(self.other_name, self.other_script))
        self.sex = named(QComboBox(), "personSex", self.tr("Sex"))
        for code in codes("sex"):
            self.sex.addItem(label("sex", code), code)
        self.sex.setCurrentIndex(self.sex.findData("unknown"))
        form.addRow(self.tr("&Sex:"), self.sex)
        self.birth = named(QLineEdit(), "personBirth", self.tr("Date of birth"))
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY; ~ for about"))
        form.addRow(self.tr("&Born:"), self.birth)
        self.ethnicity = named(QComboBox(), "personEthnicity", self.tr("Ethnicity"))
        self.ethnicity.addItem(self.tr("Not given"), None)
        for code, text in vocab_choices("ethnicity"):
            self.ethnicity.addItem(text, code)
        form.addRow(self.tr("&Ethnicity:"), self.ethnicity)
        # Suggestions from the gazetteer in every script; a new place is added to it.
        self.hometown = PlacePicker(self.session, "personHometown", self.tr("Hometown"))
        self.hometown.setPlaceholderText(self.tr("Town or county, e.g. Ghulja"))
        form.addRow(self.tr("&Hometown:"), self.hometown)
        self.status = named(QComboBox(), "personStatus", self.tr("Current status"))
        self.status.addItem(self.tr("Not known"), None)
        for code in codes("person_status"):
            self.status.addItem(label("person_status", code), code)
        self.status_date = named(QLineEdit(), "personStatusDate", self.tr("Status since"))
        self.status_date.setPlaceholderText(self.tr("since (YYYY-MM)"))
        form.addRow(self.tr("S&tatus:"), self._pair(self.status, self.status_date))
        self.id_scheme = named(QComboBox(), "identifierScheme", self.tr("Kind of identifier"))
        for code in codes("identifier_scheme"):
            self.id_scheme.addItem(label("identifier_scheme", code), code)
        self.id_value = named(QLineEdit(), "identifierValue", self.tr("Identifier"))
        self.id_value.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("&Identifier:"), self._pair(self.id_scheme, self.id_value))
        return person

    def _build_case_group(self) -> QGroupBox:
        case = QGroupBox(self.tr("Case"))
        form = QFormLayout(case)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = named(QLineEdit(), "caseTitleInput", self.tr("Case title"))
        self.title.setPlaceholderText(
            self.tr("e.g. Detention of ... (left empty: made from the name)")
        )
        form.addRow(self.tr("T&itle:"), self.title)
        self.assignee = named(QLineEdit(), "caseAssignee", self.tr("Assignee"))
        form.addRow(self.tr("&Assignee:"), self.assignee)
        self.reference = named(QLineEdit(), "caseReference", self.tr("Our reference"))
        form.addRow(self.tr("&Reference:"), self.reference)
        self.summary = named(QPlainTextEdit(), "caseSummary", self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        return case

    def _build_event_group(self) -> QGroupBox:
        event = QGroupBox(self.tr("What happened (optional)"))
        form = QFormLayout(event)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.event_type = named(QComboBox(), "eventType", self.tr("Event"))
        self.event_type.addItem(self.tr("No event yet"), None)
        for code, text in vocab_choices("event_type"):
            self.event_type.addItem(text, code)
        form.addRow(self.tr("E&vent:"), self.event_type)
        self.event_date = named(QLineEdit(), "eventDate", self.tr("Event date"))
        self.event_date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        form.addRow(self.tr("&Date:"), self.event_date)
        self.event_place = PlacePicker(self.session, "eventPlace", self.tr("Event place"))
        self.event_place.setPlaceholderText(self.tr("e.g. the camp or police station"))
        form.addRow(self.tr("&Place:"), self.event_place)
        self.event_reason = named(QLineEdit(), "eventReason", self.tr("Stated reason"))
        form.addRow(self.tr("Stated &reason:"), self.event_reason)
        return event

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 3)
        row.addWidget(second, 2)
        return box

    def _date(self, edit: QLineEdit, what: str, problems: list[str]) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            PartialDate.parse(text, "date")
        except ValidationError:
            problems.append(what)
            return None
        return text

    def document(self) -> tuple[dict[str, Any], list[str]]:
        problems: list[str] = []
        name = self.name.text().strip()
        if not name:
            problems.append(self.tr("the name of the person of concern"))
        names = [{"text": name, "script": self.name_script.currentData() or guess_script(name)}]
        other = self.other_name.text().strip()
        if other:
            names.append(
                {
                    "text": other,
                    "script": self.other_script.currentData() or guess_script(other),
                    "type": "alias",
                }
            )
        person: dict[str, Any] = {"names": names, "sex": self.sex.currentData()}
        birth = self._date(self.birth, self.tr("the date of birth"), problems)
        if birth:
            person["birth_date"] = birth
        if self.ethnicity.currentData():
            person["ethnicity"] = self.ethnicity.currentData()
        hometown = self.hometown.value()
        if hometown is not None:
            person["hometown"] = hometown
        if self.status.currentData():
            entry: dict[str, Any] = {"status": self.status.currentData()}
            since = self._date(self.status_date, self.tr("the status date"), problems)
            if since:
                entry["date"] = since
            person["status"] = [entry]
        if self.id_value.text().strip():
            person["identifiers"] = [
                {"scheme": self.id_scheme.currentData(), "value": self.id_value.text().strip()}
            ]
        title = self.title.text().strip() or fill(
            # The title is stored: no isolation marks in the data.
            self.tr("Case of %1"),
            name,
            isolated=False,
        )
        doc: dict[str, Any] = {"title": title, "person": person}
        for key, edit in (("assignee", self.assignee), ("reference", self.reference)):
            if edit.text().strip():
                doc[key] = edit.text().strip()
        if self.summary.toPlainText().strip():
            doc["summary"] = self.summary.toPlainText().strip()
        if self.event_type.currentData():
            event: dict[str, Any] = {"type": self.event_type.currentData()}
            date = self._date(self.event_date, self.tr("the event date"), problems)
            if date:
                event["date"] = date
            place = self.event_place.value()
            if place is not None:
                event["place"] = place
            if self.event_reason.text().strip():
                event["stated_reason"] = self.event_reason.text().strip()
            doc["events"] = [event]
        return doc, problems

    def submit(self) -> None:
        if self.work.running:
            return
        doc, problems = self.document()
        if problems:
            self.notice.show_message(
                "error", fill(self.tr("Please check: %1."), ", ".join(problems))
            )
            return
        self.notice.clear()

        def add(vault: Vault, _s: TaskState) -> Created:
            return case_service.add_case(vault, doc)  # its changes are broadcast

        self.work.start(add, lambda r: self._added(r.id))

    def field_widget(self, path: str) -> QWidget | None:
        """The input of a field path of the document (``person.identifiers[0].value``)."""
        widgets: dict[str, QWidget] = {
            "person.names[0]": self.name,
            "person.names[0].script": self.name_script,
            "person.names[1]": self.other_name,
            "person.names[1].script": self.other_script,
            "person.sex": self.sex,
            "person.birth_date": self.birth,
            "person.ethnicity": self.ethnicity,
            "person.hometown": self.hometown,
            "person.status[0]": self.status,
            "person.status[0].date": self.status_date,
            "person.identifiers[0].scheme": self.id_scheme,
            "person.identifiers[0]": self.id_value,
            "title": self.title,
            "assignee": self.assignee,
            "reference": self.reference,
            "summary": self.summary,
            "events[0]": self.event_type,
            "events[0].date": self.event_date,
            "events[0].place": self.event_place,
            "events[0].stated_reason": self.event_reason,
        }
        key = path
        while key:
            if key in widgets:
                return widgets[key]
            key = key.rpartition(".")[0]
        return None

    def _failed(self, error: BaseException) -> None:
        """The error in words, and the keyboard focus in the field it is about."""
        self.notice.show_error(error)
        field = error.params.get("field") if isinstance(error, AmanatError) else None
        widget = self.field_widget(str(field)) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _busy_changed(self, running: bool) -> None:
        self.create_button.setEnabled(not running)

    def _added(self, case_id: str) -> None:
        self.case_id = case_id
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session) -> str | None:
        dialog = cls(parent, session)
        try:
            dialog.exec()
            return dialog.case_id
        finally:
            dialog.deleteLater()
