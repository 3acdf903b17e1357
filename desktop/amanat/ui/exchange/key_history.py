"""A contact's key history in words (docs/review.md §7): when its keys were first
added, changed, rotated (docs/forward-secrecy.md) and verified, one line each, oldest
first. Shown under the chosen contact in the Contacts section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.messages import fill
from amanat.ui.kit.text import local_time


def event_text(event: dict[str, Any]) -> str:
    when = local_time(event.get("when"))
    kind = event.get("event")
    if kind == "added":
        return fill(QCoreApplication.translate("KeyHistory", "%1: added, from their card."),
                    when, isolated=False)  # fmt: skip
    if kind == "key_changed":
        return fill(
            QCoreApplication.translate(
                "KeyHistory", "%1: their keys changed (a new safety number); verify again."
            ),
            when,
            isolated=False,
        )
    if kind == "rotated":
        return fill(
            QCoreApplication.translate(
                "KeyHistory",
                "%1: new encryption keys (generation %2), signed by the same key; the"
                " safety number stayed the same.",
            ),
            when,
            str(event.get("generation", "")),
            isolated=False,
        )
    if kind == "verified":
        return fill(
            QCoreApplication.translate("KeyHistory", "%1: safety number compared and verified."),
            when,
            isolated=False,
        )
    return when


def key_history_text(events: list[dict[str, Any]]) -> str:
    if not events:
        return ""
    lines = [QCoreApplication.translate("KeyHistory", "Key history:")]
    lines += [event_text(e) for e in events]
    return "\n".join(lines)
