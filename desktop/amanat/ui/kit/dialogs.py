"""Modal questions. Each has an ``ask(...)`` classmethod that tests replace, so no test
ever blocks on a modal (docs/design.md §12.8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.ui.kit.messages import fill
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import (
    MIN_ACCEPTED_LEVEL,
    Notice,
    PassphraseField,
    StrengthMeter,
    hint_label,
    named,
    title_label,
)


def _buttons(
    dialog: QDialog, ok_text: str, ok_name: str, role: str = "primary"
) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    box.setObjectName("dialogButtons")
    ok = QPushButton(ok_text)
    named(ok, ok_name, ok_text)
    set_role(ok, role)
    ok.setDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    named(cancel, "cancelButton", cancel.text().replace("&", ""))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ConfirmDialog(QDialog):
    """A question with an explanation and one clearly named action."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        confirm: str,
        *,
        danger: bool = False,
        object_name: str = "confirmDialog",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(title, factor=1.3))
        body = hint_label(text, "confirmText")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(body)
        self.buttons = _buttons(self, confirm, "confirmButton", "danger" if danger else "primary")
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(560, max(420, self.fontMetrics().averageCharWidth() * 60)))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        confirm: str,
        *,
        danger: bool = False,
        object_name: str = "confirmDialog",
    ) -> bool:
        dialog = cls(parent, title, text, confirm, danger=danger, object_name=object_name)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class ChangePassphraseDialog(QDialog):
    """Current passphrase (someone at an unlocked laptop must not take it over), then the
    new one twice with the strength meter."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Change passphrase"), factor=1.3))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.current = PassphraseField("currentPassphrase", self.tr("Current passphrase"))
        self.new = PassphraseField("newPassphrase", self.tr("New passphrase"))
        self.meter = StrengthMeter()
        self.repeat = PassphraseField("newPassphraseRepeat", self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        self.notice = Notice("changePassphraseNotice")
        layout.addWidget(self.notice)
        layout.addWidget(_buttons(self, self.tr("Change passphrase"), "changePassphraseButton"))
        self.new.textChanged.connect(self.meter.update_for)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if not self.current.text():
            self.notice.show_message("error", self.tr("Please type your current passphrase."))
            return
        if self.meter.level < MIN_ACCEPTED_LEVEL:
            self.notice.show_message(
                "error",
                self.tr("This passphrase is too easy to guess. Use more words or more characters."),
            )
            return
        if self.new.text() != self.repeat.text():
            self.notice.show_message("error", self.tr("The two passphrases differ."))
            return
        super().accept()

    def values(self) -> tuple[str, str]:
        return self.current.text(), self.new.text()

    def wipe(self) -> None:
        for f in (self.current, self.new, self.repeat):
            f.wipe()

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.wipe()
            dialog.deleteLater()


class PassphraseCheckDialog(QDialog):
    """Ask for the current passphrase before a sensitive change."""

    def __init__(self, parent: QWidget | None, reason: str) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseCheckDialog")
        self.setWindowTitle(self.tr("Confirm with your passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(reason))
        self.field = PassphraseField("checkPassphrase", self.tr("Current passphrase"))
        layout.addWidget(self.field)
        layout.addWidget(_buttons(self, self.tr("Continue"), "checkPassphraseButton"))
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str) -> str | None:
        dialog = cls(parent, reason)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.field.text()
        finally:
            dialog.field.wipe()
            dialog.deleteLater()


class WipeDialog(QDialog):
    """Travel mode: the vault is destroyed only after its name is typed exactly."""

    def __init__(self, parent: QWidget | None, vault_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("wipeDialog")
        self.setWindowTitle(self.tr("Wipe this vault"))
        self.expected = vault_name
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Wipe this vault"), factor=1.3))
        warn = Notice("wipeWarning")
        warn.show_message(
            "warning",
            self.tr(
                "Every case, testimony and file in this vault will be destroyed. The keys are"
                " erased first, so what remains on the disk cannot be decrypted. This cannot"
                " be undone. Cases you have not sent to a colleague are lost for good."
                " Solid-state disks may keep old copies of some sectors; without the keys"
                " they are unreadable."
            ),
        )
        layout.addWidget(warn)
        layout.addWidget(
            hint_label(fill(self.tr("To confirm, type the vault's name: %1"), vault_name))
        )
        self.name_edit = named(QLineEdit(), "wipeConfirmName", self.tr("Vault name"))
        layout.addWidget(self.name_edit)
        self.buttons = _buttons(self, self.tr("Wipe the vault"), "wipeButton", "danger")
        layout.addWidget(self.buttons)
        wipe_button = self.buttons.findChild(QPushButton, "wipeButton")
        assert wipe_button is not None
        self.wipe_button: QPushButton = wipe_button
        self.wipe_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.wipe_button.setEnabled(text == self.expected)
        )
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if self.name_edit.text() == self.expected:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, vault_name: str) -> bool:
        dialog = cls(parent, vault_name)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class WithdrawConsentDialog(QDialog):
    """When a speaker withdraws consent: the date, the uses withdrawn, a note."""

    def __init__(self, parent: QWidget | None, today: str) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QCheckBox

        from amanat.ui.kit.labels import codes, label

        self.setObjectName("withdrawConsentDialog")
        self.setWindowTitle(self.tr("Consent withdrawn"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Record a withdrawal of consent"), factor=1.3))
        layout.addWidget(
            hint_label(
                self.tr(
                    "The sealed testimony stays unchanged; the withdrawal is recorded beside"
                    " it, wins over the consent given, and travels with the case."
                )
            )
        )
        form = QFormLayout()
        self.date = named(QLineEdit(today), "withdrawalDate", self.tr("Date of the withdrawal"))
        form.addRow(self.tr("&Date:"), self.date)
        self.uses: dict[str, QCheckBox] = {}
        for code in codes("consent_use"):
            box = named(
                QCheckBox(label("consent_use", code)),
                f"withdraw_{code}",
                label("consent_use", code),
            )
            box.setChecked(True)
            self.uses[code] = box
            form.addRow("", box)
        self.note = named(QLineEdit(), "withdrawalNote", self.tr("Note"))
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.notice = Notice("withdrawalNotice")
        layout.addWidget(self.notice)
        layout.addWidget(_buttons(self, self.tr("Record withdrawal"), "withdrawButton"))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        from amanat.domain.dates import PartialDate
        from amanat.domain.errors import ValidationError

        try:
            PartialDate.parse(self.date.text().strip(), "date")
        except ValidationError:
            self.notice.show_message(
                "error", self.tr("Use a date like 2024-05-17, 2024-05 or 2024.")
            )
            return
        if not any(b.isChecked() for b in self.uses.values()):
            self.notice.show_message("error", self.tr("Tick at least one use."))
            return
        super().accept()

    def values(self) -> tuple[str, list[str], str | None]:
        uses = [code for code, box in self.uses.items() if box.isChecked()]
        return self.date.text().strip(), uses, self.note.text().strip() or None

    @classmethod
    def ask(cls, parent: QWidget | None, today: str) -> tuple[str, list[str], str | None] | None:
        dialog = cls(parent, today)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()
