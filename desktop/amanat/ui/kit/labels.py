"""Words for codes: statuses, modes, consent uses, vocabularies, record kinds.

Closed sets (enums of the domain) are translated here through Qt; open vocabularies
(event types, relations, ethnicities...) carry their own labels per locale in
``amanat.domain.vocab``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from amanat.domain import vocab
from amanat.ui.kit.messages import fill

_CLOSED: dict[str, dict[str, Callable[[], str]]] = {
    "case_status": {
        "open": lambda: QCoreApplication.translate("Labels", "Open"),
        "under_review": lambda: QCoreApplication.translate("Labels", "Under review"),
        "verified": lambda: QCoreApplication.translate("Labels", "Verified"),
        "closed": lambda: QCoreApplication.translate("Labels", "Closed"),
    },
    "person_status": {
        "detained": lambda: QCoreApplication.translate("Labels", "Detained"),
        "sentenced": lambda: QCoreApplication.translate("Labels", "Sentenced"),
        "released": lambda: QCoreApplication.translate("Labels", "Released"),
        "missing": lambda: QCoreApplication.translate("Labels", "Missing"),
        "dead": lambda: QCoreApplication.translate("Labels", "Dead"),
        "exiled": lambda: QCoreApplication.translate("Labels", "Exiled"),
        "unknown": lambda: QCoreApplication.translate("Labels", "Unknown"),
    },
    "sex": {
        "male": lambda: QCoreApplication.translate("Labels", "Male"),
        "female": lambda: QCoreApplication.translate("Labels", "Female"),
        "unknown": lambda: QCoreApplication.translate("Labels", "Unknown"),
    },
    "mode": {
        "in_person": lambda: QCoreApplication.translate("Labels", "In person"),
        "phone": lambda: QCoreApplication.translate("Labels", "Phone"),
        "video": lambda: QCoreApplication.translate("Labels", "Video call"),
    },
    "consent_use": {
        "internal": lambda: QCoreApplication.translate("Labels", "Internal use"),
        "un_submission": lambda: QCoreApplication.translate(
            "Labels", "Submission to the UN or governments"
        ),
        "legal": lambda: QCoreApplication.translate("Labels", "Legal proceedings"),
        "public": lambda: QCoreApplication.translate("Labels", "Public reports and media"),
    },
    "sensitivity": {
        "public": lambda: QCoreApplication.translate("Labels", "Public"),
        "internal": lambda: QCoreApplication.translate("Labels", "Internal"),
        "confidential": lambda: QCoreApplication.translate("Labels", "Confidential"),
        "restricted": lambda: QCoreApplication.translate("Labels", "Restricted"),
    },
    "name_type": {
        "preferred": lambda: QCoreApplication.translate("Labels", "Preferred"),
        "alias": lambda: QCoreApplication.translate("Labels", "Alias"),
        "id_document": lambda: QCoreApplication.translate("Labels", "As on ID document"),
        "as_given": lambda: QCoreApplication.translate("Labels", "As given by the witness"),
    },
    "identifier_scheme": {
        "prc_resident_id": lambda: QCoreApplication.translate("Labels", "PRC resident ID"),
        "passport": lambda: QCoreApplication.translate("Labels", "Passport"),
        "external_db": lambda: QCoreApplication.translate("Labels", "External database entry"),
        "org_case_number": lambda: QCoreApplication.translate("Labels", "Our case number"),
    },
    "attachment_role": {
        "evidentiary_original": lambda: QCoreApplication.translate(
            "Labels", "Evidentiary original"
        ),
        "working_copy": lambda: QCoreApplication.translate("Labels", "Working copy"),
    },
    "record_kind": {
        "person": lambda: QCoreApplication.translate("Labels", "Person"),
        "place": lambda: QCoreApplication.translate("Labels", "Place"),
        "relationship": lambda: QCoreApplication.translate("Labels", "Relationship"),
        "case": lambda: QCoreApplication.translate("Labels", "Case"),
        "event": lambda: QCoreApplication.translate("Labels", "Event"),
        "testimony": lambda: QCoreApplication.translate("Labels", "Testimony"),
        "attachment": lambda: QCoreApplication.translate("Labels", "Attachment"),
        "annotation": lambda: QCoreApplication.translate("Labels", "Annotation"),
        "withdrawal": lambda: QCoreApplication.translate("Labels", "Consent withdrawal"),
        "person_merge": lambda: QCoreApplication.translate("Labels", "Person merge"),
        "person_distinct": lambda: QCoreApplication.translate("Labels", "Not the same person"),
    },
    "custody_action": {
        "created": lambda: QCoreApplication.translate("Labels", "Created"),
        "edited": lambda: QCoreApplication.translate("Labels", "Edited"),
        "sealed": lambda: QCoreApplication.translate("Labels", "Sealed"),
        "attached": lambda: QCoreApplication.translate("Labels", "File attached"),
        "exported": lambda: QCoreApplication.translate("Labels", "Exported"),
        "imported": lambda: QCoreApplication.translate("Labels", "Imported"),
        "merged": lambda: QCoreApplication.translate("Labels", "Merged"),
        "redacted": lambda: QCoreApplication.translate("Labels", "Redacted"),
        "deleted": lambda: QCoreApplication.translate("Labels", "Deleted"),
    },
    "testimony_state": {
        "draft": lambda: QCoreApplication.translate("Labels", "Draft"),
        "sealed": lambda: QCoreApplication.translate("Labels", "Sealed"),
    },
    "script": {
        "kk-Cyrl": lambda: QCoreApplication.translate("Labels", "Kazakh (Cyrillic)"),
        "kk-Latn": lambda: QCoreApplication.translate("Labels", "Kazakh (Latin)"),
        "kk-Arab": lambda: QCoreApplication.translate("Labels", "Kazakh (Arabic script)"),
        "ug-Arab": lambda: QCoreApplication.translate("Labels", "Uyghur (Arabic script)"),
        "ug-Latn": lambda: QCoreApplication.translate("Labels", "Uyghur (Latin)"),
        "ug-Cyrl": lambda: QCoreApplication.translate("Labels", "Uyghur (Cyrillic)"),
        "zh-Hans": lambda: QCoreApplication.translate("Labels", "Chinese (simplified)"),
        "zh-Hant": lambda: QCoreApplication.translate("Labels", "Chinese (traditional)"),
        "zh-Latn": lambda: QCoreApplication.translate("Labels", "Chinese (pinyin)"),
        "ru-Cyrl": lambda: QCoreApplication.translate("Labels", "Russian"),
        "en-Latn": lambda: QCoreApplication.translate("Labels", "English"),
        "ky-Cyrl": lambda: QCoreApplication.translate("Labels", "Kyrgyz (Cyrillic)"),
        "uz-Latn": lambda: QCoreApplication.translate("Labels", "Uzbek (Latin)"),
        "uz-Cyrl": lambda: QCoreApplication.translate("Labels", "Uzbek (Cyrillic)"),
        "und-Latn": lambda: QCoreApplication.translate("Labels", "Latin script"),
        "und-Cyrl": lambda: QCoreApplication.translate("Labels", "Cyrillic script"),
        "und-Arab": lambda: QCoreApplication.translate("Labels", "Arabic script"),
        "und-Hans": lambda: QCoreApplication.translate("Labels", "Chinese characters"),
    },
    "language": {
        "kk": lambda: QCoreApplication.translate("Labels", "Kazakh"),
        "ug": lambda: QCoreApplication.translate("Labels", "Uyghur"),
        "ru": lambda: QCoreApplication.translate("Labels", "Russian"),
        "zh": lambda: QCoreApplication.translate("Labels", "Chinese"),
        "ky": lambda: QCoreApplication.translate("Labels", "Kyrgyz"),
        "uz": lambda: QCoreApplication.translate("Labels", "Uzbek"),
        "en": lambda: QCoreApplication.translate("Labels", "English"),
        "tr": lambda: QCoreApplication.translate("Labels", "Turkish"),
    },
}


def codes(kind: str) -> list[str]:
    return list(_CLOSED[kind])


def label(kind: str, code: str | None) -> str:
    """A closed-set label, or a vocabulary label; the code itself if unknown."""
    if code is None:
        return ""
    if kind in _CLOSED:
        make = _CLOSED[kind].get(code)
        return make() if make else code
    if vocab.is_code(kind, code):
        return vocab.label(kind, code, vocab_locale())
    return code


def vocab_locale() -> str:
    name = QLocale().name()[:2]
    return name if name in vocab.LOCALES else "en"


def vocab_choices(scheme: str) -> list[tuple[str, str]]:
    """(code, label) of a vocabulary, children indented under their parents."""
    out: list[tuple[str, str]] = []
    locale = vocab_locale()
    for code in vocab.codes(scheme):
        depth = len(vocab.ancestors(scheme, code)) - 1
        out.append((code, "    " * max(0, depth) + vocab.label(scheme, code, locale)))
    return out


def preferred_scripts() -> tuple[str, ...]:
    """Scripts to prefer for place labels in the interface language."""
    lang = QLocale().name()[:2]
    return {
        "kk": ("kk-Cyrl", "ru-Cyrl", "en-Latn"),
        "ru": ("ru-Cyrl", "kk-Cyrl", "en-Latn"),
        "ug": ("ug-Arab", "ug-Latn", "en-Latn"),
        "zh": ("zh-Hans", "en-Latn"),
    }.get(lang, ("en-Latn",))


def duplicate_reason(code: str, detail: str) -> str:
    """A sentence for one reason (or conflict) of a duplicate-person candidate."""
    if code == "name":
        # The score cannot tell identical names from one name written in two scripts:
        # the words claim neither.
        if detail in {"1", "1.0", "1.00"}:
            return QCoreApplication.translate("Labels", "Names match")
        return fill(QCoreApplication.translate("Labels", "Names are similar (%1)"), detail)
    if code == "identifier":
        return fill(
            QCoreApplication.translate("Labels", "Same identifier: %1"),
            label("identifier_scheme", detail),
        )
    if code == "birth_year":
        if detail == "same":
            return QCoreApplication.translate("Labels", "Same year of birth")
        if detail.startswith("within"):
            return fill(QCoreApplication.translate("Labels", "Years of birth close (%1)"), detail)
        return fill(QCoreApplication.translate("Labels", "Years of birth differ (%1)"), detail)
    if code == "hometown":
        return QCoreApplication.translate("Labels", "Same hometown")
    if code == "sex":
        return QCoreApplication.translate("Labels", "Recorded sex differs")
    return f"{code}: {detail}"
