"""One case: the person of concern, events, testimonies, attachments, notes, history,
custody log, and possible duplicates of the person with the reasons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.services import cases as case_service
from amanat.services import edits
from amanat.services import reviews as review_service
from amanat.services.base import Created
from amanat.storage.vault import Vault
from amanat.ui.cases.attachments_panel import AttachmentsPanel
from amanat.ui.cases.case_dialog import CaseDialog
from amanat.ui.cases.case_doc import CaseDoc, consent_summary
from amanat.ui.cases.case_followups import CaseFollowups
from amanat.ui.cases.event_dialog import EventDialog
from amanat.ui.cases.history_words import describe as describe_changes
from amanat.ui.cases.person_dialog import PersonDialog
from amanat.ui.cases.provenance_panel import ProvenancePage
from amanat.ui.cases.review_tab import ReviewTab
from amanat.ui.cases.testimony_editor import TestimonyEditor
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.labels import codes, duplicate_reason, label
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill, in_layout_direction, isolate
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import fit_rows, make_table
from amanat.ui.kit.text import birth_text, local_time, partial_date
from amanat.ui.kit.widgets import (
    BusyBar,
    Notice,
    button,
    hint_label,
    named,
    scaled_font,
    section_label,
)
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def _c(
    key: str,
    title: Callable[[], str],
    display: Callable[[dict[str, Any]], str] | None = None,
) -> Column:
    return Column(key, title, display=display)


def _value_label(object_name: str) -> QLabel:
    label_ = QLabel()
    label_.setObjectName(object_name)
    label_.setWordWrap(True)
    label_.setTextFormat(Qt.TextFormat.PlainText)
    label_.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label_.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label_


class PersonTab(QScrollArea):
    open_case = Signal(str)
    edit_person = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("personTab")
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        edit_row = QHBoxLayout()
        self.edit_button = button(
            self.tr("Correct the person..."),
            "editPerson",
            self.tr("Correct the person of concern"),
        )
        self.edit_button.clicked.connect(self.edit_person)
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)
        layout.addLayout(edit_row)
        layout.addLayout(self._build_fields())
        self._build_tables(layout)
        self._build_duplicates(layout)
        layout.addStretch(1)
        self.setWidget(body)

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("name", self.tr("Name:")),
            ("sex", self.tr("Sex:")),
            ("birth", self.tr("Born:")),
            ("ethnicity", self.tr("Ethnicity:")),
            ("hometown", self.tr("Hometown:")),
            ("occupation", self.tr("Occupation:")),
            ("current", self.tr("Current status:")),
        ):
            value = _value_label(f"person_{key}")
            value.setAccessibleName(text.rstrip(":"))
            self.fields[key] = value
            form.addRow(text, value)
        return form

    def _build_tables(self, layout: QVBoxLayout) -> None:
        """Names by script, identifiers, status over time."""
        layout.addWidget(section_label(self.tr("Names by script")))
        self.names = RowsModel(
            [
                _c("text", lambda: self.tr("Name")),
                _c("script", lambda: self.tr("Script"), lambda r: label("script", r.get("script"))),
                _c("type", lambda: self.tr("Kind"), lambda r: label("name_type", r.get("type"))),
            ],
            parent=self,
        )
        self.names_view = make_table("personNames", self.tr("Names by script"), self.names)
        layout.addWidget(self.names_view)
        layout.addWidget(section_label(self.tr("Identifiers")))
        self.identifiers = RowsModel(
            [
                _c(
                    "scheme",
                    lambda: self.tr("Kind"),
                    lambda r: label("identifier_scheme", r.get("scheme")),
                ),
                _c("value", lambda: self.tr("Value")),
                _c("source", lambda: self.tr("Source")),
            ],
            parent=self,
        )
        self.identifiers_view = make_table(
            "personIdentifiers", self.tr("Identifiers"), self.identifiers
        )
        layout.addWidget(self.identifiers_view)
        layout.addWidget(section_label(self.tr("Status over time")))
        self.status = RowsModel(
            [
                _c(
                    "date",
                    lambda: self.tr("Date"),
                    lambda r: partial_date(r.get("date")) or self.tr("undated"),
                ),
                _c(
                    "status",
                    lambda: self.tr("Status"),
                    lambda r: label("person_status", r.get("status")),
                ),
                _c("source", lambda: self.tr("Source")),
            ],
            parent=self,
        )
        self.status_view = make_table(
            "personStatusTimeline", self.tr("Status over time"), self.status
        )
        layout.addWidget(self.status_view)

    def _build_duplicates(self, layout: QVBoxLayout) -> None:
        """Possible duplicates elsewhere in the vault, and opening their cases."""
        layout.addWidget(section_label(self.tr("Possible duplicates")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "People recorded elsewhere in this vault who may be the same person."
                    " Nothing is merged automatically: compare, then decide."
                )
            )
        )
        # The cases of each candidate are opened with the button below (or Enter).
        self.duplicates = RowsModel(
            [
                _c("name", lambda: self.tr("Name")),
                _c(
                    "birth",
                    lambda: self.tr("Born"),
                    lambda r: birth_text(r.get("birth"), r.get("age")),
                ),
                _c("hometown", lambda: self.tr("Hometown")),
                _c("why", lambda: self.tr("Why"), self._why),
            ],
            parent=self,
        )
        self.duplicates_view = make_table(
            "duplicateCandidates", self.tr("Possible duplicates"), self.duplicates
        )
        self.duplicates_view.activated.connect(self._open_duplicate_case)
        layout.addWidget(self.duplicates_view)
        self.no_duplicates = hint_label(self.tr("No likely duplicates found."), "noDuplicates")
        layout.addWidget(self.no_duplicates)
        row = QHBoxLayout()
        self.open_dup_button = button(
            self.tr("Open that person's case"),
            "openDuplicateCase",
            self.tr("Open that person's case"),
        )
        self.open_dup_button.clicked.connect(
            lambda: self._open_duplicate_case(self.duplicates_view.currentIndex())
        )
        row.addWidget(self.open_dup_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _why(self, row: dict[str, Any]) -> str:
        reasons = [duplicate_reason(c, d) for c, d in row.get("reasons", [])]
        conflicts = [duplicate_reason(c, d) for c, d in row.get("conflicts", [])]
        text = "; ".join(reasons)
        if conflicts:
            text += " — " + fill(self.tr("but: %1"), "; ".join(conflicts))
        return text

    def _open_duplicate_case(self, index: QModelIndex) -> None:
        row = self.duplicates.row(index.row()) if index.isValid() else None
        if row and row.get("cases"):
            self.open_case.emit(row["cases"][0][0])

    def show_person(self, cd: CaseDoc, duplicates: list[dict[str, Any]]) -> None:
        p = cd.person
        birth = partial_date(p.get("birth_date"))
        age = p.get("age_range")
        if not birth and age:
            birth = fill(
                self.tr("aged %1 to %2 in %3"),
                str(age.get("min")),
                str(age.get("max")),
                str(age.get("as_of")),
            )
        statuses = list(p.get("status") or [])
        current = ""
        if statuses:
            dated = [s for s in statuses if s.get("date")]
            latest = (
                sorted(dated, key=lambda s: s["date"].lstrip("~"))[-1] if dated else statuses[-1]
            )
            current = label("person_status", latest.get("status"))
            if latest.get("date"):
                current += " " + fill(self.tr("(since %1)"), partial_date(latest["date"]))
        values = {
            "name": cd.person_name(p),
            "sex": label("sex", p.get("sex")),
            "birth": birth or self.tr("unknown"),
            "ethnicity": label("ethnicity", p.get("ethnicity")) or self.tr("unknown"),
            "hometown": cd.place_path(p.get("hometown")) or self.tr("unknown"),
            "occupation": p.get("occupation") or "",
            "current": current or self.tr("unknown"),
        }
        for key, value in values.items():
            # Isolated: a Uyghur name must not turn the whole line right-to-left.
            self.fields[key].setText(in_layout_direction(value) if value else "")
        self.names.set_rows([dict(n) for n in p.get("names") or []])
        self.identifiers.set_rows([dict(i) for i in p.get("identifiers") or []])
        self.status.set_rows([dict(s) for s in statuses])
        self.duplicates.set_rows(duplicates)
        self.duplicates_view.setVisible(bool(duplicates))
        self.open_dup_button.setVisible(bool(duplicates))
        self.no_duplicates.setVisible(not duplicates)
        for view in (self.names_view, self.identifiers_view, self.status_view):
            view.resizeColumnsToContents()
            fit_rows(view)
        for column in range(3):
            self.duplicates_view.resizeColumnToContents(column)
        fit_rows(self.duplicates_view, max_rows=10)


class TestimoniesTab(QWidget):
    __test__ = False
    open_testimony = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("testimoniesTab")
        layout = QVBoxLayout(self)
        self.cd: CaseDoc | None = None
        self.model = RowsModel(
            [
                _c("speaker", lambda: self.tr("Speaker"), lambda r: r["_speaker"]),
                _c(
                    "relation",
                    lambda: self.tr("Relation"),
                    lambda r: label("relation", r.get("relation")),
                ),
                _c("date", lambda: self.tr("Date"), lambda r: partial_date(r.get("date"))),
                _c(
                    "language",
                    lambda: self.tr("Language"),
                    lambda r: label("language", r.get("language")),
                ),
                _c("state", lambda: self.tr("State"), lambda r: r["_state"]),
                _c("consent", lambda: self.tr("Consent"), lambda r: r["_consent"]),
            ],
            parent=self,
        )
        self.view = make_table("testimonyList", self.tr("Testimonies"), self.model)
        self.view.activated.connect(self._open_index)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.open_button = button(self.tr("Open"), "openTestimony", self.tr("Open testimony"))
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        # One "New testimony" button, in the case's header (Ctrl+T): a second one here
        # read as a different action.
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        if row:
            self.open_testimony.emit(row["id"])

    def show_testimonies(self, cd: CaseDoc, seals: dict[str, bool]) -> None:
        self.cd = cd
        rows = []
        for t in cd.doc.get("testimonies") or []:
            row = dict(t)
            row["_speaker"] = cd.person_name(t.get("speaker"))
            withdrawn = bool(t.get("withdrawals"))
            row["_consent"] = consent_summary(t.get("consent"), withdrawn)
            if t.get("state") == "sealed":
                row["_state"] = (
                    self.tr("Sealed, signature valid")
                    if seals.get(t["id"])
                    else self.tr("Sealed, SIGNATURE INVALID")
                )
            else:
                row["_state"] = self.tr("Draft")
            if t.get("supersedes"):
                row["_state"] += " " + self.tr("(correction)")
            rows.append(row)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()


def note_threads(notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Notes in thread order: each note, then its replies (oldest first), with their
    depth (``_depth``); a reply whose note is not here stands on its own."""
    by_id = {str(n.get("id")): n for n in notes}
    children: dict[str | None, list[dict[str, Any]]] = {}
    for note in notes:
        parent = note.get("reply_to")
        children.setdefault(parent if parent in by_id else None, []).append(note)
    ordered: list[dict[str, Any]] = []

    def walk(parent: str | None, depth: int) -> None:
        for note in children.get(parent, []):
            if any(n is note for n in ordered):
                continue  # a cycle cannot be written, but a bundle is not trusted
            ordered.append({**note, "_depth": depth})
            walk(str(note.get("id")), depth + 1)

    walk(None, 0)
    return ordered


