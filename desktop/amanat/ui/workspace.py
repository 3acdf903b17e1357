"""The unlocked workspace: navigation (cases, people, places, contacts), search, the
case view, and the bundle actions (seal the chosen cases, open a received bundle).

Created at unlock and deleted at lock: everything below it (models, caches, editors,
viewers) goes with it. Before that, ``flush`` queues the last save of an open draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
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

from amanat.domain.errors import Cancelled
from amanat.services import demo as demo_service
from amanat.services.bundles import BUNDLE_SUFFIX
from amanat.services.inbox import ScanResult
from amanat.storage.vault import Vault
from amanat.ui.cases.cases_section import CasesSection
from amanat.ui.cases.new_case_dialog import NewCaseDialog
from amanat.ui.exchange.bundle_dialogs import MAX_TITLES_SHOWN, OpenBundleDialog, SealDialog
from amanat.ui.exchange.contacts_section import ContactsSection
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.messages import describe_error
from amanat.ui.kit.style import icon
from amanat.ui.kit.widgets import BusyBar, button, named
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState
from amanat.ui.people.people_section import PeopleSection
from amanat.ui.places.places_section import PlacesSection
from amanat.ui.reports.report_dialog import report_case
from amanat.ui.reports.stats_panel import StatsPanel
from amanat.ui.review.inbox_panel import summary_text
from amanat.ui.review.inbox_watcher import InboxWatcher
from amanat.ui.review.review_section import ReviewSection
from amanat.ui.search.search_panel import SearchPanel

DEMO_CASES = 300
SECTIONS = ("cases", "review", "people", "places", "contacts", "reports")
BUNDLE_FILTERS = ["Sealed bundles (*.age)", "All files (*)"]


class Workspace(QWidget):
    """Talks to the window through signals (``status_message``, ``error_occurred``);
    the window hands it its menu actions (``bind_actions``). Views refresh themselves
    from the session's broadcast (``Session.changes_applied``)."""

    status_message = Signal(str, int)  # text, milliseconds on the status bar
    error_occurred = Signal(object)  # an exception the window shows in a message box
    lock_requested = Signal()  # the Lock button (the window asks if a file is being added)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.session = session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_side())
        right = QVBoxLayout()
        right.setContentsMargins(12, 10, 12, 6)
        right.addLayout(self._build_toolbar())
        right.addWidget(self._build_demo_row())
        right.addWidget(self._build_sections(), 1)
        outer.addLayout(right, 1)
        self._connect()
        self._build_inbox()
        self.navigation.setCurrentRow(0)
        self.cases.start()

    def _build_side(self) -> QWidget:
        """The vault's name above the sections: two open vaults never look the same. It
        is shown inside the window only, never in its title (which taskbars show)."""
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.vault_name = named(QLabel(), "vaultName", self.tr("Vault"))
        self.vault_name.setWordWrap(True)
        self.vault_name.setContentsMargins(10, 10, 10, 6)
        self.vault_name.setStyleSheet("font-weight: bold;")
        column.addWidget(self.vault_name)
        column.addWidget(self._build_navigation(), 1)
        side.setFixedWidth(self.navigation.width())
        label = self.vault_name
        self.session.op(
            lambda v, _s: v.name, on_success=lambda name: label.setText(str(name)), owner=label
        )
        return side

    def _build_navigation(self) -> QListWidget:
        self.navigation = named(QListWidget(), "navigation", self.tr("Sections"))
        for key, text in (
            ("cases", self.tr("Cases")),
            ("review", self.tr("Review")),
            ("people", self.tr("People")),
            ("places", self.tr("Places")),
            ("contacts", self.tr("Contacts")),
            ("reports", self.tr("Statistics")),
        ):
            item = QListWidgetItem(icon(key), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(max(150, self.fontMetrics().averageCharWidth() * 18))
        return self.navigation

    def _build_toolbar(self) -> QHBoxLayout:
        """The search field and the bundle and lock buttons."""
        row = QHBoxLayout()
        self.search = named(QLineEdit(), "searchField", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search cases and people in any script (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        row.addWidget(self.search, 1)
        self.open_bundle_button = button(
            self.tr("Open bundle..."),
            "openBundleButton",
            self.tr("Open a received bundle"),
            icon=icon("open-bundle"),
        )
        self.open_bundle_button.setToolTip(self.tr("Open a sealed bundle you received (Ctrl+O)"))
        row.addWidget(self.open_bundle_button)
        self.seal_bundle_button = button(
            self.tr("Seal bundle..."),
            "sealBundleButton",
            self.tr("Seal the chosen cases into a bundle"),
            icon=icon("seal"),
        )
        self.seal_bundle_button.setToolTip(
            self.tr("Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)")
        )
        row.addWidget(self.seal_bundle_button)
        self.lock_button = button(
            self.tr("Lock"), "lockButton", self.tr("Lock the vault"), icon=icon("lock")
        )
        self.lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        row.addWidget(self.lock_button)
        return row

    def _build_demo_row(self) -> QWidget:
        """Progress and Cancel while demo cases are created."""
        self.demo_row = QWidget()
        demo_layout = QHBoxLayout(self.demo_row)
        demo_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoLabel")
        self.demo_busy = BusyBar("demoProgress", self.tr("Creating demo cases"))
        self.demo_cancel = button(self.tr("Cancel"), "cancelDemo", self.tr("Cancel"))
        self.demo_work = Background(
            self,
            self.session,
            busy=self.demo_busy,
            cancel=self.demo_cancel,
            on_error=self._demo_failed,
            on_cancelled=self._demo_cancelled,
        )
        demo_layout.addWidget(self.demo_label)
        demo_layout.addWidget(self.demo_busy, 1)
        demo_layout.addWidget(self.demo_cancel)
        self.demo_row.hide()
        return self.demo_row

    def _build_sections(self) -> QStackedWidget:
        self.sections = QStackedWidget()
        self.sections.setObjectName("sections")
        self.cases = CasesSection(self.session)
        self.sections.addWidget(self.cases)
        # The other sections are built the first time they are shown: building every
        # widget at unlock would hold the GUI thread for too long.
        self._people: PeopleSection | None = None
        self._places: PlacesSection | None = None
        self._search_panel: SearchPanel | None = None
        self._contacts: ContactsSection | None = None
        self._review: ReviewSection | None = None
        self._stats: StatsPanel | None = None
        self._slots = {
            name: QWidget()
            for name in ("review", "people", "places", "contacts", "search", "reports")
        }
        for slot in self._slots.values():
            self.sections.addWidget(slot)
        return self.sections

    def _connect(self) -> None:
        self.open_bundle_button.clicked.connect(self.open_bundle)
        self.seal_bundle_button.clicked.connect(self.seal_bundle)
        self.lock_button.clicked.connect(self.lock_requested)
        self.navigation.currentRowChanged.connect(self._section_chosen)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.cases.new_case_button.clicked.connect(self.new_case)
        self.cases.seal_requested.connect(self._seal_one)
        self.cases.record_requested.connect(self._record)
        self.cases.report_requested.connect(self._report_case)
        self.session.locking.connect(self.flush)
        self.setTabOrder(self.navigation, self.search)
        self.setTabOrder(self.search, self.open_bundle_button)
        self.setTabOrder(self.open_bundle_button, self.seal_bundle_button)
        self.setTabOrder(self.seal_bundle_button, self.lock_button)

    # -- the inbox: the watched folder, and bundle files dropped on the window ----------------
    def _build_inbox(self) -> None:
        """docs/review.md §1: the watcher runs while this workspace (the unlocked vault)
        lives; files dropped here go through the same processing."""
        self.inbox = InboxWatcher(self.session, self)
        self.inbox.scanned.connect(self._inbox_scanned)
        self.inbox.dropped.connect(self._inbox_dropped)
        self.inbox.failed.connect(lambda error: self._status(describe_error(error), 8000))
        self.setAcceptDrops(True)
        self.inbox.start()

    def _inbox_scanned(self, result: ScanResult) -> None:
        if any(entry.fresh for entry in result.entries):
            self._status(summary_text(result), 8000)

    def _inbox_dropped(self, result: ScanResult) -> None:
        self._status(summary_text(result), 10000)
        self.show_review()  # its first tab, the Inbox, lists what the drop did

    @staticmethod
    def dropped_bundles(mime: QMimeData) -> list[Path]:
        """The local bundle files (``*.age``) among what is dragged."""
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.name.lower().endswith(BUNDLE_SUFFIX) and p.is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_bundles(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.dropped_bundles(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.dropped_bundles(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.inbox.process_dropped(paths)

    def bind_actions(self, actions: Mapping[str, QAction]) -> None:
        """Connect the window's menu actions, by name, to what they do here. Bound
        methods only: Qt drops the connections when the workspace is deleted at lock."""
        slots = {
            "find": self.focus_search,
            "new_case": self.new_case,
            "new_testimony": self.new_testimony,
            "attach": self.attach_files,
            "cases": self.show_cases,
            "people": self.show_people,
            "places": self.show_places,
            "contacts": self.show_contacts,
            "review": self.show_review,
            "seal": self.seal_bundle,
            "seal_all": self.seal_all_cases,
            "open_bundle": self.open_bundle,
        }
        for name, slot in slots.items():
            actions[name].triggered.connect(slot)

    def _status(self, text: str, milliseconds: int = 6000) -> None:
        self.status_message.emit(text, milliseconds)

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
    def review(self) -> ReviewSection:
        if self._review is None:
            self._review = ReviewSection(self.session)
            self._review.open_case.connect(self.open_case)
            self._review.status_message.connect(self.status_message)
            self._install("review", self._review)
        return self._review

    @property
    def stats(self) -> StatsPanel:
        """The statistics dashboard (ui/reports), built and counted when first shown."""
        if self._stats is None:
            self._stats = StatsPanel(self.session)
            self._stats.status_message.connect(self.status_message)
            self._install("reports", self._stats)
            self._stats.refresh()
        return self._stats

    def _report_case(self, case_id: str) -> None:
        report_case(
            self, self.session, case_id,
            on_written=lambda _o: self._status(
                self.tr("The dossier was saved and the export was logged. Delete it when done.")
            ),
            on_error=self.error_occurred.emit,
        )  # fmt: skip

    @property
    def contacts(self) -> ContactsSection:
        if self._contacts is None:
            self._contacts = ContactsSection(self.session)
            self._install("contacts", self._contacts)
            self._contacts.refresh()
        return self._contacts

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
        widget = self._section_widget(key)
        self.sections.setCurrentWidget(widget)
        if key == "places":
            self.places.load()

    def _section_widget(self, key: str) -> QWidget:
        if key == "review":
            return self.review
        if key == "people":
            return self.people
        if key == "places":
            return self.places
        if key == "contacts":
            return self.contacts
        if key == "reports":
            return self.stats
        return self.cases

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(SECTIONS.index(key))

    def show_cases(self) -> None:
        self.show_section("cases")

    def show_review(self) -> None:
        self.show_section("review")

    def show_people(self) -> None:
        self.show_section("people")

    def show_places(self) -> None:
        self.show_section("places")

    def show_contacts(self) -> None:
        self.show_section("contacts")

    def _record(self, case_id: str, testimony_id: str, consent: object) -> None:
        """A testimony's "Record...": the recorder (ui/recording, issue 14)."""
        from amanat.ui.recording.recorder_dialog import RecorderDialog

        given = dict(consent) if isinstance(consent, dict) else {}
        if RecorderDialog.ask(self, self.session, case_id, testimony_id, given) is not None:
            self.status_message.emit(self.tr("Recording kept in the vault."), 4000)

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
            # The list was refreshed by the broadcast of the new case.
            self._status(self.tr("The case was created."), 5000)
            self.search.clear()
            self.show_section("cases")
            self.cases.show_case(case_id)

    def new_testimony(self) -> None:
        view = self.cases.case_view
        if view.cd is None:
            self._status(self.tr("Open a case first, then add a testimony."), 6000)
            return
        self.show_section("cases")
        view.new_testimony()

    def attach_files(self) -> None:
        view = self.cases.case_view
        if view.cd is None or view.editor is not None:
            self._status(self.tr("Open a case first, then attach files."), 6000)
            return
        self.show_section("cases")
        view.tabs.setCurrentWidget(view.attachments_tab)
        view.attachments_tab.choose_files()

    # -- bundles ----------------------------------------------------------------------------------
    def _titled(self, case_ids: list[str]) -> list[tuple[str, str]]:
        view = self.cases.built_case_view
        out = []
        for case_id in case_ids:
            title = ""
            if view is not None and view.cd is not None and view.cd.id == case_id:
                title = str(view.cd.doc.get("title") or "")
            out.append((case_id, title))
        return out

    def seal_bundle(self) -> None:
        """Seal the case on screen, or the cases chosen in the list that hold it."""
        ids = self.cases.chosen_ids()
        if ids:
            # Every chosen row counts, loaded or not; the first titles are read if needed.
            self.cases.with_titles(ids, self.seal_cases, titled=MAX_TITLES_SHOWN)
            return
        self._status(self.tr("Choose one or more cases in the list first, then seal them."), 6000)

    def _seal_one(self, case_id: str) -> None:
        """The case view's "Seal bundle...": the case it shows."""
        self.seal_cases(self._titled([case_id]))

    def seal_all_cases(self) -> None:
        """Seal every case of the vault (a copy for the team, however many cases)."""
        self.seal_cases(None)

    def seal_cases(self, cases: list[tuple[str, str]] | None) -> None:
        dialog = SealDialog.ask(self, self.session, cases)
        if dialog.sealed is not None:
            self._status(self.tr("The bundle was sealed."), 6000)

    def open_bundle(self) -> None:
        path = FileDialogs.open_file(self, self.tr("Open a sealed bundle"), BUNDLE_FILTERS)
        if path is None:
            return
        outcome = OpenBundleDialog.ask(self, self.session, path)
        if outcome.result is not None:
            self._status(self.tr("The bundle was imported."), 6000)
        elif outcome.quarantined:
            self._status(self.tr("The bundle waits in Contacts > Quarantine."), 8000)
        # The views refreshed from the session's broadcast (the cases, the contacts and
        # the quarantine, people and places); a quarantined bundle is waiting in the
        # Contacts section, built now if it was not yet.
        if outcome.quarantined and self._contacts is None:
            self.contacts  # noqa: B018 - built now, it loads the quarantine

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
        if self._contacts is not None:
            self._contacts.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    # -- demo -----------------------------------------------------------------------------------
    def generate_demo(self, cases: int | None = None) -> None:
        cases = DEMO_CASES if cases is None else cases

        def generate(vault: Vault, state: TaskState) -> demo_service.DemoReport:
            return demo_service.generate_demo(
                vault, cases, progress=state.progress, is_cancelled=state.is_cancelled
            )

        self.demo_label.setText(self.tr("Creating %n invented case(s) for the demo...", "", cases))
        self.demo_row.show()
        self.demo_work.start(generate, self._demo_done, on_done=self.demo_row.hide)

    def cancel_demo(self) -> None:
        self.demo_work.cancel()

    def _demo_done(self, report: demo_service.DemoReport) -> None:
        count = len(report.cases)
        self._status(self.tr("%n demo case(s) created.", "", count), 6000)

    def _demo_cancelled(self) -> None:
        self._demo_failed(Cancelled())

    def _demo_failed(self, error: BaseException) -> None:
        # Batches committed before a cancel or a failure stay, and no Changes came back
        # for them: the list is counted again.
        self.cases.refresh()
        if not isinstance(error, Cancelled):
            self.error_occurred.emit(error)
        else:
            self._status(describe_error(error), 4000)
