"""The unlocked workspace: navigation (cases, people, places), search, the case view.

Created at unlock, deleted at lock: everything below it (models, caches, editors,
viewers) goes with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.ui.session import Session
from amanat.ui.style import icon
from amanat.ui.widgets import named

if TYPE_CHECKING:
    from amanat.ui.window import AppWindow


class Workspace(QWidget):
    def __init__(self, session: Session, window: AppWindow) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.session = session
        self.app_window = window
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.navigation = named(QListWidget(), "navigation", self.tr("Sections"))
        for key, text in (
            ("cases", self.tr("Cases")),
            ("people", self.tr("People")),
            ("places", self.tr("Places")),
        ):
            item = QListWidgetItem(icon(key), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(max(150, self.fontMetrics().averageCharWidth() * 18))
        outer.addWidget(self.navigation)
        right = QVBoxLayout()
        right.setContentsMargins(12, 10, 12, 10)
        self.search = named(QLineEdit(), "searchField", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search cases and people in any script (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        right.addWidget(self.search)
        self.sections = QStackedWidget()
        self.sections.setObjectName("sections")
        for key in ("cases", "people", "places"):
            placeholder = QLabel(key)
            placeholder.setObjectName(f"{key}Section")
            self.sections.addWidget(placeholder)
        right.addWidget(self.sections, 1)
        outer.addLayout(right, 1)
        self.navigation.currentRowChanged.connect(self.sections.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        window.act_find.triggered.connect(self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def generate_demo(self) -> None:
        pass
