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


def _t(text: str) -> str:
    return QCoreApplication.translate("History", text)


def _field_names() -> dict[str, str]:
    return {
        "title": _t("Title"),
        "status": _t("Status"),
        "assignee": _t("Assignee"),
        "summary": _t("Summary"),
        "reference": _t("Reference"),
        "sensitivity": _t("Sensitivity"),
        "sex": _t("Sex"),
        "birth_date": _t("Born"),
        "age_range": _t("Age"),
        "ethnicity": _t("Ethnicity"),
        "hometown": _t("Hometown"),
        "occupation": _t("Occupation"),
        "notes": _t("Notes"),
        "type": _t("What"),
        "date": _t("Date"),
        "end_date": _t("Until"),
        "place": _t("Place"),
        "stated_reason": _t("Stated reason"),
        "sentence": _t("Sentence"),
        "description": _t("Description"),
        "role": _t("Role"),
        "testimony": _t("Testimony"),
        "narrative": _t("Narrative"),
        "language": _t("Language"),
        "relation": _t("Relation"),
        "mode": _t("Mode"),
        "consent": _t("Consent"),
        "seal": _t("Seal"),
        "text": _t("Text"),
        "original_name": _t("File name"),
    }


def _list_names() -> dict[str, tuple[str, str]]:
    return {
        "names": (_t("Name added: %1"), _t("Name removed: %1")),
        "identifiers": (_t("Identifier added: %1"), _t("Identifier removed: %1")),
        "status": (_t("Status added: %1"), _t("Status removed: %1")),
        "contacts": (_t("Contact added: %1"), _t("Contact removed: %1")),
        "persons": (_t("Person linked: %1"), _t("Person unlinked: %1")),
        "sources": (_t("Source testimony added"), _t("Source testimony removed")),
        "interviewers": (_t("Interviewer added"), _t("Interviewer removed")),
    }


def _item(field: str, item: Any) -> str:
    if not isinstance(item, Mapping):
        return str(item)
    if field == "names":
        return fill(_t("%1 (%2)"), item.get("text", ""), item.get("script", ""), isolated=False)
    if field == "identifiers":
        return fill(
            _t("%1: %2"),
            label("identifier_scheme", item.get("scheme")),
            item.get("value", ""),
            isolated=False,
        )
    if field == "status":
        status = label("person_status", item.get("status"))
        since = partial_date(item.get("date"))
        return fill(_t("%1 since %2"), status, since, isolated=False) if since else status
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
        return _t("(none)")
    show = _CODED.get(field)
    if show is not None and isinstance(value, str):
        return fill(_t("“%1”"), show(value), isolated=False)
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, Mapping):
        return fill(_t("“%1”"), _item(field, value), isolated=False)
    text = str(value)
    if len(text) > 80:
        text = text[:79] + "…"
    return fill(_t("“%1”"), text, isolated=False)


def _one(change: Mapping[str, Any]) -> list[str]:
    field = str(change.get("field", ""))
    if field == "removed" and change.get("after") is True:
        return [_t("Removed (kept in the history)")]
    if field == "seal" and change.get("after"):
        return [_t("Sealed")]
    if "added" in change or "removed" in change:
        added_text, removed_text = _list_names().get(
            field,
            (
                fill(_t("%1 added: %2"), field, "%1", isolated=False),
                fill(_t("%1 removed: %2"), field, "%1", isolated=False),
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
            _t("%1: %2 → %3"),
            name,
            _value(field, change.get("before")),
            _value(field, change.get("after")),
            isolated=False,
        )
    ]


def describe(row: Mapping[str, Any]) -> str:
    """A history row's changes in words; "Created" for a record's first revision."""
    if not row.get("parents"):
        return _t("Created")
    changes = row.get("changes") or []
    if not changes:
        return _t("Merged, no change") if len(row.get("parents") or ()) > 1 else _t("No change")
    lines: list[str] = []
    for change in changes:
        lines.extend(_one(change))
    return "; ".join(lines)
