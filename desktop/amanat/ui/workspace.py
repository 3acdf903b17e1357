"""The unlocked workspace: navigation (cases, people, places), search, the case view.

Created at unlock and deleted at lock: everything below it (models, caches, editors,
viewers) goes with it. Before that, ``flush`` queues the last save of an open draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import Cancelled
from amanat.services import demo as demo_service
from amanat.storage.vault import Vault
from amanat.ui.case_form import NewCaseDialog
from amanat.ui.cases_section import CasesSection
from amanat.ui.messages import describe_error
from amanat.ui.people_places import PeopleSection, PlacesSection
from amanat.ui.search_panel import SearchPanel
from amanat.ui.session import Session
from amanat.ui.style import icon
from amanat.ui.widgets import BusyBar, named
from amanat.ui.worker import Op, TaskState

if TYPE_CHECKING:
    from amanat.ui.window import AppWindow

DEMO_CASES = 300
SECTIONS = ("cases", "people", "places")


class Workspace(QWidget):
    def __init__(self, session: Session, window: AppWindow) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.session = session
        self.app_window = window
        self._demo_op: Op | None = None
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
        right.setContentsMargins(12, 10, 12, 6)
        search_row = QHBoxLayout()
        self.search = named(QLineEdit(), "searchField", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search cases and people in any script (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search_row.addWidget(self.search, 1)
        self.lock_button = named(
            QPushButton(icon("lock"), self.tr("Lock")), "lockButton", self.tr("Lock the vault")
        )
        self.lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_button.clicked.connect(session.lock)
        search_row.addWidget(self.lock_button)
        right.addLayout(search_row)
        self.demo_row = QWidget()
        demo_layout = QHBoxLayout(self.demo_row)
        demo_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoLabel")
        self.demo_busy = BusyBar("demoProgress", self.tr("Creating demo cases"))
        self.demo_cancel = named(QPushButton(self.tr("Cancel")), "cancelDemo", self.tr("Cancel"))
        self.demo_cancel.clicked.connect(self.cancel_demo)
        demo_layout.addWidget(self.demo_label)
        demo_layout.addWidget(self.demo_busy, 1)
        demo_layout.addWidget(self.demo_cancel)
        self.demo_row.hide()
        right.addWidget(self.demo_row)
        self.sections = QStackedWidget()
        self.sections.setObjectName("sections")
        self.cases = CasesSection(session)
        self.sections.addWidget(self.cases)
        # The other sections are built the first time they are shown: building every
        # widget at unlock would hold the GUI thread for too long.
        self._people: PeopleSection | None = None
        self._places: PlacesSection | None = None
        self._search_panel: SearchPanel | None = None
        self._slots = {name: QWidget() for name in ("people", "places", "search")}
        for slot in self._slots.values():
            self.sections.addWidget(slot)
        right.addWidget(self.sections, 1)
        outer.addLayout(right, 1)

        self.navigation.currentRowChanged.connect(self._section_chosen)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.cases.new_case_button.clicked.connect(self.new_case)
        window.act_find.triggered.connect(self.focus_search)
        window.act_new_case.triggered.connect(self.new_case)
        window.act_new_testimony.triggered.connect(self.new_testimony)
        window.act_attach.triggered.connect(self.attach_files)
        window.act_cases.triggered.connect(lambda: self.navigation.setCurrentRow(0))
        window.act_people.triggered.connect(lambda: self.navigation.setCurrentRow(1))
        window.act_places.triggered.connect(lambda: self.navigation.setCurrentRow(2))
        session.locking.connect(self.flush)
        self.navigation.setCurrentRow(0)
        self.setTabOrder(self.navigation, self.search)
        self.setTabOrder(self.search, self.lock_button)
        self.cases.start()

    # -- sections -----------------------------------------------------------------------------
    def _install(self, name: str, widget: QWidget) -> None:
        slot = self._slots.pop(name)
        index = self.sections.indexOf(slot)
        current = self.sections.currentWidget() is slot
        self.sections.insertWidget(index, widget)
        self.sections.removeWidget(slot)
        slot.deleteLater()
        if current:
            self.sections.setCurrentWidget(widget)

    @property
    def people(self) -> PeopleSection:
        if self._people is None:
            self._people = PeopleSection(self.session)
            self._people.open_case.connect(self.open_case)
            self._install("people", self._people)
        return self._people

    @property
    def places(self) -> PlacesSection:
        if self._places is None:
            self._places = PlacesSection(self.session)
            self._places.show_cases_at.connect(self._cases_at_place)
            self._install("places", self._places)
        return self._places

    @property
    def search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            self._search_panel = SearchPanel(self.session)
            self._search_panel.open_case.connect(self.open_case)
            self._install("search", self._search_panel)
        return self._search_panel

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row]
        widget = {"cases": lambda: self.cases, "people": lambda: self.people,
                  "places": lambda: self.places}[key]()  # fmt: skip
        self.sections.setCurrentWidget(widget)
        if key == "places":
            self.places.load()

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(SECTIONS.index(key))

    def open_case(self, case_id: str) -> None:
        self.show_section("cases")
        self.sections.setCurrentWidget(self.cases)
        self.cases.show_case(case_id)

    def _cases_at_place(self, place_id: str, is_facility: bool) -> None:
        self.show_section("cases")
        if is_facility:
            self.cases.filters.set_facility(place_id)
        else:
            self.cases.filters.set_hometown(place_id)

    # -- search -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self.sections.setCurrentWidget(self.search_panel)
            self.navigation.clearSelection()
            self.search_panel.set_query(text)
        else:
            if self._search_panel is not None:
                self._search_panel.clear()
            self._section_chosen(max(0, self.navigation.currentRow()))

    def _search_enter(self) -> None:
        if self._search_panel is not None and self.search_panel.cases.rowCount():
            self.search_panel.cases_view.setFocus()
            view = self.search_panel.cases_view
            view.setCurrentIndex(view.model().index(0, 0))  # selectRow fails in RTL

    def _clear_search(self) -> None:
        self.search.clear()

    # -- actions --------------------------------------------------------------------------------
    def new_case(self) -> None:
        case_id = NewCaseDialog.ask(self, self.session)
        if case_id:
            self.app_window.statusBar().showMessage(self.tr("The case was created."), 5000)
            self.search.clear()
            self.show_section("cases")
            self.cases.refresh()
            self.cases.show_case(case_id)

    def new_testimony(self) -> None:
        view = self.cases.case_view
        if view.cd is None:
            self.app_window.statusBar().showMessage(
                self.tr("Open a case first, then add a testimony."), 6000
            )
            return
        self.show_section("cases")
        view.new_testimony()

    def attach_files(self) -> None:
        view = self.cases.case_view
        if view.cd is None or view.editor is not None:
            self.app_window.statusBar().showMessage(
                self.tr("Open a case first, then attach files."), 6000
            )
            return
        self.show_section("cases")
        view.tabs.setCurrentWidget(view.attachments_tab)
        view.attachments_tab.choose_files()

    def flush(self) -> None:
        """Queue the last saves before the lock."""
        if self.cases.built_case_view is not None:
            self.cases.built_case_view.flush()

    def clear(self) -> None:
        """Empty every model and view (at lock, before the workspace is deleted)."""
        self.cases.clear()
        if self._search_panel is not None:
            self._search_panel.clear()
        if self._people is not None:
            self._people.found.clear()
            self._people.duplicates.clear()
        if self._places is not None:
            self._places.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    # -- demo -----------------------------------------------------------------------------------
    def generate_demo(self, cases: int | None = None) -> None:
        cases = DEMO_CASES if cases is None else cases

        def generate(vault: Vault, state: TaskState) -> int:
            report = demo_service.generate_demo(
                vault, cases, progress=state.progress, is_cancelled=state.is_cancelled
            )
            return len(report.cases)

        self.demo_label.setText(self.tr("Creating %n invented case(s) for the demo...", "", cases))
        self.demo_row.show()
        self.demo_busy.start()
        self._demo_op = self.session.op(
            generate,
            on_success=self._demo_done,
            on_failure=self._demo_failed,
            on_progress=self.demo_busy.set_fraction,
            on_done=self._demo_finished,
            owner=self,
        )

    def cancel_demo(self) -> None:
        if self._demo_op is not None:
            self._demo_op.cancel()

    def _demo_done(self, count: int) -> None:
        self.app_window.statusBar().showMessage(
            self.tr("%n demo case(s) created.", "", count), 6000
        )

    def _demo_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.app_window.show_error(error)
        else:
            self.app_window.statusBar().showMessage(describe_error(error), 4000)

    def _demo_finished(self) -> None:
        self._demo_op = None
        self.demo_busy.stop()
        self.demo_row.hide()
        self.cases.refresh()
