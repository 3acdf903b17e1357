"""Words for the core's error codes, through Qt's translation system (docs/design.md §12.7).

The core raises typed errors with a code and non-sensitive params; this module is
where the GUI turns them into sentences. User data inserted into a translated sentence
is wrapped in Unicode isolation marks so right-to-left names lay out correctly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from amanat.domain.errors import AmanatError

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI


def isolate(text: object) -> str:
    """Wrap user data for insertion into a translated sentence (once: a value that is
    already one isolate is returned as it is)."""
    value = str(text)
    return value if _is_one_isolate(value) else f"{FSI}{value}{PDI}"


def _is_one_isolate(text: str) -> bool:
    """True when ``text`` is a single isolate from its first to its last character."""
    if len(text) < 2 or text[0] != FSI or text[-1] != PDI:
        return False
    depth = 0
    for position, char in enumerate(text):
        if char in _ISOLATES:
            depth += 1
        elif char == PDI:
            depth -= 1
            if depth == 0 and position != len(text) - 1:
                return False
    return depth == 0


_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object, isolated: bool = True) -> str:
    """A translated sentence with its placeholders %1..%99 filled in, in one pass.

    Each value is wrapped in isolation marks (FSI...PDI) so that a right-to-left name
    inside a left-to-right sentence, or the reverse, lays out correctly (docs/design.md
    §12.7). One pass means "%10" is the tenth value, not the first followed by "0", and a
    value that itself contains "%2" is left as it is. A placeholder without a value
    stays as written. ``isolated=False`` is only for text that is stored as data (a
    default case title), never for text shown on screen.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number > len(values):
            return match.group(0)
        text = values[number - 1]
        return isolate(text) if isolated else str(text)

    return _PLACEHOLDER.sub(value, template)


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
    # Rollback and rekey (issue 16; docs/keyslots.md, "State" and "Rekey")
    "vault.rolled_back": lambda: QCoreApplication.translate(
        "Errors",
        "The vault's database is older than its key file: it was restored from an older"
        " copy, or someone rolled it back. Changes made since (a withdrawn consent, an"
        " import) may be undone.",
    ),
    "vault.busy": lambda: QCoreApplication.translate(
        "Errors", "The vault is busy with other work. Try again when it has finished."
    ),
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
    "settings.invalid": lambda: QCoreApplication.translate(
        "Errors", "This value is not allowed for this setting. Nothing was changed."
    ),
    "settings.unknown": lambda: QCoreApplication.translate(
        "Errors", "This setting does not exist in this version of Amanat."
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
    "trust": lambda: QCoreApplication.translate("Errors", "This change is not allowed."),
    "trust.not_owner": lambda: QCoreApplication.translate(
        "Errors", "Only the vault that created this record may do this."
    ),
    "trust.not_pending": lambda: QCoreApplication.translate(
        "Errors", "That version is no longer waiting for a decision."
    ),
    "trust.foreign_seal": lambda: QCoreApplication.translate(
        "Errors",
        "That version was sealed by someone other than the testimony's interviewer. It"
        " cannot be accepted.",
    ),
    "disk_full": lambda: QCoreApplication.translate(
        "Errors", "The disk is full. Nothing was changed."
    ),
    "bundle.no_followups": lambda: QCoreApplication.translate(
        "Errors", "These cases have no follow-up questions or answers to send."
    ),
    "followup.target": lambda: QCoreApplication.translate(
        "Errors", "A question can be asked about a case, its person, an event or a testimony."
    ),
    "conflict.none": lambda: QCoreApplication.translate(
        "Errors", "This record is no longer waiting for a decision."
    ),
    "conflict.ambiguous": lambda: QCoreApplication.translate(
        "Errors", "This record has several incoming versions. Choose field by field."
    ),
    "os": lambda: QCoreApplication.translate("Errors", "The file could not be read or written."),
}

# Merging persons (docs/review.md §5).
_MESSAGES.update(
    {
        "persons": lambda: QCoreApplication.translate(
            "Errors", "These persons cannot be merged or separated."
        ),
        "persons.self_merge": lambda: QCoreApplication.translate(
            "Errors", "These are already one person. Nothing was merged."
        ),
        "persons.self_distinct": lambda: QCoreApplication.translate(
            "Errors", "A person cannot be marked as not the same as itself."
        ),
        "persons.distinct": lambda: QCoreApplication.translate(
            "Errors",
            "These persons were marked as not the same person, so they cannot be merged.",
        ),
        "persons.already_undone": lambda: QCoreApplication.translate(
            "Errors", "This merge was undone already."
        ),
        "persons.merged": lambda: QCoreApplication.translate(
            "Errors", "These are one merged person. Unmerge them first."
        ),
    }
)

