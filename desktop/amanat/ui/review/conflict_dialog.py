"""The side-by-side view of one record waiting for a person (docs/review.md §4).

Both versions field by field, in words: the version shown here ("mine") and the one
that came in ("theirs"), each field marked where that side changed it since the
common version. Per field the reviewer keeps one side (or all of mine, all of theirs);
the preview shows the result; Resolve writes it as one revision whose parents are both
heads (services.conflicts.resolve). Nothing is written until Resolve.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import AmanatError
from amanat.domain.model import record_from_content
from amanat.services import conflicts as conflict_service
from amanat.services.conflicts import INCOMING, LOCAL, ConflictView
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill
from amanat.ui.kit.widgets import Notice, button, hint_label, section_label, title_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def field_label(name: str) -> str:
    """A record field in words (never the JSON key)."""
    words = {
        "names": QCoreApplication.translate("ConflictDialog", "Names"),
        "sex": QCoreApplication.translate("ConflictDialog", "Sex"),
        "birth_date": QCoreApplication.translate("ConflictDialog", "Date of birth"),
        "age_range": QCoreApplication.translate("ConflictDialog", "Age"),
        "ethnicity": QCoreApplication.translate("ConflictDialog", "Ethnicity"),
        "hometown": QCoreApplication.translate("ConflictDialog", "Home town"),
        "identifiers": QCoreApplication.translate("ConflictDialog", "Identity documents"),
        "contacts": QCoreApplication.translate("ConflictDialog", "Contact details"),
        "status": QCoreApplication.translate("ConflictDialog", "Status"),
        "occupation": QCoreApplication.translate("ConflictDialog", "Occupation"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "sensitivity": QCoreApplication.translate("ConflictDialog", "Sensitivity"),
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "person": QCoreApplication.translate("ConflictDialog", "Person"),
        "persons": QCoreApplication.translate("ConflictDialog", "Other people in the case"),
        "assignee": QCoreApplication.translate("ConflictDialog", "Assigned to"),
        "summary": QCoreApplication.translate("ConflictDialog", "Summary"),
        "reference": QCoreApplication.translate("ConflictDialog", "Reference"),
        "case": QCoreApplication.translate("ConflictDialog", "Case"),
        "type": QCoreApplication.translate("ConflictDialog", "What happened"),
        "victim": QCoreApplication.translate("ConflictDialog", "Victim"),
        "date": QCoreApplication.translate("ConflictDialog", "Date"),
        "end_date": QCoreApplication.translate("ConflictDialog", "Until"),
        "place": QCoreApplication.translate("ConflictDialog", "Place"),
        "stated_reason": QCoreApplication.translate("ConflictDialog", "Reason given"),
        "sentence": QCoreApplication.translate("ConflictDialog", "Sentence"),
        "description": QCoreApplication.translate("ConflictDialog", "Description"),
        "sources": QCoreApplication.translate("ConflictDialog", "Reported in testimonies"),
        "speaker": QCoreApplication.translate("ConflictDialog", "Speaker"),
        "relation": QCoreApplication.translate("ConflictDialog", "Relation to the person"),
        "interviewers": QCoreApplication.translate("ConflictDialog", "Interviewers"),
        "interpreter": QCoreApplication.translate("ConflictDialog", "Interpreter"),
        "mode": QCoreApplication.translate("ConflictDialog", "How the interview was held"),
        "language": QCoreApplication.translate("ConflictDialog", "Language"),
        "narrative": QCoreApplication.translate("ConflictDialog", "Account"),
        "consent": QCoreApplication.translate("ConflictDialog", "Consent"),
        "supersedes": QCoreApplication.translate("ConflictDialog", "Corrects"),
        "seal": QCoreApplication.translate("ConflictDialog", "Seal"),
        "removed": QCoreApplication.translate("ConflictDialog", "Removed"),
        "other": QCoreApplication.translate("ConflictDialog", "Other person"),
        "source": QCoreApplication.translate("ConflictDialog", "Source"),
    }
    return words.get(name) or name.replace("_", " ").capitalize()


_SCHEMES = {
    "sex": "sex",
    "ethnicity": "ethnicity",
    "relation": "relation",
    "mode": "testimony_mode",
    "sensitivity": "sensitivity",
}


def value_text(view: ConflictView, name: str, value: Any) -> str:
    """A value in words: names and labels for ids, vocabulary labels for codes."""
    if value is None or value == [] or value == "":
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "no")
        )
    if isinstance(value, str):
        if value in view.names:
            return view.names[value]
        scheme = _SCHEMES.get(name)
        if name == "type":
            scheme = "event_type" if view.kind.value == "event" else None
        if name == "status" and view.kind.value == "case":
            scheme = "case_status"
        return label(scheme, value) if scheme else value
    if isinstance(value, list):
        return "; ".join(_item_text(view, name, item) for item in value)
    if isinstance(value, dict):
        return _item_text(view, name, value)
    return str(value)


def _item_text(view: ConflictView, name: str, item: Any) -> str:
    if isinstance(item, str):
        return view.names.get(item, item)
    if isinstance(item, dict):
        if "text" in item:
            return str(item["text"])
        if "status" in item:
            when = item.get("date")
            words = label("person_status", str(item["status"]))
            return f"{words} ({when})" if when else words
        if name == "consent":
            given = [field_label(k) if k != "uses" else "" for k, v in item.items() if v is True]
            return ", ".join(g for g in given if g) or QCoreApplication.translate(
                "ConflictDialog", "nothing given"
            )
        return ", ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, [], ""))
    return json.dumps(item, ensure_ascii=False)


def side_title(view: ConflictView, side: str) -> str:
    head = view.local if side == LOCAL else view.incoming[0]
    who = head.author_name or QCoreApplication.translate("ConflictDialog", "an unknown vault")
    when = head.created[:16].replace("T", " ")
    if side == LOCAL:
        return fill(
            QCoreApplication.translate(
                "ConflictDialog", "Mine: the version shown here (by %1, %2)"
            ),
            who,
            when,
        )
    return fill(QCoreApplication.translate("ConflictDialog", "Theirs: by %1, %2"), who, when)


class ConflictDialog(QDialog):
    """Build with the view (read on the worker by the caller); ``ask`` runs it."""

    def __init__(self, parent: QWidget | None, session: Session, view: ConflictView) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.session = session
        self.view = view
        self.resolved = False
        self._ready = False  # the preview is refreshed once everything is built
        self.choices: dict[str, str] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.differing = [
            f for f in view.fields if view.local.content.get(f) != view.incoming[0].content.get(f)
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self._heading(), "conflictTitle", 1.3))
        layout.addWidget(hint_label(self._explanation(), "conflictExplanation"))
        layout.addWidget(self._build_fields(), 1)
        layout.addLayout(self._build_all_buttons())
        layout.addWidget(section_label(self.tr("The result")))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("conflictPreview")
        self.preview.setAccessibleName(self.tr("The result"))
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(150)
        layout.addWidget(self.preview)
        self.notice = Notice("conflictNotice")
        layout.addWidget(self.notice)
        self._build_buttons(layout)
        self.resize(900, 640)
        self._ready = True
        self._refresh()

    # -- building ------------------------------------------------------------------------
    def _heading(self) -> str:
        what = {
            "person": self.tr("a person"),
            "case": self.tr("a case"),
            "event": self.tr("an event"),
            "testimony": self.tr("a testimony"),
        }.get(self.view.kind.value, self.tr("a record"))
        case = self.view.case_title or self.tr("no case")
        return fill(self.tr("Two versions of %1 in the case %2"), what, case)

    def _explanation(self) -> str:
        theirs = self.view.incoming[0].author_name or self.tr("an unknown vault")
        if self.view.state == "proposal":
            text = fill(
                self.tr(
                    "%1 proposes a change to the version shown here. Keep theirs, keep"
                    " yours, or take each field from either."
                ),
                theirs,
            )
        else:
            text = fill(
                self.tr(
                    "This record was edited here and by %1 since their common version."
                    " Marked fields are the ones each side changed. Choose, field by"
                    " field, which to keep."
                ),
                theirs,
            )
        if len(self.view.incoming) > 1:
            text += " " + self.tr(
                "More versions came in: this view compares with the first; resolving ends them all."
            )
        return text

    def _build_fields(self) -> QWidget:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        heads = (
            (0, self.tr("Field")),
            (1, side_title(self.view, LOCAL)),
            (2, side_title(self.view, INCOMING)),
        )
        for column, text in heads:
            header = QLabel(text)
            header.setWordWrap(True)
            header.setObjectName(f"conflictHeader{column}")
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, name in enumerate(self.differing, start=1):
            self._add_field_row(grid, row, name)
        if not self.differing:
            grid.addWidget(QLabel(self.tr("Both versions say the same.")), 1, 0, 1, 3)
        same = len(self.view.fields) - len(self.differing)
        if same and self.differing:
            more = QLabel(fill(self.tr("%1 other fields are the same in both."), str(same)))
            more.setObjectName("conflictSameCount")
            grid.addWidget(more, len(self.differing) + 1, 0, 1, 3)
        grid.setRowStretch(len(self.differing) + 2, 1)
        scroll = QScrollArea()
        scroll.setObjectName("conflictFields")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        return scroll

    def _add_field_row(self, grid: QGridLayout, row: int, name: str) -> None:
        name_label = QLabel(field_label(name))
        name_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(name_label, row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.groups[name] = group
        for column, side, head in (
            (1, LOCAL, self.view.local),
            (2, INCOMING, self.view.incoming[0]),
        ):
            text = value_text(self.view, name, head.content.get(name))
            if name in head.changed:
                text = fill(self.tr("%1 (changed)"), text)
            choice = QRadioButton(text)
            choice.setObjectName(f"conflict_{name}_{side}")
            choice.setAccessibleName(
                fill(self.tr("%1: keep %2"), field_label(name),
                     self.tr("mine") if side == LOCAL else self.tr("theirs"))
            )  # fmt: skip
            choice.setToolTip(text)
            if name in head.changed:
                font = choice.font()
                font.setBold(True)
                choice.setFont(font)
            group.addButton(choice)
            choice.toggled.connect(lambda on, n=name, s=side: self._toggled(on, n, s))
            grid.addWidget(choice, row, column)
        incoming_only = (
            name in self.view.incoming[0].changed and name not in self.view.local.changed
        )
        self.choices[name] = INCOMING if incoming_only else LOCAL
        self._check(name)

    def _build_all_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.keep_mine = button(self.tr("Keep all of mine"), "keepAllMine")
        self.keep_theirs = button(self.tr("Keep all of theirs"), "keepAllTheirs")
        self.keep_mine.clicked.connect(lambda: self.choose_all(LOCAL))
        self.keep_theirs.clicked.connect(lambda: self.choose_all(INCOMING))
        row.addWidget(self.keep_mine)
        row.addWidget(self.keep_theirs)
        row.addStretch(1)
        return row

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        box = QDialogButtonBox()
        self.resolve_button = button(self.tr("Resolve"), "resolveConflict", role="primary")
        cancel = button(self.tr("Cancel"), "cancelConflict")
        box.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.resolve_button.clicked.connect(self._resolve)
        cancel.clicked.connect(self.reject)
        layout.addWidget(box)

    # -- choosing ------------------------------------------------------------------------
    def _check(self, name: str) -> None:
        wanted = f"conflict_{name}_{self.choices[name]}"
        for b in self.groups[name].buttons():
            if b.objectName() == wanted:
                b.setChecked(True)

    def _toggled(self, on: bool, name: str, side: str) -> None:
        if on:
            self._choose(name, side)

    def _choose(self, name: str, side: str) -> None:
        self.choices[name] = side
        self._refresh()

    def choose_all(self, side: str) -> None:
        for name in self.differing:
            self.choices[name] = side
            self._check(name)
        self._refresh()

    def result_content(self) -> dict[str, Any]:
        return conflict_service.merged_content(self.view, self.choices)

    def _refresh(self) -> None:
        if not self._ready:
            return
        content = self.result_content()
        lines = [
            f"{field_label(n)}: {value_text(self.view, n, content.get(n))}" for n in self.differing
        ]
        self.preview.setPlainText("\n".join(lines))
        try:
            record_from_content(self.view.kind, self.view.record_id, content)
        except AmanatError as exc:
            self.notice.show_error(exc)
            self.resolve_button.setEnabled(False)
            return
        self.notice.clear()
        self.resolve_button.setEnabled(True)

    # -- writing -------------------------------------------------------------------------
    def _resolve(self) -> None:
        content = self.result_content()
        record_id = self.view.record_id
        self.resolve_button.setEnabled(False)

        def work(vault: Vault, _s: TaskState) -> Any:
            return conflict_service.resolve(vault, record_id, content=content)

        self.session.op(work, on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, _result: object) -> None:
        self.resolved = True
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)
        self.resolve_button.setEnabled(True)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, view: ConflictView) -> bool:
        dialog = cls(parent, session, view)
        try:
            dialog.exec()
            return dialog.resolved
        finally:
            dialog.deleteLater()
