"""Making a dossier of a case from the app: profile, use, where (issue 13).

The dossier is built, rendered (Qt's PDF writer, in memory) and written on the
database worker through ``services.dossier.write_report``; the file is written only
where the person chose, after the once-per-session warning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from amanat.render.pdf import html_to_pdf
from amanat.services import dossier
from amanat.services.outputs import Output
from amanat.storage.vault import Vault
from amanat.ui.kit.dialogs import _buttons
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.plaintext import confirm_plaintext
from amanat.ui.kit.widgets import hint_label, named
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


class ReportDialog(QDialog):
    """Choose the profile and the use of a dossier."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Dossier (PDF)"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The dossier holds only what the profile allows and what the testimonies'"
                    " consent permits for the use chosen; what is left out is listed, not shown."
                ),
                "reportHint",
            )
        )
        form = QFormLayout()
        self.profile = named(QComboBox(), "reportProfile", self.tr("Redaction profile"))
        for code, text in (
            ("full", self.tr("Full")),
            ("no-contacts", self.tr("No contact details")),
            ("advocacy", self.tr("Advocacy")),
        ):
            self.profile.addItem(text, code)
        self.use = named(QComboBox(), "reportUse", self.tr("Use"))
        for code, text in (
            ("internal", self.tr("Internal")),
            ("un", self.tr("UN or government submission")),
            ("legal", self.tr("Legal")),
            ("public", self.tr("Public")),
        ):
            self.use.addItem(text, code)
        form.addRow(self.tr("Profile:"), self.profile)
        form.addRow(self.tr("Use:"), self.use)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Make the dossier..."), "makeReport"))

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(profile, use), or None if cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return str(dialog.profile.currentData()), str(dialog.use.currentData())
        finally:
            dialog.deleteLater()


def report_case(
    parent: QWidget,
    session: Session,
    case_id: str,
    *,
    on_written: Callable[[Output], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """The case view's "Dossier...": ask, warn once, choose the file, write it."""
    chosen = ReportDialog.ask(parent)
    if chosen is None or not confirm_plaintext(parent, session):
        return
    target = FileDialogs.save_as(
        parent, QCoreApplication.translate("Reports", "Save the dossier"), "dossier.pdf"
    )
    if target is None:
        return
    profile, use = chosen
    replace = target.exists()  # the save dialog asked before returning an existing file

    def write(vault: Vault, _state: TaskState) -> Output:
        written, _made = dossier.write_report(
            vault, target, html_to_pdf, case_ids=[case_id], profile=profile, use=use,
            replace=replace,
        )  # fmt: skip
        return written

    session.op(write, on_success=on_written, on_failure=on_error, owner=parent)
