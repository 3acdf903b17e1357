"""Sealing cases into a bundle for verified contacts, and opening a received bundle
(inspect first, then import), each with progress and Cancel (docs/design.md §7).

Both dialogs run their work on the session's worker while they are shown; their
``ask(...)`` classmethods are what the workspace calls and what tests replace.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.bundles.importer import ImportResult
from amanat.bundles.sealing import SealResult
from amanat.domain.errors import AmanatError, BundleError, Cancelled
from amanat.domain.text_safety import look_alike
from amanat.services import bundles as bundle_service
from amanat.services import contacts as contact_service
from amanat.services.base import Changes
from amanat.storage.contacts import Contact, ContactState
from amanat.storage.vault import Vault
from amanat.ui.exchange.trust import (
    SafetyNumber,
    look_alike_text,
    missing_text,
    sender_text,
    state_icon,
    state_text,
)
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.text import file_size, local_time
from amanat.ui.kit.widgets import (
    BusyBar,
    Notice,
    button,
    hint_label,
    named,
    section_label,
    title_label,
    value_label,
)
from amanat.ui.ops.background import Background
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

PROFILES = ("full", "no-contacts", "advocacy")
MAX_TITLES_SHOWN = 8
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 10


def profile_name(code: str | None) -> str:
    names = {
        "full": QCoreApplication.translate("Bundles", "Full"),
        "no-contacts": QCoreApplication.translate("Bundles", "No contact details"),
        "advocacy": QCoreApplication.translate("Bundles", "Advocacy"),
    }
    return names.get(code or "", code or "")


def profile_explanation(code: str) -> str:
    lines = {
        "full": QCoreApplication.translate(
            "Bundles", "Everything in the cases, with its whole history: for your own team."
        ),
        "no-contacts": QCoreApplication.translate(
            "Bundles",
            "Without contact details, exact addresses and anything marked restricted.",
        ),
        "advocacy": QCoreApplication.translate(
            "Bundles",
            "For outside partners: also without ID numbers, and only testimonies whose"
            " consent allows UN, legal or public use.",
        ),
    }
    return lines[code]


def encryption_text(recipient_type: str) -> str:
    if recipient_type == "hybrid":
        return QCoreApplication.translate("Bundles", "post-quantum hybrid (ML-KEM-768 + X25519)")
    return QCoreApplication.translate("Bundles", "classic X25519")


def random_bundle_name() -> str:
    """Bundle names reveal nothing (docs/design.md §7): the same random form as the CLI's."""
    return f"{secrets.token_hex(8)}{bundle_service.BUNDLE_SUFFIX}"


def names_list(names: Sequence[str]) -> str:
    return ", ".join(isolate(n) for n in names)


def seal_summary(result: SealResult, recipient_names: Sequence[str]) -> str:
    lines = [
        fill(
            QCoreApplication.translate(
                "Bundles", "Sealed %n case(s) for %1.", "", len(result.cases)
            ),
            names_list(recipient_names),
        ),
        QCoreApplication.translate("Bundles", "%n record(s) and", "", result.records)
        + " "
        + QCoreApplication.translate("Bundles", "%n attachment(s).", "", result.attachments),
        fill(
            QCoreApplication.translate("Bundles", "Encryption: %1. Profile: %2."),
            encryption_text(result.as_json()["recipient_type"]),
            profile_name(result.profile.value),
        ),
        fill(
            QCoreApplication.translate("Bundles", "File: %1 (%2)."),
            result.path,
            file_size(result.size),
        ),
    ]
    if result.excluded_cases:
        lines.append(
            QCoreApplication.translate(
                "Bundles",
                "The profile left out %n restricted case(s).",
                "",
                len(result.excluded_cases),
            )
        )
    lines.append(
        QCoreApplication.translate(
            "Bundles",
            "Send the file over any channel: only the chosen contacts can open it, and they"
            " can check that it came from you unchanged.",
        )
    )
    return "\n".join(lines)


