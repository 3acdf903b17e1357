"""Locking (or quitting) while a file is being encrypted into the vault: wait for it,
or lock now knowing that it is not saved. Nothing is dropped without a word."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from amanat.ui.kit.widgets import button, hint_label, title_label

WAIT = "wait"
NOW = "now"


class BusyLockDialog(QDialog):
    """Three answers: wait, then lock (the default); lock now; cancel (stay unlocked)."""

    def __init__(self, parent: QWidget | None, *, quitting: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("busyLockDialog")
        self.choice: str | None = None
        title = self.tr("Quit Amanat?") if quitting else self.tr("Lock the vault?")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(title, factor=1.3))
        layout.addWidget(
            hint_label(
                self.tr(
                    "An attachment is still being added to a case. Wait for it, and the vault"
                    " locks by itself as soon as the file is saved; or lock now, and the file"
                    " being written is NOT saved (add it again after unlocking)."
                ),
                "busyLockText",
            )
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        box.setObjectName("dialogButtons")
        self.wait_button = button(
            self.tr("Wait for it, then quit") if quitting else self.tr("Wait for it, then lock"),
            "waitThenLock",
            role="primary",
        )
        self.wait_button.setDefault(True)
        self.now_button = button(
            self.tr("Quit anyway") if quitting else self.tr("Lock anyway"),
            "lockAnyway",
            role="danger",
        )
        box.addButton(self.wait_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.now_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wait_button.clicked.connect(lambda: self._choose(WAIT))
        self.now_button.clicked.connect(lambda: self._choose(NOW))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(min(560, max(420, self.fontMetrics().averageCharWidth() * 60)))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, quitting: bool = False) -> str | None:
        """WAIT, NOW, or None (stay unlocked)."""
        dialog = cls(parent, quitting=quitting)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
