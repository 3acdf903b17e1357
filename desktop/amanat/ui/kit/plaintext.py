"""The once-per-session warning before a plaintext output (reports, submissions,
exports, chart images; docs/design.md §9, issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.ops.session import Session


def confirm_plaintext(parent: QWidget | None, session: Session) -> bool:
    """True once the person has been told, this session, that the file leaves the
    encryption and agreed; asks the first time only."""
    if session.plaintext_warned:
        return True
    agreed = ConfirmDialog.ask(
        parent,
        QCoreApplication.translate("Plaintext", "Write a file that is not encrypted?"),
        QCoreApplication.translate(
            "Plaintext",
            "Reports, submissions, exports and chart images leave the vault's encryption:"
            " anyone with access to that disk or stick can read them, and they stay there"
            " until you delete them. Each one is recorded in the custody log. Amanat asks"
            " this once until it is closed.",
        ),
        QCoreApplication.translate("Plaintext", "I understand, continue"),
        danger=True,
        object_name="plaintextWarning",
    )
    session.plaintext_warned = agreed
    return agreed
