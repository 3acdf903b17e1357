"""What every use case shares: progress/cancel callbacks and the description of a change.

Services never import Qt (docs/design.md §12.3): the GUI passes plain callables that relay to
its widgets; the CLI passes nothing or a text progress bar.

What changed (docs/design.md §12.2): every use case that changes records returns it, one way:

- ``Changes`` itself when it has nothing else to say (``update_case``,
  ``seal_testimony``, ``discard_quarantined``...);
- otherwise a result object with a ``changes: Changes`` attribute: ``Created`` (the id
  of the one new record: ``add_case``, ``add_testimony``, ``attach_file``...),
  ``CasesImported``, ``Exported``, ``SealResult``, ``ImportResult``, ``ContactAdded``,
  ``ContactVerified``, ``DemoResult``.

A caller that runs several use cases before one refresh merges them
(``changes.merge(result.changes)``). The ``changes=`` argument that ``add_contact``,
``verify_contact``, ``open_bundle`` and ``open_quarantined`` still take (the same
changes are merged into it) is kept only until the GUI reads the return value; new
code does not pass it. Operations on the vault as a whole that change no record
(creating it, its passphrase, wiping it, rebuilding the search index) and exports that
log nothing (``export_card``, ``export_age_secret``) return no ``Changes``; reads
never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from amanat.domain.changes import Changes
from amanat.domain.progress import (
    IsCancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)

__all__ = [
    "CasesImported",
    "Changes",
    "Created",
    "Exported",
    "IsCancelled",
    "Progress",
    "check_cancelled",
    "merge_into",
    "never_cancelled",
    "no_progress",
]


@dataclass(frozen=True)
class Created:
    """A use case that made one new record: its id, and everything that changed."""

    id: str
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class CasesImported:
    """Cases added in bulk: the ids committed, in order, and what changed."""

    ids: list[str]
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class Exported:
    """A plaintext export: where the file is; the custody log of its case changed."""

    path: Path
    changes: Changes = field(default_factory=Changes)


def merge_into(target: Changes | None, changes: Changes) -> None:
    """For the legacy ``changes=`` argument: collect ``changes`` into ``target``."""
    if target is not None:
        target.merge(changes)
