"""The Contacts section: the people bundles are exchanged with, this vault's own
identity, and the quarantine of bundles from senders not verified yet (docs/design.md §6-7).

Three tabs: Contacts (list with state, add from a card, verify), Quarantine (waiting
bundles: verify the sender then import, or discard) and My identity (safety number,
the card as a file or as text, the emergency age key behind a warning).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.bundles.importer import ImportResult
from amanat.services import bundles as bundle_service
from amanat.services import contacts as contact_service
from amanat.services.base import Changes
from amanat.services.contacts import ContactAdded, OwnIdentity
from amanat.storage.contacts import AddOutcome, Contact, ContactState
from amanat.storage.vault import Vault
from amanat.ui.exchange.bundle_dialogs import import_summary, profile_name
from amanat.ui.exchange.key_history import key_history_text
from amanat.ui.exchange.trust import (
    SafetyNumber,
    VerifyContactDialog,
    look_alike_text,
    missing_text,
    quarantine_reason_text,
    sender_text,
    spoken,
    state_icon,
    state_text,
)
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.rows_model import Index, RowsModel
from amanat.ui.kit.tables import make_table
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

CARD_FILTERS = ["Amanat identity cards (*.card *.txt)", "All files (*)"]
CARD_SUGGESTED_NAME = "amanat-identity.card"


def card_file_name(display_name: str) -> str:
    """ "amanat-almaty-field.card": the vault's name, ASCII letters and digits only (a
    card is given to others, so its name may say whose it is; a name in another script
    keeps the generic name rather than a string of underscores)."""
    ascii_name = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    slug = "-".join("".join(c if c.isalnum() else " " for c in ascii_name).lower().split())
    return f"amanat-{slug[:40].strip('-')}.card" if slug else CARD_SUGGESTED_NAME


class StateRowsModel(RowsModel):
    """Rows with a state column that shows an icon beside its word."""

    def __init__(
        self,
        columns: list[Column],
        state_column: int,
        state_key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent=parent)
        self.state_column = state_column
        self.state_key = state_key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.state_column
            and 0 <= index.row() < len(self.rows)
        ):
            return state_icon(self.rows[index.row()].get(self.state_key))
        return super().data(index, role)


def contact_row(contact: Contact) -> dict[str, Any]:
    row = contact.as_json()
    row["contact"] = contact
    return row


# -- dialogs ------------------------------------------------------------------------------------


class CardTextDialog(QDialog):
    """The identity card as text, to paste into a message. It holds nothing secret."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("cardTextDialog")
        self.setWindowTitle(self.tr("Your identity card"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Your identity card as text"), factor=1.3))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Paste this into a message to a colleague. It holds your display name and"
                    " public keys, nothing secret. They still have to compare your safety"
                    " number with you before they trust it."
                )
            )
        )
        self.text = named(QPlainTextEdit(text), "cardText", self.tr("Identity card text"))
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setMinimumHeight(self.fontMetrics().height() * 14)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("dialogButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeButton", close.text().replace("&", ""))
        self.copy_button = button(self.tr("&Copy"), "copyCardButton", self.tr("Copy the card"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(640, max(480, self.fontMetrics().averageCharWidth() * 72)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        dialog = cls(parent, text)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class PasteCardDialog(QDialog):
    """Add a contact from a card pasted as text. Returns the text or None."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteCardDialog")
        self.setWindowTitle(self.tr("Add a contact"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Paste an identity card"), factor=1.3))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Paste the text your colleague sent, from BEGIN to END. The contact is"
                    " added as not verified until you compare safety numbers."
                )
            )
        )
        self.text = named(QPlainTextEdit(), "pastedCard", self.tr("Identity card text"))
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("dialogButtons")
        add = button(self.tr("Add contact"), "addPastedCard", self.tr("Add contact"), "primary")
        buttons.addButton(add, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(640, max(480, self.fontMetrics().averageCharWidth() * 72)))

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.text.toPlainText().strip() or None
        finally:
            dialog.deleteLater()


class AgeSecretDialog(QDialog):
    """The clear warning before the emergency age secret key is written out. Returns
    whether the hybrid (post-quantum) key was chosen, or None."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("ageSecretDialog")
        self.setWindowTitle(self.tr("Export the emergency key"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Export the emergency key?"), factor=1.3))
        warning = Notice("ageSecretWarning")
        warning.show_message(
            "warning",
            self.tr(
                "This writes the vault's SECRET key to a file. Anyone who gets the file can"
                " open every bundle ever sealed to this vault, without your passphrase. Do it"
                " only when Amanat cannot be used and a bundle must be opened with the"
                " standard age tool. Keep the file offline (never on the laptop that"
                " travels), never send it, and destroy it afterwards."
            ),
        )
        layout.addWidget(warning)
        kind_box = QGroupBox(self.tr("Which key"))
        kind_box.setObjectName("ageKeyKind")
        kind_layout = QVBoxLayout(kind_box)
        self.kind_group = QButtonGroup(self)
        self.classic = named(
            QRadioButton(
                self.tr("Classic X25519 key: opens bundles sealed with classic encryption")
            ),
            "ageKeyClassic",
            self.tr("Classic X25519 key"),
        )
        self.hybrid = named(
            QRadioButton(
                self.tr("Post-quantum hybrid key: opens the default bundles (age 1.3 or later)")
            ),
            "ageKeyHybrid",
            self.tr("Post-quantum hybrid key"),
        )
        self.classic.setChecked(True)
        for radio in (self.classic, self.hybrid):
            self.kind_group.addButton(radio)
            kind_layout.addWidget(radio)
        layout.addWidget(kind_box)
        self.understood = named(
            QCheckBox(self.tr("I understand that this file opens everything sealed to me")),
            "ageSecretUnderstood",
            self.tr("I understand that this file opens everything sealed to me"),
        )
        layout.addWidget(self.understood)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("dialogButtons")
        self.export_button = button(
            self.tr("Export the secret key..."),
            "exportSecretButton",
            self.tr("Export the secret key"),
            "danger",
        )
        self.export_button.setEnabled(False)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "cancelButton", cancel.text().replace("&", ""))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.understood.toggled.connect(self.export_button.setEnabled)
        self.setMinimumWidth(min(620, max(480, self.fontMetrics().averageCharWidth() * 70)))

    def accept(self) -> None:
        if self.understood.isChecked():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.hybrid.isChecked()
        finally:
            dialog.deleteLater()


# -- the tabs -----------------------------------------------------------------------------------


class IdentityTab(QWidget):
    """This vault's identity: name, safety number, card export, emergency key."""

    def __init__(self, section: ContactsSection) -> None:
        super().__init__()
        self.setObjectName("identityTab")
        self.section = section
        self.identity: OwnIdentity | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Colleagues add you as a contact from your identity card, then compare"
                    " your safety number with you: read it aloud to them in person, or in a"
                    " call where they know your voice."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = value_label("ownName", self.tr("Your display name"))
        self.created = value_label("ownCreated", self.tr("Created"))
        self.post_quantum = value_label("ownPostQuantum", self.tr("Post-quantum keys"))
        form.addRow(self.tr("Display name:"), self.name)
        form.addRow(self.tr("Created:"), self.created)
        form.addRow(self.tr("Post-quantum:"), self.post_quantum)
        layout.addLayout(form)
        layout.addWidget(section_label(self.tr("Your safety number")))
        self.safety = SafetyNumber("ownSafetyNumber", self.tr("Your safety number"), factor=1.5)
        layout.addWidget(self.safety)
        buttons = QHBoxLayout()
        self.export_button = button(
            self.tr("Export card to a file..."),
            "exportCardButton",
            self.tr("Export your identity card to a file"),
            "primary",
        )
        self.text_button = button(
            self.tr("Show card as text..."),
            "showCardTextButton",
            self.tr("Show your identity card as text"),
        )
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.text_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(section_label(self.tr("Emergency")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "If Amanat cannot be run, the standard age tool opens bundles sealed to you"
                    " with your secret key. Export it only when you need it."
                )
            )
        )
        secret_row = QHBoxLayout()
        self.secret_button = button(
            self.tr("Export emergency key..."),
            "exportSecretKeyButton",
            self.tr("Export the emergency secret key"),
            "danger",
        )
        secret_row.addWidget(self.secret_button)
        secret_row.addStretch(1)
        layout.addLayout(secret_row)
        self.notice = Notice("identityNotice")
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export_card)
        self.text_button.clicked.connect(self.show_text)
        self.secret_button.clicked.connect(self.export_secret)

    def show_identity(self, identity: OwnIdentity) -> None:
        self.identity = identity
        self.name.setText(isolate(identity.display_name))
        self.created.setText(local_time(identity.created))
        self.post_quantum.setText(
            self.tr("Yes (ML-KEM-768 + X25519)") if identity.post_quantum else self.tr("No")
        )
        self.safety.set_fingerprint(identity.fingerprint)

    def export_card(self) -> None:
        name = card_file_name(self.identity.display_name if self.identity else "")
        target = FileDialogs.save_as(self, self.tr("Save your identity card"), name)
        if target is None:
            return
        self.section.session.op(
            lambda v, _s: contact_service.export_card(v, target),
            on_success=lambda _p: self.notice.show_message(
                "ok",
                self.tr("Your identity card was saved. Send it to your colleague by any channel."),
            ),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def show_text(self) -> None:
        if self.identity is not None:
            CardTextDialog.ask(self, self.identity.card_text)

    def export_secret(self) -> None:
        hybrid = AgeSecretDialog.ask(self)
        if hybrid is None:
            return
        name = "amanat-pq-key.txt" if hybrid else "amanat-key.txt"
        target = FileDialogs.save_as(self, self.tr("Save the emergency key"), name)
        if target is None:
            return
        self.section.session.op(
            lambda v, _s: contact_service.export_age_secret(v, target, hybrid=hybrid),
            on_success=lambda _p: self.notice.show_message(
                "warning",
                self.tr(
                    "The secret key was written. Keep it offline and destroy it when the"
                    " emergency is over."
                ),
            ),
            on_failure=self.notice.show_error,
            owner=self,
        )


class ContactsTab(QWidget):
    def __init__(self, section: ContactsSection) -> None:
        super().__init__()
        self.setObjectName("contactsTab")
        self.section = section
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The people you exchange sealed bundles with. A contact added from a card"
                    " is not verified: compare safety numbers with them before you seal to them"
                    " or accept their bundles."
                )
            )
        )
        self.model = StateRowsModel(
            [
                Column(
                    "display_name",
                    lambda: self.tr("Name"),
                    display=lambda r: isolate(r["display_name"]),
                ),
                Column("state", lambda: self.tr("State"), display=lambda r: state_text(r["state"])),
                Column(
                    "fingerprint",
                    lambda: self.tr("Safety number"),
                    display=lambda r: spoken(r["fingerprint"]),
                ),
                Column(
                    "post_quantum",
                    lambda: self.tr("Post-quantum"),
                    display=lambda r: self.tr("yes") if r["post_quantum"] else self.tr("no"),
                ),
                Column("added", lambda: self.tr("Added"), display=lambda r: local_time(r["added"])),
            ],
            state_column=1,
            state_key="state",
            parent=self,
        )
        self.view = make_table("contactList", self.tr("Contacts"), self.model, stretch_column=2)
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in enumerate((24, 28)):
            self.view.horizontalHeader().resizeSection(column, chars * char)
        self.view.activated.connect(lambda _i: self.verify_selected())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_file_button = button(
            self.tr("Add from card file..."),
            "addContactFile",
            self.tr("Add a contact from a card file"),
            "primary",
        )
        self.add_text_button = button(
            self.tr("Paste card text..."),
            "addContactText",
            self.tr("Add a contact from pasted card text"),
        )
        self.verify_button = button(
            self.tr("Verify..."), "verifyContact", self.tr("Verify the chosen contact")
        )
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.add_text_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        layout.addLayout(buttons)
        self.details = QGroupBox(self.tr("Chosen contact"))
        self.details.setObjectName("contactDetails")
        details_layout = QVBoxLayout(self.details)
        self.detail_state = value_label("contactDetailState", self.tr("State"))
        details_layout.addWidget(self.detail_state)
        self.detail_safety = SafetyNumber("contactSafetyNumber", self.tr("Contact's safety number"))
        details_layout.addWidget(self.detail_safety)
        self.detail_keys = value_label("contactKeyHistory", self.tr("Key history"))
        details_layout.addWidget(self.detail_keys)
        layout.addWidget(self.details)
        self.notice = Notice("contactsNotice")
        layout.addWidget(self.notice)
        self.add_file_button.clicked.connect(self.add_from_file)
        self.add_text_button.clicked.connect(self.add_from_text)
        self.verify_button.clicked.connect(self.verify_selected)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._show_details(None)

    notes: dict[str, Any] = {}  # noqa: RUF012 - replaced whole by ContactsSection._loaded

    def set_contacts(self, contacts: list[Contact], keep: str | None = None) -> None:
        current = self.selected()
        keep = keep or (current.id if current is not None else None)
        self.model.set_rows([contact_row(c) for c in contacts])
        row = next((i for i, c in enumerate(contacts) if c.id == keep), 0 if contacts else -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_details(self.selected())

    def selected(self) -> Contact | None:
        index = self.view.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row["contact"] if row else None

    def select(self, contact_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row["id"] == contact_id:
                self.view.setCurrentIndex(self.model.index(i, 0))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        self._show_details(row["contact"] if row else None)

    def _show_details(self, contact: Contact | None) -> None:
        self.verify_button.setEnabled(contact is not None)
        if contact is None:
            self.detail_state.setText(self.tr("Choose a contact in the list."))
            self.detail_safety.set_fingerprint(None)
            self.detail_keys.clear()
            self.details.setTitle(self.tr("Chosen contact"))
            return
        self.details.setTitle(isolate(contact.display_name))
        if contact.state is ContactState.VERIFIED:
            text = fill(self.tr("Verified on %1."), local_time(contact.verified_at))
            self.verify_button.setText(self.tr("Verify..."))
        elif contact.state is ContactState.KEY_CHANGED:
            text = self.tr(
                "Keys changed: nothing is sealed to this contact or accepted from them until"
                " you compare the new safety number and verify them again."
            )
            self.verify_button.setText(self.tr("Verify again..."))
        else:
            text = self.tr(
                "Not verified: compare this safety number with them before you exchange bundles."
            )
            self.verify_button.setText(self.tr("Verify..."))
        (listed, total), alikes = self.notes.get(contact.id, (([], 0), []))
        extra = [missing_text(contact.display_name, listed, total)] if total else []
        if alikes:
            extra.append(look_alike_text(alikes))
        self.detail_state.setText(" ".join([text, *extra]))
        self.detail_safety.set_fingerprint(contact.fingerprint)
        self._load_key_history(contact.id)

    def _load_key_history(self, contact_id: str) -> None:
        """The chosen contact's key history (docs/review.md §7), read on the worker."""

        def show(events: object) -> None:
            chosen = self.selected()
            if isinstance(events, list) and chosen is not None and chosen.id == contact_id:
                self.detail_keys.setText(key_history_text(events))

        self.section.session.op(
            lambda vault, _s: contact_service.key_history(vault, contact_id),
            on_success=show,
            owner=self,
        )

    # -- adding -----------------------------------------------------------------------------
    def add_from_file(self) -> None:
        path = FileDialogs.open_file(self, self.tr("Add a contact from a card"), CARD_FILTERS)
        if path is None:
            return
        self._add(lambda v: contact_service.add_contact(v, contact_service.read_card_file(path)))

    def add_from_text(self) -> None:
        text = PasteCardDialog.ask(self)
        if text is None:
            return
        data = text.encode("utf-8")
        self._add(lambda v: contact_service.add_contact(v, data))

    def _add(self, add: Callable[[Vault], ContactAdded]) -> None:
        self.section.session.op(
            lambda v, _s: add(v),
            on_success=lambda r: self._added(
                r.contact, r.outcome, [c.display_name for c in r.look_alikes]
            ),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _added(
        self, contact: Contact, outcome: AddOutcome, look_alikes: list[str] | None = None
    ) -> None:
        name = contact.display_name
        if look_alikes:
            # Names are labels: say so before anything else (docs/trust-contacts.md).
            self.notice.show_message("warning", look_alike_text(look_alikes))
        elif outcome is AddOutcome.NAME_KEPT:
            self.notice.show_message(
                "warning",
                fill(
                    self.tr(
                        "The card renames %1 to a name that looks like another contact's;"
                        " the name is kept."
                    ),
                    name,
                ),
            )
        elif outcome is AddOutcome.KEY_CHANGED and contact.state is ContactState.KEY_CHANGED:
            self.notice.show_message(
                "warning",
                fill(
                    self.tr(
                        "The keys of %1 changed. Nothing will be sealed to them or accepted from"
                        " them until you compare the new safety number and verify them again."
                    ),
                    name,
                ),
            )
        elif outcome is AddOutcome.UNCHANGED:
            self.notice.show_message("info", fill(self.tr("%1 is already a contact."), name))
        else:
            self.notice.show_message(
                "info",
                fill(
                    self.tr(
                        "%1 was added, not verified yet. Compare the safety number with them, then"
                        " press Verify."
                    ),
                    name,
                ),
            )
        self.section.select_after_refresh(contact.id)

    # -- verifying --------------------------------------------------------------------------
    def verify_selected(self) -> None:
        contact = self.selected()
        own = self.section.identity
        if contact is None or own is None:
            return
        typed = VerifyContactDialog.ask(
            self,
            contact.display_name,
            contact.fingerprint,
            own.fingerprint,
            key_changed=contact.state is ContactState.KEY_CHANGED,
        )
        if typed is None:
            return
        contact_id = contact.id
        self.section.session.op(
            lambda v, _s: contact_service.verify_contact(v, contact_id, fingerprint=typed or None),
            on_success=lambda r: self._verified(r.contact, [c.display_name for c in r.look_alikes]),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _verified(self, contact: Contact, look_alikes: list[str] | None = None) -> None:
        text = fill(
            self.tr("%1 is verified. You can now seal bundles to them and accept theirs."),
            contact.display_name,
        )
        if look_alikes:  # flagged at verify time too
            text += " " + look_alike_text(look_alikes)
        self.notice.show_message("warning" if look_alikes else "ok", text)
        self.section.select_after_refresh(contact.id)


class QuarantineTab(QWidget):
    def __init__(self, section: ContactsSection) -> None:
        super().__init__()
        self.setObjectName("quarantineTab")
        self.section = section
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Bundles from senders you have not verified wait here, encrypted inside the"
                    " vault. Nothing from them is in your cases until you verify the sender and"
                    " import the bundle."
                )
            )
        )
        self.model = RowsModel(
            [
                Column(
                    "received",
                    lambda: self.tr("Received"),
                    display=lambda r: local_time(r["received"]),
                ),
                Column(
                    "sender",
                    lambda: self.tr("Sender"),
                    display=lambda r: sender_text(r["sender"]),
                ),
                Column(
                    "reason",
                    lambda: self.tr("Why it waits"),
                    display=lambda r: quarantine_reason_text(r["reason"]),
                ),
                Column(
                    "profile",
                    lambda: self.tr("Profile"),
                    display=lambda r: profile_name(r["profile"]),
                ),
                Column("size", lambda: self.tr("Size"), display=lambda r: file_size(r["size"])),
                Column(
                    "fingerprint",
                    lambda: self.tr("Sender's safety number"),
                    display=lambda r: spoken(r["sender"]["fingerprint"]),
                ),
            ],
            parent=self,
        )
        self.view = make_table(
            "quarantineList", self.tr("Quarantine"), self.model, stretch_column=5
        )
        layout.addWidget(self.view, 1)
        self.details = QGroupBox(self.tr("Sender"))
        self.details.setObjectName("quarantineSender")
        details_layout = QVBoxLayout(self.details)
        self.detail_text = value_label("quarantineSenderText", self.tr("Sender"))
        details_layout.addWidget(self.detail_text)
        self.detail_safety = SafetyNumber(
            "quarantineSafetyNumber", self.tr("Sender's safety number")
        )
        details_layout.addWidget(self.detail_safety)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.import_button = button(
            self.tr("Verify sender and import..."),
            "quarantineImport",
            self.tr("Verify the sender and import the bundle"),
            "primary",
        )
        self.discard_button = button(
            self.tr("Discard..."), "quarantineDiscard", self.tr("Discard the bundle"), "danger"
        )
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quarantineProgressLabel")
        self.progress = BusyBar("quarantineProgress", self.tr("Import progress"))
        self.cancel_button = button(self.tr("Cancel"), "quarantineCancel", self.tr("Cancel"))
        self.work = Background(
            self,
            section.session,
            busy=self.progress,
            cancel=self.cancel_button,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        self.work.running_changed.connect(self._busy)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.notice = Notice("quarantineNotice")
        layout.addWidget(self.notice)
        self.import_button.clicked.connect(self.import_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda c, _p: self._show_details())
        self._show_details()

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        keep = self.selected()
        self.model.set_rows(entries)
        ids = [e["id"] for e in entries]
        if entries:
            row = ids.index(keep["id"]) if keep and keep["id"] in ids else 0
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_details()

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        entry = self.selected()
        busy = self.work.running
        self.import_button.setEnabled(entry is not None and not busy)
        self.discard_button.setEnabled(entry is not None and not busy)
        if entry is None:
            self.detail_text.setText(self.tr("No bundle is waiting."))
            self.detail_safety.set_fingerprint(None)
            return
        self.detail_text.setText(
            fill(
                self.tr(
                    "%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies,"
                    " events and attachments).",
                    "",
                    int(entry.get("entries") or 0),
                ),
                sender_text(entry["sender"]),
                quarantine_reason_text(entry["reason"]),
                local_time(entry.get("created")),
            )
        )
        self.detail_safety.set_fingerprint(entry["sender"]["fingerprint"])

    def import_selected(self) -> None:
        entry = self.selected()
        own = self.section.identity
        if entry is None or own is None or self.work.running:
            return
        quarantine_id = str(entry["id"])
        typed: str | None = ""
        if not entry.get("importable"):
            typed = VerifyContactDialog.ask(
                self,
                entry["sender"]["name"] or entry["sender"].get("card_name") or "",
                entry["sender"]["fingerprint"],
                own.fingerprint,
                key_changed=entry.get("reason") == "sender_key_changed",
            )
            if typed is None:
                return
        verify = not entry.get("importable")
        changes = Changes()
        alikes: list[str] = []

        def run(vault: Vault, state: TaskState) -> ImportResult:
            if verify:
                # The sender's own card, from the bundle: adding it gives the contact the
                # keys that signed the bundle; verifying marks those keys compared.
                card = bundle_service.quarantined_sender_card(vault, quarantine_id)
                # Matched by its signing key only: a stranger named like a contact
                # becomes a contact of its own, never new keys for that one.
                contact, _outcome = contact_service.add_contact(vault, card, changes=changes)
                verified = contact_service.verify_contact(
                    vault, contact.id, fingerprint=typed or None, changes=changes
                )
                alikes.extend(c.display_name for c in verified.look_alikes)
            return bundle_service.open_quarantined(
                vault,
                quarantine_id,
                progress=state.progress,
                is_cancelled=state.is_cancelled,
                changes=changes,
            )

        self.progress_label.setText(self.tr("Verifying and importing..."))
        # What was done before a failure (the sender added) is broadcast too.
        self.work.start(run, lambda r: self._imported(r, alikes), changes=changes)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.progress_label.setText("")
        self._show_details()

    def _imported(self, result: ImportResult, look_alikes: list[str] | None = None) -> None:
        if look_alikes:
            text = import_summary(result) + " " + look_alike_text(look_alikes)
            self.notice.show_message("warning", text)
        else:
            self.notice.show_message("ok", import_summary(result))

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)

    def _cancelled(self) -> None:
        self.notice.show_message("info", self.tr("Cancelled. Nothing was imported."))

    def cancel(self) -> None:
        self.work.cancel()

    def discard_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.work.running:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("Discard this bundle?"),
            fill(
                self.tr(
                    "The bundle from %1 is deleted from the quarantine. Nothing of it was imported,"
                    " and your cases do not change. The sender can send it again."
                ),
                sender_text(entry["sender"]),
            ),
            self.tr("Discard"),
            danger=True,
            object_name="discardConfirm",
        ):
            return
        quarantine_id = str(entry["id"])
        self.section.session.op(
            lambda v, _s: bundle_service.discard_quarantined(v, quarantine_id),
            on_success=lambda _r: self._discarded(),
            on_failure=self.notice.show_error,
            owner=self,
        )

    def _discarded(self) -> None:
        self.notice.show_message("info", self.tr("The bundle was discarded."))


