"""Small widgets shared by the screens: titles, notices, passphrase fields, busy bar."""

from __future__ import annotations

import math
import re
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.ui.kit.messages import describe_error, fill
from amanat.ui.kit.style import BORDER, NOTICE_COLOURS, STRENGTH_COLOURS, set_role

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give a widget the names screen readers and tests find it by (docs/design.md §11)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A font relative to the system one, so the person's font size is respected."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


def title_label(text: str, object_name: str = "pageTitle", factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setAccessibleName(text)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    label.setWordWrap(True)
    set_role(label, "title")
    return label


def hint_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    set_role(label, "hint")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def value_label(object_name: str, accessible_name: str = "") -> QLabel:
    """A read-only value (a name, a count, a date) that can be selected and copied."""
    label = QLabel()
    label.setObjectName(object_name)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), 1.15, bold=True))
    label.setWordWrap(True)
    set_role(label, "section")
    return label


class ParagraphsEdit(QTextEdit):
    """Plain text in paragraphs, each laid out in its own direction: a Uyghur paragraph
    (right to left) sits against the right edge, an English one against the left, in
    one narrative. QPlainTextEdit lays every paragraph out in the widget's direction,
    so a right-to-left paragraph there sits flush left. Rich text is never accepted:
    what is pasted arrives as plain text, and ``toPlainText`` is what is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)


class Card(QFrame):
    """A centred white panel of readable width for forms (painted, no style sheet)."""

    def __init__(self, parent: QWidget | None = None, max_width: int = 620) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setMaximumWidth(max_width)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.setSpacing(12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def keep_space(widget: W) -> W:
    """A widget that keeps its place in the layout while hidden (a row that comes and
    goes would move everything below it under the pointer)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


def centred(card: QWidget) -> QWidget:
    """Wrap a card so it sits in the middle of the page, whatever the window size."""
    outer = QWidget()
    v = QVBoxLayout(outer)
    v.addStretch(1)
    h = QHBoxLayout()
    h.addStretch(1)
    h.addWidget(card, 100)
    h.addStretch(1)
    v.addLayout(h)
    v.addStretch(2)
    return outer


def button(
    text: str,
    object_name: str,
    accessible_name: str | None = None,
    role: str = "",
    *,
    auto_default: bool = False,
    icon: QIcon | None = None,
) -> QPushButton:
    """The one way to make a push button: named for tests and screen readers (by default
    its text without the mnemonic "&" and a trailing "..."), with an optional style role
    ("primary", "danger", "link")."""
    b = QPushButton(text) if icon is None else QPushButton(icon, text)
    named(b, object_name, accessible_name or text.replace("&", "").removesuffix("..."))
    if role:
        set_role(b, role)
    if auto_default:
        b.setAutoDefault(True)
    return b


class Notice(QFrame):
    """An information, warning or error line: an icon AND words, never colour alone."""

    LEVELS = ("info", "warning", "error", "ok")

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "notice")
        self.level = "info"
        layout = self._box = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setObjectName(object_name + "Text")
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        icons = {
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
        }
        icon = self.style().standardIcon(icons.get(level, icons["info"]))
        size = self.fontMetrics().height() + 4
        self._icon.setPixmap(icon.pixmap(size, size))
        self.setProperty("level", level)
        self.level = level
        self._text.setText(text)
        self.setAccessibleName(text)
        self.update()
        self.show()

    def show_error(self, error: BaseException) -> None:
        """The one way to show an error: its sentence (never case content)."""
        self.show_message("error", describe_error(error))

    def paintEvent(self, event: QPaintEvent) -> None:
        edge, background = NOTICE_COLOURS.get(self.level, NOTICE_COLOURS["info"])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(edge), 1))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 4, 4)
        # The thick edge on the leading side (mirrored in right-to-left layouts).
        bar = QRectF(rect.left(), rect.top(), 4, rect.height())
        if self.isRightToLeft():
            bar.moveRight(rect.right())
        painter.fillRect(bar, QColor(edge))

    def clear(self) -> None:
        self._text.clear()
        self.hide()

    def reserve(self, lines: int = 2) -> Notice:
        """Keep room for a message of ``lines`` lines while none is shown: a notice that
        comes and goes must not move what is under the pointer (a consent box, a button)."""
        keep_space(self)
        margins = self._box.contentsMargins()
        line = self._text.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * line + margins.top() + margins.bottom())
        return self

    def text(self) -> str:
        return self._text.text() if self.isVisible() or self._text.text() else ""


