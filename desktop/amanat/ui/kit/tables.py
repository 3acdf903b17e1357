"""Table views configured once: whole-row selection, keyboard friendly, no per-row sizing."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from amanat.ui.kit.widgets import named

# Sensitive text copied to the clipboard is cleared after this long (docs/design.md §9).
CLIPBOARD_CLEAR_MS = 30_000


def copy_sensitive(text: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
    """Copy, then clear the clipboard later unless something else was copied since."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear)


def reading_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character (Unicode's rule for a paragraph),
    or None when there is none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class ReadingDirectionDelegate(QStyledItemDelegate):
    """Each cell laid out in its own text's direction: a title that starts in Uyghur is
    aligned to the right and, when too long, cut at its end in the reading direction
    (the visual left), never through the middle of the name it starts with."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = reading_direction(option.text)
        if direction is not None:
            option.direction = direction
        option.textElideMode = Qt.TextElideMode.ElideRight


def make_table(
    object_name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    *,
    stretch_column: int | None = None,
) -> QTableView:
    view = named(QTableView(), object_name, accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setItemDelegate(ReadingDirectionDelegate(view))
    view.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
    view.setShowGrid(False)
    view.verticalHeader().hide()
    # Fixed row heights: the view never asks every row for its size.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    header.setDefaultSectionSize(max(120, view.fontMetrics().averageCharWidth() * 16))
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    copy = QAction(view)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: _copy_current(view))
    view.addAction(copy)
    return view


def fit_rows(view: QTableView, min_rows: int = 1, max_rows: int = 8) -> None:
    """Size a short table to its rows (inside a scrolling page, no inner scrolling)."""
    model = view.model()
    rows = max(min_rows, min(max_rows, model.rowCount() if model is not None else 0))
    height = (
        view.horizontalHeader().sizeHint().height()
        + rows * view.verticalHeader().defaultSectionSize()
    )
    view.setFixedHeight(height + 2 * view.frameWidth() + 4)


def _copy_current(view: QTableView) -> None:
    index = view.currentIndex()
    if index.isValid():
        copy_sensitive(str(index.data() or ""))
