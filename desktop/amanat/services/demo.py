"""Fill a vault with synthetic demo cases (``amanat demo --cases N``).

The documents come from ``amanat.domain.demo`` (no real people) and go through the same
bulk import as any other cases, so the demo exercises the real write path: validation,
revisions, custody log, search index. Attachments are generated in memory and streamed
into encrypted blobs; nothing readable touches the disk.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from amanat.domain import demo
from amanat.domain.case_json import new_record_id, parse_place
from amanat.domain.errors import ValidationError
from amanat.services import attachments as attachment_service
from amanat.services import cases as case_service
from amanat.services.base import Changes, IsCancelled, Progress, check_cancelled
from amanat.storage.db import transaction
from amanat.storage.places import PlaceResolver
from amanat.storage.vault import Vault

MAX_CASES = 1_000_000
IMPORT_SHARE = 0.9  # of the progress bar; attachments take the rest


@dataclass
class DemoReport:
    cases: list[str] = field(default_factory=list)
    attachments: int = 0
    duplicates: int = 0  # cases that report a person already in an earlier demo case
    changes: Changes = field(default_factory=Changes)


def _gazetteer(vault: Vault, changes: Changes) -> dict[str, str]:
    """Create (or find) every place the demo can name; demo key -> place id.

    The documents then name places by id: parsing a place with its parents 300,000
    times would be a fifth of the import.
    """
    conn = vault.connection()
    ids: dict[str, str] = {}
    with transaction(conn):
        resolver = PlaceResolver(conn, case_service.revision_author(vault))
        for place in demo.gazetteer():
            ids[demo.place_key(place)] = resolver.resolve(parse_place(place, "place"))
    changes.places.update(resolver.created)
    return ids


def generate_demo(
    vault: Vault,
    cases: int,
    seed: int = demo.SEED_DEFAULT,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    start: int = 0,
    with_attachments: bool = True,
    batch: int = case_service.DEFAULT_BATCH,
) -> DemoReport:
    """Add ``cases`` demo cases (numbers ``start`` ..) generated from ``seed``.

    Cases are committed in batches: after a cancel or an error the batches already
    written stay, and ``report.cases`` is not returned (Cancelled is raised), but running
    again with ``start`` = the number of cases now present continues the same series.
    """
    if not (0 <= cases <= MAX_CASES):
        raise ValidationError("invalid.range", field="cases", limit=MAX_CASES)
    if start < 0:
        raise ValidationError("invalid.range", field="start")
    report = DemoReport()
    attachment_rate = 0.3 if with_attachments else 0.0
    place_ids = _gazetteer(vault, report.changes)

    def place_ref(place: dict[str, Any]) -> Any:
        return {"id": place_ids[demo.place_key(place)]}

    pending: dict[str, demo.DemoCase] = {}

    def documents() -> Iterator[dict[str, Any]]:
        for item in demo.generate(
            cases,
            seed,
            new_id=new_record_id,
            start=start,
            attachment_rate=attachment_rate,
            place_ref=place_ref,
        ):
            if item.duplicate_of is not None:
                report.duplicates += 1
            if item.attachments:
                pending[str(item.document["id"])] = item
            yield item.document

    def on_import(fraction: float) -> None:
        if progress is not None:
            progress(IMPORT_SHARE * fraction)

    imported = case_service.import_cases(
        vault, documents(), on_import, is_cancelled, batch, total=cases
    )
    report.cases = imported.ids
    report.changes.merge(imported.changes)
    for done, (case_id, item) in enumerate(pending.items(), start=1):
        check_cancelled(is_cancelled)
        testimonies = item.document.get("testimonies", [])
        for attachment in item.attachments:
            testimony_id = None
            if attachment.testimony_index is not None and testimonies:
                testimony_id = str(testimonies[attachment.testimony_index]["id"])
            added = attachment_service.attach_file(
                vault,
                case_id,
                io.BytesIO(attachment.data),
                original_name=attachment.name,
                media_type=attachment.media_type,
                description=attachment.description,
                testimony_id=testimony_id,
                role="working_copy",
            )
            report.changes.merge(added.changes)
            report.attachments += 1
        if progress is not None:
            progress(IMPORT_SHARE + (1 - IMPORT_SHARE) * done / len(pending))
    if progress is not None:
        progress(1.0)
    return report
