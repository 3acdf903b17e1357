"""What every use case shares: progress/cancel callbacks and the description of a change.

Services never import Qt (docs/design.md §12.3): the GUI passes plain callables that relay to
its widgets; the CLI passes nothing or a text progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from amanat.domain.errors import Cancelled

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]


def no_progress(_fraction: float) -> None:
    return None


def never_cancelled() -> bool:
    return False


def check_cancelled(is_cancelled: IsCancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


@dataclass
class Changes:
    """Ids of what a use case added, changed or removed; views refresh from this."""

    cases: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    testimonies: set[str] = field(default_factory=set)
    attachments: set[str] = field(default_factory=set)
    contacts: set[str] = field(default_factory=set)

    def merge(self, other: Changes) -> Changes:
        for name in ("cases", "persons", "places", "testimonies", "attachments", "contacts"):
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return any(
            (
                self.cases,
                self.persons,
                self.places,
                self.testimonies,
                self.attachments,
                self.contacts,
            )
        )
