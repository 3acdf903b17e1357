"""Pieces shared by the contact and bundle screens: the safety number display, the
words (and icons) for a contact's state, and the verification dialog.

A safety number is the fingerprint of a vault's public keys as 12 groups of 5 digits
(docs/design.md §6). It is always laid out left to right, in every language: two people
comparing it over the phone, one with an English and one with a Uyghur interface, must
see the groups in the same order (in a right-to-left paragraph the bidi algorithm would
otherwise reverse the order of the groups).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import Notice, button, hint_label, named, scaled_font, title_label

GROUPS = 12
GROUPS_PER_ROW = 4
LRM = "\u200e"


def safety_groups(fingerprint: str | None) -> list[str]:
    return (fingerprint or "").split()


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() and ch.isascii())


def spoken(fingerprint: str | None) -> str:
    """The safety number as one left-to-right line (for screen readers and tooltips)."""
    return LRM + " ".join(safety_groups(fingerprint))


class SafetyNumber(QWidget):
    """Twelve groups of five digits in three rows of four, in a fixed-width font."""

    def __init__(self, object_name: str, accessible_name: str, factor: float = 1.25) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._name = accessible_name
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        font = scaled_font(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont), factor)
        self.cells: list[QLabel] = []
        for i in range(GROUPS):
            cell = QLabel("·····")
            cell.setObjectName(f"{object_name}Group{i + 1}")
            cell.setFont(font)
            cell.setTextFormat(Qt.TextFormat.PlainText)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Never squeezed: a notice appearing below must not hide the digits one
            # compares (the dialog grows instead).
            cell.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            cell.setMinimumSize(cell.sizeHint())
            grid.addWidget(cell, i // GROUPS_PER_ROW, i % GROUPS_PER_ROW)
            self.cells.append(cell)
        grid.setColumnStretch(GROUPS_PER_ROW, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(grid.minimumSize().height())
        self.set_fingerprint(None)

    def set_fingerprint(self, fingerprint: str | None) -> None:
        groups = safety_groups(fingerprint)
        for i, cell in enumerate(self.cells):
            cell.setText(groups[i] if i < len(groups) else "·····")
        self.setAccessibleName(f"{self._name}: {spoken(fingerprint)}" if groups else self._name)
        self.setToolTip(spoken(fingerprint) if groups else "")

    def text(self) -> str:
        """The groups as shown, in reading order (what a person reads aloud)."""
        return " ".join(cell.text() for cell in self.cells)


# -- contact states: a word AND an icon, never colour alone ---------------------------------


def state_text(state: str | None) -> str:
    words = {
        "verified": QCoreApplication.translate("Trust", "Verified"),
        "unverified": QCoreApplication.translate("Trust", "Not verified"),
        "key_changed": QCoreApplication.translate("Trust", "Keys changed: verify again"),
    }
    return words.get(state or "", QCoreApplication.translate("Trust", "Unknown"))


def state_icon(state: str | None) -> QIcon:
    pixmaps = {
        "verified": QStyle.StandardPixmap.SP_DialogApplyButton,
        "unverified": QStyle.StandardPixmap.SP_MessageBoxQuestion,
        "key_changed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    }
    pixmap = pixmaps.get(state or "", QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return QApplication.style().standardIcon(pixmap)


def quarantine_reason_text(reason: str | None) -> str:
    words = {
        "unknown_sender": QCoreApplication.translate("Trust", "Unknown sender"),
        "unverified_sender": QCoreApplication.translate("Trust", "Sender not verified"),
        "sender_key_changed": QCoreApplication.translate("Trust", "Sender's keys changed"),
    }
    return words.get(reason or "", reason or "")


def sender_text(sender: dict[str, Any]) -> str:
    """Who sent a bundle, as shown everywhere: the name this vault gave the contact; a
    stranger by the name its card claims, said to be a claim (docs/trust-contacts.md)."""
    if sender.get("name"):
        return isolate(sender["name"])
    return fill(
        QCoreApplication.translate("Trust", "an unknown sender whose card says “%1”"),
        sender.get("card_name") or "",
    )


def look_alike_text(names: list[str]) -> str:
    """The warning that two contacts share a name (or look-alike names)."""
    return fill(
        QCoreApplication.translate(
            "Trust",
            "Two contacts share a name: %1 is also the name (or looks like the name) of"
            " another contact with other keys. Tell them apart by the safety number, never"
            " by the name.",
        ),
        ", ".join(isolate(n) for n in names),
    )


def missing_text(name: str, listed: list[int], total: int) -> str:
    """ "Bundle 2 from Field Almaty has not arrived" (the first few numbers)."""
    if not total:
        return ""
    numbers = ", ".join(str(n) for n in listed)
    text = QCoreApplication.translate("Trust", "Bundle %1 from %2 has not arrived.", "", total)
    if total > len(listed):
        numbers += QCoreApplication.translate("Trust", " and %n more", "", total - len(listed))
    return fill(text, numbers, name)


# -- verifying a contact ----------------------------------------------------------------------


class VerifyContactDialog(QDialog):
    """Both safety numbers side by side, an optional typed comparison, and an explicit
    confirmation that all twelve groups were compared. Returns the typed digits (empty
    when none were typed) or None."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        their_fingerprint: str,
        own_fingerprint: str,
        *,
        key_changed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyContactDialog")
        # The title names no one: dialogs' titles show in window lists too.
        self.setWindowTitle(self.tr("Verify a contact"))
        self.expected = digits_only(their_fingerprint)
        layout = QVBoxLayout(self)
        # The dialog grows when the error appears, never squeezing the safety numbers
        # (a minimum width alone left the height to shrink them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(title_label(fill(self.tr("Verify %1"), name), factor=1.3))
        self.changed_notice = Notice("keyChangedNotice")
        if key_changed:
            self.changed_notice.show_message(
                "warning",
                fill(
                    self.tr(
                        "The keys of %1 changed since you last verified them. This happens with a"
                        " new laptop or a reinstalled vault, and also when someone impersonates"
                        " them. Compare the new safety number before you trust it."
                    ),
                    name,
                ),
            )
        layout.addWidget(self.changed_notice)
        layout.addWidget(
            hint_label(
                fill(
                    self.tr(
                        "Meet %1, or call them where you know their voice. They open Contacts > My"
                        " identity and read their safety number aloud; compare it with the one on"
                        " the left, group by group. Then read yours (on the right) to them, so"
                        " that they can verify you too."
                    ),
                    name,
                ),
                "verifyExplanation",
            )
        )
        side = QHBoxLayout()
        theirs_box = QGroupBox(fill(self.tr("Safety number of %1"), name))
        theirs_box.setObjectName("theirSafetyBox")
        theirs_layout = QVBoxLayout(theirs_box)
        self.theirs = SafetyNumber("theirSafetyNumber", self.tr("Their safety number"))
        self.theirs.set_fingerprint(their_fingerprint)
        theirs_layout.addWidget(self.theirs)
        ours_box = QGroupBox(self.tr("Your safety number"))
        ours_box.setObjectName("ownSafetyBox")
        ours_layout = QVBoxLayout(ours_box)
        self.ours = SafetyNumber("ownSafetyNumberCompare", self.tr("Your safety number"))
        self.ours.set_fingerprint(own_fingerprint)
        ours_layout.addWidget(self.ours)
        side.addWidget(theirs_box, 1)
        side.addWidget(ours_box, 1)
        layout.addLayout(side)
        typed_label = QLabel(
            self.tr("&Optional: type the digits they read to you, and Amanat compares them:")
        )
        typed_label.setWordWrap(True)
        self.typed = named(QLineEdit(), "typedSafetyNumber", self.tr("Digits they read to you"))
        self.typed.setPlaceholderText(self.tr("The 60 digits; spaces do not matter"))
        self.typed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        typed_label.setBuddy(self.typed)
        layout.addWidget(typed_label)
        layout.addWidget(self.typed)
        self.confirm = named(
            QCheckBox(
                fill(
                    self.tr(
                        "I compared all 12 groups with %1 over a channel I trust, and they match"
                    ),
                    name,
                )
            ),
            "comparedAllGroups",
            self.tr("I compared all 12 groups, and they match"),
        )
        layout.addWidget(self.confirm)
        # Room kept for the mismatch error: the buttons stay under the pointer.
        self.notice = Notice("verifyNotice").reserve(2)
        layout.addWidget(self.notice)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        box.setObjectName("dialogButtons")
        self.verify_button = button(
            self.tr("Mark as verified"), "markVerifiedButton", self.tr("Mark as verified")
        )
        set_role(self.verify_button, "primary")
        self.verify_button.setEnabled(False)
        box.addButton(self.verify_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.confirm.toggled.connect(self.verify_button.setEnabled)
        self.typed.textChanged.connect(self._typed_changed)
        self.setTabOrder(self.typed, self.confirm)
        self.setMinimumWidth(min(900, max(640, self.fontMetrics().averageCharWidth() * 100)))

    def _fit_height(self) -> None:
        """Taller if the error needs more than the room kept for it: the numbers and
        the width stay as they are."""
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(width, needed)

    def _typed_changed(self, text: str) -> None:
        """The error about typed digits goes once they are corrected (or removed)."""
        typed = digits_only(text)
        if self.notice.isVisible() and (not typed or typed == self.expected):
            self.notice.clear()

    def accept(self) -> None:
        if not self.confirm.isChecked():
            return
        typed = digits_only(self.typed.text())
        if typed and typed != self.expected:
            self.notice.show_message(
                "error",
                self.tr(
                    "The digits you typed are NOT this contact's safety number. Do not verify"
                    " it: someone may be impersonating them."
                ),
            )
            self._fit_height()
            return
        super().accept()

    def typed_digits(self) -> str:
        return digits_only(self.typed.text())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        name: str,
        their_fingerprint: str,
        own_fingerprint: str,
        *,
        key_changed: bool = False,
    ) -> str | None:
        dialog = cls(parent, name, their_fingerprint, own_fingerprint, key_changed=key_changed)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.typed_digits()
        finally:
            dialog.deleteLater()
