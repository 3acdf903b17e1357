"""Words for the reviewer's values (docs/review.md §2, §3): review states, why a case
is in the queue, and the two axes of a grade (Admiralty code). In the kit because the
Review section and the case view both show them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.messages import fill

STATES: dict[str, Callable[[], str]] = {
    "unreviewed": lambda: QCoreApplication.translate("ReviewWords", "Not reviewed"),
    "under_review": lambda: QCoreApplication.translate("ReviewWords", "Under review"),
    "needs_follow_up": lambda: QCoreApplication.translate("ReviewWords", "Needs follow-up"),
    "verified": lambda: QCoreApplication.translate("ReviewWords", "Verified"),
    "closed": lambda: QCoreApplication.translate("ReviewWords", "Closed"),
}

REASONS: dict[str, Callable[[], str]] = {
    "conflict": lambda: QCoreApplication.translate("ReviewWords", "Edited on both sides"),
    "new": lambda: QCoreApplication.translate("ReviewWords", "Received, not reviewed yet"),
    "changed": lambda: QCoreApplication.translate(
        "ReviewWords", "Received changes since your review"
    ),
    "assigned_to_me": lambda: QCoreApplication.translate("ReviewWords", "Assigned to you"),
    "followup_answered": lambda: QCoreApplication.translate("ReviewWords", "Follow-up answered"),
}

# Admiralty code: how reliable the source is, and how credible the information is,
# judged apart (a reliable source can pass on a rumour).
SOURCE: dict[str, Callable[[], str]] = {
    "A": lambda: QCoreApplication.translate("ReviewWords", "completely reliable"),
    "B": lambda: QCoreApplication.translate("ReviewWords", "usually reliable"),
    "C": lambda: QCoreApplication.translate("ReviewWords", "fairly reliable"),
    "D": lambda: QCoreApplication.translate("ReviewWords", "not usually reliable"),
    "E": lambda: QCoreApplication.translate("ReviewWords", "unreliable"),
    "F": lambda: QCoreApplication.translate("ReviewWords", "reliability cannot be judged"),
}
INFO: dict[int, Callable[[], str]] = {
    1: lambda: QCoreApplication.translate("ReviewWords", "confirmed by other sources"),
    2: lambda: QCoreApplication.translate("ReviewWords", "probably true"),
    3: lambda: QCoreApplication.translate("ReviewWords", "possibly true"),
    4: lambda: QCoreApplication.translate("ReviewWords", "doubtful"),
    5: lambda: QCoreApplication.translate("ReviewWords", "improbable"),
    6: lambda: QCoreApplication.translate("ReviewWords", "truth cannot be judged"),
}


def choice_text(code: object, meaning: str) -> str:
    """ "B: usually reliable", for a list of choices."""
    return fill(QCoreApplication.translate("ReviewWords", "%1: %2"), str(code), meaning)


def state_text(code: str | None) -> str:
    words = STATES.get(code or "unreviewed")
    return words() if words else str(code)


def reason_text(code: str) -> str:
    words = REASONS.get(code)
    return words() if words else code


def reasons_text(codes: list[str] | None) -> str:
    return "; ".join(reason_text(c) for c in codes or [])


def grade_text(source: str, info: int) -> str:
    """ "B2 (usually reliable; probably true)"."""
    s = SOURCE.get(source)
    i = INFO.get(info)
    if s is None or i is None:
        return f"{source}{info}"
    return fill(
        QCoreApplication.translate("ReviewWords", "%1%2 (%3; %4)"), source, str(info), s(), i()
    )
