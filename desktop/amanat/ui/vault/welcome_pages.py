"""First run: welcome, create a vault, show the recovery code once and confirm it."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.services import settings as settings_service
from amanat.services import vault as vault_service
from amanat.storage.vault import Vault, new_vault_folder
from amanat.ui.kit.messages import fill
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
    named,
    title_label,
)
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session, new_vault_kdf
from amanat.ui.ops.worker import TaskState


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    unlock_requested = Signal()

    def __init__(self, has_vaults: bool) -> None:
        super().__init__()
        self.setObjectName("welcomePage")
        card = Card()
        card.body.addWidget(title_label(self.tr("Welcome to Amanat")))
        card.body.addWidget(
            hint_label(
                self.tr(
                    "Amanat keeps cases, testimonies and their files in an encrypted vault on"
                    " this computer. Only your passphrase or your recovery code opens it;"
                    " nothing readable is ever written to the disk."
                )
            )
        )
        self.create_button = button(
            self.tr("Create a vault"), "createVaultButton", role="primary", auto_default=True
        )
        self.create_button.clicked.connect(self.create_requested)
        card.body.addWidget(self.create_button)
        card.body.addWidget(
            hint_label(
                self.tr(
                    "For a first look, open a demo vault filled with invented cases. It is a"
                    " separate vault; nothing in it is real."
                )
            )
        )
        self.demo_button = button(
            self.tr("Open a demo vault"), "demoVaultButton", auto_default=True
        )
        self.demo_button.clicked.connect(self.demo_requested)
        card.body.addWidget(self.demo_button)
        self.unlock_button = button(
            self.tr("Open an existing vault"), "openExistingButton", role="link", auto_default=True
        )
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.unlock_button.setVisible(has_vaults)
        card.body.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QVBoxLayout(self)
        layout.addWidget(centred(card))
        self.setFocusProxy(self.create_button)


class CreateVaultPage(QWidget):
    """Name and passphrase (twice, with a strength meter); the vault is made on the worker."""

    created = Signal(object, str, object)  # vault, recovery code, its settings
    cancelled = Signal()

    def __init__(self, session: Session, *, demo: bool = False, can_go_back: bool = True) -> None:
        super().__init__()
        self.setObjectName("createVaultPage")
        self.session = session
        self.demo = demo
        card = Card()
        card.body.addWidget(
            title_label(self.tr("Create a demo vault") if demo else self.tr("Create a vault"))
        )
        card.body.addWidget(
            hint_label(
                self.tr(
                    "The demo vault is protected like a real one. Choose a passphrase you can"
                    " remember for it."
                )
                if demo
                else self.tr(
                    "Choose a long passphrase: several words that mean something only to you."
                    " Nobody, including the Amanat team, can recover it for you; the recovery"
                    " code shown next is the only other key."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = named(QLineEdit(), "vaultName", self.tr("Vault name"))
        self.name_edit.setText(self.tr("Demo vault") if demo else "")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("For example: your first name or team"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        name_hint = hint_label(
            self.tr("Shown to the contacts you send sealed bundles to."), "vaultNameHint"
        )
        form.addRow("", name_hint)
        self.pass_edit = PassphraseField("passphrase", self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.pass_edit)
        self.meter = StrengthMeter()
        form.addRow("", self.meter)
        self.repeat_edit = PassphraseField("passphraseRepeat", self.tr("Repeat the passphrase"))
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        card.body.addLayout(form)
        self.notice = Notice("createNotice")
        card.body.addWidget(self.notice)
        self.busy = BusyBar("createBusy", self.tr("Creating the vault"))
        self.work = Background(self, session, busy=self.busy, on_error=self._on_failed)
        self.work.running_changed.connect(self._set_busy)
        card.body.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "backButton", auto_default=True)
        self.back_button.clicked.connect(self.cancelled)
        self.back_button.setVisible(can_go_back)
        self.create_button = button(
            self.tr("Create vault"), "createButton", role="primary", auto_default=True
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        card.body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(centred(card))
        self.pass_edit.textChanged.connect(self.meter.update_for)
        self.pass_edit.textChanged.connect(self._live_check)
        self.repeat_edit.textChanged.connect(self._live_check)
        self.name_edit.returnPressed.connect(self.pass_edit.setFocus)
        self.pass_edit.returnPressed.connect(self.repeat_edit.setFocus)
        self.repeat_edit.returnPressed.connect(self.submit)
        self.setTabOrder(self.name_edit, self.pass_edit)
        self.setTabOrder(self.pass_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.back_button)
        self.setTabOrder(self.back_button, self.create_button)
        self.setFocusProxy(self.pass_edit if demo else self.name_edit)

    def _live_check(self) -> None:
        repeat = self.repeat_edit.text()
        if repeat and not self.pass_edit.text().startswith(repeat):
            self.notice.show_message("warning", self.tr("The two passphrases differ."))
        elif self.notice.property("level") == "warning":
            self.notice.clear()

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return self.tr("Please give the vault a name.")
        passphrase = self.pass_edit.text()
        if not passphrase:
            return self.tr("Please choose a passphrase.")
        if self.meter.level < MIN_ACCEPTED_LEVEL:
            return self.tr(
                "This passphrase is too easy to guess. Use more words or more characters."
            )
        if passphrase != self.repeat_edit.text():
            return self.tr("The two passphrases differ.")
        return None

    def submit(self) -> None:
        if self.work.running:
            return
        problem = self.problem()
        if problem:
            self.notice.show_message("error", problem)
            return
        self.notice.clear()
        name = self.name_edit.text().strip()
        passphrase = self.pass_edit.text()
        path = new_vault_folder()
        kdf = new_vault_kdf()

        def create(_state: TaskState) -> tuple[Vault, str, dict[str, Any]]:
            vault, code = vault_service.create_vault(path, passphrase, name=name, kdf=kdf)
            return vault, code, settings_service.read_all(vault)

        # Not owned: the vault must reach the window even if this page is gone.
        self.work.run(create, self._on_created, owned=False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.name_edit, self.pass_edit, self.repeat_edit, self.create_button):
            w.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def _on_created(self, result: tuple[Vault, str, dict[str, Any]]) -> None:
        vault, code, settings = result
        self.pass_edit.wipe()
        self.repeat_edit.wipe()
        self.created.emit(vault, code, settings)

    def _on_failed(self, error: BaseException) -> None:
        self.notice.show_error(error)


CONFIRM_WORDS = 3


class RecoveryCodePage(QWidget):
    """Show the 24 words once; continue only after typing some of them back."""

    confirmed = Signal()

    def __init__(self, code: str, *, pick: Callable[[int], list[int]] | None = None) -> None:
        super().__init__()
        self.setObjectName("recoveryCodePage")
        self._words = code.split()
        chooser = pick or _random_positions
        self.positions = sorted(chooser(len(self._words)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._show_stage())
        self.stack.addWidget(self._confirm_stage())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.written_box)

    # -- stage 1: the words ------------------------------------------------------------
    def _show_stage(self) -> QWidget:
        card = Card(max_width=720)
        card.body.addWidget(title_label(self.tr("Your recovery code")))
        warn = Notice("recoveryWarning")
        warn.show_message(
            "warning",
            self.tr(
                "Write these 24 words on paper, in order, and keep the paper away from this"
                " computer. If you forget your passphrase, they are the only way into the"
                " vault. They are shown only now and are not stored anywhere readable."
            ),
        )
        card.body.addWidget(warn)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        columns = 4
        rows = (len(self._words) + columns - 1) // columns
        self.word_labels: list[QLabel] = []
        for i, word in enumerate(self._words):
            label = QLabel(f"{i + 1:>2}. {word}")
            label.setObjectName(f"recoveryWord{i + 1}")
            # Not selectable: the words must not travel through the clipboard.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setProperty("role", "codeWord")
            font = label.font()
            font.setFamily("monospace")
            font.setStyleHint(font.StyleHint.Monospace)
            label.setFont(font)
            self.word_labels.append(label)
            grid.addWidget(label, i % rows, i // rows)
        card.body.addLayout(grid)
        self.written_box = named(
            QCheckBox(self.tr("I have written down the 24 words")),
            "writtenDownCheck",
            self.tr("I have written down the 24 words"),
        )
        card.body.addWidget(self.written_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.next_button = button(
            self.tr("Next"), "recoveryNextButton", role="primary", auto_default=True
        )
        self.next_button.setEnabled(False)
        self.written_box.toggled.connect(self.next_button.setEnabled)
        self.next_button.clicked.connect(self._to_confirm)
        buttons.addWidget(self.next_button)
        card.body.addLayout(buttons)
        return centred(card)

    # -- stage 2: type some back -------------------------------------------------------
    def _confirm_stage(self) -> QWidget:
        card = Card()
        card.body.addWidget(title_label(self.tr("Check your recovery code")))
        card.body.addWidget(
            hint_label(self.tr("To be sure the paper is right, type these words from it."))
        )
        form = QFormLayout()
        self.confirm_edits: list[QLineEdit] = []
        for n, pos in enumerate(self.positions):
            edit = named(
                QLineEdit(),
                f"confirmWord{n + 1}",
                fill(self.tr("Word number %1"), str(pos + 1)),
            )
            edit.returnPressed.connect(self._check)
            self.confirm_edits.append(edit)
            form.addRow(fill(self.tr("Word %1:"), str(pos + 1)), edit)
        card.body.addLayout(form)
        self.confirm_notice = Notice("confirmNotice")
        card.body.addWidget(self.confirm_notice)
        buttons = QHBoxLayout()
        self.show_again_button = button(
            self.tr("Show the words again"), "showAgainButton", auto_default=True
        )
        self.show_again_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.confirm_button = button(
            self.tr("Confirm"), "confirmCodeButton", role="primary", auto_default=True
        )
        self.confirm_button.clicked.connect(self._check)
        buttons.addWidget(self.show_again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        card.body.addLayout(buttons)
        return centred(card)

    def _to_confirm(self) -> None:
        self.stack.setCurrentIndex(1)
        self.setFocusProxy(self.confirm_edits[0])

    def expected_words(self) -> list[str]:
        return [self._words[p] for p in self.positions]

    def _check(self) -> None:
        typed = [e.text().strip().lower() for e in self.confirm_edits]
        if typed == self.expected_words():
            self.forget()
            self.confirmed.emit()
        else:
            self.confirm_notice.show_message(
                "error",
                self.tr(
                    "Some words do not match. Check the paper, or show the words again and"
                    " correct it."
                ),
            )

    def forget(self) -> None:
        """Drop the words from the widgets (the page is deleted right after)."""
        for label in self.word_labels:
            label.clear()
        for edit in self.confirm_edits:
            edit.clear()
        self._words = []


def _random_positions(count: int) -> list[int]:
    rng = secrets.SystemRandom()
    return rng.sample(range(count), min(CONFIRM_WORDS, count))
