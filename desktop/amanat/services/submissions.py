"""Drafts for the UN Working Groups on Enforced or Involuntary Disappearances (WGEID)
and on Arbitrary Detention (WGAD), filled from a case in English (issue 13).

A draft is made from ``services.reports.include`` for the ``un`` use (testimonies
without consent for a UN submission are left out) under a profile (``full`` by
default), and written as UTF-8 text through ``services.outputs``. Each field says
where its value came from; a required field the case does not answer is listed under
"Missing" so the reviewer can ask the field. The draft is a starting point for the
working group's own form, never sent by Amanat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amanat.domain import vocab
from amanat.domain.errors import ExportError
from amanat.domain.model import ConsentUse, Event, IdentifierScheme, NameType, Person
from amanat.services import outputs
from amanat.services.reports import Included, include
from amanat.storage.vault import Vault

FORMS = ("wgeid", "wgad")
ARREST_TYPES = ("arrest", "detention", "disappearance")
TITLES = {
    "wgeid": "Draft submission to the Working Group on Enforced or Involuntary Disappearances",
    "wgad": "Draft submission to the Working Group on Arbitrary Detention",
}


@dataclass
class Draft:
    form: str
    case_id: str
    fields: list[tuple[str, str, bool]] = field(default_factory=list)  # label, value, required

    @property
    def missing(self) -> list[str]:
        return [label for label, value, required in self.fields if required and not value]

    def as_json(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "case": self.case_id,
            "fields": [
                {"field": label, "value": value or None, "required": required}
                for label, value, required in self.fields
            ],
            "missing": self.missing,
        }

    def text(self) -> str:
        lines = [TITLES[self.form], "=" * len(TITLES[self.form]), ""]
        lines.append(f"Case: {self.case_id}")
        lines.append("Draft made by Amanat from the case; check every field before sending.")
        lines.append("")
        if self.missing:
            lines.append("Missing required fields (ask the field):")
            lines.extend(f"  - {label}" for label in self.missing)
            lines.append("")
        for label, value, required in self.fields:
            mark = " (required)" if required else ""
            lines.append(f"{label}{mark}:")
            lines.append(f"  {value}" if value else "  [missing]")
        return "\n".join(lines) + "\n"


def _label(scheme: str, code: str | None) -> str:
    if not code:
        return ""
    try:
        return vocab.label(scheme, code, "en")
    except KeyError:
        return code


def _date(value: Any) -> str:
    return "" if value is None else str(value.format())


def _names(person: Person) -> tuple[str, str]:
    preferred = next((n.text for n in person.names if n.type is NameType.PREFERRED), "")
    others = "; ".join(f"{n.text} ({n.script})" for n in person.names if n.text != preferred)
    return preferred or (person.names[0].text if person.names else ""), others


def _identity(inc: Included, person: Person) -> str:
    ids = [
        f"{_label('identifier_scheme', i.scheme.value) or i.scheme.value}: {i.value}"
        for i in person.identifiers
        if i.scheme in (IdentifierScheme.PRC_RESIDENT_ID, IdentifierScheme.PASSPORT)
    ]
    photos = [
        a for a in inc.attachments.values()
        if a.media_type.startswith("image/") and a.testimony_id in inc.testimonies
        and ConsentUse.UN_SUBMISSION in inc.permitted.get(a.testimony_id, frozenset())
        and inc.testimonies[a.testimony_id].consent.may_show_face
    ]  # fmt: skip
    ids.extend(f"photo attached: {a.original_name} (SHA-256 {a.sha256.hex()})" for a in photos)
    return "; ".join(ids)


def _order(e: Event) -> tuple[int, int, int]:
    return (e.date.year, e.date.month or 0, e.date.day or 0) if e.date else (9999, 0, 0)


def _first(inc: Included, types: tuple[str, ...]) -> Event | None:
    found = [e for e in inc.events.values() if e.type in types]
    found.sort(
        key=lambda e: (e.date.year, e.date.month or 0, e.date.day or 0) if e.date else (9999, 0, 0)
    )
    return found[0] if found else None


def _responsible(inc: Included, case_id: str, arrest: Event | None) -> str:
    case = inc.cases[case_id]
    names = [
        _names(inc.persons[link.person_id])[0]
        for link in case.persons
        if link.role == "perpetrator" and link.person_id in inc.persons
    ]
    if names:
        return "; ".join(names)
    facility = arrest.place_id if arrest else None
    if facility and facility in inc.places and inc.places[facility].type == "facility":
        return f"the authorities running {inc.place_name(facility)}"
    return ""


def _person_fields(inc: Included, person: Person) -> list[tuple[str, str, bool]]:
    name, others = _names(person)
    return [
        ("Family name and first name", name, True),
        ("Other names and spellings", others, False),
        ("Sex", _label("sex", person.sex.value) if person.sex.value != "unknown" else "", False),
        ("Date of birth", _date(person.birth_date), False),
        ("Ethnic group", _label("ethnicity", person.ethnicity), False),
        ("Occupation", person.occupation or "", False),
        ("Place of origin", inc.place_name(person.hometown_id) or "", False),
    ]


def _status(person: Person) -> str:
    if not person.status:
        return ""
    s = person.status[-1]
    return f"{s.status.value}" + (f" (since {_date(s.date)})" if s.date else "")


def _wgeid(
    inc: Included, case_id: str, person: Person, submitter: str
) -> list[tuple[str, str, bool]]:
    arrest = _first(inc, ARREST_TYPES)
    fields = _person_fields(inc, person)
    fields.insert(1, ("Identity document number or photograph", _identity(inc, person), True))
    fields += [
        ("Date of arrest, abduction or last sighting", _when(arrest), True),
        ("Place of arrest, abduction or last sighting", _where(inc, arrest), True),
        ("Forces or persons believed responsible", _responsible(inc, case_id, arrest), True),
        ("Steps taken by the family or others to find the person", "", True),
        ("Current status as documented", _status(person), False),
        ("Submitted by", submitter, True),
    ]  # fmt: skip
    return fields


def _where(inc: Included, event: Event | None) -> str:
    return (inc.place_name(event.place_id) or "") if event else ""


def _when(event: Event | None) -> str:
    return _date(event.date) if event else ""


def _trial(event: Event | None) -> str:
    if event is None:
        return ""
    bits = [_date(event.date), event.stated_reason or ""]
    if event.sentence is not None:
        s = event.sentence
        bits += [f"{s.years} years" if s.years else "", f"{s.months} months" if s.months else ""]
        bits.append(s.text or "")
    return " ".join(b for b in bits if b)


def _wgad(
    inc: Included, case_id: str, person: Person, submitter: str
) -> list[tuple[str, str, bool]]:
    arrest = _first(inc, ARREST_TYPES)
    detention = _first(inc, ("detention", "transfer"))
    reasons = (arrest.stated_reason or "") if arrest else ""
    fields = _person_fields(inc, person)
    fields.insert(1, ("Identity document number", _identity(inc, person), True))
    fields += [
        ("Date of arrest", _when(arrest), True),
        ("Place of arrest", _where(inc, arrest), True),
        ("Authorities who carried out the arrest", _responsible(inc, case_id, arrest), True),
        ("Reasons given for the arrest or charges", reasons, True),
        ("Place of detention", _where(inc, detention), True),
        ("Date of detention", _when(detention), False),
        ("Trial and sentence", _trial(_first(inc, ("sentencing", "trial"))), False),
        ("Why the detention is considered arbitrary", "", True),
        ("Steps taken domestically (remedies sought)", "", True),
        ("Current status as documented", _status(person), False),
        ("Submitted by", submitter, True),
    ]
    return fields


def draft(vault: Vault, form: str, case_id: str, *, profile: str = "full") -> Draft:
    makers: dict[str, Callable[..., list[tuple[str, str, bool]]]] = {"wgeid": _wgeid, "wgad": _wgad}
    if form not in makers:
        raise ExportError("report.unknown_format", what=form)
    inc = include(vault.connection(), [case_id], profile=profile, use=ConsentUse.UN_SUBMISSION)
    if case_id not in inc.cases:
        raise ExportError("report.nothing_chosen")
    person = inc.persons[inc.cases[case_id].person_id]
    result = Draft(form, case_id)
    result.fields = makers[form](inc, case_id, person, vault.name)
    return result


def write_submission(
    vault: Vault, form: str, case_id: str, destination: Path | str, *,
    profile: str = "full", replace: bool = False,
) -> tuple[outputs.Output, Draft]:  # fmt: skip
    outputs.check_destination(Path(destination), replace=replace)
    made = draft(vault, form, case_id, profile=profile)
    written = outputs.write_output(
        vault, destination, made.text().encode("utf-8"), what=f"submission_{form}",
        case_ids=[case_id], profile=profile, use="un", replace=replace,
    )  # fmt: skip
    return written, made
