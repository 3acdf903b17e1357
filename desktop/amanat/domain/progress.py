"""The callbacks that long work takes: ``progress(fraction)`` and ``is_cancelled()``.

Here, at the bottom of the layers, so that storage, bundles and services share one
definition and one check (docs/design.md §12.3: the core polls a plain callable and never knows
who relays it).
"""

from __future__ import annotations

from collections.abc import Callable

from amanat.domain.errors import Cancelled

Progress = Callable[[float], None]
"""Called with the fraction done, from 0.0 to 1.0."""

IsCancelled = Callable[[], bool]
"""Polled between pieces of work; True makes the work stop with Cancelled."""


def no_progress(_fraction: float) -> None:
    return None


def never_cancelled() -> bool:
    return False


def check_cancelled(is_cancelled: IsCancelled | None) -> None:
    """Raise Cancelled if ``is_cancelled`` says so (None: the caller cannot cancel)."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