class ContactsSection(QWidget):
    """Contacts, quarantine and this vault's identity. It refreshes itself from the
    session's broadcast when contacts or the quarantine changed."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("contactsSection")
        self.session = session
        self.identity: OwnIdentity | None = None
        self._select_next: str | None = None
        session.changes_applied.connect(self._apply_changes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactsTabs")
        self.tabs.setDocumentMode(True)
        self.contacts_tab = ContactsTab(self)
        self.quarantine_tab = QuarantineTab(self)
        self.identity_tab = IdentityTab(self)
        self.tabs.addTab(self.contacts_tab, self.tr("&Contacts"))
        self.tabs.addTab(self.quarantine_tab, self.tr("&Quarantine"))
        self.tabs.addTab(self.identity_tab, self.tr("My &identity"))
        layout.addWidget(self.tabs)
        self.loaded = False

    def _apply_changes(self, changes: Changes) -> None:
        """The broadcast of what an operation changed (``Session.changes_applied``)."""
        if changes.contacts or changes.quarantine:
            select, self._select_next = self._select_next, None
            self.refresh(select=select)

    def select_after_refresh(self, contact_id: str) -> None:
        """Choose this contact once the list is loaded again (after the broadcast)."""
        self._select_next = contact_id

    def refresh(self, select: str | None = None) -> None:
        def load(vault: Vault, _s: TaskState) -> tuple[Any, Any, Any, Any]:
            contacts = contact_service.list_contacts(vault)
            # Per contact: bundles that have not arrived, and contacts named alike.
            notes = {
                c.id: (
                    contact_service.missing_bundles(vault, c),
                    [o.display_name for o in contact_service.contact_look_alikes(vault, c)],
                )
                for c in contacts
            }
            return (
                contact_service.own_identity(vault),
                contacts,
                bundle_service.list_quarantine(vault),
                notes,
            )

        self.session.op(load, on_success=lambda r: self._loaded(r, select), owner=self)

    def _loaded(
        self,
        result: tuple[OwnIdentity, list[Contact], list[dict[str, Any]], dict[str, Any]],
        select: str | None,
    ) -> None:
        identity, contacts, quarantine, notes = result
        self.contacts_tab.notes = notes
        self.identity = identity
        self.identity_tab.show_identity(identity)
        self.contacts_tab.set_contacts(contacts, keep=select)
        self.quarantine_tab.set_entries(quarantine)
        self.tabs.setTabText(
            1,
            fill(self.tr("&Quarantine (%1)"), str(len(quarantine)))
            if quarantine
            else self.tr("&Quarantine"),
        )
        self.loaded = True

    def show_tab(self, key: str) -> None:
        tab = {"contacts": self.contacts_tab, "quarantine": self.quarantine_tab,
               "identity": self.identity_tab}[key]  # fmt: skip
        self.tabs.setCurrentWidget(tab)

    def clear(self) -> None:
        self.contacts_tab.model.clear()
        self.quarantine_tab.model.clear()
        self.identity = None