OUTCOME_WORDS = {
    "added": lambda n: QCoreApplication.translate("Bundles", "%n new", "", n),
    "fast_forward": lambda n: QCoreApplication.translate("Bundles", "%n updated", "", n),
    "kept": lambda n: QCoreApplication.translate("Bundles", "%n older than yours (kept)", "", n),
    "duplicate": lambda n: QCoreApplication.translate("Bundles", "%n already here", "", n),
    "conflict": lambda n: QCoreApplication.translate("Bundles", "%n in conflict", "", n),
    "proposal": lambda n: QCoreApplication.translate(
        "Bundles", "%n proposed by a vault that does not own them (not applied)", "", n
    ),
    "sealed_wins": lambda n: QCoreApplication.translate(
        "Bundles", "%n draft(s) replaced by a sealed testimony", "", n
    ),
    "sealed_kept": lambda n: QCoreApplication.translate(
        "Bundles", "%n kept behind a sealed testimony", "", n
    ),
}


def import_summary(result: ImportResult) -> str:
    lines = [
        fill(
            QCoreApplication.translate(
                "Bundles", "Imported %n case(s) from %1.", "", len(result.cases)
            ),
            result.sender_name,
        ),
    ]
    parts = [
        OUTCOME_WORDS[key](count) if key in OUTCOME_WORDS else f"{key} {count}"
        for key, count in result.record_outcomes.items()
        if count
    ]
    lines.append(
        fill(
            QCoreApplication.translate("Bundles", "%n record(s): %1.", "", result.records),
            ", ".join(parts) or QCoreApplication.translate("Bundles", "nothing new"),
        )
    )
    if result.attachments_stored or result.attachments_known:
        lines.append(
            fill(
                QCoreApplication.translate("Bundles", "Attachments: %1 stored, %2 already here."),
                QLocale().toString(result.attachments_stored),
                QLocale().toString(result.attachments_known),
            )
        )
    if result.conflicts:
        lines.append(
            QCoreApplication.translate(
                "Bundles",
                "Changed on both sides: %n record(s). Both versions were kept and the"
                " case shows a conflict for you to resolve.",
                "",
                len(result.conflicts),
            )
        )
    if result.proposals:
        lines.append(
            QCoreApplication.translate(
                "Bundles",
                "Proposed changes: %n record(s) were changed by a vault that did not create"
                " them. They were kept but not applied; the case shows them for a person to"
                " accept or decline.",
                "",
                len(result.proposals),
            )
        )
    return "\n".join(lines)


# -- sealing ------------------------------------------------------------------------------------


