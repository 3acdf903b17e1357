"""Words for the core's error codes, through Qt's translation system (STYLE.md 7).

The core raises typed errors with a code and non-sensitive params; this module is
where the GUI turns them into sentences. User data inserted into a translated sentence
is wrapped in Unicode isolation marks so right-to-left names lay out correctly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from amanat.domain.errors import AmanatError

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


def isolate(text: object) -> str:
    """Wrap user data for insertion into a translated sentence."""
    return f"{FSI}{text}{PDI}"


def in_layout_direction(text: object) -> str:
    """User data shown on its own (a field value): isolated, after a mark of the
    interface's direction, so the line aligns like its neighbours whatever the script
    of the value (a Uyghur name in an English form, an English word in a Uyghur one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + isolate(text)


# Lambdas so that lupdate sees each literal inside a translate() call and the sentence
# is looked up in the language active when the error is shown.
_MESSAGES: dict[str, Callable[[], str]] = {
    "error": lambda: QCoreApplication.translate("Errors", "An unexpected error occurred."),
    "vault.wrong_passphrase": lambda: QCoreApplication.translate(
        "Errors",
        "This passphrase does not open the vault. Check the keyboard layout and Caps Lock,"
        " then try again.",
    ),
    "vault.wrong_recovery_code": lambda: QCoreApplication.translate(
        "Errors", "This recovery code does not open the vault. Check each word and try again."
    ),
    "vault.corrupt": lambda: QCoreApplication.translate(
        "Errors", "The vault is damaged or is not an Amanat vault."
    ),
    "vault.not_found": lambda: QCoreApplication.translate(
        "Errors", "There is no vault in this folder."
    ),
    "vault.exists": lambda: QCoreApplication.translate(
        "Errors", "A vault with this name already exists."
    ),
    "vault.in_use": lambda: QCoreApplication.translate(
        "Errors", "The vault is open in another Amanat window or process. Close it there first."
    ),
    "vault.locked": lambda: QCoreApplication.translate("Errors", "The vault is locked."),
    "vault.unsafe_kdf": lambda: QCoreApplication.translate(
        "Errors",
        "The vault's key file asks for unsafe settings and was refused. It may have been"
        " tampered with.",
    ),
    "vault.schema_too_new": lambda: QCoreApplication.translate(
        "Errors", "This vault was written by a newer version of Amanat. Please update Amanat."
    ),
    "vault.empty_passphrase": lambda: QCoreApplication.translate(
        "Errors", "The passphrase must not be empty."
    ),
    "vault.passphrase_mismatch": lambda: QCoreApplication.translate(
        "Errors", "The two passphrases differ."
    ),
    "vault.wipe_incomplete": lambda: QCoreApplication.translate(
        "Errors", "The keys were destroyed, but some files could not be removed."
    ),
    "invalid": lambda: QCoreApplication.translate(
        "Errors", "Some of the information is not valid. Please check the form."
    ),
    "not_found": lambda: QCoreApplication.translate("Errors", "This record no longer exists."),
    "immutable": lambda: QCoreApplication.translate(
        "Errors", "This record is sealed and cannot be changed. Record a correction instead."
    ),
    "integrity": lambda: QCoreApplication.translate(
        "Errors", "An integrity check failed: the stored data does not match its fingerprint."
    ),
    "crypto": lambda: QCoreApplication.translate("Errors", "A cryptographic check failed."),
    "cancelled": lambda: QCoreApplication.translate("Errors", "Cancelled."),
    "disk_full": lambda: QCoreApplication.translate(
        "Errors", "The disk is full. Nothing was changed."
    ),
    "os": lambda: QCoreApplication.translate("Errors", "The file could not be read or written."),
}


def describe_error(error: BaseException) -> str:
    """A sentence for any error, never quoting case content."""
    if isinstance(error, AmanatError):
        make = _MESSAGES.get(error.code) or _MESSAGES.get(error.code.split(".", 1)[0])
        if make is None:
            make = _MESSAGES["error"]
        text = make()
        field = error.params.get("field")
        if error.code.startswith("invalid") and field:
            text += " " + QCoreApplication.translate("Errors", "Field: %1").replace(
                "%1", isolate(field)
            )
        return text
    if isinstance(error, OSError):
        return _MESSAGES["os"]()
    return _MESSAGES["error"]()