# Contacts and sealed bundles (docs/bundle-format.md sections 6-7). Every refusal of a
# received bundle ends the same way: the vault did not change.
_MESSAGES.update(
    {
        "contact": lambda: QCoreApplication.translate(
            "Errors", "The contact could not be changed."
        ),
        "contact.card_malformed": lambda: QCoreApplication.translate(
            "Errors", "This file is not an Amanat identity card, or it is damaged."
        ),
        "contact.card_version": lambda: QCoreApplication.translate(
            "Errors", "This identity card was made by a newer version of Amanat. Please update."
        ),
        "contact.card_signature": lambda: QCoreApplication.translate(
            "Errors",
            "The identity card does not verify: it was altered or damaged. Ask for it again.",
        ),
        "contact.generation_signature": lambda: QCoreApplication.translate(
            "Errors",
            "The identity card's new encryption keys are not signed by its own key. "
            "It was not accepted.",
        ),
        "contact.own_card": lambda: QCoreApplication.translate(
            "Errors", "This is your own identity card."
        ),
        "contact.ambiguous": lambda: QCoreApplication.translate(
            "Errors", "Several contacts have this name."
        ),
        "contact.fingerprint_mismatch": lambda: QCoreApplication.translate(
            "Errors",
            "The digits you typed are NOT this contact's safety number. Do not verify it:"
            " someone may be impersonating them.",
        ),
        "contact.bad_name": lambda: QCoreApplication.translate(
            "Errors",
            "The name on this card holds invisible characters or characters that change how"
            " text is shown (such as right-to-left overrides or zero-width spaces). It was"
            " refused: a name must look like what it is.",
        ),
        "invalid.original_kept": lambda: QCoreApplication.translate(
            "Errors", "An evidentiary original is never removed; only a working copy can be."
        ),
        "invalid.control_characters": lambda: QCoreApplication.translate(
            "Errors",
            "The text holds control characters (such as terminal escape sequences). It was"
            " refused; nothing was changed.",
        ),
        "bundle.no_post_quantum": lambda: QCoreApplication.translate(
            "Errors",
            "A recipient has no post-quantum key: the bundle would be protected by X25519"
            " only, for everyone. Choose X25519 only explicitly, or seal to them separately.",
        ),
        "contact.output_exists": lambda: QCoreApplication.translate(
            "Errors", "A file with this name already exists. Choose another name."
        ),
        "bundle": lambda: QCoreApplication.translate(
            "Errors", "The bundle could not be opened. Your vault was not changed."
        ),
        "bundle.not_age": lambda: QCoreApplication.translate(
            "Errors", "This file is not a sealed bundle. Your vault was not changed."
        ),
        "bundle.damaged": lambda: QCoreApplication.translate(
            "Errors",
            "The bundle is damaged or was altered after it was sealed. Nothing was imported;"
            " your vault was not changed. Ask the sender to send it again.",
        ),
        "bundle.passphrase_stanza": lambda: QCoreApplication.translate(
            "Errors",
            "This file is encrypted with a passphrase, not sealed to contacts. It was refused;"
            " your vault was not changed.",
        ),
        "bundle.recipient_types": lambda: QCoreApplication.translate(
            "Errors",
            "This file mixes kinds of keys that sealed bundles never use. It was refused;"
            " your vault was not changed.",
        ),
        "bundle.no_live_key": lambda: QCoreApplication.translate(
            "Errors",
            "No key this vault holds now opens this bundle: it was sealed to keys "
            "destroyed after a rotation, or to another vault. Ask the sender to seal it "
            "again.",
        ),
        "bundle.not_for_us": lambda: QCoreApplication.translate(
            "Errors",
            "This bundle was not sealed to this vault, so it cannot be opened here. Your vault"
            " was not changed.",
        ),
        "bundle.not_a_bundle": lambda: QCoreApplication.translate(
            "Errors", "The file opens, but it is not an Amanat bundle. Your vault was not changed."
        ),
        "bundle.version": lambda: QCoreApplication.translate(
            "Errors",
            "This bundle was made by a newer version of Amanat. Please update Amanat; your"
            " vault was not changed.",
        ),
        "bundle.limit": lambda: QCoreApplication.translate(
            "Errors", "The bundle exceeds a size limit and was refused. Your vault was not changed."
        ),
        "bundle.malformed": lambda: QCoreApplication.translate(
            "Errors", "The bundle is malformed and was refused. Your vault was not changed."
        ),
        "bundle.truncated": lambda: QCoreApplication.translate(
            "Errors",
            "The bundle ends too early: it was cut short in transit. Your vault was not"
            " changed. Ask the sender to send it again.",
        ),
        "bundle.sender_card": lambda: QCoreApplication.translate(
            "Errors",
            "The sender's identity card inside the bundle is invalid. It was refused; your"
            " vault was not changed.",
        ),
        "bundle.not_a_recipient": lambda: QCoreApplication.translate(
            "Errors",
            "The sender did not seal this bundle for you: someone re-encrypted it to you. It"
            " was refused; your vault was not changed.",
        ),
        "bundle.recipients": lambda: QCoreApplication.translate(
            "Errors",
            "The bundle's recipients differ from those the sender signed. It was refused;"
            " your vault was not changed.",
        ),
        "bundle.replayed": lambda: QCoreApplication.translate(
            "Errors", "This bundle was already imported. Nothing changed."
        ),
        "bundle.sequence_old": lambda: QCoreApplication.translate(
            "Errors",
            "This bundle is older than one already imported from the same sender. It was"
            " refused; your vault was not changed.",
        ),
        "bundle.entry_mismatch": lambda: QCoreApplication.translate(
            "Errors",
            "The bundle's contents do not match what the sender listed: it was altered. It"
            " was refused; your vault was not changed.",
        ),
        "bundle.entry_hash": lambda: QCoreApplication.translate(
            "Errors",
            "A part of the bundle does not match its recorded fingerprint: it was altered. It"
            " was refused; your vault was not changed.",
        ),
        "bundle.record": lambda: QCoreApplication.translate(
            "Errors",
            "A record in the bundle is invalid. The bundle was refused; your vault was not"
            " changed.",
        ),
        "bundle.revision_signature": lambda: QCoreApplication.translate(
            "Errors",
            "A change in the bundle is not signed by the person it names as its author: it"
            " was altered or written under someone else's name. The bundle was refused; your"
            " vault was not changed.",
        ),
        "bundle.quarantine_full": lambda: QCoreApplication.translate(
            "Errors",
            "The quarantine is full. Discard bundles waiting there, or verify their"
            " senders and import them, then open this bundle again. It was left where it"
            " is; nothing changed.",
        ),
        "export.output_exists": lambda: QCoreApplication.translate(
            "Errors",
            "A file with that name already exists there. Nothing was written: choose"
            " another name, or confirm that you want to replace it.",
        ),
        "export.temp_folder": lambda: QCoreApplication.translate(
            "Errors",
            "That folder is a temporary folder, which other programs read and clean up."
            " Nothing was written: choose a folder of your own.",
        ),
        "vault.passphrase_too_short": lambda: QCoreApplication.translate(
            "Errors",
            "The passphrase is too short: use at least 12 characters, best several words.",
        ),
        "vault.kdf_too_weak": lambda: QCoreApplication.translate(
            "Errors",
            "These key settings are too weak for a new passphrase. Nothing was changed.",
        ),
        "bundle.relay_signature": lambda: QCoreApplication.translate(
            "Errors",
            "A change received from another vault does not carry a valid signature of its"
            " author, so it cannot be passed on. Nothing was sealed.",
        ),
        "bundle.unknown_author": lambda: QCoreApplication.translate(
            "Errors",
            "A change in the bundle names an author who is not one of your contacts. The"
            " bundle was refused; your vault was not changed.",
        ),
        "bundle.unsigned_author": lambda: QCoreApplication.translate(
            "Errors",
            "An unsigned change in the bundle names someone other than the sender as its"
            " author, which cannot be proven. The bundle was refused; your vault was not"
            " changed.",
        ),
        "bundle.unknown_field": lambda: QCoreApplication.translate(
            "Errors",
            "A record in the bundle has a field this version of Amanat does not know. The"
            " bundle was refused; your vault was not changed.",
        ),
        "bundle.references": lambda: QCoreApplication.translate(
            "Errors",
            "The bundle refers to records that neither it nor this vault holds. It was"
            " refused; your vault was not changed.",
        ),
        "bundle.signature": lambda: QCoreApplication.translate(
            "Errors",
            "The sender's signature does not verify: the bundle was altered or re-encrypted"
            " by someone else. It was refused; your vault was not changed.",
        ),
        "bundle.trailing_data": lambda: QCoreApplication.translate(
            "Errors",
            "Extra data follows the sender's signature. The bundle was refused; your vault"
            " was not changed.",
        ),
        "bundle.quarantined": lambda: QCoreApplication.translate(
            "Errors",
            "The sender is not a verified contact, so nothing was imported. The bundle waits"
            " in Contacts > Quarantine until you verify the sender.",
        ),
        "bundle.own_bundle": lambda: QCoreApplication.translate(
            "Errors", "This bundle was sealed by this vault. Nothing was imported."
        ),
        "bundle.no_recipients": lambda: QCoreApplication.translate(
            "Errors", "Choose at least one verified contact."
        ),
        "bundle.duplicate_recipient": lambda: QCoreApplication.translate(
            "Errors", "The same contact is chosen twice."
        ),
        "bundle.recipient_unverified": lambda: QCoreApplication.translate(
            "Errors",
            "A chosen contact is not verified yet. Compare their safety number and verify"
            " them first.",
        ),
        "bundle.recipient_key_changed": lambda: QCoreApplication.translate(
            "Errors",
            "The keys of a chosen contact changed. Compare their new safety number and verify"
            " them again before sealing to them.",
        ),
        "bundle.choose_cases": lambda: QCoreApplication.translate(
            "Errors", "Choose the cases to seal."
        ),
        "bundle.nothing_to_send": lambda: QCoreApplication.translate(
            "Errors",
            "Nothing is left to send: the chosen profile leaves out every chosen case (they"
            " are restricted). Choose the full profile or other cases.",
        ),
        "bundle.unknown_profile": lambda: QCoreApplication.translate(
            "Errors", "Unknown redaction profile."
        ),
        "bundle.output_exists": lambda: QCoreApplication.translate(
            "Errors", "A file with this name already exists. Choose another name."
        ),
        "bundle.source_changed": lambda: QCoreApplication.translate(
            "Errors", "The vault changed while sealing. Nothing was written; please try again."
        ),
        "bundle.internal": lambda: QCoreApplication.translate(
            "Errors", "An internal error stopped the bundle."
        ),
    }
)


