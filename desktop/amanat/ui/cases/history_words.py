"""What a revision changed, in words, for the case's History tab: "Title: “Detention”
→ “Detention of Erzhan”", "Name added: Ержан (Kazakh, Cyrillic)", "Event removed".

The changes come from the core (storage.cases.case_changes, via case_view_data): plain
values with ``before``/``after``, lists with ``added``/``removed``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill
from amanat.ui.kit.text import partial_date


def _field_names() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("History", "Title"),
        "status": QCoreApplication.translate("History", "Status"),
        "assignee": QCoreApplication.translate("History", "Assignee"),
        "summary": QCoreApplication.translate("History", "Summary"),
        "reference": QCoreApplication.translate("History", "Reference"),
        "sensitivity": QCoreApplication.translate("History", "Sensitivity"),
        "sex": QCoreApplication.translate("History", "Sex"),
        "birth_date": QCoreApplication.translate("History", "Born"),
        "age_range": QCoreApplication.translate("History", "Age"),
        "ethnicity": QCoreApplication.translate("History", "Ethnicity"),
        "hometown": QCoreApplication.translate("History", "Hometown"),
        "occupation": QCoreApplication.translate("History", "Occupation"),
        "notes": QCoreApplication.translate("History", "Notes"),
        "type": QCoreApplication.translate("History", "What"),
        "date": QCoreApplication.translate("History", "Date"),
        "end_date": QCoreApplication.translate("History", "Until"),
        "place": QCoreApplication.translate("History", "Place"),
        "stated_reason": QCoreApplication.translate("History", "Stated reason"),
        "sentence": QCoreApplication.translate("History", "Sentence"),
        "description": QCoreApplication.translate("History", "Description"),
        "role": QCoreApplication.translate("History", "Role"),
        "testimony": QCoreApplication.translate("History", "Testimony"),
        "narrative": QCoreApplication.translate("History", "Narrative"),
        "language": QCoreApplication.translate("History", "Language"),
        "relation": QCoreApplication.translate("History", "Relation"),
        "mode": QCoreApplication.translate("History", "Mode"),
        "consent": QCoreApplication.translate("History", "Consent"),
        "seal": QCoreApplication.translate("History", "Seal"),
        "text": QCoreApplication.translate("History", "Text"),
        "original_name": QCoreApplication.translate("History", "File name"),
    }


def _list_names() -> dict[str, tuple[str, str]]:
    return {
        "names": (
            QCoreApplication.translate("History", "Name added: %1"),
            QCoreApplication.translate("History", "Name removed: %1"),
        ),
        "identifiers": (
            QCoreApplication.translate("History", "Identifier added: %1"),
            QCoreApplication.translate("History", "Identifier removed: %1"),
        ),
        "status": (
            QCoreApplication.translate("History", "Status added: %1"),
            QCoreApplication.translate("History", "Status removed: %1"),
        ),
        "contacts": (
            QCoreApplication.translate("History", "Contact added: %1"),
            QCoreApplication.translate("History", "Contact removed: %1"),
        ),
        "persons": (
            QCoreApplication.translate("History", "Person linked: %1"),
            QCoreApplication.translate("History", "Person unlinked: %1"),
        ),
        "sources": (
            QCoreApplication.translate("History", "Source testimony added"),
            QCoreApplication.translate("History", "Source testimony removed"),
        ),
        "interviewers": (
            QCoreApplication.translate("History", "Interviewer added"),
            QCoreApplication.translate("History", "Interviewer removed"),
        ),
    }


def _item(field: str, item: Any) -> str:
    if not isinstance(item, Mapping):
        return str(item)
    if field == "names":
        return fill(
            QCoreApplication.translate("History", "%1 (%2)"),
            item.get("text", ""),
            item.get("script", ""),
            isolated=False,
        )
    if field == "identifiers":
        return fill(
            QCoreApplication.translate("History", "%1: %2"),
            label("identifier_scheme", item.get("scheme")),
            item.get("value", ""),
            isolated=False,
        )
    if field == "status":
        status = label("person_status", item.get("status"))
        since = partial_date(item.get("date"))
        return (
            fill(
                QCoreApplication.translate("History", "%1 since %2"), status, since, isolated=False
            )
            if since
            else status
        )
    if field == "contacts":
        return str(item.get("value", ""))
    if field == "persons":
        return str(item.get("role", ""))
    return ", ".join(f"{v}" for v in item.values() if v not in (None, "", []))


_CODED: dict[str, Callable[[Any], str]] = {
    "sex": lambda v: label("sex", v),
    "status": lambda v: label("case_status", v),
    "role": lambda v: label("attachment_role", v),
    "type": lambda v: label("event_type", v),
    "date": lambda v: partial_date(v),
    "end_date": lambda v: partial_date(v),
    "birth_date": lambda v: partial_date(v),
}


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("History", "(none)")
    show = _CODED.get(field)
    if show is not None and isinstance(value, str):
        return fill(QCoreApplication.translate("History", "“%1”"), show(value), isolated=False)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    if isinstance(value, Mapping):
        return fill(
            QCoreApplication.translate("History", "“%1”"), _item(field, value), isolated=False
        )
    text = str(value)
    if len(text) > 80:
        text = text[:79] + "…"
    return fill(QCoreApplication.translate("History", "“%1”"), text, isolated=False)


def _one(change: Mapping[str, Any]) -> list[str]:
    field = str(change.get("field", ""))
    if field == "removed" and change.get("after") is True:
        return [QCoreApplication.translate("History", "Removed (kept in the history)")]
    if field == "seal" and change.get("after"):
        return [QCoreApplication.translate("History", "Sealed")]
    if "added" in change or "removed" in change:
        added_text, removed_text = _list_names().get(
            field,
            (
                fill(
                    QCoreApplication.translate("History", "%1 added: %2"),
                    field,
                    "%1",
                    isolated=False,
                ),
                fill(
                    QCoreApplication.translate("History", "%1 removed: %2"),
                    field,
                    "%1",
                    isolated=False,
                ),
            ),
        )
        out = []
        for item in change.get("added") or ():
            out.append(fill(added_text, _item(field, item), isolated=False))
        for item in change.get("removed") or ():
            out.append(fill(removed_text, _item(field, item), isolated=False))
        return out
    if field == "case" or field.endswith("_id"):
        return []
    name = _field_names().get(field, field)
    return [
        fill(
            QCoreApplication.translate("History", "%1: %2 → %3"),
            name,
            _value(field, change.get("before")),
            _value(field, change.get("after")),
            isolated=False,
        )
    ]


def describe(row: Mapping[str, Any]) -> str:
    """A history row's changes in words; "Created" for a record's first revision."""
    if not row.get("parents"):
        return QCoreApplication.translate("History", "Created")
    changes = row.get("changes") or []
    if not changes:
        return (
            QCoreApplication.translate("History", "Merged, no change")
            if len(row.get("parents") or ()) > 1
            else QCoreApplication.translate("History", "No change")
        )
    lines: list[str] = []
    for change in changes:
        lines.extend(_one(change))
    return "; ".join(lines)
