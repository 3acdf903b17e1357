"""Words for the reviewer's values (docs/review.md §2, §3): review states, why a case
is in the queue, and the two axes of a grade (Admiralty code). In the kit because the
Review section and the case view both show them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.messages import fill


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("ReviewWords", text)


STATES: dict[str, Callable[[], str]] = {
    "unreviewed": _t("Not reviewed"),
    "under_review": _t("Under review"),
    "needs_follow_up": _t("Needs follow-up"),
    "verified": _t("Verified"),
    "closed": _t("Closed"),
}

REASONS: dict[str, Callable[[], str]] = {
    "conflict": _t("Edited on both sides"),
    "new": _t("Received, not reviewed yet"),
    "changed": _t("Received changes since your review"),
    "assigned_to_me": _t("Assigned to you"),
    "followup_answered": _t("Follow-up answered"),
}

# Admiralty code: how reliable the source is, and how credible the information is,
# judged apart (a reliable source can pass on a rumour).
SOURCE: dict[str, Callable[[], str]] = {
    "A": _t("completely reliable"),
    "B": _t("usually reliable"),
    "C": _t("fairly reliable"),
    "D": _t("not usually reliable"),
    "E": _t("unreliable"),
    "F": _t("reliability cannot be judged"),
}
INFO: dict[int, Callable[[], str]] = {
    1: _t("confirmed by other sources"),
    2: _t("probably true"),
    3: _t("possibly true"),
    4: _t("doubtful"),
    5: _t("improbable"),
    6: _t("truth cannot be judged"),
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
