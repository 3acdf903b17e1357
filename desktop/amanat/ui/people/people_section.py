"""The people section: find a person, and the possible duplicates across the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.changes import Changes
from amanat.services import persons as person_service
from amanat.services import search as search_service
from amanat.storage.vault import Vault
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.labels import duplicate_reason
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill
from amanat.ui.kit.rows_model import RowsModel
from amanat.ui.kit.tables import make_table
from amanat.ui.kit.text import birth_text
from amanat.ui.kit.widgets import BusyBar, Notice, button, hint_label, named, section_label
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState
from amanat.ui.people.merge_dialog import MergeDialog


class PeopleSection(QWidget):
    open_case = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("peopleSection")
        self.session = session
        self._looked_for = ""  # the name of the last search, run again after a change
        self._decision = ""  # what the reviewer just decided, said with the next list
        self._hold_notice = False  # the next list of people found keeps the notice
        session.changes_applied.connect(self._apply_changes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_find(layout)
        self._build_duplicates(layout)
        self.notice = Notice("peopleNotice")
        layout.addWidget(self.notice)

    def _build_find(self, layout: QVBoxLayout) -> None:
        """Find a person by name, in any script or spelling."""
        layout.addWidget(section_label(self.tr("Find a person")))
        row = QHBoxLayout()
        self.name = named(QLineEdit(), "personSearch", self.tr("Name to look for"))
        self.name.setPlaceholderText(self.tr("A name in any script or spelling"))
        self.name.returnPressed.connect(self.find_person)
        self.find_button = button(self.tr("Find"), "findPerson", self.tr("Find person"))
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
                Column("merged", lambda: self.tr("Merged"), display=self._merged_text),
            ],
            parent=self,
        )
        self.found_view = make_table(
            "personResults", self.tr("People found"), self.found, stretch_column=4
        )
        # Two rows chosen together can be merged by hand.
        self.found_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.found_view.activated.connect(lambda i: self._open(self.found, i))
        layout.addWidget(self.found_view, 2)
        layout.addLayout(self._build_found_actions())

    def _build_found_actions(self) -> QHBoxLayout:
        """Merge two persons chosen by hand; unmerge a merged one (docs/review.md §5)."""
        row = QHBoxLayout()
        self.merge_found_button = button(
            self.tr("Merge..."), "mergeFound", self.tr("Merge the two persons selected")
        )
        self.merge_found_button.clicked.connect(self.merge_found)
        self.unmerge_button = button(self.tr("Unmerge..."), "unmergePerson", self.tr("Unmerge"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        row.addWidget(self.merge_found_button)
        row.addWidget(self.unmerge_button)
        row.addStretch(1)
        self.found_view.selectionModel().selectionChanged.connect(self._found_selection)
        self._found_selection()
        return row

    def _merged_text(self, row: dict[str, Any]) -> str:
        names = row.get("merged_names") or []
        if not names:
            return ""
        return fill(self.tr("merged from %1"), ", ".join(names))

    def _selected(self, view: Any, model: RowsModel) -> list[dict[str, Any]]:
        rows = [model.row(i.row()) for i in view.selectionModel().selectedRows()]
        return [r for r in rows if r is not None]

    def _found_selection(self, *_args: object) -> None:
        chosen = self._selected(self.found_view, self.found)
        self.merge_found_button.setEnabled(len(chosen) == 2)
        self.unmerge_button.setEnabled(len(chosen) == 1 and bool(chosen[0].get("merges")))

    def _build_duplicates(self, layout: QVBoxLayout) -> None:
        """Possible duplicates across the vault, looked for on request, with Cancel."""
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
        self.dup_button = button(
            self.tr("Look for duplicates"), "findDuplicates", self.tr("Look for duplicates")
        )
        self.dup_button.clicked.connect(self.find_duplicates)
        self.cancel_button = button(self.tr("Cancel"), "cancelDuplicates", self.tr("Cancel"))
        self.busy = BusyBar("duplicatesBusy", self.tr("Looking for duplicates"))
        self.duplicates_work = Background(
            self,
            self.session,
            busy=self.busy,
            cancel=self.cancel_button,
            on_error=self._show_error,
        )
        self.duplicates_work.running_changed.connect(self.dup_button.setDisabled)
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
        layout.addLayout(self._build_duplicate_actions())

    def _build_duplicate_actions(self) -> QHBoxLayout:
        """What the reviewer decides about a candidate pair (docs/review.md §5)."""
        row = QHBoxLayout()
        self.merge_button = button(
            self.tr("Merge..."), "mergeDuplicate", self.tr("Merge the two persons")
        )
        self.merge_button.clicked.connect(self.merge_candidate)
        self.distinct_button = button(
            self.tr("Not the same person"), "distinctDuplicate", self.tr("Not the same person")
        )
        self.distinct_button.clicked.connect(self.mark_distinct)
        row.addWidget(self.merge_button)
        row.addWidget(self.distinct_button)
        row.addStretch(1)
        self.duplicates_view.selectionModel().selectionChanged.connect(self._candidate_selection)
        self._candidate_selection()
        return row

    def _candidate_selection(self, *_args: object) -> None:
        chosen = bool(self._selected(self.duplicates_view, self.duplicates))
        self.merge_button.setEnabled(chosen)
        self.distinct_button.setEnabled(chosen)

    def _why(self, row: dict[str, Any]) -> str:
        text = "; ".join(duplicate_reason(c, d) for c, d in row.get("reasons", []))
        conflicts = "; ".join(duplicate_reason(c, d) for c, d in row.get("conflicts", []))
        return text + (" — " + fill(self.tr("but: %1"), conflicts) if conflicts else "")

    def _open(self, model: RowsModel, index: QModelIndex) -> None:
        row = model.row(index.row()) if index.isValid() else None
        if row and row.get("cases"):
            self.open_case.emit(row["cases"][0][0])

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed: people added or changed (an
        imported bundle, a new case) may match the name looked for."""
        if (changes.persons or changes.cases) and self._looked_for:
            self._find(self._looked_for)
        if changes.persons and self.duplicates.rowCount():
            # A merge or "not the same person" elsewhere (a bundle, the command line):
            # a pair of which both changed may be one person now; the rest stays.
            rows = [self.duplicates.row(i) for i in range(self.duplicates.rowCount())]
            kept = [
                r for r in rows
                if r is not None
                and not {r["id"], r["other_id"]} <= changes.persons
            ]  # fmt: skip
            if len(kept) != len(rows):
                self.duplicates.set_rows(kept)

    def find_person(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self._looked_for = name
        self._find(name)

    def _find(self, name: str) -> None:

        def find(vault: Vault, _s: TaskState) -> list[dict[str, Any]]:
            hits = search_service.search_persons(vault, name, limit=50)
            summaries = search_service.person_summaries(vault, [h.person_id for h in hits])
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
                        **(_merge_facts(vault, s.id) if s.merged_from else {}),
                    }
                )
            return out

        self.session.op(
            find,
            on_success=self._found,
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.found.set_rows(rows)
        self.found_view.resizeColumnsToContents()
        if not rows:
            self.notice.show_message("info", self.tr("Nobody with a similar name was found."))
        elif not self._hold_notice:
            self.notice.clear()
        self._hold_notice = False

    def _show_error(self, error: BaseException) -> None:
        self.notice.show_error(error)

    def find_duplicates(self) -> None:
        if self.duplicates_work.running:
            return

        def find(vault: Vault, state: TaskState) -> list[dict[str, Any]]:
            pairs = search_service.duplicate_candidates(
                vault, limit=500, progress=state.progress, is_cancelled=state.is_cancelled
            )
            summaries = search_service.person_summaries(
                vault, [p.person_id for p in pairs] + [p.other_id for p in pairs]
            )
            rows = []
            for p in pairs:
                a, b = summaries.get(p.person_id), summaries.get(p.other_id)
                rows.append(
                    {
                        "id": p.person_id,
                        "other_id": p.other_id,
                        "name": a.name if a else "",
                        "other_name": b.name if b else "",
                        "reasons": list(p.reasons),
                        "conflicts": list(p.conflicts),
                        "score": p.score,
                        "cases": list(a.cases if a else ()) + list(b.cases if b else ()),
                    }
                )
            return rows

        self.duplicates_work.start(find, self._duplicates_found)

    def _duplicates_found(self, rows: list[dict[str, Any]]) -> None:
        self.duplicates.set_rows(rows)
        self.duplicates_view.resizeColumnToContents(0)
        self.duplicates_view.resizeColumnToContents(1)
        found = self.tr("%n possible duplicate(s) found.", "", len(rows))
        decided, self._decision = self._decision, ""
        # After a merge or a mark, say what was decided first.
        self.notice.show_message("info", f"{decided} {found}" if decided else found)

    def cancel(self) -> None:
        self.duplicates_work.cancel()

    # -- merging (docs/review.md §5) ------------------------------------------------------

    def merge_candidate(self) -> None:
        chosen = self._selected(self.duplicates_view, self.duplicates)
        if chosen:
            self._merge(str(chosen[0]["id"]), str(chosen[0]["other_id"]))

    def merge_found(self) -> None:
        chosen = self._selected(self.found_view, self.found)
        if len(chosen) == 2:
            self._merge(str(chosen[0]["id"]), str(chosen[1]["id"]))

    def _merge(self, first: str, second: str) -> None:
        """Load both persons, show them side by side, merge if the reviewer confirms."""

        def load(vault: Vault, _s: TaskState) -> tuple[Any, Any, dict[str, str]]:
            a = person_service.merged_person(vault, first)
            b = person_service.merged_person(vault, second)
            rows = person_service.case_titles(vault, [*a.cases, *b.cases])
            return a, b, rows

        def show(loaded: tuple[Any, Any, dict[str, str]]) -> None:
            answer = MergeDialog.ask(self, *loaded)
            if answer is None:
                return
            keep, other = answer
            self.session.op(
                lambda v, _s: person_service.merge_persons(v, keep, other),
                on_success=lambda _r: self._decided(self.tr("The two persons were merged.")),
                on_failure=self.notice.show_error,
                owner=self,
            )

        self.session.op(load, on_success=show, on_failure=self.notice.show_error, owner=self)

    def mark_distinct(self) -> None:
        chosen = self._selected(self.duplicates_view, self.duplicates)
        if not chosen:
            return
        first, second = str(chosen[0]["id"]), str(chosen[0]["other_id"])
        self.session.op(
            lambda v, _s: person_service.mark_distinct(v, first, second),
            on_success=lambda _r: self._decided(
                self.tr("Marked as not the same person: this pair will not be proposed again.")
            ),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def unmerge_selected(self) -> None:
        chosen = self._selected(self.found_view, self.found)
        if len(chosen) != 1 or not chosen[0].get("merges"):
            return
        row = chosen[0]
        merge_id = str(row["merges"][-1])
        if not ConfirmDialog.ask(
            self,
            self.tr("Unmerge"),
            fill(
                self.tr(
                    "Undo the last merge of %1? The persons merged into it come back as"
                    " separate persons, exactly as they were."
                ),
                row.get("name", ""),
            ),
            self.tr("Unmerge"),
            object_name="unmergeConfirm",
        ):
            return
        self.session.op(
            lambda v, _s: person_service.unmerge_persons(v, merge_id),
            on_success=lambda _r: self._decided(self.tr("The merge was undone.")),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _decided(self, message: str) -> None:
        """After a merge, unmerge or mark: the lists show persons as they are now."""
        self.notice.show_message("info", message)
        self._hold_notice = bool(self._looked_for)
        if self.duplicates.rowCount() and not self.duplicates_work.running:
            self._decision = message
            self.find_duplicates()
        if self._looked_for:
            self._find(self._looked_for)


def _merge_facts(vault: Vault, person_id: str) -> dict[str, Any]:
    """For a merged person in the list: the merges in force (ids, oldest first) and the
    first name of each person merged into it."""
    merged = person_service.merged_person(vault, person_id)
    first_names: dict[str, str] = {}
    for entry in merged.names:
        for source in entry.sources:
            first_names.setdefault(source.person_id, str(entry.value["text"]))
    return {
        "merges": [m.id for m in merged.merges],
        "merged_names": [first_names.get(pid, pid[:8]) for pid in merged.merged_from],
    }