class BusyBar(QProgressBar):
    """Indeterminate while the fraction is unknown, then a percentage."""

    def __init__(self, object_name: str, accessible_name: str) -> None:
        super().__init__()
        named(self, object_name, accessible_name)
        self.setTextVisible(False)
        self.setMaximumHeight(max(8, self.fontMetrics().height() // 2))
        self.hide()

    def start(self) -> None:
        self.setRange(0, 0)
        self.show()

    def set_fraction(self, fraction: float) -> None:
        self.setRange(0, 1000)
        self.setValue(round(fraction * 1000))

    def stop(self) -> None:
        self.hide()
        self.setRange(0, 1000)
        self.setValue(0)


class PassphraseField(QLineEdit):
    """A password-mode line edit with a show/hide action; never remembered anywhere."""

    def __init__(self, object_name: str, accessible_name: str) -> None:
        super().__init__()
        named(self, object_name, accessible_name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No drag out of the field.
        self.setDragEnabled(False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self._toggle = QAction(self)
        self._toggle.setObjectName(object_name + "Show")
        self._toggle.setCheckable(True)
        self._toggle.setIcon(self._eye_icon())
        self._toggle.setText(QCoreApplication.translate("PassphraseField", "Show passphrase"))
        self._toggle.setToolTip(self._toggle.text())
        self._toggle.toggled.connect(self._on_toggle)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _eye_icon(self) -> QIcon:
        from amanat.ui.kit.style import icon

        return icon("eye")

    def _on_toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setText(
            QCoreApplication.translate("PassphraseField", "Hide passphrase")
            if shown
            else QCoreApplication.translate("PassphraseField", "Show passphrase")
        )

    def wipe(self) -> None:
        """Forget the text (and the undo stack that would still hold it)."""
        self.setText("")
        self.setModified(False)
        self._toggle.setChecked(False)
        # setText clears undo/redo for QLineEdit.


_COMMON = {
    "password", "passwort", "qwerty", "123456", "12345678", "123456789", "111111",
    "iloveyou", "admin", "letmein", "welcome", "monkey", "dragon", "football",
    "пароль", "qwertyuiop", "1q2w3e4r", "abc123", "amanat", "almaty", "kazakhstan",
}  # fmt: skip


def passphrase_bits(text: str) -> float:
    """A rough, conservative guess of the passphrase's entropy in bits.

    No dictionary of millions of words here; the meter encourages long passphrases of
    several words, and the worst habits (short, one class of characters, common words,
    repetition) are penalised.
    """
    if not text:
        return 0.0
    lowered = text.lower()
    if lowered in _COMMON or lowered.strip("0123456789!") in _COMMON:
        return 5.0
    words = [w for w in re.split(r"[\s\-_.,;:]+", text) if len(w) >= 3]
    word_bits = 11.0 * len(words) if len(words) >= 3 else 0.0
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^\w\s]", text, re.ASCII):
        pool += 33
    if re.search(r"[^\x00-\x7f]", text):
        pool += 60
    if re.search(r"\s", text):
        pool += 1
    distinct = len(set(text))
    effective_len = min(len(text), distinct * 2)
    char_bits = effective_len * math.log2(max(pool, 2)) * 0.55
    return max(word_bits, char_bits)


STRENGTH_LEVELS = 5  # 0 very weak .. 4 very strong
MIN_ACCEPTED_LEVEL = 2


def strength_level(bits: float) -> int:
    for level, threshold in enumerate((28, 40, 60, 80)):
        if bits < threshold:
            return level
    return 4


class StrengthMeter(QWidget):
    """A bar AND a word (never colour alone) for how strong a passphrase looks."""

    level_changed = Signal(int)

    def __init__(self, object_name: str = "strengthMeter") -> None:
        super().__init__()
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName(object_name + "Bar")
        self.bar.setRange(0, STRENGTH_LEVELS - 1)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(max(8, self.fontMetrics().height() // 2))
        self.label = QLabel()
        self.label.setObjectName(object_name + "Label")
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.level = 0
        self.update_for("")

    def words(self) -> list[str]:
        return [
            QCoreApplication.translate("StrengthMeter", "Very weak"),
            QCoreApplication.translate("StrengthMeter", "Weak"),
            QCoreApplication.translate("StrengthMeter", "Fair"),
            QCoreApplication.translate("StrengthMeter", "Strong"),
            QCoreApplication.translate("StrengthMeter", "Very strong"),
        ]

    def update_for(self, passphrase: str) -> None:
        level = strength_level(passphrase_bits(passphrase)) if passphrase else 0
        self.level = level
        self.bar.setValue(level)
        self.bar.setProperty("level", level)
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(STRENGTH_COLOURS[level]))
        self.bar.setPalette(palette)
        word = self.words()[level] if passphrase else ""
        text = (
            fill(QCoreApplication.translate("StrengthMeter", "Strength: %1"), word)
            if passphrase
            else ""
        )
        self.label.setText(text)
        self.setAccessibleName(
            text or QCoreApplication.translate("StrengthMeter", "Passphrase strength")
        )
        self.level_changed.emit(level)
