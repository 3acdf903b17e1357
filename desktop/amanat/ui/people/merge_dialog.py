"""Merging two persons: both side by side (names in every script, identifiers, cases),
and which id to keep (docs/review.md §5). Nothing is merged until the reviewer says so;
a merge can be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from amanat.services.persons import MergedPerson
from amanat.ui.kit.labels import label as code_label
from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import hint_label, named, scaled_font, title_label, value_label


class MergeDialog(QDialog):
    """Two persons side by side; ``keep_id()`` is the one chosen to keep."""

    def __init__(
        self,
        parent: QWidget | None,
        first: MergedPerson,
        second: MergedPerson,
        case_titles: dict[str, str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two persons"))
        self.persons = (first, second)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Are these the same person?"), factor=1.2))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Both records stay as their authors wrote them: the merge is a record of"
                    " its own, and both ids then lead to the one you keep. Every name,"
                    " identifier and status of both is kept, with who reported it. You can"
                    " unmerge later."
                )
            )
        )
        grid = QGridLayout()
        self.choice = QButtonGroup(self)
        for column, person in enumerate(self.persons):
            self._column(grid, column, person, case_titles)
        layout.addLayout(grid)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(min(820, max(560, self.fontMetrics().averageCharWidth() * 90)))

    def _column(
        self, grid: QGridLayout, column: int, person: MergedPerson, case_titles: dict[str, str]
    ) -> None:
        side = "mergeFirst" if column == 0 else "mergeSecond"
        keep = QRadioButton(self.tr("Keep this person's id"))
        named(keep, f"{side}Keep", fill(self.tr("Keep the id %1"), person.id))
        keep.setChecked(column == 0)
        self.choice.addButton(keep, column)
        grid.addWidget(keep, 0, column)
        names = "\n".join(
            fill(self.tr("%1 — %2"), e.value["text"], code_label("script", e.value["script"]))
            for e in person.names
        )
        identifiers = "\n".join(
            fill(
                self.tr("%1: %2"),
                code_label("identifier_scheme", e.value["scheme"]),
                e.value["value"],
            )
            for e in person.identifiers
        )
        cases = "\n".join(isolate(case_titles.get(c, c)) for c in person.cases)
        rows = (
            (self.tr("Names"), names or "-", "Names"),
            (self.tr("Identifiers"), identifiers or "-", "Identifiers"),
            (self.tr("Cases"), cases or "-", "Cases"),
            (self.tr("Id"), person.id, "Id"),
        )
        for row, (heading, text, suffix) in enumerate(rows, start=1):
            label = QLabel(heading)
            label.setFont(scaled_font(label.font(), 1.0, bold=True))
            value = value_label(f"{side}{suffix}", heading)
            value.setText(text)
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(value)
            grid.addLayout(box, row, column, Qt.AlignmentFlag.AlignTop)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = QPushButton(self.tr("Merge"))
        named(ok, "confirmMerge", self.tr("Merge the two persons"))
        set_role(ok, "primary")
        ok.setDefault(True)
        box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    def keep_and_other(self) -> tuple[str, str]:
        kept = self.choice.checkedId()
        first, second = self.persons
        return (first.id, second.id) if kept != 1 else (second.id, first.id)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        first: MergedPerson,
        second: MergedPerson,
        case_titles: dict[str, str],
    ) -> tuple[str, str] | None:
        """(keep id, other id), or None if the reviewer cancels."""
        dialog = cls(parent, first, second, case_titles)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.keep_and_other()
        finally:
            dialog.deleteLater()