# The inbox (services.inbox, docs/review.md §1).
_MESSAGES.update(
    {
        "inbox.growing": lambda: QCoreApplication.translate(
            "Errors",
            "Waiting for the file to finish copying: it changed while it was read. It will"
            " be tried again; nothing was imported.",
        ),
        "inbox.empty": lambda: QCoreApplication.translate(
            "Errors",
            "Waiting for the file to finish copying: it is still empty. It will be tried"
            " again; nothing was imported.",
        ),
        "inbox.unreadable": lambda: QCoreApplication.translate(
            "Errors",
            "The file could not be read (check its permissions, or that the drive is still"
            " there). Your vault was not changed.",
        ),
        "inbox.no_folder": lambda: QCoreApplication.translate(
            "Errors", "The inbox folder does not exist (or is not a folder). Choose another."
        ),
    }
)

# The words for the parts of a field path ("person.identifiers[0].value"): an error
# names the field as a person reads the form, never the internal path.
_FIELD_NOUNS: dict[str, Callable[[], str]] = {
    "person": lambda: QCoreApplication.translate("Fields", "person of concern"),
    "persons": lambda: QCoreApplication.translate("Fields", "person"),
    "names": lambda: QCoreApplication.translate("Fields", "name"),
    "text": lambda: QCoreApplication.translate("Fields", "text"),
    "script": lambda: QCoreApplication.translate("Fields", "script"),
    "identifiers": lambda: QCoreApplication.translate("Fields", "identifier"),
    "scheme": lambda: QCoreApplication.translate("Fields", "kind"),
    "value": lambda: QCoreApplication.translate("Fields", "value"),
    "birth_date": lambda: QCoreApplication.translate("Fields", "date of birth"),
    "hometown": lambda: QCoreApplication.translate("Fields", "hometown"),
    "status": lambda: QCoreApplication.translate("Fields", "status"),
    "date": lambda: QCoreApplication.translate("Fields", "date"),
    "title": lambda: QCoreApplication.translate("Fields", "title"),
    "summary": lambda: QCoreApplication.translate("Fields", "summary"),
    "reference": lambda: QCoreApplication.translate("Fields", "reference"),
    "assignee": lambda: QCoreApplication.translate("Fields", "assignee"),
    "events": lambda: QCoreApplication.translate("Fields", "event"),
    "place": lambda: QCoreApplication.translate("Fields", "place"),
    "stated_reason": lambda: QCoreApplication.translate("Fields", "stated reason"),
    "description": lambda: QCoreApplication.translate("Fields", "description"),
    "testimonies": lambda: QCoreApplication.translate("Fields", "testimony"),
    "narrative": lambda: QCoreApplication.translate("Fields", "narrative"),
    "speaker": lambda: QCoreApplication.translate("Fields", "speaker"),
    "interviewers": lambda: QCoreApplication.translate("Fields", "interviewer"),
    "interpreter": lambda: QCoreApplication.translate("Fields", "interpreter"),
    "consent": lambda: QCoreApplication.translate("Fields", "consent"),
    "uses": lambda: QCoreApplication.translate("Fields", "permitted use"),
    "language": lambda: QCoreApplication.translate("Fields", "language"),
    "sex": lambda: QCoreApplication.translate("Fields", "sex"),
    "ethnicity": lambda: QCoreApplication.translate("Fields", "ethnicity"),
}

