"""What the correction dialogs share (person_dialog, event_dialog, case_dialog,
attachment_dialog): a scrolling form, Save and Cancel, the save on the worker, errors
that name the field in words and focus it, and rows that can be added and removed.

Nothing typed is lost on an error (the form stays as it is); Cancel writes nothing.
A record another vault created can be corrected here too: the dialog says that the
change will reach its creator as a proposal (docs/trust.md), and saves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.dates import PartialDate
from amanat.domain.errors import AmanatError, ValidationError
from amanat.domain.model import KNOWN_SCRIPT_TAGS
from amanat.services import edits
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import describe_error, fill
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import BusyBar, Notice, button, hint_label, named, title_label
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


class FieldProblem(Exception):
    """A field the person must correct: its widget (focused) and its name in words."""

    def __init__(self, widget: QWidget, text: str) -> None:
        super().__init__()
        self.widget = widget
        self.text = text


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def script_combo(name: str, accessible: str, current: str | None = None) -> QComboBox:
    combo = named(QComboBox(), name, accessible)
    combo.addItem(QCoreApplication.translate("EditForm", "Detect from the text"), None)
    for tag in KNOWN_SCRIPT_TAGS:
        combo.addItem(label("script", tag), tag)
    if current is not None:
        index = combo.findData(current)
        if index < 0:
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
    return combo


def choice_combo(
    name: str, accessible: str, choices: Sequence[tuple[str | None, str]], current: str | None
) -> QComboBox:
    combo = named(QComboBox(), name, accessible)
    for code, text in choices:
        combo.addItem(text, code)
    index = combo.findData(current)
    if index < 0 and current is not None:
        combo.addItem(current, current)  # a code this version does not know: kept
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
    return combo


def line(name: str, accessible: str, text: object = None, placeholder: str = "") -> QLineEdit:
    edit = named(QLineEdit(), name, accessible)
    edit.setText("" if text is None else str(text))
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def date_text(edit: QLineEdit, words: str, *, required: bool = False) -> str | None:
    """The partial date typed in ``edit`` (None if empty), or FieldProblem."""
    text = edit.text().strip()
    if not text:
        if required:
            raise FieldProblem(
                edit, fill(QCoreApplication.translate("EditForm", "%1 is empty."), words)
            )
        return None
    try:
        PartialDate.parse(text, "date")
    except ValidationError:
        raise FieldProblem(
            edit,
            fill(
                QCoreApplication.translate(
                    "EditForm", "%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about)."
                ),
                words,
            ),
        ) from None
    return text


class RowList(QWidget):
    """Rows of fields (names, identifiers, status entries), each with a Remove button,
    and an Add button under them. ``make_row(values)`` builds one row's widgets."""

    def __init__(
        self,
        object_name: str,
        add_text: str,
        make_row: Callable[[dict[str, Any]], list[QWidget]],
    ) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._make_row = make_row
        self.rows: list[tuple[QWidget, list[QWidget]]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = button(add_text, object_name + "Add", add_text)
        self.add_button.clicked.connect(lambda: self.add_row({}, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self._layout.addLayout(add_row)

    def add_row(self, values: dict[str, Any], *, focus: bool = False) -> list[QWidget]:
        widgets = self._make_row(values)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 3 if i == 0 else 2)
        remove = button(
            QCoreApplication.translate("EditForm", "Remove"),
            f"{self.objectName()}Remove",
            QCoreApplication.translate("EditForm", "Remove this row"),
        )
        row.addWidget(remove)
        entry = (box, widgets)
        remove.clicked.connect(lambda: self.remove_row(entry))
        self.rows.append(entry)
        self._layout.insertWidget(len(self.rows) - 1, box)
        if focus and widgets:
            widgets[0].setFocus()
        return widgets

    def remove_row(self, entry: tuple[QWidget, list[QWidget]]) -> None:
        if entry in self.rows:
            self.rows.remove(entry)
            entry[0].hide()
            entry[0].deleteLater()

    def widgets(self) -> list[list[QWidget]]:
        return [widgets for _box, widgets in self.rows]


class EditDialog(QDialog):
    """A correction form. Subclasses build the body (``_build_body``), read it
    (``document``, raising FieldProblem), save it on the worker (``save``) and map a
    core error's field path to a widget (``field_widget``)."""

    dialog_name = "editDialog"

    def __init__(
        self, parent: QWidget | None, session: Session, title: str, record_id: str | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.dialog_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.session = session
        self.saved = False
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(title, factor=1.3))
        self.owner_hint = hint_label(
            self.tr(
                "Another vault created this record. Your correction shows here at once and"
                " reaches that vault as a proposal, which a person there accepts or"
                " declines."
            ),
            "notOwnedHint",
        )
        self.owner_hint.hide()
        outer.addWidget(self.owner_hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self._build_body(layout)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.notice = Notice("editNotice")
        outer.addWidget(self.notice)
        self.busy = BusyBar("editBusy", self.tr("Saving"))
        outer.addWidget(self.busy)
        self.work = Background(self, session, busy=self.busy, on_error=self._save_failed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = button(self.tr("Save"), "saveEditButton", self.tr("Save the correction"))
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        self.save_button.clicked.connect(self.submit)
        self.work.running_changed.connect(self._running)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if record_id is not None:
            session.op(
                lambda v, _s: edits.owned_here(v, record_id),
                on_success=lambda owned: self.owner_hint.setVisible(not owned),
                owner=self,
            )
        self.resize(640, 640)

    def _running(self, running: bool) -> None:
        self.save_button.setEnabled(not running)

    # -- for subclasses -------------------------------------------------------------------
    def _build_body(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def document(self) -> Any:
        raise NotImplementedError

    def save(self, vault: Vault, doc: Any) -> object:
        raise NotImplementedError

    def field_widget(self, path: str) -> tuple[QWidget, str] | None:
        """The widget and the words for a core error's field path (None: unknown)."""
        return None

    # -- saving ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self.work.running:
            return
        try:
            doc = self.document()
        except FieldProblem as problem:
            self._show_problem(problem.widget, problem.text)
            return
        self.notice.clear()

        def run(vault: Vault, _s: TaskState) -> object:
            return self.save(vault, doc)  # its changes are broadcast

        self.work.start(run, lambda _r: self._done())

    def _done(self) -> None:
        self.saved = True
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        if not isinstance(error, AmanatError):
            self.notice.show_error(error)
            return
        field = error.params.get("field")
        # Never an internal path ("person.identifiers[0].value"): the sentence without
        # it, after the field's name in words when the form knows the field.
        bare = AmanatError(error.code, **{k: v for k, v in error.params.items() if k != "field"})
        found = self.field_widget(str(field)) if field else None
        if found is None:
            self.notice.show_error(bare)
            return
        widget, words = found
        self._show_problem(widget, fill(self.tr("%1: %2"), words, describe_error(bare)))

    def _show_problem(self, widget: QWidget, text: str) -> None:
        self.notice.show_message("error", fill(self.tr("Please check: %1"), text, isolated=False))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()


def value_or_none(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


def label_for(widget: QWidget, text: str) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption
