"""Settings of the open vault: the declared settings (auto-lock), identity,
passphrase, recovery code, replacing the master key (rekey), wipe.

The settings part is built from the declarations in services.settings, one row each
with the control setting_controls makes for it; a change goes through
``Session.change_setting`` (validated, stored inside the vault: docs/design.md §12.6),
and nothing here goes to QSettings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import InvalidSetting
from amanat.services import contacts as contact_service
from amanat.services import settings as settings_service
from amanat.services import vault as vault_service
from amanat.services.settings import Setting
from amanat.storage.vault import Vault
from amanat.ui.kit.dialogs import (
    ChangePassphraseDialog,
    ConfirmDialog,
    PassphraseCheckDialog,
    WipeDialog,
)
from amanat.ui.kit.style import set_role
from amanat.ui.kit.widgets import BusyBar, Notice, button, hint_label, named, title_label
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session, new_vault_kdf
from amanat.ui.ops.worker import TaskState
from amanat.ui.settings.setting_controls import make_control, words_for
from amanat.ui.vault.welcome_pages import RecoveryCodePage


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once, and closes only when some words are typed back."""

    def __init__(self, parent: QWidget | None, code: str) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        self.page = RecoveryCodePage(code)
        self.page.confirmed.connect(self.accept)
        layout.addWidget(self.page)
        self.resize(760, 560)

    def reject(self) -> None:
        # Closing without confirming would leave the person without a working code.
        if ConfirmDialog.ask(
            self,
            self.tr("Close without checking?"),
            self.tr(
                "The old recovery code no longer works. If you close now without writing down"
                " the new one, you can make another one later in Settings."
            ),
            self.tr("Close"),
        ):
            self.page.forget()
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, code: str) -> None:
        dialog = cls(parent, code)
        try:
            dialog.exec()
        finally:
            dialog.page.forget()
            dialog.deleteLater()


class SettingsDialog(QDialog):
    """Emits ``wipe_requested`` once the person confirmed the wipe: the window locks
    and wipes the vault (this dialog knows no window)."""

    wipe_requested = Signal()

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.session = session
        self.vault_name = ""
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Settings"), factor=1.4))
        # Everything between the title and Close scrolls: a screen too short for every
        # group shows a scroll bar, never rows squeezed over one another.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("settingsScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("settingsBody")
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 6, 0)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)

        # One row per declared setting (services.settings), grouped, in declared order.
        self.controls: dict[str, QWidget] = {}
        groups: dict[str, QFormLayout] = {}
        for declared in settings_service.declared():
            words = words_for(declared)
            form = groups.get(words.group.object_name)
            if form is None:
                box = QGroupBox(words.group.title())
                box.setObjectName(words.group.object_name)
                form = groups[words.group.object_name] = QFormLayout(box)
                layout.addWidget(box)
            control = make_control(
                declared,
                session.setting(declared),
                functools.partial(self._setting_changed, declared),
            )
            self.controls[declared.key] = control
            form.addRow(words.label(), control)
            if words.hint is not None:
                form.addRow(hint_label(words.hint()))

        id_box = QGroupBox(self.tr("Your identity"))
        id_box.setObjectName("identityGroup")
        id_layout = QFormLayout(id_box)
        self.name_label = QLabel("…")
        self.name_label.setObjectName("identityName")
        self.fingerprint_label = QLabel("…")
        self.fingerprint_label.setObjectName("identityFingerprint")
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint_label.setWordWrap(True)
        # A safety number reads left to right in every language (docs/trust-contacts.md).
        self.fingerprint_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        id_layout.addRow(self.tr("Name:"), self.name_label)
        id_layout.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        layout.addWidget(id_box)

        key_box = QGroupBox(self.tr("Passphrase, recovery code and master key"))
        key_box.setObjectName("keysGroup")
        key_layout = QHBoxLayout(key_box)
        self.change_button = button(self.tr("Change passphrase..."), "changePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button = button(self.tr("New recovery code..."), "newRecoveryCode")
        self.recovery_button.clicked.connect(self.new_recovery_code)
        key_layout.addWidget(self.change_button)
        key_layout.addWidget(self.recovery_button)
        self._build_rekey_buttons(key_layout)
        key_layout.addStretch(1)
        layout.addWidget(key_box)

        wipe_box = QGroupBox(self.tr("Travel mode"))
        wipe_box.setObjectName("wipeGroup")
        wipe_layout = QVBoxLayout(wipe_box)
        wipe_layout.addWidget(
            hint_label(
                self.tr(
                    "Before crossing a border or when the laptop is at risk, you can destroy"
                    " this vault. Send your cases to a colleague first."
                )
            )
        )
        self.wipe_button = button(self.tr("Wipe this vault..."), "wipeVault")
        set_role(self.wipe_button, "danger")
        self.wipe_button.clicked.connect(self.wipe)
        wipe_layout.addWidget(self.wipe_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(wipe_box)

        self.notice = Notice("settingsNotice")
        layout.addWidget(self.notice)
        self.busy = BusyBar("settingsBusy", self.tr("Working"))
        layout.addWidget(self.busy)
        self.work = Background(self, session, busy=self.busy, on_error=self._failed)
        self.work.running_changed.connect(self._busy)
        self.rekey_work = Background(
            self,
            session,
            busy=self.busy,
            cancel=self.rekey_cancel,
            on_error=self._failed,
            on_cancelled=self._rekey_cancelled,
        )
        self.rekey_work.running_changed.connect(self._busy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("settingsButtons")
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        named(close_button, "closeSettings", close_button.text().replace("&", ""))
        outer.addWidget(close)
        self.setMinimumWidth(600)
        self._fit()
        self._load()

    def _build_rekey_buttons(self, row: QHBoxLayout) -> None:
        """Rekey (docs/user-guide.md, "Change the passphrase, or rekey?"): what it does
        is said in its tooltip and again when the passphrase is asked."""
        self.rekey_button = button(self.tr("Replace master key..."), "rekeyVault")
        self.rekey_button.setToolTip(
            self.tr(
                "If a copy of this vault or of its key file may have been taken (a seized"
                " laptop, a lost backup), replace the master key: old copies of the key"
                " file then open nothing, whatever passphrase goes with them."
            )
        )
        self.rekey_button.clicked.connect(self.rekey)
        self.rekey_cancel = button(self.tr("Cancel"), "cancelRekey")
        row.addWidget(self.rekey_button)
        row.addWidget(self.rekey_cancel)

    def _load(self) -> None:
        def load(vault: Vault, _s: TaskState) -> tuple[str, contact_service.IdentitySummary]:
            return vault.name, contact_service.identity_summary(vault)

        self.session.op(load, on_success=self._loaded, owner=self)

    def _loaded(self, result: tuple[str, contact_service.IdentitySummary]) -> None:
        self.vault_name, summary = result
        self.name_label.setText(summary.display_name)
        groups = (summary.fingerprint or "").split()
        # Two lines of six groups: easier to read aloud and compare.
        self.fingerprint_label.setText(
            " ".join(groups[:6]) + "\n" + " ".join(groups[6:])
            if groups
            else self.tr("Not available in this version.")
        )
        self._fit()  # the fingerprint may take two lines

    def _fit(self) -> None:
        """As tall as the groups need at this width, up to most of the screen (the rest
        scrolls)."""
        width = max(self.width(), self.minimumWidth())
        inner_width = width - 40
        body_layout = self.body.layout()
        assert body_layout is not None
        if body_layout.hasHeightForWidth():
            needed = body_layout.totalHeightForWidth(inner_width)
        else:
            needed = self.body.sizeHint().height()
        chrome = self.sizeHint().height() - self.scroller.sizeHint().height()
        screen = self.screen()
        limit = int(screen.availableGeometry().height() * 0.9) if screen is not None else 900
        self.resize(width, min(needed + chrome + 8, limit))

    def _setting_changed(self, declared: Setting[Any], value: Any) -> None:
        try:
            self.session.change_setting(declared, value)
        except InvalidSetting as error:
            self.notice.show_error(error)
            return
        changed = words_for(declared).changed
        if changed is not None:
            self.notice.show_message("ok", changed(value))

    def _busy(self, on: bool) -> None:
        for b in (self.change_button, self.recovery_button, self.rekey_button, self.wipe_button):
            b.setEnabled(not on)

    def change_passphrase(self) -> None:
        values = ChangePassphraseDialog.ask(self)
        if values is None:
            return
        current, new = values
        kdf = new_vault_kdf()

        def change(vault: Vault, _s: TaskState) -> bool:
            if not vault_service.verify_passphrase(vault, current):
                return False
            vault_service.change_passphrase(vault, new, kdf=kdf)
            return True

        self.work.start(change, self._changed)

    def _changed(self, ok: bool) -> None:
        if ok:
            self.notice.show_message("ok", self.tr("The passphrase was changed."))
        else:
            self.notice.show_message(
                "error", self.tr("The current passphrase is wrong. Nothing was changed.")
            )

    def new_recovery_code(self) -> None:
        current = PassphraseCheckDialog.ask(
            self,
            self.tr(
                "A new recovery code replaces the old one, which stops working. Type your"
                " passphrase to continue."
            ),
        )
        if current is None:
            return

        def renew(vault: Vault, _s: TaskState) -> str | None:
            if not vault_service.verify_passphrase(vault, current):
                return None
            return vault.new_recovery_code()

        self.work.start(renew, self._renewed)

    def _renewed(self, code: str | None) -> None:
        if code is None:
            self.notice.show_message(
                "error", self.tr("The passphrase is wrong. The recovery code was not changed.")
            )
            return
        RecoveryCodeDialog.ask(self, code)
        self.notice.show_message("ok", self.tr("The new recovery code is in place."))

    def rekey(self) -> None:
        passphrase = PassphraseCheckDialog.ask(
            self,
            self.tr(
                "Replacing the master key encrypts the whole vault again: it takes about as"
                " long as reading every attachment once, and you can cancel until it"
                " finishes. Your passphrase stays the same. You will get a NEW recovery"
                " code: the old one and every old copy of the key file stop working."
                " Type your passphrase to continue."
            ),
        )
        if passphrase is None:
            return

        def run(vault: Vault, state: TaskState) -> str:
            return vault_service.rekey(
                vault, passphrase, progress=state.progress, is_cancelled=state.is_cancelled
            )

        self.rekey_work.start(run, self._rekeyed)

    def _rekeyed(self, code: str) -> None:
        RecoveryCodeDialog.ask(self, code)
        self.notice.show_message(
            "ok",
            self.tr(
                "The master key was replaced. Old copies of the key file open nothing any more."
            ),
        )

    def _rekey_cancelled(self) -> None:
        self.notice.show_message(
            "ok", self.tr("Cancelled. The master key was not replaced; nothing was changed.")
        )

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)

    def wipe(self) -> None:
        if not self.vault_name:
            return
        if WipeDialog.ask(self, self.vault_name):
            self.accept()
            self.wipe_requested.emit()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        on_wipe: Callable[[], None] | None = None,
    ) -> None:
        dialog = cls(parent, session)
        if on_wipe is not None:
            dialog.wipe_requested.connect(on_wipe)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
