"""Correct the person of concern: names in every script, sex, birth, ethnicity,
hometown (from the gazetteer), occupation, status over time and identifiers.

Saved as one new revision of the person (services.edits.update_person); what is not
shown here (contacts, notes, the sensitivity of each item) is kept as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from amanat.domain.case_json import guess_script
from amanat.services import edits
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc
from amanat.ui.cases.edit_form import (
    EditDialog,
    FieldProblem,
    RowList,
    choice_combo,
    date_text,
    form_layout,
    line,
    script_combo,
    value_or_none,
)
from amanat.ui.kit.labels import codes, label, vocab_choices
from amanat.ui.kit.messages import fill
from amanat.ui.kit.place_picker import PlacePicker
from amanat.ui.kit.widgets import section_label
from amanat.ui.ops.session import Session

_ITEM = re.compile(r"^person\.(names|identifiers|status)\[(\d+)\](?:\.(\w+))?")


class PersonDialog(EditDialog):
    dialog_name = "personDialog"

    def __init__(
        self, parent: QWidget | None, session: Session, cd: CaseDoc, person_id: str | None = None
    ) -> None:
        self.cd = cd
        self.original: Mapping[str, Any] = cd.person_by_ref(
            {"id": person_id} if person_id else cd.doc.get("person")
        )
        self.person_id = str(self.original.get("id", ""))
        self.case_id = str(cd.doc.get("id", ""))
        super().__init__(
            parent,
            session,
            QCoreApplication.translate("PersonDialog", "Correct the person of concern"),
            self.person_id,
        )
        self._fill()

    # -- the form ---------------------------------------------------------------------------
    def _build_body(self, layout: QVBoxLayout) -> None:
        layout.addWidget(section_label(self.tr("Names by script")))
        self.names = RowList("personNames", self.tr("Add a name"), self._name_row)
        layout.addWidget(self.names)
        form = form_layout()
        self.sex = choice_combo(
            "personSex", self.tr("Sex"), [(c, label("sex", c)) for c in codes("sex")], "unknown"
        )
        form.addRow(self.tr("&Sex:"), self.sex)
        self.birth = line(
            "personBirth", self.tr("Date of birth"),
            placeholder=self.tr("YYYY-MM-DD, YYYY-MM or YYYY; ~ for about"),
        )  # fmt: skip
        form.addRow(self.tr("&Born:"), self.birth)
        self.ethnicity = choice_combo(
            "personEthnicity",
            self.tr("Ethnicity"),
            [(None, self.tr("Not given")), *vocab_choices("ethnicity")],
            None,
        )
        form.addRow(self.tr("&Ethnicity:"), self.ethnicity)
        self.hometown = PlacePicker(self.session, "personHometown", self.tr("Hometown"))
        self.hometown.setPlaceholderText(self.tr("Type in any script and choose, e.g. Ghulja"))
        form.addRow(self.tr("&Hometown:"), self.hometown)
        self.occupation = line("personOccupation", self.tr("Occupation"))
        form.addRow(self.tr("&Occupation:"), self.occupation)
        layout.addLayout(form)
        layout.addWidget(section_label(self.tr("Status over time")))
        self.statuses = RowList("personStatuses", self.tr("Add a status"), self._status_row)
        layout.addWidget(self.statuses)
        layout.addWidget(section_label(self.tr("Identifiers")))
        self.identifiers = RowList(
            "personIdentifiers", self.tr("Add an identifier"), self._identifier_row
        )
        layout.addWidget(self.identifiers)
        layout.addWidget(section_label(self.tr("Relatives and others in the case")))
        self.relations = RowList("personRelations", self.tr("Add a relation"), self._relation_row)
        layout.addWidget(self.relations)

    def _name_row(self, values: dict[str, Any]) -> list[QWidget]:
        text = line("nameText", self.tr("Name"), values.get("text"))
        text.setProperty("keep", {"sensitivity": values.get("sensitivity", "internal")})
        script = script_combo("nameScript", self.tr("Script of the name"), values.get("script"))
        kind = choice_combo(
            "nameType",
            self.tr("Kind of name"),
            [(c, label("name_type", c)) for c in codes("name_type")],
            values.get("type", "preferred" if not self.names.rows else "alias"),
        )
        return [text, script, kind]

    def _status_row(self, values: dict[str, Any]) -> list[QWidget]:
        status = choice_combo(
            "statusValue",
            self.tr("Status"),
            [(c, label("person_status", c)) for c in codes("person_status")],
            values.get("status", "unknown"),
        )
        status.setProperty("keep", {"source_testimony": values.get("source_testimony")})
        since = line("statusDate", self.tr("Since"), values.get("date"), self.tr("since (YYYY-MM)"))
        source = line("statusSource", self.tr("Source"), values.get("source"), self.tr("Source"))
        return [status, since, source]

    def _relation_row(self, values: dict[str, Any]) -> list[QWidget]:
        others = [
            (pid, self.cd.person_name({"id": pid}))
            for pid in self.cd.persons
            if pid != self.person_id
        ]
        other = choice_combo("relationPerson", self.tr("Who"), others, values.get("person"))
        other.setProperty("keep", {"id": values.get("id")})
        kind = choice_combo(
            "relationType",
            self.tr("is this person's"),
            list(vocab_choices("relation")),
            values.get("type", "relative"),
        )
        source = line("relationSource", self.tr("Source"), values.get("source"), self.tr("Source"))
        return [other, kind, source]

    def _identifier_row(self, values: dict[str, Any]) -> list[QWidget]:
        scheme = choice_combo(
            "identifierScheme",
            self.tr("Kind of identifier"),
            [(c, label("identifier_scheme", c)) for c in codes("identifier_scheme")],
            values.get("scheme", "passport"),
        )
        scheme.setProperty("keep", {"sensitivity": values.get("sensitivity")})
        value = line("identifierValue", self.tr("Identifier"), values.get("value"))
        source = line(
            "identifierSource", self.tr("Source"), values.get("source"), self.tr("Source")
        )
        return [value, scheme, source]

    def _fill(self) -> None:
        p = self.original
        for name in p.get("names") or []:
            self.names.add_row(dict(name) if isinstance(name, Mapping) else {"text": name})
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.get("sex") or "unknown")))
        self.birth.setText(str(p.get("birth_date") or ""))
        index = self.ethnicity.findData(p.get("ethnicity"))
        if index < 0 and p.get("ethnicity"):
            self.ethnicity.addItem(str(p["ethnicity"]), p["ethnicity"])
            index = self.ethnicity.count() - 1
        self.ethnicity.setCurrentIndex(max(0, index))
        hometown = p.get("hometown")
        self.hometown.set_place(hometown, self.cd.place_label(hometown) if hometown else "")
        self.occupation.setText(str(p.get("occupation") or ""))
        for entry in p.get("status") or []:
            self.statuses.add_row(dict(entry))
        for ident in p.get("identifiers") or []:
            self.identifiers.add_row(dict(ident))
        for rel in self.cd.doc.get("relationships") or []:
            if rel.get("other") == self.person_id and rel.get("person") in self.cd.persons:
                self.relations.add_row(dict(rel))
        first = self.names.widgets()
        if first:
            first[0][0].setFocus()

    # -- reading it -------------------------------------------------------------------------
    def _names(self) -> list[dict[str, Any]]:
        names = []
        for i, (text, script, kind) in enumerate(self.names.widgets(), start=1):
            assert isinstance(text, QLineEdit)
            assert isinstance(script, QComboBox) and isinstance(kind, QComboBox)
            value = text.text().strip()
            if not value:
                raise FieldProblem(
                    text,
                    fill(self.tr("name %1 is empty: type it or remove the row."), str(i)),
                )
            keep = text.property("keep") or {}
            names.append(
                {
                    "text": value,
                    "script": script.currentData() or guess_script(value),
                    "type": kind.currentData(),
                    "sensitivity": keep.get("sensitivity") or "internal",
                }
            )
        if not names:
            raise FieldProblem(
                self.names.add_button, self.tr("the person needs at least one name.")
            )
        return names

    def _statuses(self) -> list[dict[str, Any]]:
        out = []
        for i, (status, since, source) in enumerate(self.statuses.widgets(), start=1):
            assert isinstance(status, QComboBox)
            assert isinstance(since, QLineEdit) and isinstance(source, QLineEdit)
            entry: dict[str, Any] = {"status": status.currentData()}
            date = date_text(since, fill(self.tr("the date of status %1"), str(i)))
            if date:
                entry["date"] = date
            if value_or_none(source):
                entry["source"] = value_or_none(source)
            keep = status.property("keep") or {}
            if keep.get("source_testimony"):
                entry["source_testimony"] = keep["source_testimony"]
            out.append(entry)
        return out

    def _identifiers(self) -> list[dict[str, Any]]:
        out = []
        for i, (value, scheme, source) in enumerate(self.identifiers.widgets(), start=1):
            assert isinstance(value, QLineEdit) and isinstance(source, QLineEdit)
            assert isinstance(scheme, QComboBox)
            if not value.text().strip():
                raise FieldProblem(
                    value,
                    fill(self.tr("identifier %1 has no value: type it or remove the row."), str(i)),
                )
            item: dict[str, Any] = {"scheme": scheme.currentData(), "value": value.text().strip()}
            if value_or_none(source):
                item["source"] = value_or_none(source)
            keep = scheme.property("keep") or {}
            if keep.get("sensitivity"):
                item["sensitivity"] = keep["sensitivity"]
            out.append(item)
        return out

    def _relations(self) -> list[dict[str, Any]]:
        out = []
        for other, kind, source in self.relations.widgets():
            assert isinstance(other, QComboBox) and isinstance(kind, QComboBox)
            assert isinstance(source, QLineEdit)
            if not other.currentData():
                raise FieldProblem(other, self.tr("choose who the relation is."))
            item: dict[str, Any] = {"person": other.currentData(), "type": kind.currentData()}
            keep = other.property("keep") or {}
            if keep.get("id"):
                item["id"] = keep["id"]
            if value_or_none(source):
                item["source"] = value_or_none(source)
            out.append(item)
        return out

    def document(self) -> dict[str, Any]:
        p = self.original
        doc: dict[str, Any] = {
            "names": self._names(),
            "sex": self.sex.currentData() or "unknown",
            "identifiers": self._identifiers(),
            "status": self._statuses(),
        }
        birth = date_text(self.birth, self.tr("the date of birth"))
        if birth:
            doc["birth_date"] = birth
        elif p.get("age_range"):
            doc["age_range"] = p["age_range"]
        if self.ethnicity.currentData():
            doc["ethnicity"] = self.ethnicity.currentData()
        hometown = self.hometown.value()
        if hometown is not None:
            doc["hometown"] = hometown
        if value_or_none(self.occupation):
            doc["occupation"] = value_or_none(self.occupation)
        for key in ("contacts", "notes", "sensitivity"):
            if p.get(key):
                doc[key] = p[key]
        return {"person": doc, "relations": self._relations()}

    def save(self, vault: Vault, doc: Any) -> object:
        changes = edits.update_person(vault, self.person_id, doc["person"], case_id=self.case_id)
        return changes.merge(
            edits.set_relations(vault, self.person_id, doc["relations"], case_id=self.case_id)
        )

    def field_widget(self, path: str) -> tuple[QWidget, str] | None:
        relation = re.match(r"^relations\[(\d+)\]", path)
        if relation:
            index = int(relation.group(1))
            widgets = self.relations.widgets()
            if index < len(widgets):
                return widgets[index][0], fill(self.tr("relation %1"), str(index + 1))
        match = _ITEM.match(path)
        if match:
            group, index, _leaf = match.group(1), int(match.group(2)), match.group(3)
            rows = {
                "names": (self.names, self.tr("name %1")),
                "identifiers": (self.identifiers, self.tr("identifier %1")),
                "status": (self.statuses, self.tr("status %1")),
            }[group]
            widgets = rows[0].widgets()
            if index < len(widgets):
                return widgets[index][0], fill(rows[1], str(index + 1))
            return None
        simple = {
            "person.birth_date": (self.birth, self.tr("the date of birth")),
            "person.birth_year": (self.birth, self.tr("the date of birth")),
            "person.occupation": (self.occupation, self.tr("the occupation")),
            "person.ethnicity": (self.ethnicity, self.tr("the ethnicity")),
        }
        if path.startswith("person.hometown"):
            return self.hometown, self.tr("the hometown")
        found = simple.get(path)
        return found

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, cd: CaseDoc, person_id: str | None = None
    ) -> bool:
        dialog = cls(parent, session, cd, person_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