_ORDINALS: tuple[Callable[[], str], ...] = (
    lambda: QCoreApplication.translate("Fields", "first"),
    lambda: QCoreApplication.translate("Fields", "second"),
    lambda: QCoreApplication.translate("Fields", "third"),
    lambda: QCoreApplication.translate("Fields", "fourth"),
    lambda: QCoreApplication.translate("Fields", "fifth"),
)

_PATH_PART = re.compile(r"^([A-Za-z_]+)(?:\[(\d+)\])?$")


def _noun(key: str) -> str:
    make = _FIELD_NOUNS.get(key)
    return make() if make else key.replace("_", " ")


def field_words(path: str) -> str:
    """ "person.identifiers[0].value" -> "the first identifier's value"; "title" -> "the
    title"; a path of no known shape -> "one of the fields" (never the path itself).
    Its parts are the app's own words, never case content: they are joined without
    isolation marks (the sentence that quotes the whole is isolated by ``fill``)."""
    parts = []
    for piece in path.split("."):
        match = _PATH_PART.match(piece)
        if match is None:
            return QCoreApplication.translate("Fields", "one of the fields")
        parts.append((match.group(1), None if match.group(2) is None else int(match.group(2))))
    if len(parts) > 1 and parts[0][0] == "person" and parts[0][1] is None:
        parts = parts[1:]  # the form's fields are the person's unless they say otherwise
    # The innermost numbered thing ("the first identifier") and what of it is wrong.
    owner = max((i for i, (_k, n) in enumerate(parts) if n is not None), default=None)
    leaf_key = parts[-1][0]
    if owner is None:
        return fill(QCoreApplication.translate("Fields", "the %1"), _noun(leaf_key), isolated=False)
    key, found = parts[owner]
    number = found or 0  # ``owner`` is the index of a numbered part
    if number >= len(_ORDINALS):  # "testimony number 13's narrative"
        thing = fill(
            QCoreApplication.translate("Fields", "%1 number %2"),
            _noun(key),
            str(number + 1),
            isolated=False,
        )
    else:
        thing = fill(
            QCoreApplication.translate("Fields", "the %1 %2"),
            _ORDINALS[number](),
            _noun(key),
            isolated=False,
        )
    if owner == len(parts) - 1:
        return thing
    return fill(
        QCoreApplication.translate("Fields", "%1's %2"), thing, _noun(leaf_key), isolated=False
    )


def describe_error(error: BaseException) -> str:
    """A sentence for any error, never quoting case content."""
    if isinstance(error, AmanatError):
        make = _MESSAGES.get(error.code) or _MESSAGES.get(error.code.split(".", 1)[0])
        if make is None:
            make = _MESSAGES["error"]
        text = make()
        field = error.params.get("field")
        if error.code.startswith("invalid") and field:
            text += " " + fill(
                QCoreApplication.translate("Errors", "Check %1."), field_words(str(field))
            )
        return text
    if isinstance(error, OSError):
        return _MESSAGES["os"]()
    return _MESSAGES["error"]()
