"""Words for follow-up questions, shared by the Review section's Follow-ups tab and the
case view's (docs/review.md §6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.lazy_model import Column
from amanat.ui.kit.messages import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowupsPanel", text)


def about_words(q: dict[str, Any]) -> str:
    kind = {
        "case": _t("The case"),
        "person": _t("The person"),
        "event": _t("An event"),
        "testimony": _t("A testimony"),
    }.get(str(q["target_kind"]), str(q["target_kind"]))
    return fill(_t("%1, field %2"), kind, q["field"]) if q.get("field") else kind


def state_words(state: str) -> str:
    return _t("Answered") if state == "answered" else _t("Open")


def answer_text(a: dict[str, Any]) -> str:
    who = a.get("answered_by") or _t("an unknown vault")
    when = str(a["created"])[:16].replace("T", " ")
    what = a.get("text") or {
        "correction": _t("(answered by a correction)"),
        "testimony": _t("(answered by a new testimony)"),
    }.get(str(a["kind"]), "")
    return fill(_t("%1, %2: %3"), who, when, what)


def followup_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **q,
            "case_words": q.get("case_title") or "",
            "about": about_words(q),
            "who": q.get("asked_by") or _t("an unknown vault"),
            "when": str(q["created"])[:16].replace("T", " "),
            "state_words": state_words(str(q["state"])),
        }
        for q in found
    ]


def followup_columns(with_case: bool) -> list[Column]:
    columns = [
        Column("about", lambda: _t("About")),
        Column("text", lambda: _t("Question")),
        Column("who", lambda: _t("Asked by")),
        Column("when", lambda: _t("When")),
        Column("state_words", lambda: _t("State")),
    ]
    if with_case:
        columns.insert(0, Column("case_words", lambda: _t("Case")))
    return columns
