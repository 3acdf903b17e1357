"""A place field that suggests gazetteer places as they are typed, in every script.

Each suggestion shows all of a place's labels ("Ghulja · Құлжа · 伊宁 — Ili"), so typing
"Құл" or "Ghu" or "伊" finds the same place. Choosing one (or typing one of its labels
exactly) picks that place; any other text names a new place, added to the gazetteer
when the form is saved (storage.places.PlaceResolver).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from amanat.services import places as place_service
from amanat.services.places import PlaceSuggestion
from amanat.ui.kit.messages import fill
from amanat.ui.ops.session import Session

PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class _PlaceCompleter(QCompleter):
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # The field gets the place's own name, not the whole suggestion row.
        return str(index.data(NAME_ROLE) or "")


class PlacePicker(QLineEdit):
    """``value()``: None (empty), ``{"id": ...}`` (a known place) or the text of a new
    place; the same shapes docs/case-json.md accepts for a place."""

    loaded = Signal()

    def __init__(
        self,
        session: Session,
        object_name: str,
        accessible_name: str,
        *,
        facilities: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setToolTip(
            self.tr(
                "Type a place in any script and choose a suggestion; a place not in the"
                " list is added to the gazetteer when you save."
            )
        )
        self.is_loaded = False
        self._chosen: str | None = None
        self._chosen_text = ""
        self._by_label: dict[str, str] = {}
        self.model = QStandardItemModel(self)
        self.completer_ = _PlaceCompleter(self.model, self)
        self.completer_.setObjectName(object_name + "Completer")
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        # The index overload: two places may share a name (a city and its county).
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.textEdited.connect(self._edited)
        session.op(
            lambda v, _s: place_service.place_suggestions(v, facilities=facilities),
            on_success=self._fill,
            owner=self,
        )

    def _fill(self, suggestions: list[PlaceSuggestion]) -> None:
        for s in suggestions:
            if not s.labels:
                continue
            text = " · ".join(s.labels)
            if s.within:
                text = fill(self.tr("%1 — %2"), text, s.within, isolated=False)
            item = QStandardItem(text)
            item.setData(s.id, PLACE_ID_ROLE)
            item.setData(s.labels[0], NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            for label in s.labels:
                self._by_label.setdefault(label.casefold(), s.id)
        self.is_loaded = True
        self.loaded.emit()

    def suggestions(self, typed: str) -> list[str]:
        """What the popup offers for ``typed`` (for tests and screen readers)."""
        self.completer_.setCompletionPrefix(typed)
        model = self.completer_.completionModel()
        return [str(model.index(i, 0).data()) for i in range(model.rowCount())]

    def choose(self, row_text: str) -> None:
        """Pick the suggestion shown as ``row_text`` (as a click in the popup does)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data() == row_text:
                self._activated(index)
                return
        raise KeyError(row_text)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        name = str(index.data(NAME_ROLE) or "")
        self._chosen = str(index.data(PLACE_ID_ROLE) or "") or None
        self._chosen_text = name
        if self.text() != name:
            self.setText(name)

    def _edited(self, text: str) -> None:
        if text != self._chosen_text:
            self._chosen = None

    def set_place(self, place: Mapping[str, Any] | None, label: str) -> None:
        """Show a place of a case document (``{"id", ...}``) by ``label``."""
        self._chosen = None if not isinstance(place, Mapping) else str(place.get("id") or "")
        self._chosen = self._chosen or None
        self._chosen_text = label if self._chosen else ""
        self.setText(label)

    def value(self) -> dict[str, str] | str | None:
        text = self.text().strip()
        if not text:
            return None
        if self._chosen is not None and text == self._chosen_text:
            return {"id": self._chosen}
        known = self._by_label.get(text.casefold())
        if known is not None:
            return {"id": known}
        return text