class SealDialog(QDialog):
    """Recipients (verified contacts only; the others shown with the reason), the
    profile, the destination; then the seal on the worker with progress and Cancel,
    then what was sent."""

    def __init__(
        self, parent: QWidget | None, session: Session, cases: Sequence[tuple[str, str]] | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sealDialog")
        self.setWindowTitle(self.tr("Seal a bundle"))
        self.session = session
        # None: every case of the vault (Vault > Seal all cases).
        self.cases = None if cases is None else list(cases)
        self.destination: Path | None = None
        self.sealed: SealResult | None = None
        self._contacts: dict[str, Contact] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Seal a bundle"), factor=1.3))
        self.notice = Notice("sealNotice")
        outer.addWidget(self.notice)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sealPages")
        outer.addWidget(self.pages, 1)

        # Page 0: the form
        form_page = self.form_page = QWidget()
        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A sealed bundle is a file that only the contacts you choose can open."
                    " It is signed by this vault, so they can check it came from you unchanged."
                )
            )
        )
        layout.addWidget(section_label(self.tr("Cases")))
        self.cases_label = value_label("sealCases")
        self.cases_label.setText(self._cases_text())
        layout.addWidget(self.cases_label)

        layout.addWidget(section_label(self.tr("Recipients")))
        self.recipients = named(QListWidget(), "sealRecipients", self.tr("Recipients"))
        line = self.fontMetrics().height()
        self.recipients.setIconSize(QSize(line, line))
        self.recipients.setWordWrap(True)
        self.recipients.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recipients.setMinimumHeight(line * 6)
        layout.addWidget(self.recipients)
        self.recipients_hint = hint_label(
            self.tr(
                "Only verified contacts can be chosen. Verify a contact in Contacts by"
                " comparing safety numbers."
            ),
            "sealRecipientsHint",
        )
        layout.addWidget(self.recipients_hint)

        profile_box = QGroupBox(self.tr("What leaves the vault"))
        profile_box.setObjectName("sealProfileBox")
        profile_layout = QVBoxLayout(profile_box)
        self.profile_group = QButtonGroup(self)
        self.profile_buttons: dict[str, QRadioButton] = {}
        for code in PROFILES:
            radio = named(QRadioButton(profile_name(code)), f"profile_{code}", profile_name(code))
            radio.setAccessibleDescription(profile_explanation(code))
            explanation = hint_label(profile_explanation(code), f"profileHint_{code}")
            # One line each: a wrapped label in a group box can be given too little height.
            explanation.setWordWrap(False)
            explanation.setContentsMargins(24, 0, 0, 4)
            # Never squeezed below its own height (the descenders were cut off).
            explanation.setMinimumHeight(explanation.sizeHint().height())
            self.profile_group.addButton(radio)
            self.profile_buttons[code] = radio
            profile_layout.addWidget(radio)
            profile_layout.addWidget(explanation)
        self.profile_buttons["full"].setChecked(True)
        layout.addWidget(profile_box)

        self.encryption_label = hint_label(
            self.tr(
                "Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient"
                " supports it, otherwise classic X25519."
            ),
            "sealEncryption",
        )
        layout.addWidget(self.encryption_label)
        self.classic = named(
            QCheckBox(
                self.tr("Use classic X25519 only (for the standard age tool in an emergency)")
            ),
            "sealClassic",
            self.tr("Use classic X25519 only"),
        )
        layout.addWidget(self.classic)
        self.classic.toggled.connect(lambda _on: self._update_ready())

        dest_row = QHBoxLayout()
        dest_label = QLabel(self.tr("Save &to:"))
        self.destination_edit = named(QLineEdit(), "sealDestination", self.tr("Bundle file"))
        self.destination_edit.setReadOnly(True)
        self.destination_edit.setPlaceholderText(self.tr("Choose where to save the bundle"))
        dest_label.setBuddy(self.destination_edit)
        self.choose_button = button(
            self.tr("Choose..."), "sealChooseDestination", self.tr("Choose the bundle file")
        )
        self.choose_button.clicked.connect(self.choose_destination)
        dest_row.addWidget(dest_label)
        dest_row.addWidget(self.destination_edit, 1)
        dest_row.addWidget(self.choose_button)
        layout.addLayout(dest_row)
        self.pages.addWidget(form_page)

        # Page 1: the result
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_notice = Notice("sealDoneNotice")
        done_layout.addWidget(self.done_notice)
        self.summary = value_label("sealSummary")
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        done_layout.addWidget(self.summary)
        self.excluded_notice = Notice("sealExcludedNotice")
        done_layout.addWidget(self.excluded_notice)
        done_layout.addStretch(1)
        self.pages.addWidget(done_page)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("sealProgressLabel")
        self.progress = BusyBar("sealProgress", self.tr("Sealing progress"))
        self.work = Background(
            self,
            session,
            busy=self.progress,
            on_error=self.notice.show_error,
            on_cancelled=self._cancelled,
        )
        self.work.running_changed.connect(self._busy)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        outer.addLayout(progress_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.seal_button = button(
            self.tr("Seal"), "sealButton", self.tr("Seal the bundle"), "primary"
        )
        self.seal_button.setDefault(True)
        self.seal_button.clicked.connect(self.seal)
        self.cancel_button = button(self.tr("Cancel"), "sealCancel", self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = button(self.tr("Close"), "sealClose", self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons.addWidget(self.seal_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.setMinimumWidth(max(720, self.fontMetrics().averageCharWidth() * 100))
        self.seal_button.setEnabled(False)
        self._load_contacts()

    def _cases_text(self) -> str:
        if self.cases is None:
            return self.tr("Every case in this vault.")
        titles = [isolate(t or self.tr("(untitled)")) for _id, t in self.cases[:MAX_TITLES_SHOWN]]
        text = self.tr("%n case(s):", "", len(self.cases)) + " " + ", ".join(titles)
        more = len(self.cases) - MAX_TITLES_SHOWN
        if more > 0:
            text += " " + self.tr("and %n more", "", more)
        return text

    # -- recipients ------------------------------------------------------------------------
    def _load_contacts(self) -> None:
        self.session.op(
            lambda v, _s: contact_service.list_contacts(v),
            on_success=self._contacts_loaded,
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _contacts_loaded(self, contacts: list[Contact]) -> None:
        self.recipients.clear()
        self._contacts = {c.id: c for c in contacts}
        for contact in contacts:
            item = QListWidgetItem(state_icon(contact.state.value), "")
            item.setData(CONTACT_ROLE, contact.id)
            label = self._recipient_label(contact, contacts)
            if contact.state is ContactState.VERIFIED:
                item.setText(label)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                reason = (
                    self.tr("keys changed, verify them again first")
                    if contact.state is ContactState.KEY_CHANGED
                    else self.tr("not verified yet")
                )
                item.setText(fill(self.tr("%1 (cannot be chosen: %2)"), label, reason))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(state_text(contact.state.value))
            self.recipients.addItem(item)
        if not contacts:
            self.recipients_hint.setText(
                self.tr(
                    "You have no contacts yet. Add a colleague's identity card in Contacts and"
                    " verify it first."
                )
            )
        if self.recipients.count():
            first = next((i for i, c in enumerate(contacts) if c.state is ContactState.VERIFIED), 0)
            self.recipients.setCurrentRow(first)
        self.recipients.itemChanged.connect(lambda _i: self._update_ready())
        self._update_ready()

    def chosen_contacts(self) -> list[Contact]:
        chosen = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(self._contacts[item.data(CONTACT_ROLE)])
        return chosen

    def set_recipient_checked(self, name: str, checked: bool = True) -> bool:
        """Tick a recipient by display name, as a click on its box would (tests and
        scripts); False when it cannot be chosen."""
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            contact = self._contacts[item.data(CONTACT_ROLE)]
            if contact.display_name == name:
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    return False
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def profile(self) -> str:
        for code, radio in self.profile_buttons.items():
            if radio.isChecked():
                return code
        return "full"

    def choose_destination(self) -> None:
        path = FileDialogs.save_as(self, self.tr("Save the sealed bundle"), random_bundle_name())
        if path is not None:
            self.destination = path
            self.destination_edit.setText(str(path))
        self._update_ready()

    def _recipient_label(self, contact: Contact, contacts: list[Contact]) -> str:
        """The contact's name; when another contact's name looks the same, with the
        first groups of its safety number, so the two are never told apart by name
        alone (docs/trust-contacts.md)."""
        alike = any(
            other.id != contact.id and look_alike(other.display_name, contact.display_name)
            for other in contacts
        )
        if not alike:
            return isolate(contact.display_name)
        groups = " ".join(contact.fingerprint.split()[:2])
        return fill(self.tr("%1, safety number %2 …"), contact.display_name, groups)

    def protection_text(self) -> tuple[str, bool]:
        """The protection level the chosen recipients get, why, and whether sealing may
        go on: a recipient without a post-quantum key needs the explicit X25519 choice
        (never a silent downgrade: docs/trust-contacts.md)."""
        protection = bundle_service.protection_for(self.chosen_contacts())
        if self.classic.isChecked():
            return self.tr("Protection: X25519 only, as you chose (not post-quantum)."), True
        if protection.lacking:
            names = ", ".join(isolate(c.display_name) for c in protection.lacking)
            return (
                fill(
                    self.tr(
                        "Protection: X25519 only, for everyone: %1 has no post-quantum key."
                        " Tick “Use classic X25519 only” to seal anyway, or seal to them"
                        " separately."
                    ),
                    names,
                ),
                False,
            )
        return self.tr("Protection: post-quantum hybrid (ML-KEM-768 + X25519)."), True

    def _update_ready(self) -> None:
        busy = self.work.running
        text, may_seal = self.protection_text()
        self.encryption_label.setText(text)
        self.seal_button.setEnabled(
            not busy and bool(self.chosen_contacts()) and self.destination is not None and may_seal
        )

    # -- sealing ---------------------------------------------------------------------------
    def seal(self) -> None:
        contacts = self.chosen_contacts()
        if not contacts:
            self.notice.show_message("error", self.tr("Choose at least one verified contact."))
            return
        if self.destination is None:
            self.notice.show_message("error", self.tr("Choose where to save the bundle."))
            return
        destination = self.destination
        ids = [c.id for c in contacts]
        case_ids = None if self.cases is None else [case_id for case_id, _t in self.cases]
        profile = self.profile()
        classic = self.classic.isChecked()
        names = [c.display_name for c in contacts]

        def seal(vault: Vault, state: TaskState) -> SealResult:
            return bundle_service.seal_bundle(
                vault,
                ids,
                destination,
                case_ids=case_ids,
                all_cases=case_ids is None,
                profile=profile,
                x25519=classic,
                progress=state.progress,
                is_cancelled=state.is_cancelled,
            )

        self.notice.clear()
        self.work.start(seal, lambda r: self._sealed(r, names))

    def _busy(self, busy: bool) -> None:
        self.progress_label.setText(self.tr("Sealing...") if busy else "")
        self.form_page.setEnabled(not busy)
        self._update_ready()

    def _sealed(self, result: SealResult, names: list[str]) -> None:
        self.sealed = result
        # The export is in each sent case's custody log: the session broadcasts
        # result.changes (those cases), and their views refresh.
        self.done_notice.show_message("ok", self.tr("The bundle is sealed."))
        self.summary.setText(seal_summary(result, names))
        if result.excluded_cases:
            self.excluded_notice.show_message(
                "warning",
                self.tr(
                    "The profile left out %n restricted case(s).",
                    "",
                    len(result.excluded_cases),
                ),
            )
        self.pages.setCurrentIndex(1)
        self.seal_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _cancelled(self) -> None:
        self.notice.show_message("info", self.tr("Cancelled. No bundle was written."))

    def cancel(self) -> None:
        if self.work.running:
            self.work.cancel()
            return
        self.reject()

    def reject(self) -> None:
        # Escape or closing the window while sealing cancels the seal first.
        if self.work.running:
            self.work.cancel()
            return
        super().reject()

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, cases: Sequence[tuple[str, str]] | None
    ) -> SealDialog:
        """Returns the closed dialog: ``sealed`` and ``changes`` tell what happened."""
        dialog = cls(parent, session, cases)
        try:
            dialog.exec()
            return dialog
        finally:
            dialog.deleteLater()


# -- opening ----------------------------------------------------------------------------------


@dataclass
class OpenOutcome:
    """What opening a bundle did: imported, kept in quarantine, or nothing."""

    result: ImportResult | None = None
    quarantined: bool = False
    changes: Changes = field(default_factory=Changes)


class OpenBundleDialog(QDialog):
    """Inspect a bundle (sender, trust, signature, contents) without changing anything;
    then, when the person confirms, import it (or keep it in quarantine)."""

    PAGE_CHECKING, PAGE_REPORT, PAGE_DONE = range(3)

    def __init__(self, parent: QWidget | None, session: Session, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("openBundleDialog")
        self.setWindowTitle(self.tr("Open a bundle"))
        self.session = session
        self.path = path
        self.report: dict[str, Any] | None = None
        self.outcome = OpenOutcome()
        self.error: BaseException | None = None
        self._inspecting = False
        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Open a bundle"), factor=1.3))
        self.notice = Notice("openNotice")
        outer.addWidget(self.notice)
        self.pages = QStackedWidget()
        self.pages.setObjectName("openPages")
        outer.addWidget(self.pages, 1)

        checking = QWidget()
        checking_layout = QVBoxLayout(checking)
        checking_layout.addWidget(
            hint_label(
                self.tr(
                    "Checking the bundle: who sealed it, whether it is intact and what it holds."
                    " Nothing is imported yet."
                ),
                "openChecking",
            )
        )
        checking_layout.addStretch(1)
        self.pages.addWidget(checking)

        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(section_label(self.tr("From")))
        self.sender_label = value_label("openSender")
        report_layout.addWidget(self.sender_label)
        self.trust_notice = Notice("openTrust")
        report_layout.addWidget(self.trust_notice)
        report_layout.addWidget(hint_label(self.tr("Sender's safety number:")))
        self.sender_number = SafetyNumber(
            "openSenderSafetyNumber", self.tr("Sender's safety number")
        )
        report_layout.addWidget(self.sender_number)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("signature", self.tr("Signature:")),
            ("contents", self.tr("Contents:")),
            ("profile", self.tr("Profile:")),
            ("sealed", self.tr("Sealed:")),
            ("cases", self.tr("Cases:")),
        ):
            value = value_label(f"open_{key}")
            value.setAccessibleName(text.rstrip(":"))
            self.fields[key] = value
            form.addRow(text, value)
        report_layout.addLayout(form)
        report_layout.addStretch(1)
        # A stacked widget gives a page the height of its size hint, not the height its
        # wrapped lines need at the width it has: long rows (many case titles, a long
        # profile) were clipped. A scroll area sizes the page by its height for width,
        # and scrolls when even that does not fit.
        self.report_scroll = QScrollArea()
        self.report_scroll.setObjectName("openReportScroll")
        self.report_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.report_scroll.setWidgetResizable(True)
        self.report_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report_scroll.setWidget(report)
        self.pages.addWidget(self.report_scroll)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_notice = Notice("openDoneNotice")
        done_layout.addWidget(self.done_notice)
        self.summary = value_label("openSummary")
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        done_layout.addWidget(self.summary)
        done_layout.addStretch(1)
        self.pages.addWidget(done)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("openProgressLabel")
        self.progress = BusyBar("openProgress", self.tr("Progress"))
        # Each call routes its own errors: a refused check, a refused or cancelled import.
        self.work = Background(self, session, busy=self.progress)
        self.work.running_changed.connect(self._running)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        outer.addLayout(progress_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = button(
            self.tr("Import"), "importButton", self.tr("Import the bundle"), "primary"
        )
        self.import_button.clicked.connect(self.start_import)
        self.import_button.hide()
        self.cancel_button = button(self.tr("Cancel"), "openCancel", self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = button(self.tr("Close"), "openClose", self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.setMinimumWidth(max(720, self.fontMetrics().averageCharWidth() * 100))
        self.inspect()

    # -- inspecting ------------------------------------------------------------------------
    def inspect(self) -> None:
        path = self.path
        self.progress_label.setText(self.tr("Checking..."))
        # Cancel while checking stops the check (it changes nothing) and closes the
        # dialog without waiting for it.
        self._inspecting = True
        self.work.start(
            lambda v, state: bundle_service.inspect_bundle(
                v, path, progress=state.progress, is_cancelled=state.is_cancelled
            ),
            self._inspected,
            on_failure=self._refused,
        )

    def _running(self, running: bool) -> None:
        if not running:
            self._inspecting = False
            self.progress_label.setText("")

    def _inspected(self, report: dict[str, Any]) -> None:
        if not report.get("verified"):
            code = str(report.get("error") or "bundle")
            self._refused(BundleError(code))
            return
        self.report = report
        sender = report["sender"]
        trusted = bool(sender.get("trusted"))
        # The stored contact's name, never the card's claim (docs/trust-contacts.md).
        self.sender_label.setText(sender_text(sender))
        self.sender_number.set_fingerprint(sender.get("fingerprint"))
        alikes = [a["name"] for a in sender.get("look_alikes") or []]
        if trusted:
            text = self.tr("A verified contact: the bundle is signed by their key.")
            card_name = sender.get("card_name")
            if card_name and card_name != sender.get("name"):
                text += " " + fill(
                    self.tr(
                        "The card in the bundle calls them %1; shown is the name you gave them."
                    ),
                    card_name,
                )
            if alikes:
                text += " " + look_alike_text(alikes)
            missing = report.get("missing_sequences") or {}
            if missing.get("total"):
                text += " " + missing_text(
                    sender.get("name") or "", missing["listed"], int(missing["total"])
                )
            self.trust_notice.show_message("warning" if alikes else "ok", text)
        else:
            reason = sender.get("quarantine_reason")
            if reason == "sender_key_changed":
                text = self.tr(
                    "The sender's keys differ from those you verified. Importing keeps the"
                    " bundle in quarantine until you compare the new safety number."
                )
            else:
                text = self.tr(
                    "The sender is not a verified contact. Importing keeps the bundle in"
                    " quarantine, encrypted, until you compare their safety number and verify"
                    " them."
                )
            if alikes:
                text += " " + look_alike_text(alikes)
            self.trust_notice.show_message("warning", text)
        self.fields["signature"].setText(
            self.tr("Valid: the bundle is intact and was sealed by this sender.")
        )
        entries: dict[str, int] = dict(report.get("entries") or {})
        bodies = entries.pop("body", 0)
        records = sum(entries.values())
        case_rows = list(report.get("cases") or [])
        self.fields["contents"].setText(
            self.tr("%n case(s),", "", len(case_rows))
            + " "
            + self.tr("%n record(s),", "", records)
            + " "
            + self.tr("%n attachment(s)", "", entries.get("attachment", 0))
            + (
                " " + fill(self.tr("(%1 of files)"), file_size(report.get("attachment_bytes")))
                if bodies
                else ""
            )
        )
        self.fields["profile"].setText(
            f"{profile_name(report.get('profile'))}: {profile_explanation(report['profile'])}"
            if report.get("profile") in PROFILES
            else str(report.get("profile"))
        )
        self.fields["sealed"].setText(
            fill(
                self.tr("%1, encryption %2"),
                local_time(report.get("created")),
                encryption_text(str(report.get("recipient_type"))),
            )
        )
        titles = [isolate(c.get("title") or self.tr("(untitled)")) for c in case_rows]
        text = ", ".join(titles[:MAX_TITLES_SHOWN])
        if len(titles) > MAX_TITLES_SHOWN:
            text += " " + self.tr("and %n more", "", len(titles) - MAX_TITLES_SHOWN)
        self.fields["cases"].setText(text)
        self.pages.setCurrentIndex(self.PAGE_REPORT)
        if report.get("already_imported"):
            self.notice.show_message(
                "info", self.tr("This bundle was already imported. Nothing to do.")
            )
            return self._finish_buttons()
        if report.get("in_quarantine"):
            self.notice.show_message(
                "info",
                self.tr("This bundle is already waiting in Contacts > Quarantine."),
            )
            return self._finish_buttons()
        self.import_button.setText(self.tr("Import") if trusted else self.tr("Keep in quarantine"))
        self.import_button.setAccessibleName(
            self.tr("Import the bundle") if trusted else self.tr("Keep the bundle in quarantine")
        )
        self.import_button.show()
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _refused(self, error: BaseException) -> None:
        """Any failure: one calm sentence; nothing was imported."""
        self.error = error
        if isinstance(error, Cancelled):
            self.notice.show_message("info", self.tr("Cancelled. Your vault was not changed."))
        else:
            self.notice.show_error(error)
        self.done_notice.clear()
        self.summary.setText("")
        self.pages.setCurrentIndex(self.PAGE_DONE)
        self._finish_buttons()

    def _finish_buttons(self) -> None:
        self.import_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.work.running or self.report is None:
            return
        path = self.path
        changes = self.outcome.changes

        def run(vault: Vault, state: TaskState) -> ImportResult:
            try:
                result = bundle_service.open_bundle(
                    vault,
                    path,
                    progress=state.progress,
                    is_cancelled=state.is_cancelled,
                    changes=changes,
                )
            except AmanatError as error:
                if error.code == "bundle.quarantined":  # kept: the quarantine changed
                    changes.quarantine.add(str(error.params.get("quarantine")))
                raise
            if result.contact_id:
                changes.contacts.add(result.contact_id)  # the sender's sequence number
            return result

        self.notice.clear()
        self.import_button.setEnabled(False)
        self.progress_label.setText(self.tr("Verifying and importing..."))
        # changes: broadcast also when the bundle is kept in quarantine.
        self.work.start(run, self._imported, on_failure=self._import_failed, changes=changes)

    def _imported(self, result: ImportResult) -> None:
        self.outcome.result = result
        self.done_notice.show_message("ok", self.tr("The bundle was verified and imported."))
        self.summary.setText(import_summary(result))
        self.pages.setCurrentIndex(self.PAGE_DONE)
        self._finish_buttons()

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, AmanatError) and error.code == "bundle.quarantined":
            self.outcome.quarantined = True
            self.done_notice.show_message(
                "warning",
                self.tr(
                    "Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in"
                    " Contacts > Quarantine until you verify the sender."
                ),
            )
            self.summary.setText("")
            self.pages.setCurrentIndex(self.PAGE_DONE)
            self._finish_buttons()
            return
        self._refused(error)

    def cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        if self.work.running and self._inspecting:
            self.work.discard()
        elif self.work.running:
            self.work.cancel()  # the import stops and rolls back; the dialog says so
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, path: Path) -> OpenOutcome:
        dialog = cls(parent, session, path)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
