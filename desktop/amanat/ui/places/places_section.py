"""The places section: the gazetteer and its detention facilities, with the cases at each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.services import places as place_service
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import label, preferred_scripts
from amanat.ui.kit.messages import fill
from amanat.ui.kit.widgets import button, hint_label, named
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OWN_ROLE = Qt.ItemDataRole.UserRole + 3  # the cases with an event at the place itself


class PlacesSection(QWidget):
    show_cases_at = Signal(str, bool)  # place id, is a facility

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("placesSection")
        self.session = session
        self.loaded = False
        session.changes_applied.connect(self._apply_changes)
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
        # The names take the room that is left (they are never cut while the pane has
        # space); the kind and the count are as wide as their contents.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(lambda _i: self._show_cases())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.show_button = button(
            self.tr("Show cases here"), "showPlaceCases", self.tr("Show cases here")
        )
        self.show_button.clicked.connect(self._show_cases)
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed: new places, or cases (whose events
        are counted at each place), once the tree has been shown."""
        if (changes.places or changes.cases) and self.loaded:
            self.load()

    def load(self) -> None:
        scripts = preferred_scripts()

        def load(vault: Vault, _s: TaskState) -> tuple[Any, Any, dict[str, int]]:
            return (
                place_service.place_choices(vault, facilities=False, scripts=scripts),
                place_service.place_choices(vault, facilities=True, scripts=scripts),
                place_service.place_case_counts(vault),
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
            count = QStandardItem()
            count.setData(counts.get(place.id, 0), OWN_ROLE)
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            parent = items.get(place.parent_id) if place.parent_id else None
            (parent or self.model.invisibleRootItem()).appendRow([name, kind, count])
            items[place.id] = name
        root = self.model.invisibleRootItem()
        for row in range(root.rowCount()):
            self._total(root, row)
        self.tree.expandToDepth(1)
        self.loaded = True

    def _total(self, parent: QStandardItem, row: int) -> int:
        """Shows, for each place, the cases with an event there or in any place within
        it (a prefecture's total over its counties and their facilities)."""
        name = parent.child(row, 0)
        count = parent.child(row, 2)
        own = int(count.data(OWN_ROLE) or 0)
        total = own + sum(self._total(name, r) for r in range(name.rowCount()))
        count.setText(QLocale().toString(total) if total else "")
        if total != own:
            count.setToolTip(
                fill(
                    self.tr("%1 here, %2 with the places within it"),
                    QLocale().toString(own),
                    QLocale().toString(total),
                )
            )
        return total

    def _show_cases(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        first = index.siblingAtColumn(0)
        place_id = first.data(ID_ROLE)
        if place_id:
            self.show_cases_at.emit(place_id, bool(first.data(ID_ROLE + 1)))

    def clear(self) -> None:
        self.loaded = False
        self.model.removeRows(0, self.model.rowCount())
