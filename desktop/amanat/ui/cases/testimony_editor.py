"""Recording a testimony: interview metadata, consent, the narrative; autosave; seal.

A draft is saved into the vault a few seconds after each change and whenever the
editor closes or the vault locks, so a crash or a lock loses at most a few seconds of
typing. Saves are queued on the database worker in order; the testimony's id (and the
ids of persons typed in) are chosen here, so a save queued before the first one has
finished still updates the same records.

Sealing makes the testimony immutable and signs it; a sealed testimony opens read-only
with its signature state, and "Correct" starts a new draft that supersedes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.case_json import guess_script, new_record_id
from amanat.domain.dates import PartialDate
from amanat.domain.errors import ValidationError
from amanat.services import cases as case_service
from amanat.services.base import Created
from amanat.storage.vault import Vault
from amanat.ui.cases.case_doc import CaseDoc, consent_problems
from amanat.ui.kit.dialogs import ConfirmDialog, WithdrawConsentDialog
from amanat.ui.kit.labels import codes, label, vocab_choices
from amanat.ui.kit.messages import describe_error, fill
from amanat.ui.kit.style import set_role
from amanat.ui.kit.text import local_time, partial_date
from amanat.ui.kit.widgets import (
    Notice,
    ParagraphsEdit,
    button,
    hint_label,
    keep_space,
    named,
    scaled_font,
)
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

AUTOSAVE_MS = 3000
NEW_PERSON = "__new__"
CONSENT_FLAGS = ("informed", "voluntary", "may_name", "may_show_face", "may_use_voice")


class TestimonyEditor(QWidget):
    __test__ = False

    closed = Signal()
    open_other = Signal(str)  # a correction was started: open it
    record_requested = Signal(str, str, object)  # case id, testimony id, consent (dict)

    def __init__(self, session: Session, cd: CaseDoc, testimony_id: str | None) -> None:
        super().__init__()
        self.setObjectName("testimonyEditor")
        self.session = session
        self.cd = cd
        self.case_id = cd.id
        self.is_new = testimony_id is None
        self.testimony_id = testimony_id or new_record_id()
        # Shared with the worker: set there once the first save has created the draft.
        self._box: dict[str, Any] = {"created": not self.is_new}
        self.sealed = False
        self.withdrawn = False  # consent withdrawn after sealing
        # A draft received in a bundle opens read only too, until Edit is chosen.
        self.read_only = False
        self.dirty = False
        self._loading = True
        self._saves_in_flight = 0
        self.last_saved: str | None = None
        self._new_person_ids: dict[str, str] = {}  # typed name -> id chosen here
        self._autosave = QTimer(self)
        self._autosave.setObjectName("autosaveTimer")
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self.save)
        self._build()
        self._connect_changes()
        if self.is_new:
            self._loading = False
            self._update_state()
        else:
            self._load()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 0, 0)
        outer.addLayout(self._build_top_bar())
        self.seal_notice = Notice("sealNotice")
        outer.addWidget(self.seal_notice)
        outer.addWidget(self._build_form_and_narrative(), 1)
        # Below the form, not above it: a notice that comes, goes or grows must not move
        # the consent boxes under the pointer. Always in view (not at the end of the
        # scrolled form): the consent notice decides what may be done.
        self.notice = Notice("testimonyNotice")
        outer.addWidget(self.notice)
        self.consent_notice = Notice("consentWarning")
        outer.addWidget(self.consent_notice)
        self._set_tab_order()
        self.back_button.clicked.connect(self._close)
        self.seal_button.clicked.connect(self.seal)
        self.correct_button.clicked.connect(self.correct)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.edit_button.clicked.connect(self.edit_received)
        self.record_button.clicked.connect(self.request_recording)

    def _build_top_bar(self) -> QHBoxLayout:
        """Back, the heading, the save state, and seal / withdraw / correct."""
        top = QHBoxLayout()
        self.back_button = button(
            self.tr("Back to the case"), "testimonyBack", self.tr("Back to the case")
        )
        top.addWidget(self.back_button)
        self.heading = QLabel(self.tr("New testimony") if self.is_new else self.tr("Testimony"))
        self.heading.setObjectName("testimonyHeading")
        self.heading.setFont(scaled_font(self.heading.font(), 1.25, bold=True))
        top.addWidget(self.heading)
        top.addStretch(1)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        top.addWidget(self.save_state)
        self.seal_button = button(self.tr("Seal..."), "sealButton", self.tr("Seal testimony"))
        set_role(self.seal_button, "primary")
        self.correct_button = button(
            self.tr("Correct..."), "correctButton", self.tr("Correct testimony")
        )
        self.correct_button.hide()
        self.withdraw_button = button(
            self.tr("Consent withdrawn..."),
            "withdrawConsent",
            self.tr("Record a withdrawal of consent"),
        )
        self.withdraw_button.hide()
        self.edit_button = button(
            self.tr("Edit..."), "editReceivedButton", self.tr("Edit the received draft")
        )
        self.edit_button.hide()
        top.addWidget(self.edit_button)
        self.record_button = button(
            self.tr("Record..."), "recordInterview", self.tr("Record the interview")
        )
        top.addWidget(self.record_button)
        top.addWidget(self.seal_button)
        top.addWidget(self.withdraw_button)
        top.addWidget(self.correct_button)
        return top

    def _build_form_and_narrative(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("testimonySplitter")
        splitter.setChildrenCollapsible(False)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_body = QWidget()
        form_layout = QVBoxLayout(form_body)
        form_layout.setContentsMargins(0, 0, 6, 0)
        form_layout.addWidget(self._build_interview_group())
        form_layout.addWidget(self._build_consent_group())
        form_layout.addStretch(1)
        form_scroll.setWidget(form_body)
        splitter.addWidget(form_scroll)
        # The case's notes under the narrative (a third column would squeeze the form).
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("narrativeAndNotes")
        right.setChildrenCollapsible(False)
        right.addWidget(self._build_narrative())
        right.addWidget(self._build_case_notes())
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def _build_case_notes(self) -> QGroupBox:
        """The case's notes beside a sealed testimony under review (read only here; they
        are added in the case's Notes tab)."""
        self.case_notes = QGroupBox(self.tr("Notes on this case"))
        self.case_notes.setObjectName("testimonyCaseNotes")
        layout = QVBoxLayout(self.case_notes)
        self.notes_list = named(QListWidget(), "testimonyNotesList", self.tr("Notes on this case"))
        self.notes_list.setWordWrap(True)
        self.notes_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.notes_list, 1)
        self.no_notes = hint_label(self.tr("No notes yet."), "testimonyNoNotes")
        layout.addWidget(self.no_notes)
        self.case_notes.hide()
        return self.case_notes

    def _show_case_notes(self) -> None:
        self.notes_list.clear()
        for note in self.cd.doc.get("annotations") or []:
            words = []
            if note.get("target") == self.testimony_id:
                words.append(self.tr("About this testimony:"))
            if note.get("grade"):
                words.append(
                    fill(self.tr("Grade: %1."), label("verification_grade", note.get("grade")))
                )
            if note.get("text"):
                words.append(str(note["text"]))
            if note.get("author"):
                words.append(fill(self.tr("(by %1)"), str(note["author"])))
            self.notes_list.addItem(" ".join(words))
        self.no_notes.setVisible(self.notes_list.count() == 0)
        self.case_notes.show()

    def _build_interview_group(self) -> QGroupBox:
        meta = QGroupBox(self.tr("Interview"))
        meta.setObjectName("interviewGroup")
        form = QFormLayout(meta)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.speaker = named(QComboBox(), "speaker", self.tr("Who is speaking"))
        self.speaker.addItem(self.tr("Choose who is speaking..."), None)
        seen: set[str] = set()
        person = self.cd.person
        if person.get("id"):
            self.speaker.addItem(
                fill(self.tr("%1 (the person of concern)"), self.cd.person_name(person)),
                person["id"],
            )
            seen.add(person["id"])
        for pid in self.cd.speaker_candidates():
            if pid not in seen:
                self.speaker.addItem(self.cd.person_name({"id": pid}), pid)
                seen.add(pid)
        self.speaker.addItem(self.tr("Someone else (type the name)"), NEW_PERSON)
        form.addRow(self.tr("&Speaker:"), self.speaker)
        self.speaker_name = named(QLineEdit(), "speakerName", self.tr("Speaker's name"))
        self.speaker_name.setPlaceholderText(self.tr("Name as the speaker gives it, in any script"))
        # Its row stays when it is hidden (a form layout drops the rows of hidden fields,
        # so it sits in a holder that stays): after the first save the typed speaker
        # becomes a person of the case and the field goes, and nothing may move.
        holder = self.speaker_name_row = QWidget()
        holder.setObjectName("speakerNameRow")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(keep_space(self.speaker_name))
        self.speaker_name.hide()
        form.addRow("", holder)
        self.relation = named(QComboBox(), "relation", self.tr("Relation to the person of concern"))
        self.relation.addItem(self.tr("Not given"), None)
        for code, text in vocab_choices("relation"):
            self.relation.addItem(text, code)
        form.addRow(self.tr("&Relation:"), self.relation)
        self.language = named(QComboBox(), "language", self.tr("Language of the narrative"))
        self.language.addItem(self.tr("Choose the language..."), None)
        for code in codes("language"):
            self.language.addItem(label("language", code), code)
        form.addRow(self.tr("&Language:"), self.language)
        self.date = named(QLineEdit(), "interviewDate", self.tr("Date of the interview"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY; ~ for about"))
        form.addRow(self.tr("&Date:"), self.date)
        self.place = named(QLineEdit(), "interviewPlace", self.tr("Place of the interview"))
        self.place.setPlaceholderText(self.tr("A city or country, never an address"))
        form.addRow(self.tr("&Place:"), self.place)
        self.mode = named(QComboBox(), "mode", self.tr("Interview mode"))
        for code in codes("mode"):
            self.mode.addItem(label("mode", code), code)
        form.addRow(self.tr("&Mode:"), self.mode)
        self.interviewers = named(QLineEdit(), "interviewers", self.tr("Interviewers"))
        self.interviewers.setPlaceholderText(self.tr("Names, separated by commas"))
        form.addRow(self.tr("&Interviewers:"), self.interviewers)
        self.interpreter = named(QLineEdit(), "interpreter", self.tr("Interpreter"))
        self.interpreter.setPlaceholderText(self.tr("Leave empty if none"))
        form.addRow(self.tr("I&nterpreter:"), self.interpreter)
        return meta

    def _build_consent_group(self) -> QGroupBox:
        consent = QGroupBox(self.tr("Consent"))
        consent.setObjectName("consentGroup")
        grid = QGridLayout(consent)
        texts = {
            "informed": self.tr("Informed consent"),
            "voluntary": self.tr("Given voluntarily"),
            "may_name": self.tr("May be named"),
            "may_show_face": self.tr("Face may be shown"),
            "may_use_voice": self.tr("Voice may be used"),
        }
        grid.addWidget(
            hint_label(
                self.tr(
                    "Informed: the speaker knows how the testimony will be kept, shared and"
                    " used. Voluntary: given freely, without pressure or payment."
                )
            ),
            0,
            0,
            1,
            2,
        )
        self.consent_boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(CONSENT_FLAGS):
            box = named(QCheckBox(texts[key]), f"consent_{key}", texts[key])
            self.consent_boxes[key] = box
            grid.addWidget(box, 1 + i // 2, i % 2)
        uses_row = 1 + (len(CONSENT_FLAGS) + 1) // 2
        uses_label = QLabel(self.tr("Permitted uses:"))
        set_role(uses_label, "fieldLabel")
        grid.addWidget(uses_label, uses_row, 0, 1, 2)
        self.use_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(codes("consent_use")):
            text = label("consent_use", code)
            box = named(QCheckBox(text), f"use_{code}", text)
            box.setToolTip(text)
            self.use_boxes[code] = box
            grid.addWidget(box, uses_row + 1 + i // 2, i % 2)
        self.use_boxes["internal"].setChecked(True)
        return consent

    def _build_narrative(self) -> QWidget:
        narrative_box = QWidget()
        narrative_layout = QVBoxLayout(narrative_box)
        narrative_layout.setContentsMargins(6, 0, 0, 0)
        narrative_label = QLabel(self.tr("&Narrative"))
        narrative_label.setFont(scaled_font(narrative_label.font(), 1.1, bold=True))
        narrative_layout.addWidget(narrative_label)
        self.narrative = named(ParagraphsEdit(), "narrative", self.tr("Narrative"))
        self.narrative.setTabChangesFocus(True)
        narrative_label.setBuddy(self.narrative)
        self.narrative.setPlaceholderText(self.tr("The testimony in the speaker's words..."))
        narrative_layout.addWidget(self.narrative, 1)
        self.narrative_hint = hint_label(
            self.tr("Choose who is speaking and the language to start: every word is then saved."),
            "narrativeHint",
        )
        narrative_layout.addWidget(keep_space(self.narrative_hint))
        return narrative_box

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.back_button, self.speaker)
        self.setTabOrder(self.speaker, self.speaker_name)
        self.setTabOrder(self.speaker_name, self.relation)
        self.setTabOrder(self.relation, self.language)
        self.setTabOrder(self.language, self.date)
        self.setTabOrder(self.date, self.place)
        self.setTabOrder(self.place, self.mode)
        self.setTabOrder(self.mode, self.interviewers)
        self.setTabOrder(self.interviewers, self.interpreter)
        previous: QWidget = self.interpreter
        for box in [*self.consent_boxes.values(), *self.use_boxes.values()]:
            self.setTabOrder(previous, box)
            previous = box
        self.setTabOrder(previous, self.narrative)
        self.setTabOrder(self.narrative, self.seal_button)

    def _connect_changes(self) -> None:
        for combo in (self.speaker, self.relation, self.language, self.mode):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.speaker_name, self.date, self.place, self.interviewers, self.interpreter):
            edit.textChanged.connect(self._changed)
        for box in [*self.consent_boxes.values(), *self.use_boxes.values()]:
            box.toggled.connect(self._changed)
        self.narrative.textChanged.connect(self._changed)
        self.speaker.currentIndexChanged.connect(self._speaker_chosen)

    def focus_first(self) -> None:
        if self.sealed or self.read_only:
            self.narrative.setFocus()
        elif self.speaker.currentData() is None:
            self.speaker.setFocus()
        else:
            self.narrative.setFocus()

    # -- loading an existing testimony ------------------------------------------------------
    def _load(self) -> None:
        testimony_id = self.testimony_id
        case_id = self.case_id

        def load(vault: Vault, _s: TaskState) -> tuple[dict[str, Any], bool | None, bool]:
            doc = case_service.get_case(vault, case_id)
            valid = None
            for t in doc.get("testimonies") or ():
                if t.get("id") == testimony_id and t.get("state") == "sealed":
                    valid = case_service.verify_testimony(vault, testimony_id)
            # Received: a bundle's import named it (docs/trust.md, custody on import).
            received = any(
                entry.get("action") == "imported"
                and testimony_id in ((entry.get("detail") or {}).get("records") or {})
                for entry in case_service.custody_log(vault, case_id)
            )
            return doc, valid, received

        self.setEnabled(False)
        self.save_state.setText(self.tr("Loading..."))
        self.session.op(load, on_success=self._loaded, on_failure=self._load_failed, owner=self)

    def _load_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.notice.show_error(error)

    def _loaded(self, result: tuple[dict[str, Any], bool | None, bool]) -> None:
        doc, valid, received = result
        self.cd = CaseDoc(doc)
        t = self.cd.testimony(self.testimony_id)
        self.setEnabled(True)
        if t is None:
            self.notice.show_error(ValidationError("not_found"))
            return
        self._fill(t)
        self.sealed = t.get("state") == "sealed"
        if self.sealed:
            self._show_sealed(t, bool(valid))
        elif received:
            self._show_received_draft()
        if t.get("supersedes"):
            self.heading.setText(self.tr("Testimony (correction of a sealed one)"))
        self._loading = False
        self.dirty = False
        self._update_state()

    def _fill(self, t: Mapping[str, Any]) -> None:
        speaker = t.get("speaker") or {}
        sid = speaker.get("id")
        if sid and self.speaker.findData(sid) < 0:
            self.speaker.insertItem(self.speaker.count() - 1, self.cd.person_name(speaker), sid)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(sid)))
        self.relation.setCurrentIndex(max(0, self.relation.findData(t.get("relation"))))
        self.language.setCurrentIndex(max(0, self.language.findData(t.get("language"))))
        if self.language.currentData() != t.get("language") and t.get("language"):
            self.language.addItem(str(t["language"]), t["language"])
            self.language.setCurrentIndex(self.language.count() - 1)
        self.date.setText(t.get("date") or "")
        self.place.setText(self.cd.place_label(t.get("place")) if t.get("place") else "")
        self.mode.setCurrentIndex(max(0, self.mode.findData(t.get("mode"))))
        names = []
        for ref in t.get("interviewers") or []:
            name = self.cd.person_name(ref)
            self._new_person_ids[name] = ref.get("id")
            names.append(name)
        self.interviewers.setText(", ".join(names))
        interpreter = t.get("interpreter")
        if interpreter:
            name = self.cd.person_name(interpreter)
            self._new_person_ids[name] = interpreter.get("id")
            self.interpreter.setText(name)
        consent = t.get("consent") or {}
        for key, box in self.consent_boxes.items():
            box.setChecked(bool(consent.get(key)))
        uses = set(consent.get("uses") or [])
        for code, box in self.use_boxes.items():
            box.setChecked(code in uses)
        self.narrative.setPlainText(t.get("narrative") or "")

    def _show_sealed(self, t: Mapping[str, Any], valid: bool) -> None:
        seal = t.get("seal") or {}
        when = local_time(seal.get("sealed_at"))
        if valid:
            self.seal_notice.show_message(
                "ok",
                fill(
                    self.tr(
                        "Sealed — read only. Sealed on %1 and signed; the signature is valid:"
                        " the text has not changed since. To fix a mistake, use Correct... (a new"
                        " version; this one is kept)."
                    ),
                    when,
                ),
            )
        else:
            self.seal_notice.show_message(
                "error",
                fill(
                    self.tr(
                        "Sealed — read only. Sealed on %1, but the signature does NOT verify:"
                        " the stored testimony does not match what was signed. Report this to"
                        " your coordinator."
                    ),
                    when,
                ),
            )
        self._set_editable(False)
        # Read only from the start (shown once loaded): no row to keep for a typed name.
        self.speaker_name_row.setVisible(self.speaker.currentData() == NEW_PERSON)
        self._show_case_notes()
        self.seal_button.hide()
        self.correct_button.show()
        self.withdraw_button.show()
        self.narrative_hint.hide()
        self.heading.setText(self.tr("Sealed testimony"))
        withdrawals = t.get("withdrawals") or []
        self.withdrawn = bool(withdrawals)
        self._update_consent_notice()
        if withdrawals:
            self.notice.show_message(
                "warning",
                fill(
                    self.tr("Consent was withdrawn on %1."),
                    ", ".join(partial_date(str(w.get("date") or "")) for w in withdrawals),
                ),
            )

    def _set_editable(self, editable: bool) -> None:
        """Every field takes typing and ticks, or none does (review of a testimony)."""
        for w in (
            self.speaker, self.speaker_name, self.relation, self.language, self.date,
            self.place, self.mode, self.interviewers, self.interpreter,
            *self.consent_boxes.values(), *self.use_boxes.values(),
        ):  # fmt: skip
            w.setEnabled(editable)
        for edit in (self.speaker_name, self.date, self.place, self.interviewers,
                     self.interpreter):  # fmt: skip
            edit.setReadOnly(not editable)
        self.narrative.setReadOnly(not editable)

    def _show_received_draft(self) -> None:
        """A draft that came in a bundle: read only until Edit is chosen."""
        self.read_only = True
        self.seal_notice.show_message(
            "info",
            self.tr(
                "Received — read only. This draft came in a bundle from a contact. Choose"
                " Edit... to change it here: your change is a new revision, and theirs stays"
                " in the history."
            ),
        )
        self._set_editable(False)
        self.seal_button.hide()
        self.edit_button.show()
        self.narrative_hint.hide()
        self._show_case_notes()

    def edit_received(self) -> None:
        if not self.read_only:
            return
        self.read_only = False
        self._set_editable(True)
        self.seal_notice.clear()
        self.edit_button.hide()
        self.seal_button.show()
        self._update_state()
        self.focus_first()

    # -- editing --------------------------------------------------------------------------
    def _speaker_chosen(self) -> None:
        self.speaker_name.setVisible(self.speaker.currentData() == NEW_PERSON)
        if self.speaker.currentData() == NEW_PERSON and not self._loading:
            self.speaker_name.setFocus()

    def _changed(self) -> None:
        self._update_consent_notice()
        if self._loading or self.sealed or self.read_only:
            return
        self._update_state()
        if not self.can_save():
            return
        self.dirty = True
        if not self._autosave.isActive():
            self._autosave.start(AUTOSAVE_MS)
        self._show_save_state()

    def can_save(self) -> bool:
        speaker = self.speaker.currentData()
        if speaker is None or self.language.currentData() is None:
            return False
        return not (speaker == NEW_PERSON and not self.speaker_name.text().strip())

    def _update_state(self) -> None:
        locked = self.sealed or self.read_only
        ready = self.can_save() or locked
        self.narrative.setReadOnly(not ready or locked)
        self.narrative_hint.setVisible(not ready and not locked)
        self.seal_button.setEnabled(ready and not locked)
        self._update_consent_notice()
        self._show_save_state()

    def _update_consent_notice(self) -> None:
        consent: dict[str, Any] = {k: box.isChecked() for k, box in self.consent_boxes.items()}
        consent["uses"] = [c for c, b in self.use_boxes.items() if b.isChecked()]
        problems = consent_problems(consent, self.withdrawn)
        if problems:
            level = (
                "error"
                if self.withdrawn or not (consent["informed"] and consent["voluntary"])
                else "warning"
            )
            self.consent_notice.show_message(level, " ".join(problems))
        else:
            self.consent_notice.show_message(
                "ok", self.tr("Consent is recorded for the uses ticked above.")
            )

    def _show_save_state(self) -> None:
        if self.sealed:
            self.save_state.setText(self.tr("Sealed: read-only"))
        elif self.read_only:
            self.save_state.setText(self.tr("Received: read-only"))
        elif self._saves_in_flight:
            self.save_state.setText(self.tr("Saving..."))
        elif self.dirty:
            self.save_state.setText(self.tr("Unsaved changes (saving in a moment)"))
        elif self.last_saved:
            self.save_state.setText(fill(self.tr("Saved at %1"), self.last_saved))
        elif self.is_new:
            self.save_state.setText(self.tr("Not saved yet"))
        else:
            self.save_state.setText(self.tr("Draft"))
        self.save_state.setAccessibleName(self.save_state.text())

    def _person_ref(self, name: str) -> dict[str, Any]:
        """A person typed by name; the same name keeps the same id across saves."""
        name = name.strip()
        person_id = self._new_person_ids.setdefault(name, new_record_id())
        return {"id": person_id, "names": [{"text": name, "script": guess_script(name)}]}

    def document(self) -> tuple[dict[str, Any], list[str]]:
        """The testimony document (docs/case-json.md) and the fields left out as invalid."""
        skipped: list[str] = []
        speaker = self.speaker.currentData()
        if speaker == NEW_PERSON:
            speaker_ref = self._person_ref(self.speaker_name.text())
        else:
            speaker_ref = {"id": speaker}
        doc: dict[str, Any] = {
            "id": self.testimony_id,
            "speaker": speaker_ref,
            "relation": self.relation.currentData(),
            "language": self.language.currentData(),
            "mode": self.mode.currentData(),
            "narrative": self.narrative.toPlainText(),
            "interviewers": [
                self._person_ref(n) for n in self.interviewers.text().split(",") if n.strip()
            ],
            "interpreter": self._person_ref(self.interpreter.text())
            if self.interpreter.text().strip()
            else None,
            "consent": {
                **{key: box.isChecked() for key, box in self.consent_boxes.items()},
                "uses": [c for c, b in self.use_boxes.items() if b.isChecked()],
            },
        }
        date = self.date.text().strip()
        if date:
            try:
                PartialDate.parse(date, "date")
                doc["date"] = date
            except ValidationError:
                skipped.append("date")
        if self.place.text().strip():
            doc["place"] = self.place.text().strip()
        return doc, skipped

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        """Queue a save of the current draft (autosave, flush, before sealing)."""
        self._autosave.stop()
        if self.sealed or self.read_only or self._loading or not self.can_save() or not self.dirty:
            return
        doc, skipped = self.document()
        self.dirty = False
        self._saves_in_flight += 1
        box, case_id, testimony_id = self._box, self.case_id, self.testimony_id
        was_new = not box["created"]

        def save(vault: Vault, _s: TaskState) -> Created | None:
            if not box["created"]:
                created = case_service.add_testimony(vault, case_id, doc)
                box["created"] = True
                return created  # broadcast: the case view and the list show the new draft
            # An autosave of the draft is not broadcast (it runs every few seconds while
            # typing): the case view reloads when the editor closes.
            case_service.update_testimony_draft(vault, testimony_id, doc)
            return None

        if skipped:
            self.notice.show_message(
                "warning",
                self.tr(
                    "The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved."
                ),
            )
        else:
            self.notice.clear()
        # No owner: a save queued as the editor closes must still run; its callbacks
        # check that the editor is alive.
        editor = self
        import shiboken6

        def done_ok(_r: object) -> None:
            if shiboken6.isValid(editor):
                editor._saved(was_new)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(editor):
                editor._save_failed(error)

        self.session.op(save, on_success=done_ok, on_failure=failed)
        self._show_save_state()

    def _saved(self, was_new: bool) -> None:
        self._saves_in_flight -= 1
        self.last_saved = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.LongFormat
        )
        if was_new:
            self.is_new = False
            self.heading.setText(self.tr("Testimony"))
            # The speaker typed in is now a person of the case.
            if self.speaker.currentData() == NEW_PERSON:
                name = self.speaker_name.text().strip()
                pid = self._new_person_ids.get(name)
                if pid:
                    self._loading = True
                    self.speaker.insertItem(self.speaker.count() - 1, name, pid)
                    self.speaker.setCurrentIndex(self.speaker.findData(pid))
                    self._loading = False
        self._show_save_state()

    def _save_failed(self, error: BaseException) -> None:
        self._saves_in_flight -= 1
        self.dirty = True
        self.notice.show_message(
            "error",
            fill(self.tr("The draft could not be saved: %1"), describe_error(error)),
        )
        self._show_save_state()

    def request_recording(self) -> None:
        """Ask the workspace to open the recorder on this testimony (issue 14)."""
        if self.is_new:
            self.notice.show_message(
                "info", self.tr("Save the testimony first, then record the interview.")
            )
            return
        self.flush()
        consent = {key: box.isChecked() for key, box in self.consent_boxes.items()}
        self.record_requested.emit(self.case_id, self.testimony_id, consent)

    def flush(self) -> None:
        """Queue the last save now (closing, locking): the worker runs it before the lock."""
        if self.dirty:
            self.save()

    def _close(self) -> None:
        self.flush()
        self.closed.emit()

    # -- sealing and correcting ---------------------------------------------------------------
    def seal(self) -> None:
        if self.sealed or not self.can_save():
            return
        self.dirty = True  # always write the exact content that is about to be sealed
        self.save()
        consent: dict[str, Any] = {k: box.isChecked() for k, box in self.consent_boxes.items()}
        consent["uses"] = [c for c, b in self.use_boxes.items() if b.isChecked()]
        problems = consent_problems(consent)
        text = self.tr(
            "Sealing makes this testimony permanent. It is signed with this vault's key, so"
            " anyone who receives it can check that not one word was changed. After sealing"
            " it cannot be edited: a mistake is fixed by a correction, a new version that"
            " keeps the sealed original."
        )
        if problems:
            text += "\n\n" + " ".join(problems)
        if not ConfirmDialog.ask(
            self, self.tr("Seal this testimony?"), text, self.tr("Seal"), object_name="sealConfirm"
        ):
            return
        testimony_id = self.testimony_id
        self.seal_button.setEnabled(False)
        self.session.op(
            lambda v, _s: case_service.seal_testimony(v, testimony_id),
            on_success=lambda _c: self._sealed(),
            on_failure=self._seal_failed,
            owner=self,
        )

    def _sealed(self) -> None:
        self._loading = True
        self._load()

    def _seal_failed(self, error: BaseException) -> None:
        self.seal_button.setEnabled(True)
        self.notice.show_error(error)

    def correct(self) -> None:
        if not self.sealed:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("Correct this testimony?"),
            self.tr(
                "A correction is a new draft that starts as a copy of this testimony. The sealed"
                " original is kept unchanged and stays visible; the correction supersedes it once"
                " it is sealed in turn."
            ),
            self.tr("Start a correction"),
            object_name="correctConfirm",
        ):
            return
        testimony_id = self.testimony_id
        self.session.op(
            lambda v, _s: case_service.correct_testimony(v, testimony_id),
            on_success=lambda created: self._corrected(created.id),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def withdraw(self) -> None:
        """Consent withdrawn after sealing: its own record, beside the testimony."""
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        values = WithdrawConsentDialog.ask(self, today)
        if values is None:
            return
        date, uses, note = values
        testimony_id = self.testimony_id
        self.session.op(
            lambda v, _s: case_service.withdraw_consent(
                v, testimony_id, date, uses=uses, note=note
            ),
            on_success=lambda _created: self._sealed(),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _corrected(self, new_id: str) -> None:
        self.open_other.emit(new_id)