class NotesTab(QWidget):
    """Reviewers' notes on the case and its records, in threads, with replies. Older
    verification grades (an Annotation of kind verification) are still shown; new
    grades are records of their own (the Review tab)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("notesTab")
        self.session = session
        self.case_id: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Reviewers' notes, and the answers to them. They never change the records"
                    " they are about, sealed testimonies included."
                )
            )
        )
        self.model = RowsModel(
            [
                _c("text", lambda: self.tr("Note"), self._note_text),
                _c("target_kind", lambda: self.tr("About"), self._about),
                _c("author", lambda: self.tr("By"), self._by),
            ],
            parent=self,
        )
        self._generation = 0
        self.view = make_table("notesList", self.tr("Notes"), self.model, stretch_column=0)
        layout.addWidget(self.view, 1)
        form = QGridLayout()
        self.text = named(QPlainTextEdit(), "noteText", self.tr("New note"))
        self.text.setPlaceholderText(self.tr("Write a note about this case, or an answer..."))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.add_button = button(self.tr("Add note"), "addNoteButton", self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        self.reply_button = button(
            self.tr("Reply to the chosen note"), "replyNoteButton", self.tr("Reply to the note")
        )
        self.reply_button.clicked.connect(self.reply)
        self.notice = Notice("notesNotice")
        form.addWidget(self.text, 0, 0, 1, 3)
        form.addWidget(self.reply_button, 1, 1)
        form.addWidget(self.add_button, 1, 2)
        form.setColumnStretch(0, 1)
        layout.addLayout(form)
        layout.addWidget(self.notice)

    def _note_text(self, row: dict[str, Any]) -> str:
        text = str(row.get("text") or "")
        if row.get("kind") == "verification":
            text = fill(
                self.tr("Older verification grade: %1. %2"),
                label("verification_grade", row.get("grade")),
                text,
            ).strip()
        depth = int(row.get("_depth") or 0)
        return ("    " * (depth - 1) + "↳ " + text) if depth else text

    def _about(self, row: dict[str, Any]) -> str:
        about = label("record_kind", row.get("target_kind"))
        if row.get("field"):
            return fill(self.tr("%1, field %2"), about, row["field"])
        return about

    def _by(self, row: dict[str, Any]) -> str:
        """ "you", the contact's name (found by the key that signed the note), or the
        name the writer gave itself, said to be unverified."""
        if row.get("by_you"):
            return self.tr("you")
        if row.get("author"):
            return str(row["author"])
        return fill(self.tr("%1 (not one of your contacts)"), row.get("declared_author") or "?")

    def show_notes(self, cd: CaseDoc) -> None:
        self.case_id = cd.id
        self._generation += 1
        generation, case_id = self._generation, cd.id
        self.session.op(
            lambda vault, _s: review_service.case_notes(vault, case_id),
            on_success=lambda rows: self._notes_arrived(generation, rows),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _notes_arrived(self, generation: int, rows: list[dict[str, Any]]) -> None:
        if generation == self._generation:
            self.model.set_rows(note_threads(rows))

    def chosen_note(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def add_note(self) -> None:
        if self.case_id is not None:
            self._write(self.case_id, None)

    def reply(self) -> None:
        note = self.chosen_note()
        if note is None:
            self.notice.show_message("error", self.tr("Choose the note to answer in the list."))
            return
        self._write(str(note["target"]), str(note["id"]))

    def _write(self, target: str, reply_to: str | None) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.notice.show_message("error", self.tr("Write the note first."))
            return

        def add(vault: Vault, _s: TaskState) -> Created:
            return review_service.annotate(vault, target, text=text, reply_to=reply_to)

        for b in (self.add_button, self.reply_button):
            b.setEnabled(False)
        self.session.op(
            add,
            on_success=lambda _created: self._added(),
            on_failure=self.notice.show_error,
            on_done=self._enable,
            owner=self,
        )

    def _enable(self) -> None:
        for b in (self.add_button, self.reply_button):
            b.setEnabled(True)

    def _added(self) -> None:
        self.text.clear()
        self.notice.show_message("ok", self.tr("The note was added."))


class CaseView(QWidget):
    """The case chosen in the list. ``load(case_id)`` reads it on the worker."""

    open_case = Signal(str)
    editing = Signal(bool)  # a testimony editor opened or closed: give it room
    seal_requested = Signal(str)  # seal this case into a bundle
    record_requested = Signal(str, str, object)  # from a testimony's "Record..."
    report_requested = Signal(str)  # a dossier of this case (ui/reports)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("caseView")
        self.session = session
        self.case_id: str | None = None
        self.cd: CaseDoc | None = None
        self._generation = 0
        session.changes_applied.connect(self._apply_changes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = self._build_empty_page()  # page 0: nothing chosen
        self.stack.addWidget(self.empty)
        self.case_page = self._build_case_page()  # page 1: the case
        self.stack.addWidget(self.case_page)
        self.editor: TestimonyEditor | None = None  # page 2: a testimony, when open
        self.stack.setCurrentWidget(self.empty)
        self._connect()

    def _build_empty_page(self) -> QWidget:
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = hint_label(
            self.tr("Choose a case in the list, or create one with Ctrl+N."), "noCaseChosen"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        return self.empty

    def _build_case_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(scaled_font(self.title.font(), 1.35, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.subtitle = hint_label("", "caseSubtitle")
        layout.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Status:")))
        self.status_combo = named(QComboBox(), "caseStatus", self.tr("Case status"))
        for code in codes("case_status"):
            self.status_combo.addItem(label("case_status", code), code)
        header.addWidget(self.status_combo)
        header.addStretch(1)
        self.edit_case_button = button(
            self.tr("Correct the case..."),
            "editCase",
            self.tr("Correct the case's title and fields"),
        )
        header.addWidget(self.edit_case_button)
        self.new_testimony_button = button(
            self.tr("New testimony"), "caseNewTestimony", self.tr("New testimony")
        )
        header.addWidget(self.new_testimony_button)
        self.seal_button = button(
            self.tr("Seal bundle..."), "caseSealBundle", self.tr("Seal this case")
        )
        self.seal_button.setToolTip(self.tr("Seal this case into a bundle for a contact (Ctrl+E)"))
        header.addWidget(self.seal_button)
        self.report_button = button(
            self.tr("Dossier..."), "caseReport", self.tr("Make a dossier (PDF) of this case")
        )
        header.addWidget(self.report_button)
        layout.addLayout(header)
        self.notice = Notice("caseNotice")
        layout.addWidget(self.notice)
        self.busy = BusyBar("caseBusy", self.tr("Loading the case"))
        layout.addWidget(self.busy)
        layout.addWidget(self._build_tabs(), 1)
        return page

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.person_tab = PersonTab()
        self._build_record_tables()
        self.testimonies_tab = TestimoniesTab()
        self.attachments_tab = AttachmentsPanel(self.session)
        self.notes_tab = NotesTab(self.session)
        self.review_tab = ReviewTab(self.session)
        self.tabs.addTab(self.person_tab, self.tr("&Person"))
        self.tabs.addTab(self._build_events_page(), self.tr("&Events"))
        self.tabs.addTab(self.testimonies_tab, self.tr("&Testimonies"))
        self.tabs.addTab(self.attachments_tab, self.tr("&Attachments"))
        self.tabs.addTab(self.notes_tab, self.tr("&Notes"))
        self.tabs.addTab(self.review_tab, self.tr("Re&view"))
        self.followups_tab = CaseFollowups(self.session)
        self.tabs.addTab(self.followups_tab, self.tr("&Follow-ups"))
        self.provenance_page = ProvenancePage(self.session, self.history_view)
        self.tabs.addTab(self.provenance_page, self.tr("&History"))
        self.tabs.addTab(self.custody_page, self.tr("C&ustody log"))
        return self.tabs

    def _build_events_page(self) -> QWidget:
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.events_view, 1)
        row = QHBoxLayout()
        self.add_event_button = button(
            self.tr("Add an event..."), "addEvent", self.tr("Add an event")
        )
        self.edit_event_button = button(
            self.tr("Correct..."), "editEvent", self.tr("Correct the chosen event")
        )
        self.remove_event_button = button(
            self.tr("Remove..."), "removeEvent", self.tr("Remove the chosen event")
        )
        for widget in (self.add_event_button, self.edit_event_button, self.remove_event_button):
            row.addWidget(widget)
        row.addStretch(1)
        page_layout.addLayout(row)
        return page

    def _build_record_tables(self) -> None:
        """The events, the history of revisions and the custody log."""
        self.events = RowsModel(
            [
                _c("date", lambda: self.tr("Date"), self._event_dates),
                _c("type", lambda: self.tr("What"), lambda r: label("event_type", r.get("type"))),
                _c(
                    "place",
                    lambda: self.tr("Where"),
                    lambda r: self.cd.place_path(r.get("place")) if self.cd else "",
                ),
                _c("stated_reason", lambda: self.tr("Stated reason")),
                _c("sentence", lambda: self.tr("Sentence"), self._sentence),
                _c("description", lambda: self.tr("Description")),
            ],
            parent=self,
        )
        self.events_view = make_table("eventList", self.tr("Events"), self.events, stretch_column=5)
        self.history = RowsModel(
            [
                _c("created", lambda: self.tr("When"), lambda r: local_time(r.get("created"))),
                _c(
                    "record_kind",
                    lambda: self.tr("Record"),
                    lambda r: label("record_kind", r.get("record_kind")),
                ),
                _c("changes", lambda: self.tr("What changed"), describe_changes),
                _c(
                    "record_id",
                    lambda: self.tr("Record id"),
                    lambda r: str(r.get("record_id", ""))[:12],
                ),
                _c("rev_id", lambda: self.tr("Revision"), lambda r: str(r.get("rev_id", ""))[:12]),
                _c(
                    "author", lambda: self.tr("Author key"), lambda r: str(r.get("author", ""))[:12]
                ),
                _c(
                    "head",
                    lambda: self.tr("Current"),
                    lambda r: self.tr("yes") if r.get("head") else self.tr("no"),
                ),
                _c(
                    "origin",
                    lambda: self.tr("Came from"),
                    lambda r: self.tr("a bundle") if r.get("origin") else self.tr("this vault"),
                ),
            ],
            parent=self,
        )
        self.history_view = make_table(
            "historyList", self.tr("History"), self.history, stretch_column=2
        )
        self.custody = RowsModel(
            [
                _c("time", lambda: self.tr("When"), lambda r: local_time(r.get("time"))),
                _c(
                    "action",
                    lambda: self.tr("What"),
                    lambda r: label("custody_action", r.get("action")),
                ),
                _c(
                    "record_kind",
                    lambda: self.tr("Record"),
                    lambda r: label("record_kind", r.get("record_kind")),
                ),
                _c("counterpart", lambda: self.tr("With")),
                _c("detail", lambda: self.tr("Details"), self._custody_detail),
                _c(
                    "entry_hash",
                    lambda: self.tr("Entry hash"),
                    lambda r: str(r.get("entry_hash", ""))[:16],
                ),
            ],
            parent=self,
        )
        self.custody_view = make_table(
            "custodyList", self.tr("Custody log"), self.custody, stretch_column=4
        )
        self.custody_page = QWidget()
        custody_layout = QVBoxLayout(self.custody_page)
        custody_layout.addWidget(
            hint_label(
                self.tr(
                    "Every action on this case, in order. Each entry carries the fingerprint of"
                    " the one before, so the log cannot be altered unnoticed."
                )
            )
        )
        custody_layout.addWidget(self.custody_view)

    def _connect(self) -> None:
        self.status_combo.activated.connect(self._status_chosen)
        self.seal_button.clicked.connect(
            lambda: self.seal_requested.emit(self.case_id) if self.case_id else None
        )
        self.report_button.clicked.connect(
            lambda: self.report_requested.emit(self.case_id) if self.case_id else None
        )
        self.person_tab.open_case.connect(self.open_case)
        self.testimonies_tab.open_testimony.connect(self.open_testimony)
        self.new_testimony_button.clicked.connect(self.new_testimony)
        self.edit_case_button.clicked.connect(self.edit_case)
        self.person_tab.edit_person.connect(self.edit_person)
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button.clicked.connect(self.edit_event)
        self.events_view.activated.connect(lambda _index: self.edit_event())
        self.remove_event_button.clicked.connect(self.remove_event)

    # -- display helpers ------------------------------------------------------------------
    def _event_dates(self, row: dict[str, Any]) -> str:
        start, end = partial_date(row.get("date")), partial_date(row.get("end_date"))
        if start and end:
            return f"{start} – {end}"
        return start or end or self.tr("undated")

    def _sentence(self, row: dict[str, Any]) -> str:
        s = row.get("sentence") or {}
        parts = []
        if s.get("years"):
            parts.append(self.tr("%n year(s)", "", int(s["years"])))
        if s.get("months"):
            parts.append(self.tr("%n month(s)", "", int(s["months"])))
        if s.get("text"):
            parts.append(str(s["text"]))
        return ", ".join(parts)

    def _custody_detail(self, row: dict[str, Any]) -> str:
        detail = row.get("detail") or {}
        return ", ".join(f"{k}: {v}" for k, v in sorted(detail.items()) if k != "sha256")

    # -- loading ----------------------------------------------------------------------------
    def load(self, case_id: str | None) -> None:
        if self.editor is not None and not self.close_editor():
            return
        self.case_id = case_id
        self._generation += 1
        if case_id is None:
            self.clear()
            return
        generation = self._generation
        self.busy.start()
        self.session.op(
            lambda v, _s: case_service.case_view_data(v, case_id),
            on_success=lambda data: self._loaded(generation, data),
            on_failure=self._failed,
            on_done=self.busy.stop,
            owner=self,
        )

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed: reload when it is this case."""
        if self.case_id is not None and self.case_id in changes.cases:
            self.reload()

    def reload(self) -> None:
        if self.case_id is not None:
            case_id = self.case_id
            generation = self._generation
            self.session.op(
                lambda v, _s: case_service.case_view_data(v, case_id),
                on_success=lambda data: self._loaded(generation, data),
                on_failure=self._failed,
                owner=self,
            )

    def _loaded(self, generation: int, data: case_service.CaseViewData) -> None:
        if generation != self._generation:
            return
        cd = CaseDoc(data.doc)
        self.cd = cd
        bits = [cd.person_name(cd.person)]
        if data.merged_names:  # a merged person (docs/review.md §5)
            bits.append(fill(self.tr("also recorded as %1"), ", ".join(data.merged_names)))
        hometown = cd.place_label(cd.person.get("hometown"))
        if hometown:
            bits.append(hometown)
        if cd.doc.get("reference"):
            bits.append(fill(self.tr("Ref. %1"), cd.doc["reference"]))
        if cd.doc.get("assignee"):
            bits.append(fill(self.tr("Assigned to %1"), cd.doc["assignee"]))
        self.subtitle.setText(" · ".join(isolate(b) for b in bits))
        self.title.setText(isolate(cd.doc.get("title", "")))
        index = self.status_combo.findData(cd.doc.get("status"))
        self.status_combo.setCurrentIndex(max(0, index))
        conflicts = cd.doc.get("conflicts") or []
        proposers = sorted(
            {
                p.get("author_name") or self.tr("an unknown vault")
                for c in conflicts
                for p in c.get("pending", [])
                if not p.get("author_is_owner")
            }
        )
        if proposers:
            # docs/trust.md: an edit by a vault that does not own the record waits for a
            # person, who decides in Review > Conflicts (ui/review/conflict_dialog.py).
            self.notice.show_message(
                "warning",
                fill(
                    self.tr(
                        "Changes by %1 to records of this case were kept but not applied:"
                        " they wait for your decision. Compare and decide in Review >"
                        " Conflicts (Ctrl+5)."
                    ),
                    ", ".join(isolate(n) for n in proposers),
                ),
            )
        elif conflicts:
            self.notice.show_message(
                "warning",
                self.tr(
                    "Some records of this case were changed in two places and both versions"
                    " were kept. Compare and resolve them in Review > Conflicts (Ctrl+5)."
                ),
            )
        else:
            self.notice.clear()
        self.person_tab.show_person(cd, data.duplicates)
        self.events.set_rows([dict(e) for e in cd.doc.get("events") or []])
        self.events_view.resizeColumnsToContents()
        self.testimonies_tab.show_testimonies(cd, data.seals)
        self.attachments_tab.show_case(cd)
        self.notes_tab.show_notes(cd)
        self.review_tab.show_case(cd)
        self.followups_tab.show_case(cd.doc)
        self.history.set_rows(data.history)
        self.custody.set_rows(data.custody)
        self.history_view.resizeColumnsToContents()
        self.custody_view.resizeColumnsToContents()
        self.tabs.setTabText(
            2, fill(self.tr("&Testimonies (%1)"), str(len(cd.doc.get("testimonies") or [])))
        )
        self.tabs.setTabText(
            3, fill(self.tr("&Attachments (%1)"), str(len(cd.doc.get("attachments") or [])))
        )
        if self.editor is None:
            self.stack.setCurrentWidget(self.case_page)

    def _failed(self, error: BaseException) -> None:
        self.stack.setCurrentWidget(self.case_page)
        self.notice.show_error(error)

    def clear(self) -> None:
        """Forget everything shown (a new query, or the lock)."""
        self.cd = None
        self.case_id = None
        for model in (
            self.events,
            self.history,
            self.custody,
            self.testimonies_tab.model,
            self.notes_tab.model,
        ):
            model.clear()
        for model in (
            self.person_tab.names,
            self.person_tab.identifiers,
            self.person_tab.status,
            self.person_tab.duplicates,
        ):
            model.clear()
        self.attachments_tab.clear()
        self.title.clear()
        self.subtitle.clear()
        self.stack.setCurrentWidget(self.empty)

    # -- actions -----------------------------------------------------------------------------
    def _status_chosen(self) -> None:
        code = self.status_combo.currentData()
        case_id = self.case_id
        if case_id is None or self.cd is None or code == self.cd.doc.get("status"):
            return
        self.session.op(
            lambda v, _s: case_service.update_case(v, case_id, status=code),
            on_failure=self.notice.show_error,
            owner=self,
        )

    # Corrections: each dialog saves on the worker; the broadcast reloads this view.
    def edit_case(self) -> None:
        if self.cd is not None:
            CaseDialog.ask(self, self.session, self.cd)

    def edit_person(self) -> None:
        if self.cd is not None:
            PersonDialog.ask(self, self.session, self.cd)

    def add_event(self) -> None:
        if self.cd is not None:
            EventDialog.ask(self, self.session, self.cd)

    def _chosen_event(self) -> str | None:
        index = self.events_view.currentIndex()
        row = self.events.row(index.row()) if index.isValid() else None
        if row is None:
            self.notice.show_message("info", self.tr("Choose an event in the list first."))
            return None
        return str(row.get("id"))

    def edit_event(self) -> None:
        event_id = self._chosen_event()
        if self.cd is not None and event_id is not None:
            EventDialog.ask(self, self.session, self.cd, event_id)

    def remove_event(self) -> None:
        event_id = self._chosen_event()
        if event_id is None or not ConfirmDialog.ask(
            self,
            self.tr("Remove this event?"),
            self.tr(
                "The event leaves the case. Nothing is lost: its versions stay in the"
                " case's history, and the custody log records the removal."
            ),
            self.tr("Remove the event"),
            danger=True,
            object_name="removeEventDialog",
        ):
            return
        self.session.op(
            lambda v, _s: edits.remove_event(v, event_id),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def new_testimony(self) -> None:
        if self.cd is None:
            return
        self._show_editor(TestimonyEditor(self.session, self.cd, None))

    def open_testimony(self, testimony_id: str) -> None:
        if self.cd is None:
            return
        self._show_editor(TestimonyEditor(self.session, self.cd, testimony_id))

    def _show_editor(self, editor: TestimonyEditor) -> None:
        if self.editor is not None and not self.close_editor():
            return
        self.editor = editor
        editor.closed.connect(self.close_editor)
        editor.open_other.connect(self.open_testimony)
        editor.record_requested.connect(self.record_requested)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self.editing.emit(True)
        editor.focus_first()

    def close_editor(self) -> bool:
        editor = self.editor
        if editor is None:
            return True
        editor.flush()
        self.editor = None
        self.stack.setCurrentWidget(self.case_page if self.cd else self.empty)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.editing.emit(False)
        self.reload()
        return True

    def flush(self) -> None:
        """Queue the last save of an open draft (called at lock)."""
        if self.editor is not None:
            self.editor.flush()
