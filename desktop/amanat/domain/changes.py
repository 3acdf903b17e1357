"""What an operation added, changed or removed, by kind and id: views refresh from it.

In the domain layer so that bundles (whose seal and import results carry one) and
services share it; services.base re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_KINDS: tuple[str, ...] = (
    "cases",
    "persons",
    "places",
    "testimonies",
    "attachments",
    "contacts",
    "quarantine",
)
_KINDS += ("inbox",)  # files the inbox looked at (their paths)


@dataclass
class Changes:
    """Ids of what a use case added, changed or removed; views refresh from this."""

    cases: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    testimonies: set[str] = field(default_factory=set)
    attachments: set[str] = field(default_factory=set)
    contacts: set[str] = field(default_factory=set)
    quarantine: set[str] = field(default_factory=set)  # quarantined bundles (their ids)
    inbox: set[str] = field(default_factory=set)  # inbox files (their paths)

    def merge(self, other: Changes) -> Changes:
        for name in _KINDS:
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in _KINDS)
