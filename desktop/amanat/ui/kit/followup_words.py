"""Words for follow-up questions, shared by the Review section's Follow-ups tab and the
case view's (docs/review.md §6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill


def about_words(q: dict[str, Any]) -> str:
    kind = {
        "case": QCoreApplication.translate("FollowupsPanel", "The case"),
        "person": QCoreApplication.translate("FollowupsPanel", "The person"),
        "event": QCoreApplication.translate("FollowupsPanel", "An event"),
        "testimony": QCoreApplication.translate("FollowupsPanel", "A testimony"),
    }.get(str(q["target_kind"]), str(q["target_kind"]))
    return (
        fill(QCoreApplication.translate("FollowupsPanel", "%1, field %2"), kind, q["field"])
        if q.get("field")
        else kind
    )


def state_words(state: str) -> str:
    return (
        QCoreApplication.translate("FollowupsPanel", "Answered")
        if state == "answered"
        else QCoreApplication.translate("FollowupsPanel", "Open")
    )


def answer_text(a: dict[str, Any]) -> str:
    who = a.get("answered_by") or QCoreApplication.translate("FollowupsPanel", "an unknown vault")
    when = str(a["created"])[:16].replace("T", " ")
    what = a.get("text") or {
        "correction": QCoreApplication.translate("FollowupsPanel", "(answered by a correction)"),
        "testimony": QCoreApplication.translate("FollowupsPanel", "(answered by a new testimony)"),
    }.get(str(a["kind"]), "")
    return fill(QCoreApplication.translate("FollowupsPanel", "%1, %2: %3"), who, when, what)


def followup_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **q,
            "case_words": q.get("case_title") or "",
            "about": about_words(q),
            "who": q.get("asked_by")
            or QCoreApplication.translate("FollowupsPanel", "an unknown vault"),
            "when": str(q["created"])[:16].replace("T", " "),
            "state_words": state_words(str(q["state"])),
        }
        for q in found
    ]


def followup_columns(with_case: bool) -> list[Column]:
    columns = [
        Column("about", lambda: QCoreApplication.translate("FollowupsPanel", "About")),
        Column("text", lambda: QCoreApplication.translate("FollowupsPanel", "Question")),
        Column("who", lambda: QCoreApplication.translate("FollowupsPanel", "Asked by")),
        Column("when", lambda: QCoreApplication.translate("FollowupsPanel", "When")),
        Column("state_words", lambda: QCoreApplication.translate("FollowupsPanel", "State")),
    ]
    if with_case:
        columns.insert(
            0, Column("case_words", lambda: QCoreApplication.translate("FollowupsPanel", "Case"))
        )
    return columns
