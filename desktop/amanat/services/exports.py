"""Exports for analysts: CSV and Popolo JSON (issue 13; docs/user-guide-reports.md).

Both are made from ``services.reports.include`` over every case of the vault, under a
profile and a use, and written through ``services.outputs`` (explicit, atomic, 0600,
logged). Ids are included so a later export can be matched row by row.

CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the scripts right;
RFC 4180 quoting): ``persons.csv`` (one row per documented person: a case's person
of concern or an event's victim) and ``events.csv`` (one row per event), written
into the folder ``-o`` names. Lists inside a cell are joined with `` | ``. Columns:
``PERSON_COLUMNS`` and ``EVENT_COLUMNS`` (documented in the user guide).

Popolo (https://www.popoloproject.com/specs/person.html): ``{"persons": [...]}``, one
object per documented person with ``id``, ``name``, ``other_names`` (``name``, ``note``:
the script tag, ``type``), ``identifiers`` (``scheme``, ``identifier``), ``gender``,
``birth_date``, ``death_date``, ``sources`` (the cases) and the extension fields
``amanat_status`` (the status timeline) and ``amanat_hometown``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.bundles.selection import all_case_ids
from amanat.domain.errors import ExportError
from amanat.domain.model import Event, NameType, Person, PersonStatus
from amanat.services import outputs
from amanat.services.base import Changes
from amanat.services.reports import Included, include, use_word
from amanat.storage.vault import Vault

PERSON_COLUMNS = (
    "person_id", "case_ids", "name", "names", "sex", "birth_date", "age_min", "age_max",
    "age_as_of", "ethnicity", "hometown_id", "hometown", "identifiers", "status",
    "status_date", "status_history", "occupation",
)  # fmt: skip
EVENT_COLUMNS = (
    "event_id", "case_id", "person_id", "type", "date", "end_date", "place_id", "place",
    "stated_reason", "sentence_years", "sentence_months", "sentence_text",
    "source_testimony_ids",
)  # fmt: skip
SEP = " | "


@dataclass(frozen=True)
class ExportResult:
    files: list[outputs.Output]
    cases: int
    persons: int
    events: int
    left_out: list[dict[str, Any]]
    changes: Changes

    def as_json(self) -> dict[str, Any]:
        return {
            "files": [
                {"path": str(f.path), "sha256": f.sha256, "size": f.size} for f in self.files
            ],
            "cases": self.cases,
            "persons": self.persons,
            "events": self.events,
            "left_out": self.left_out,
        }


def preferred_name(person: Person) -> str:
    for name in person.names:
        if name.type is NameType.PREFERRED:
            return name.text
    return person.names[0].text if person.names else ""


def _date(value: Any) -> str:
    return "" if value is None else str(value.format())


def _cases_by_person(inc: Included) -> dict[str, list[str]]:
    found: dict[str, dict[str, None]] = {}
    for case in inc.cases.values():
        found.setdefault(case.person_id, {})[case.id] = None
    for event in inc.events.values():
        if event.victim_id:
            found.setdefault(event.victim_id, {})[event.case_id] = None
    return {k: list(v) for k, v in found.items()}


def person_row(inc: Included, person: Person, case_ids: list[str]) -> dict[str, str]:
    current = person.status[-1] if person.status else None
    age = person.age_range
    return {
        "person_id": person.id,
        "case_ids": SEP.join(case_ids),
        "name": preferred_name(person),
        "names": SEP.join(f"{n.text} [{n.script}]" for n in person.names),
        "sex": person.sex.value,
        "birth_date": _date(person.birth_date),
        "age_min": "" if age is None else str(age.min_age),
        "age_max": "" if age is None else str(age.max_age),
        "age_as_of": "" if age is None else _date(age.as_of),
        "ethnicity": person.ethnicity or "",
        "hometown_id": person.hometown_id or "",
        "hometown": inc.place_name(person.hometown_id) or "",
        "identifiers": SEP.join(f"{i.scheme.value}:{i.value}" for i in person.identifiers),
        "status": "" if current is None else current.status.value,
        "status_date": "" if current is None else _date(current.date),
        "status_history": SEP.join(
            f"{s.status.value}@{_date(s.date)}" if s.date else s.status.value for s in person.status
        ),
        "occupation": person.occupation or "",
    }


def event_row(inc: Included, event: Event) -> dict[str, str]:
    sentence = event.sentence
    return {
        "event_id": event.id,
        "case_id": event.case_id,
        "person_id": event.victim_id or inc.cases[event.case_id].person_id,
        "type": event.type,
        "date": _date(event.date),
        "end_date": _date(event.end_date),
        "place_id": event.place_id or "",
        "place": inc.place_name(event.place_id) or "",
        "stated_reason": event.stated_reason or "",
        "sentence_years": "" if sentence is None or sentence.years is None else str(sentence.years),
        "sentence_months": ""
        if sentence is None or sentence.months is None
        else str(sentence.months),
        "sentence_text": "" if sentence is None else sentence.text or "",
        "source_testimony_ids": SEP.join(event.source_testimony_ids),
    }


def _csv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def popolo_person(inc: Included, person: Person, case_ids: list[str]) -> dict[str, Any]:
    death = next((s for s in person.status if s.status is PersonStatus.DEAD and s.date), None)
    doc: dict[str, Any] = {
        "id": person.id,
        "name": preferred_name(person),
        "other_names": [
            {"name": n.text, "note": n.script, "type": n.type.value} for n in person.names
        ],
        "identifiers": [
            {"scheme": i.scheme.value, "identifier": i.value} for i in person.identifiers
        ],
        "gender": person.sex.value,
        "sources": [{"note": f"case {case_id}"} for case_id in case_ids],
        "amanat_status": [
            {"status": s.status.value, "date": _date(s.date) or None} for s in person.status
        ],
        "amanat_hometown": inc.place_name(person.hometown_id),
    }
    if person.birth_date is not None:
        doc["birth_date"] = _date(person.birth_date)
    if death is not None:
        doc["death_date"] = _date(death.date)
    return doc


def _included(vault: Vault, profile: str, use: str) -> Included:
    conn = vault.connection()
    ids = all_case_ids(conn)
    if not ids:
        raise ExportError("report.nothing_chosen")
    return include(conn, ids, profile=profile, use=use)


def export(
    vault: Vault,
    fmt: str,
    destination: Path | str,
    *,
    profile: str = "full",
    use: str = "internal",
    replace: bool = False,
) -> ExportResult:
    """``fmt`` csv: ``destination`` is a folder (created if missing) receiving
    persons.csv and events.csv; popolo: ``destination`` is the JSON file."""
    makers: dict[str, Callable[..., ExportResult]] = {"csv": _export_csv, "popolo": _export_popolo}
    if fmt not in makers:
        raise ExportError("report.unknown_format", what=fmt)
    inc = _included(vault, profile, use)
    return makers[fmt](vault, inc, Path(destination), replace)


def _write(
    vault: Vault, inc: Included, target: Path, data: bytes, what: str, replace: bool
) -> outputs.Output:
    return outputs.write_output(
        vault, target, data, what=what, case_ids=inc.case_ids,
        profile=inc.profile.value, use=use_word(inc.use), replace=replace,
    )  # fmt: skip


def _result(inc: Included, files: list[outputs.Output]) -> ExportResult:
    changes = Changes()
    for f in files:
        changes.merge(f.changes)
    return ExportResult(
        files=files,
        cases=len(inc.cases),
        persons=len(inc.persons_of_concern()),
        events=len(inc.events),
        left_out=[item.as_json() for item in inc.left_out],
        changes=changes,
    )


def _export_csv(vault: Vault, inc: Included, folder: Path, replace: bool) -> ExportResult:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    by_person = _cases_by_person(inc)
    persons = [person_row(inc, p, by_person.get(p.id, [])) for p in inc.persons_of_concern()]
    events = [event_row(inc, e) for e in inc.events.values()]
    files = [
        _write(vault, inc, folder / "persons.csv", _csv(PERSON_COLUMNS, persons), "csv", replace),
        _write(vault, inc, folder / "events.csv", _csv(EVENT_COLUMNS, events), "csv", replace),
    ]
    return _result(inc, files)


def _export_popolo(vault: Vault, inc: Included, target: Path, replace: bool) -> ExportResult:
    by_person = _cases_by_person(inc)
    doc = {
        "persons": [
            popolo_person(inc, p, by_person.get(p.id, [])) for p in inc.persons_of_concern()
        ]
    }
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    return _result(inc, [_write(vault, inc, target, data, "popolo", replace)])
