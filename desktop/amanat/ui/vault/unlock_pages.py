"""Unlock a vault (the KDF runs on the worker), or set a new passphrase with the
recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import VaultRolledBack, WrongPassphrase
from amanat.services import settings as settings_service
from amanat.services import vault as vault_service
from amanat.storage.vault import Vault
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.widgets import (
    MIN_ACCEPTED_LEVEL,
    BusyBar,
    Card,
    Notice,
    PassphraseField,
    StrengthMeter,
    button,
    centred,
    hint_label,
    keep_space,
    named,
    title_label,
)
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session, new_vault_kdf
from amanat.ui.ops.worker import TaskState


class VaultChooser(QComboBox):
    """The vault folders found under the vaults root.

    The vault's own name lives inside the encrypted database; before unlocking only the
    folder name is known, and it is neutral (``vault-1``).
    """

    def __init__(self, vaults: list[Path], selected: Path | None = None) -> None:
        super().__init__()
        named(self, "vaultChooser", self.tr("Vault"))
        for path in vaults:
            self.addItem(path.name, str(path))
        if selected is not None:
            index = self.findData(str(selected))
            if index >= 0:
                self.setCurrentIndex(index)

    def path(self) -> Path | None:
        data = self.currentData()
        return Path(data) if data else None


class UnlockPage(QWidget):
    unlocked = Signal(object, object)  # vault, its settings (services.settings.read_all)
    recover_requested = Signal(object)  # path
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        session: Session,
        vaults: list[Path],
        *,
        selected: Path | None = None,
        note: str = "",
    ) -> None:
        super().__init__()
        self.setObjectName("unlockPage")
        self.session = session
        card = Card()
        card.body.addWidget(title_label(self.tr("Unlock your vault")))
        self.locked_note = Notice("lockedNote")
        if note:
            self.locked_note.show_message("info", note)
        card.body.addWidget(self.locked_note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chooser = VaultChooser(vaults, selected)
        form.addRow(self.tr("&Vault:"), self.chooser)
        self.pass_edit = PassphraseField("unlockPassphrase", self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.pass_edit)
        card.body.addLayout(form)
        # Room kept for the error and the progress: the card is centred, and a line that
        # comes and goes would move the Unlock button under the pointer.
        self.notice = Notice("unlockNotice").reserve(2)
        card.body.addWidget(self.notice)
        self.busy = keep_space(BusyBar("unlockBusy", self.tr("Unlocking")))
        self.work = Background(self, session, busy=self.busy, on_error=self._on_failed)
        self.work.running_changed.connect(self._set_busy)
        card.body.addWidget(self.busy)
        self.busy_label = hint_label(
            self.tr("Unlocking... deriving the key takes a moment on purpose."), "unlockBusyLabel"
        )
        keep_space(self.busy_label).hide()
        card.body.addWidget(self.busy_label)
        card.body.addLayout(self._build_unlock_row())
        card.body.addLayout(self._build_links())
        layout = QVBoxLayout(self)
        layout.addWidget(centred(card))
        self.pass_edit.returnPressed.connect(self.submit)
        self.setTabOrder(self.chooser, self.pass_edit)
        self.setTabOrder(self.pass_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recover_link)
        self.setTabOrder(self.recover_link, self.create_link)
        self.setTabOrder(self.create_link, self.demo_link)
        # The window gives the page the focus when it shows it: one types at once.
        self.setFocusProxy(self.pass_edit)

    def _build_unlock_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = button(
            self.tr("Unlock"), "unlockButton", role="primary", auto_default=True
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        row.addWidget(self.unlock_button)
        return row

    def _build_links(self) -> QHBoxLayout:
        """Recover with the code, create a vault, open a demo vault."""
        links = QHBoxLayout()
        self.recover_link = button(
            self.tr("Forgot the passphrase? Use the recovery code"),
            "recoverLink",
            role="link",
            auto_default=True,
        )
        self.recover_link.clicked.connect(self._recover)
        self.create_link = button(
            self.tr("Create a new vault"), "createLink", role="link", auto_default=True
        )
        self.create_link.clicked.connect(self.create_requested)
        self.demo_link = button(
            self.tr("Open a demo vault"), "demoLink", role="link", auto_default=True
        )
        self.demo_link.clicked.connect(self.demo_requested)
        links_box = QVBoxLayout()
        for link in (self.recover_link, self.create_link, self.demo_link):
            links_box.addWidget(link, 0, Qt.AlignmentFlag.AlignLeading)
        links.addLayout(links_box)
        links.addStretch(1)
        return links

    def _recover(self) -> None:
        path = self.chooser.path()
        if path is not None:
            self.recover_requested.emit(path)

    def submit(self, *, accept_rollback: bool = False) -> None:
        if self.work.running:
            return
        path = self.chooser.path()
        passphrase = self.pass_edit.text()
        if path is None:
            self.notice.show_message("error", self.tr("There is no vault to unlock."))
            return
        if not passphrase:
            self.notice.show_message("error", self.tr("Please type your passphrase."))
            return
        self.notice.clear()

        def unlock(_state: TaskState) -> tuple[Vault, dict[str, Any]]:
            vault = vault_service.unlock(path, passphrase, accept_rollback=accept_rollback)
            try:
                return vault, settings_service.read_all(vault)
            except BaseException:
                vault.close_thread()
                vault.lock()
                raise

        self.work.run(unlock, self._on_unlocked, owned=False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.chooser, self.pass_edit, self.unlock_button, self.recover_link):
            w.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def _on_unlocked(self, result: tuple[Vault, dict[str, Any]]) -> None:
        self.pass_edit.wipe()
        vault, settings = result
        self.unlocked.emit(vault, settings)

    def _on_failed(self, error: BaseException) -> None:
        self.notice.show_error(error)
        if isinstance(error, VaultRolledBack) and open_older_copy(self):
            self.submit(accept_rollback=True)
            return
        if isinstance(error, WrongPassphrase):
            self.pass_edit.selectAll()
        self.pass_edit.setFocus()


def open_older_copy(parent: QWidget) -> bool:
    """The deliberate way on after a rollback (docs/keyslots.md, "State"): for the
    person who restored their own backup; anyone else should stop and ask."""
    return ConfirmDialog.ask(
        parent,
        QCoreApplication.translate("UnlockPage", "Open an older copy?"),
        QCoreApplication.translate(
            "UnlockPage",
            "This vault's database is older than its key file. If you restored it from"
            " your own backup, you can open it: it will hold what the backup held, and"
            " changes made since (for example a withdrawn consent) are gone. If you did"
            " not restore anything, someone may have replaced it: do not open it, and"
            " ask for help.",
        ),
        QCoreApplication.translate("UnlockPage", "Open the older copy"),
        danger=True,
        object_name="rollbackDialog",
    )


class RecoverPage(QWidget):
    """Open with the 24-word recovery code and set a new passphrase at once."""

    recovered = Signal(object, object)  # vault, its settings
    cancelled = Signal()

    def __init__(self, session: Session, path: Path) -> None:
        super().__init__()
        self.setObjectName("recoverPage")
        self.session = session
        self.path = path
        card = Card()
        card.body.addWidget(title_label(self.tr("Set a new passphrase")))
        card.body.addWidget(
            hint_label(
                self.tr(
                    "Type the 24 words of the recovery code, then choose a new passphrase."
                    " The old passphrase stops working."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_edit = named(QPlainTextEdit(), "recoveryCodeInput", self.tr("Recovery code"))
        self.code_edit.setTabChangesFocus(True)
        self.code_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        form.addRow(self.tr("Recovery &code:"), self.code_edit)
        self.pass_edit = PassphraseField("newPassphrase", self.tr("New passphrase"))
        form.addRow(self.tr("&New passphrase:"), self.pass_edit)
        self.meter = StrengthMeter()
        form.addRow("", self.meter)
        self.repeat_edit = PassphraseField("newPassphraseRepeat", self.tr("Repeat the passphrase"))
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        card.body.addLayout(form)
        # Room kept for the error and the progress: the buttons below stay in place.
        self.notice = Notice("recoverNotice").reserve(2)
        card.body.addWidget(self.notice)
        self.busy = keep_space(BusyBar("recoverBusy", self.tr("Opening with the recovery code")))
        self.work = Background(self, session, busy=self.busy, on_error=self._on_failed)
        self.work.running_changed.connect(self._set_busy)
        card.body.addWidget(self.busy)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "recoverBackButton", auto_default=True)
        self.back_button.clicked.connect(self.cancelled)
        self.submit_button = button(
            self.tr("Set passphrase and open"),
            "recoverSubmitButton",
            role="primary",
            auto_default=True,
        )
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        card.body.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(centred(card))
        self.pass_edit.textChanged.connect(self.meter.update_for)
        self.repeat_edit.returnPressed.connect(self.submit)
        self.setFocusProxy(self.code_edit)

    def submit(self, *, accept_rollback: bool = False) -> None:
        if self.work.running:
            return
        code = self.code_edit.toPlainText()
        passphrase = self.pass_edit.text()
        if len(code.split()) != 24:
            self.notice.show_message(
                "error", self.tr("The recovery code has 24 words. Please type all of them.")
            )
            return
        if self.meter.level < MIN_ACCEPTED_LEVEL:
            self.notice.show_message(
                "error",
                self.tr("This passphrase is too easy to guess. Use more words or more characters."),
            )
            return
        if passphrase != self.repeat_edit.text():
            self.notice.show_message("error", self.tr("The two passphrases differ."))
            return
        self.notice.clear()
        path = self.path
        kdf = new_vault_kdf()

        def recover(_state: TaskState) -> tuple[Vault, dict[str, Any]]:
            vault = vault_service.recover(
                path, code, passphrase, kdf=kdf, accept_rollback=accept_rollback
            )
            return vault, settings_service.read_all(vault)

        self.work.run(recover, self._on_done, owned=False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.code_edit, self.pass_edit, self.repeat_edit, self.submit_button):
            w.setEnabled(not busy)

    def _on_done(self, result: tuple[Vault, dict[str, Any]]) -> None:
        self.code_edit.clear()
        self.pass_edit.wipe()
        self.repeat_edit.wipe()
        self.recovered.emit(*result)

    def _on_failed(self, error: BaseException) -> None:
        self.notice.show_error(error)
        if isinstance(error, VaultRolledBack) and open_older_copy(self):
            self.submit(accept_rollback=True)
            return
