"""The people section (find a person, possible duplicates across the vault) and the
places section (the gazetteer and its detention facilities)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import Cancelled
from amanat.services import search as search_service
from amanat.services import ui_support
from amanat.storage.vault import Vault
from amanat.ui.case_doc import birth_text
from amanat.ui.labels import duplicate_reason, label, preferred_scripts
from amanat.ui.lazy_model import Column
from amanat.ui.messages import describe_error
from amanat.ui.rows_model import RowsModel
from amanat.ui.session import Session
from amanat.ui.tables import make_table
from amanat.ui.widgets import BusyBar, Notice, hint_label, named, section_label
from amanat.ui.worker import Op, TaskState


class PeopleSection(QWidget):
    open_case = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("peopleSection")
        self.session = session
        self._op: Op | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(self.tr("Find a person")))
        row = QHBoxLayout()
        self.name = named(QLineEdit(), "personSearch", self.tr("Name to look for"))
        self.name.setPlaceholderText(self.tr("A name in any script or spelling"))
        self.name.returnPressed.connect(self.find_person)
        self.find_button = named(QPushButton(self.tr("Find")), "findPerson", self.tr("Find person"))
        self.find_button.clicked.connect(self.find_person)
        row.addWidget(self.name, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.found = RowsModel(
            [
                Column("name", lambda: self.tr("Name")),
                Column(
                    "others",
                    lambda: self.tr("Also written"),
                    display=lambda r: ", ".join(r.get("others", [])),
                ),
                Column(
                    "birth",
                    lambda: self.tr("Born"),
                    display=lambda r: birth_text(r.get("birth"), r.get("age")),
                ),
                Column("hometown", lambda: self.tr("Hometown")),
                Column(
                    "cases",
                    lambda: self.tr("Cases"),
                    display=lambda r: "; ".join(t for _i, t in r.get("cases", [])),
                ),
            ],
            parent=self,
        )
        self.found_view = make_table(
            "personResults", self.tr("People found"), self.found, stretch_column=4
        )
        self.found_view.activated.connect(lambda i: self._open(self.found, i))
        layout.addWidget(self.found_view, 2)
        layout.addWidget(section_label(self.tr("Possible duplicates in the whole vault")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Pairs of people who may be the same person, with the reasons. Nothing is"
                    " merged automatically."
                )
            )
        )
        row = QHBoxLayout()
        self.dup_button = named(
            QPushButton(self.tr("Look for duplicates")),
            "findDuplicates",
            self.tr("Look for duplicates"),
        )
        self.dup_button.clicked.connect(self.find_duplicates)
        self.cancel_button = named(
            QPushButton(self.tr("Cancel")), "cancelDuplicates", self.tr("Cancel")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.busy = BusyBar("duplicatesBusy", self.tr("Looking for duplicates"))
        row.addWidget(self.dup_button)
        row.addWidget(self.busy, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.duplicates = RowsModel(
            [
                Column("name", lambda: self.tr("Person")),
                Column("other_name", lambda: self.tr("May be the same as")),
                Column("why", lambda: self.tr("Why"), display=self._why),
                Column(
                    "score",
                    lambda: self.tr("Score"),
                    display=lambda r: f"{round(100 * r['score'])} %",
                ),
            ],
            parent=self,
        )
        self.duplicates_view = make_table(
            "vaultDuplicates", self.tr("Possible duplicates"), self.duplicates, stretch_column=2
        )
        self.duplicates_view.activated.connect(lambda i: self._open(self.duplicates, i))
        layout.addWidget(self.duplicates_view, 2)
        self.notice = Notice("peopleNotice")
        layout.addWidget(self.notice)

    def _why(self, row: dict[str, Any]) -> str:
        text = "; ".join(duplicate_reason(c, d) for c, d in row.get("reasons", []))
        conflicts = "; ".join(duplicate_reason(c, d) for c, d in row.get("conflicts", []))
        return text + (" — " + self.tr("but: %1").replace("%1", conflicts) if conflicts else "")

    def _open(self, model: RowsModel, index: QModelIndex) -> None:
        row = model.row(index.row()) if index.isValid() else None
        if row and row.get("cases"):
            self.open_case.emit(row["cases"][0][0])

    def find_person(self) -> None:
        name = self.name.text().strip()
        if not name:
            return

        def find(vault: Vault, _s: TaskState) -> list[dict[str, Any]]:
            hits = search_service.search_persons(vault, name, limit=50)
            summaries = ui_support.person_summaries(vault, [h.person_id for h in hits])
            out = []
            for h in hits:
                s = summaries.get(h.person_id)
                if s is None:
                    continue
                out.append(
                    {
                        "id": s.id,
                        "name": s.name,
                        "others": list(s.other_names),
                        "birth": s.birth,
                        "age": s.age,
                        "hometown": s.hometown,
                        "cases": list(s.cases),
                    }
                )
            return out

        self.session.op(
            find,
            on_success=self._found,
            on_failure=lambda e: self.notice.show_message("error", describe_error(e)),
            owner=self,
        )

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.found.set_rows(rows)
        self.found_view.resizeColumnsToContents()
        if not rows:
            self.notice.show_message("info", self.tr("Nobody with a similar name was found."))
        else:
            self.notice.clear()

    def find_duplicates(self) -> None:
        if self._op is not None:
            return

        def find(vault: Vault, state: TaskState) -> list[dict[str, Any]]:
            pairs = search_service.duplicate_candidates(
                vault, limit=500, progress=state.progress, is_cancelled=state.is_cancelled
            )
            summaries = ui_support.person_summaries(
                vault, [p.person_id for p in pairs] + [p.other_id for p in pairs]
            )
            rows = []
            for p in pairs:
                a, b = summaries.get(p.person_id), summaries.get(p.other_id)
                rows.append(
                    {
                        "id": p.person_id,
                        "name": a.name if a else "",
                        "other_name": b.name if b else "",
                        "reasons": list(p.reasons),
                        "conflicts": list(p.conflicts),
                        "score": p.score,
                        "cases": list(a.cases if a else ()) + list(b.cases if b else ()),
                    }
                )
            return rows

        self.dup_button.setEnabled(False)
        self.cancel_button.show()
        self.busy.start()
        self._op = self.session.op(
            find,
            on_success=self._duplicates_found,
            on_failure=self._duplicates_failed,
            on_progress=self.busy.set_fraction,
            on_done=self._duplicates_done,
            owner=self,
        )

    def _duplicates_found(self, rows: list[dict[str, Any]]) -> None:
        self.duplicates.set_rows(rows)
        self.duplicates_view.resizeColumnToContents(0)
        self.duplicates_view.resizeColumnToContents(1)
        self.notice.show_message("info", self.tr("%n possible duplicate(s) found.", "", len(rows)))

    def _duplicates_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.notice.show_message("error", describe_error(error))

    def _duplicates_done(self) -> None:
        self._op = None
        self.dup_button.setEnabled(True)
        self.cancel_button.hide()
        self.busy.stop()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()


ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlacesSection(QWidget):
    show_cases_at = Signal(str, bool)  # place id, is a facility

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("placesSection")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The places of this vault: countries, regions, counties and villages, and"
                    " the detention facilities in them, with the number of cases with an event"
                    " there."
                )
            )
        )
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Place"), self.tr("Kind"), self.tr("Cases")])
        self.tree = named(QTreeView(), "placeTree", self.tr("Places"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.activated.connect(lambda _i: self._show_cases())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.show_button = named(
            QPushButton(self.tr("Show cases here")), "showPlaceCases", self.tr("Show cases here")
        )
        self.show_button.clicked.connect(self._show_cases)
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self) -> None:
        scripts = preferred_scripts()

        def load(vault: Vault, _s: TaskState) -> tuple[Any, Any, dict[str, int]]:
            return (
                ui_support.place_choices(vault, facilities=False, scripts=scripts),
                ui_support.place_choices(vault, facilities=True, scripts=scripts),
                ui_support.place_case_counts(vault),
            )

        self.session.op(load, on_success=self._loaded, owner=self)

    def _loaded(self, result: tuple[list[Any], list[Any], dict[str, int]]) -> None:
        places, facilities, counts = result
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        for place in [*places, *facilities]:
            name = QStandardItem(place.label)
            name.setData(place.id, ID_ROLE)
            name.setData(place.type == "facility", ID_ROLE + 1)
            kind = QStandardItem(
                label("facility_type", place.facility_type)
                if place.facility_type
                else label("place_type", place.type)
            )
            count = QStandardItem(str(counts.get(place.id, "")))
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            parent = items.get(place.parent_id) if place.parent_id else None
            (parent or self.model.invisibleRootItem()).appendRow([name, kind, count])
            items[place.id] = name
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)

    def _show_cases(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        first = index.siblingAtColumn(0)
        place_id = first.data(ID_ROLE)
        if place_id:
            self.show_cases_at.emit(place_id, bool(first.data(ID_ROLE + 1)))

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
