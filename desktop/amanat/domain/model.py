"""The casework data model (docs/design.md §4): typed, immutable, validated records.

Person-centred after HURIDOCS ESF, Popolo and the Xinjiang Victims Database: everyone
is a Person; roles (victim, witness, relative, interviewer) are links. Records are
frozen dataclasses; ``validate()`` raises ValidationError naming the field (never its
value). Open lists (event types, relations, ethnicities, place types...) are codes of
the thesaurus in ``amanat.domain.vocab``; closed sets that code depends on are enums
whose values are the same ASCII codes.

Each record kind has a content form (a JSON-compatible dict, ``to_content`` /
``from_content``): that is what the revision history stores and hashes, and what
bundles carry. The content holds no local storage details (no blob keys, no row ids).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from amanat.domain import prc_id, vocab
from amanat.domain.dates import PartialDate, parse_optional
from amanat.domain.errors import ValidationError
from amanat.domain.text_safety import control_problem

ID_PATTERN = re.compile(r"[0-9a-f]{32}")
# A BCP 47-like tag: language (or "und") and an ISO 15924 script, e.g. kk-Cyrl, zh-Latn.
SCRIPT_TAG_PATTERN = re.compile(r"[a-z]{2,3}-[A-Z][a-z]{3}")
KNOWN_SCRIPT_TAGS = (
    "kk-Cyrl",
    "kk-Latn",
    "kk-Arab",
    "ug-Arab",
    "ug-Latn",
    "ug-Cyrl",
    "zh-Hans",
    "zh-Hant",
    "zh-Latn",
    "ru-Cyrl",
    "en-Latn",
    "ky-Cyrl",
    "uz-Latn",
    "uz-Cyrl",
    "und-Latn",
    "und-Cyrl",
    "und-Arab",
    "und-Hans",
)
MAX_TEXT = 1_000_000  # a narrative; more is certainly a mistake
MAX_SHORT_TEXT = 2_000


class RecordKind(enum.StrEnum):
    PERSON = "person"
    PLACE = "place"
    RELATIONSHIP = "relationship"
    CASE = "case"
    EVENT = "event"
    TESTIMONY = "testimony"
    ATTACHMENT = "attachment"
    ANNOTATION = "annotation"
    WITHDRAWAL = "withdrawal"
    # The reviewer's workspace (docs/review.md §2, §3): records of their own.
    REVIEW = "review"
    GRADE = "grade"
    # Follow-up questions and their answers (docs/review.md §6).
    FOLLOWUP = "followup"
    FOLLOWUP_ANSWER = "followup_answer"
    # Reviewers' decisions about persons (docs/review.md §5): records of their own.
    PERSON_MERGE = "person_merge"
    PERSON_DISTINCT = "person_distinct"


class Sensitivity(enum.IntEnum):
    """Ordered: a redaction profile keeps what is at or below its level."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @property
    def code(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: object, field: str) -> Sensitivity:
        if isinstance(value, str) and value.upper() in cls.__members__:
            return cls[value.upper()]
        raise ValidationError("invalid.vocab", field=field, scheme="sensitivity")


# Defaults for fields that put people at risk when leaked (docs/design.md §4).
DEFAULT_SENSITIVITY = Sensitivity.INTERNAL
IDENTIFIER_SENSITIVITY = Sensitivity.CONFIDENTIAL
CONTACT_SENSITIVITY = Sensitivity.RESTRICTED
TESTIMONY_SENSITIVITY = Sensitivity.CONFIDENTIAL
ADDRESS_SENSITIVITY = Sensitivity.RESTRICTED


class Sex(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class NameType(enum.StrEnum):
    PREFERRED = "preferred"
    ALIAS = "alias"
    ID_DOCUMENT = "id_document"
    AS_GIVEN = "as_given"


class IdentifierScheme(enum.StrEnum):
    PRC_RESIDENT_ID = "prc_resident_id"
    PASSPORT = "passport"
    EXTERNAL_DB = "external_db"
    ORG_CASE_NUMBER = "org_case_number"


class ContactKind(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MESSENGER = "messenger"
    ADDRESS = "address"
    OTHER = "other"


class PersonStatus(enum.StrEnum):
    DETAINED = "detained"
    SENTENCED = "sentenced"
    RELEASED = "released"
    MISSING = "missing"
    DEAD = "dead"
    EXILED = "exiled"
    UNKNOWN = "unknown"


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    UNDER_REVIEW = "under_review"
    VERIFIED = "verified"
    CLOSED = "closed"


class TestimonyMode(enum.StrEnum):
    __test__ = False  # not a pytest class, despite the name

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class ConsentUse(enum.StrEnum):
    INTERNAL = "internal"
    UN_SUBMISSION = "un_submission"
    LEGAL = "legal"
    PUBLIC = "public"


class TestimonyState(enum.StrEnum):
    __test__ = False

    DRAFT = "draft"
    SEALED = "sealed"


class AttachmentRole(enum.StrEnum):
    EVIDENTIARY_ORIGINAL = "evidentiary_original"
    WORKING_COPY = "working_copy"


class AnnotationKind(enum.StrEnum):
    NOTE = "note"
    VERIFICATION = "verification"


class CustodyAction(enum.StrEnum):
    CREATED = "created"
    EDITED = "edited"
    SEALED = "sealed"
    ATTACHED = "attached"
    EXPORTED = "exported"
    IMPORTED = "imported"
    MERGED = "merged"
    REDACTED = "redacted"
    DELETED = "deleted"


# -- validation helpers -------------------------------------------------------------------


def check_controls(value: str, field: str, *, limit: int) -> None:
    """No C0/C1 control character in a text field (they can drive a terminal: escape
    sequences, carriage returns that rewrite a line); newline and tab are allowed in the
    long, multi-line texts (narratives, notes, summaries: ``limit`` above
    MAX_SHORT_TEXT). docs/trust-contacts.md."""
    if control_problem(value, multiline=limit > MAX_SHORT_TEXT):
        raise ValidationError("invalid.control_characters", field=field)


def require_text(value: object, field: str, *, limit: int = MAX_SHORT_TEXT) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("invalid.required", field=field)
    if len(value) > limit:
        raise ValidationError("invalid.too_long", field=field, limit=limit)
    check_controls(value, field, limit=limit)
    return value


def optional_text(value: object, field: str, *, limit: int = MAX_SHORT_TEXT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("invalid.type", field=field, expected="string")
    if len(value) > limit:
        raise ValidationError("invalid.too_long", field=field, limit=limit)
    check_controls(value, field, limit=limit)
    return value or None


def check_id(value: object, field: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise ValidationError("invalid.id", field=field)
    return value


def check_optional_id(value: object, field: str) -> str | None:
    return None if value is None else check_id(value, field)


def check_script(value: object, field: str) -> str:
    if not isinstance(value, str) or not SCRIPT_TAG_PATTERN.fullmatch(value):
        raise ValidationError("invalid.script", field=field)
    return value


def check_code(scheme: str, value: object, field: str) -> str:
    if not isinstance(value, str) or not vocab.is_code(scheme, value):
        raise ValidationError("invalid.vocab", field=field, scheme=scheme)
    return value


E = TypeVar("E", bound=enum.Enum)


def parse_enum(kind: type[E], value: object, field: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise ValidationError("invalid.vocab", field=field, scheme=kind.__name__) from None


def _date_text(value: PartialDate | None) -> str | None:
    return None if value is None else value.format()


# -- places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceLabel:
    text: str
    script: str

    def validate(self, field: str) -> None:
        require_text(self.text, f"{field}.text")
        check_script(self.script, f"{field}.script")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: country > prefecture > county > township > village, or a
    detention facility (type ``facility`` with a ``facility_type``) under any of them."""

    id: str
    type: str  # vocab place_type
    labels: tuple[PlaceLabel, ...]
    parent_id: str | None = None
    facility_type: str | None = None  # vocab facility_type, for type == "facility"
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self) -> None:
        check_id(self.id, "place.id")
        check_code("place_type", self.type, "place.type")
        if not self.labels:
            raise ValidationError("invalid.required", field="place.labels")
        for i, label in enumerate(self.labels):
            label.validate(f"place.labels[{i}]")
        check_optional_id(self.parent_id, "place.parent")
        if self.parent_id == self.id:
            raise ValidationError("invalid.cycle", field="place.parent")
        if self.facility_type is not None:
            if self.type != "facility":
                raise ValidationError("invalid.facility_type", field="place.facility_type")
            check_code("facility_type", self.facility_type, "place.facility_type")

    @property
    def is_facility(self) -> bool:
        return self.type == "facility"

    def to_content(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "labels": [{"text": lb.text, "script": lb.script} for lb in self.labels],
            "parent": self.parent_id,
            "facility_type": self.facility_type,
            "sensitivity": self.sensitivity.code,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Place:
        return cls(
            id=record_id,
            type=c["type"],
            labels=tuple(PlaceLabel(lb["text"], lb["script"]) for lb in c["labels"]),
            parent_id=c.get("parent"),
            facility_type=c.get("facility_type"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
        )


# -- persons ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    text: str
    script: str
    type: NameType = NameType.PREFERRED
    match_key: str = ""  # computed by storage with amanat.domain.names.match_key
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self, field: str) -> None:
        require_text(self.text, f"{field}.text", limit=500)
        check_script(self.script, f"{field}.script")

    def to_content(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "script": self.script,
            "type": self.type.value,
            "sensitivity": self.sensitivity.code,
        }


@dataclass(frozen=True)
class PersonIdentifier:
    scheme: IdentifierScheme
    value: str
    source: str | None = None
    sensitivity: Sensitivity = IDENTIFIER_SENSITIVITY

    def validate(self, field: str) -> None:
        require_text(self.value, f"{field}.value", limit=200)
        optional_text(self.source, f"{field}.source")
        if self.scheme is IdentifierScheme.PRC_RESIDENT_ID:
            prc_id.parse(self.value, f"{field}.value")

    def to_content(self) -> dict[str, Any]:
        return {
            "scheme": self.scheme.value,
            "value": self.value,
            "source": self.source,
            "sensitivity": self.sensitivity.code,
        }


@dataclass(frozen=True)
class PersonContact:
    """How to reach a witness or relative: among the most dangerous data we hold."""

    kind: ContactKind
    value: str
    sensitivity: Sensitivity = CONTACT_SENSITIVITY

    def validate(self, field: str) -> None:
        require_text(self.value, f"{field}.value", limit=1000)

    def to_content(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "value": self.value, "sensitivity": self.sensitivity.code}


@dataclass(frozen=True)
class StatusEntry:
    """The person's situation as known at a date, and who said so."""

    status: PersonStatus
    date: PartialDate | None = None
    source: str | None = None  # free text: "testimony of sister", "court notice"
    source_testimony_id: str | None = None

    def validate(self, field: str) -> None:
        optional_text(self.source, f"{field}.source")
        check_optional_id(self.source_testimony_id, f"{field}.source_testimony")

    def to_content(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "date": _date_text(self.date),
            "source": self.source,
            "source_testimony": self.source_testimony_id,
        }


@dataclass(frozen=True)
class AgeRange:
    """When the birth date is unknown: "between 40 and 45 in 2019"."""

    min_age: int
    max_age: int
    as_of: PartialDate

    def validate(self, field: str) -> None:
        if not (0 <= self.min_age <= self.max_age <= 130):
            raise ValidationError("invalid.age_range", field=field)

    @property
    def birth_years(self) -> tuple[int, int]:
        return self.as_of.year - self.max_age - 1, self.as_of.year - self.min_age


@dataclass(frozen=True)
class Person:
    id: str
    names: tuple[PersonName, ...]
    sex: Sex = Sex.UNKNOWN
    birth_date: PartialDate | None = None
    age_range: AgeRange | None = None
    ethnicity: str | None = None  # vocab ethnicity
    hometown_id: str | None = None
    identifiers: tuple[PersonIdentifier, ...] = ()
    contacts: tuple[PersonContact, ...] = ()
    status: tuple[StatusEntry, ...] = ()  # dated timeline, oldest first
    occupation: str | None = None
    notes: str | None = None
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self) -> None:
        check_id(self.id, "person.id")
        if not self.names:
            raise ValidationError("invalid.required", field="person.names")
        for i, name in enumerate(self.names):
            name.validate(f"person.names[{i}]")
        if self.birth_date is not None and self.age_range is not None:
            raise ValidationError("invalid.birth_and_age", field="person.age_range")
        if self.age_range is not None:
            self.age_range.validate("person.age_range")
        if self.ethnicity is not None:
            check_code("ethnicity", self.ethnicity, "person.ethnicity")
        check_optional_id(self.hometown_id, "person.hometown")
        for i, ident in enumerate(self.identifiers):
            ident.validate(f"person.identifiers[{i}]")
            if ident.scheme is IdentifierScheme.PRC_RESIDENT_ID:
                prc_id.cross_check(
                    prc_id.parse(ident.value, f"person.identifiers[{i}].value"),
                    birth_date=self.birth_date,
                    sex=self.sex.value,
                    field=f"person.identifiers[{i}].value",
                )
        for i, contact in enumerate(self.contacts):
            contact.validate(f"person.contacts[{i}]")
        for i, entry in enumerate(self.status):
            entry.validate(f"person.status[{i}]")
        optional_text(self.occupation, "person.occupation")
        optional_text(self.notes, "person.notes", limit=MAX_TEXT)

    @property
    def current_status(self) -> StatusEntry | None:
        """The latest dated entry (undated entries count as older than dated ones)."""
        if not self.status:
            return None
        return max(
            enumerate(self.status),
            key=lambda item: (item[1].date.sort_key if item[1].date else -1, item[0]),
        )[1]

    @property
    def preferred_name(self) -> PersonName:
        for name in self.names:
            if name.type is NameType.PREFERRED:
                return name
        return self.names[0]

    def to_content(self) -> dict[str, Any]:
        return {
            "names": [n.to_content() for n in self.names],
            "sex": self.sex.value,
            "birth_date": _date_text(self.birth_date),
            "age_range": None
            if self.age_range is None
            else {
                "min": self.age_range.min_age,
                "max": self.age_range.max_age,
                "as_of": self.age_range.as_of.format(),
            },
            "ethnicity": self.ethnicity,
            "hometown": self.hometown_id,
            "identifiers": [i.to_content() for i in self.identifiers],
            "contacts": [c.to_content() for c in self.contacts],
            "status": [s.to_content() for s in self.status],
            "occupation": self.occupation,
            "notes": self.notes,
            "sensitivity": self.sensitivity.code,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Person:
        age = c.get("age_range")
        return cls(
            id=record_id,
            names=tuple(
                PersonName(
                    text=n["text"],
                    script=n["script"],
                    type=NameType(n.get("type", "preferred")),
                    sensitivity=Sensitivity.parse(n.get("sensitivity", "internal"), "name"),
                )
                for n in c["names"]
            ),
            sex=Sex(c.get("sex", "unknown")),
            birth_date=parse_optional(c.get("birth_date"), "birth_date"),
            age_range=None
            if age is None
            else AgeRange(age["min"], age["max"], PartialDate.parse(age["as_of"], "as_of")),
            ethnicity=c.get("ethnicity"),
            hometown_id=c.get("hometown"),
            identifiers=tuple(
                PersonIdentifier(
                    scheme=IdentifierScheme(i["scheme"]),
                    value=i["value"],
                    source=i.get("source"),
                    sensitivity=Sensitivity.parse(i.get("sensitivity", "confidential"), "id"),
                )
                for i in c.get("identifiers", ())
            ),
            contacts=tuple(
                PersonContact(
                    kind=ContactKind(k["kind"]),
                    value=k["value"],
                    sensitivity=Sensitivity.parse(k.get("sensitivity", "restricted"), "contact"),
                )
                for k in c.get("contacts", ())
            ),
            status=tuple(
                StatusEntry(
                    status=PersonStatus(s["status"]),
                    date=parse_optional(s.get("date"), "status.date"),
                    source=s.get("source"),
                    source_testimony_id=s.get("source_testimony"),
                )
                for s in c.get("status", ())
            ),
            occupation=c.get("occupation"),
            notes=c.get("notes"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
        )


@dataclass(frozen=True)
class Relationship:
    """``person`` is the ``type`` of ``other``: (A, "mother", B) means A is B's mother."""

    id: str
    person_id: str
    other_person_id: str
    type: str  # vocab relation
    source: str | None = None
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY
    removed: bool = False  # removed by a person; its revisions stay (written when true)

    def validate(self) -> None:
        check_id(self.id, "relationship.id")
        check_id(self.person_id, "relationship.person")
        check_id(self.other_person_id, "relationship.other")
        if self.person_id == self.other_person_id:
            raise ValidationError("invalid.self_relation", field="relationship.other")
        check_code("relation", self.type, "relationship.type")
        optional_text(self.source, "relationship.source")

    def to_content(self) -> dict[str, Any]:
        return {
            "person": self.person_id,
            "other": self.other_person_id,
            "type": self.type,
            "source": self.source,
            "sensitivity": self.sensitivity.code,
            **({"removed": True} if self.removed else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Relationship:
        return cls(
            id=record_id,
            person_id=c["person"],
            other_person_id=c["other"],
            type=c["type"],
            source=c.get("source"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
            removed=c.get("removed") is True,
        )


# -- cases and events ---------------------------------------------------------------------


@dataclass(frozen=True)
class CasePerson:
    person_id: str
    role: str  # vocab role: victim, witness, relative, interviewer, interpreter, ...


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    person_id: str  # the person of concern
    status: CaseStatus = CaseStatus.OPEN
    assignee: str | None = None
    persons: tuple[CasePerson, ...] = ()  # further persons and their roles in the case
    summary: str | None = None
    reference: str | None = None  # the organisation's own case number
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self) -> None:
        check_id(self.id, "case.id")
        require_text(self.title, "case.title", limit=500)
        check_id(self.person_id, "case.person")
        optional_text(self.assignee, "case.assignee", limit=200)
        optional_text(self.summary, "case.summary", limit=MAX_TEXT)
        optional_text(self.reference, "case.reference", limit=200)
        for i, link in enumerate(self.persons):
            check_id(link.person_id, f"case.persons[{i}].person")
            check_code("role", link.role, f"case.persons[{i}].role")

    def to_content(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "person": self.person_id,
            "status": self.status.value,
            "assignee": self.assignee,
            "persons": [{"person": p.person_id, "role": p.role} for p in self.persons],
            "summary": self.summary,
            "reference": self.reference,
            "sensitivity": self.sensitivity.code,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Case:
        return cls(
            id=record_id,
            title=c["title"],
            person_id=c["person"],
            status=CaseStatus(c.get("status", "open")),
            assignee=c.get("assignee"),
            persons=tuple(CasePerson(p["person"], p["role"]) for p in c.get("persons", ())),
            summary=c.get("summary"),
            reference=c.get("reference"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
        )


@dataclass(frozen=True)
class Sentence:
    """A prison term as announced; ``text`` keeps the wording when it is not a term."""

    years: int | None = None
    months: int | None = None
    text: str | None = None

    def validate(self, field: str) -> None:
        for part, value in (("years", self.years), ("months", self.months)):
            if value is not None and not (0 <= value <= 1200):
                raise ValidationError("invalid.range", field=f"{field}.{part}")
        optional_text(self.text, f"{field}.text")

    @property
    def total_months(self) -> int | None:
        if self.years is None and self.months is None:
            return None
        return (self.years or 0) * 12 + (self.months or 0)


@dataclass(frozen=True)
class Event:
    id: str
    case_id: str
    type: str  # vocab event_type
    victim_id: str | None = None
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    place_id: str | None = None
    stated_reason: str | None = None
    sentence: Sentence | None = None
    description: str | None = None
    source_testimony_ids: tuple[str, ...] = ()
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY
    # Removed by a person: the event leaves the case, its revisions stay in the history
    # (nothing is lost). Only written when true, so older contents hash as before.
    removed: bool = False

    def validate(self) -> None:
        check_id(self.id, "event.id")
        check_id(self.case_id, "event.case")
        check_code("event_type", self.type, "event.type")
        check_optional_id(self.victim_id, "event.victim")
        check_optional_id(self.place_id, "event.place")
        if self.date and self.end_date and self.end_date.end_key < self.date.sort_key:
            raise ValidationError("invalid.date_order", field="event.end_date")
        optional_text(self.stated_reason, "event.stated_reason")
        optional_text(self.description, "event.description", limit=MAX_TEXT)
        if self.sentence is not None:
            self.sentence.validate("event.sentence")
        for i, tid in enumerate(self.source_testimony_ids):
            check_id(tid, f"event.sources[{i}]")

    def to_content(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "type": self.type,
            "victim": self.victim_id,
            "date": _date_text(self.date),
            "end_date": _date_text(self.end_date),
            "place": self.place_id,
            "stated_reason": self.stated_reason,
            "sentence": None
            if self.sentence is None
            else {
                "years": self.sentence.years,
                "months": self.sentence.months,
                "text": self.sentence.text,
            },
            "description": self.description,
            "sources": list(self.source_testimony_ids),
            "sensitivity": self.sensitivity.code,
            **({"removed": True} if self.removed else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Event:
        s = c.get("sentence")
        return cls(
            id=record_id,
            case_id=c["case"],
            type=c["type"],
            victim_id=c.get("victim"),
            date=parse_optional(c.get("date"), "date"),
            end_date=parse_optional(c.get("end_date"), "end_date"),
            place_id=c.get("place"),
            stated_reason=c.get("stated_reason"),
            sentence=None
            if s is None
            else Sentence(s.get("years"), s.get("months"), s.get("text")),
            description=c.get("description"),
            source_testimony_ids=tuple(c.get("sources", ())),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
            removed=c.get("removed") is True,
        )


# -- testimonies --------------------------------------------------------------------------


@dataclass(frozen=True)
class Consent:
    informed: bool = False
    voluntary: bool = False
    may_name: bool = False
    may_show_face: bool = False
    may_use_voice: bool = False
    uses: frozenset[ConsentUse] = frozenset({ConsentUse.INTERNAL})

    def validate(self, field: str) -> None:
        for name in ("informed", "voluntary", "may_name", "may_show_face", "may_use_voice"):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError("invalid.type", field=f"{field}.{name}", expected="bool")

    def permits(self, use: ConsentUse) -> bool:
        return self.informed and self.voluntary and use in self.uses

    def to_content(self) -> dict[str, Any]:
        return {
            "informed": self.informed,
            "voluntary": self.voluntary,
            "may_name": self.may_name,
            "may_show_face": self.may_show_face,
            "may_use_voice": self.may_use_voice,
            # Sorted: the content hash must not depend on set order.
            "uses": sorted(u.value for u in self.uses),
        }

    @classmethod
    def from_content(cls, c: Mapping[str, Any]) -> Consent:
        return cls(
            informed=c.get("informed", False),
            voluntary=c.get("voluntary", False),
            may_name=c.get("may_name", False),
            may_show_face=c.get("may_show_face", False),
            may_use_voice=c.get("may_use_voice", False),
            uses=frozenset(ConsentUse(u) for u in c.get("uses", ("internal",))),
        )


@dataclass(frozen=True)
class Seal:
    """Ed25519 signature by the vault identity over the testimony's sealed content."""

    sealed_at: str  # ISO 8601 UTC
    signer: bytes  # Ed25519 public key, 32 bytes
    signature: bytes  # 64 bytes

    def to_content(self) -> dict[str, Any]:
        return {
            "sealed_at": self.sealed_at,
            "signer": self.signer.hex(),
            "signature": self.signature.hex(),
        }

    @classmethod
    def from_content(cls, c: Mapping[str, Any]) -> Seal:
        return cls(
            sealed_at=c["sealed_at"],
            signer=bytes.fromhex(c["signer"]),
            signature=bytes.fromhex(c["signature"]),
        )


@dataclass(frozen=True)
class Testimony:
    __test__ = False  # not a pytest class, despite the name

    id: str
    case_id: str
    speaker_id: str
    narrative: str
    language: str  # ISO 639 code of the narrative: kk, ug, ru, zh, en...
    relation: str | None = None  # vocab relation: speaker to the victim ("self" if victim)
    interviewer_ids: tuple[str, ...] = ()
    interpreter_id: str | None = None
    date: PartialDate | None = None
    place_id: str | None = None  # coarse: a city or country, never an address
    mode: TestimonyMode = TestimonyMode.IN_PERSON
    consent: Consent = Consent()
    supersedes_id: str | None = None  # the sealed testimony this one corrects
    seal: Seal | None = None
    sensitivity: Sensitivity = TESTIMONY_SENSITIVITY

    @property
    def state(self) -> TestimonyState:
        return TestimonyState.DRAFT if self.seal is None else TestimonyState.SEALED

    def validate(self) -> None:
        check_id(self.id, "testimony.id")
        check_id(self.case_id, "testimony.case")
        check_id(self.speaker_id, "testimony.speaker")
        if not isinstance(self.narrative, str) or len(self.narrative) > MAX_TEXT:
            raise ValidationError("invalid.type", field="testimony.narrative", expected="string")
        check_controls(self.narrative, "testimony.narrative", limit=MAX_TEXT)
        if not isinstance(self.language, str) or not re.fullmatch(r"[a-z]{2,3}", self.language):
            raise ValidationError("invalid.language", field="testimony.language")
        if self.relation is not None:
            check_code("relation", self.relation, "testimony.relation")
        for i, pid in enumerate(self.interviewer_ids):
            check_id(pid, f"testimony.interviewers[{i}]")
        check_optional_id(self.interpreter_id, "testimony.interpreter")
        check_optional_id(self.place_id, "testimony.place")
        check_optional_id(self.supersedes_id, "testimony.supersedes")
        self.consent.validate("testimony.consent")

    def body_content(self) -> dict[str, Any]:
        """Everything but the seal: what the signature covers."""
        return {
            "case": self.case_id,
            "speaker": self.speaker_id,
            "narrative": self.narrative,
            "language": self.language,
            "relation": self.relation,
            "interviewers": list(self.interviewer_ids),
            "interpreter": self.interpreter_id,
            "date": _date_text(self.date),
            "place": self.place_id,
            "mode": self.mode.value,
            "consent": self.consent.to_content(),
            "supersedes": self.supersedes_id,
            "sensitivity": self.sensitivity.code,
        }

    def to_content(self) -> dict[str, Any]:
        content = self.body_content()
        content["seal"] = None if self.seal is None else self.seal.to_content()
        return content

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Testimony:
        seal = c.get("seal")
        return cls(
            id=record_id,
            case_id=c["case"],
            speaker_id=c["speaker"],
            narrative=c["narrative"],
            language=c["language"],
            relation=c.get("relation"),
            interviewer_ids=tuple(c.get("interviewers", ())),
            interpreter_id=c.get("interpreter"),
            date=parse_optional(c.get("date"), "date"),
            place_id=c.get("place"),
            mode=TestimonyMode(c.get("mode", "in_person")),
            consent=Consent.from_content(c.get("consent", {})),
            supersedes_id=c.get("supersedes"),
            seal=None if seal is None else Seal.from_content(seal),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "confidential"), "sensitivity"),
        )


@dataclass(frozen=True)
class ConsentWithdrawal:
    """Consent withdrawn after the fact. Its own record: a sealed testimony cannot change,
    but a withdrawal must always be recordable and must win over the original consent."""

    id: str
    testimony_id: str
    date: PartialDate
    scope: frozenset[ConsentUse] = frozenset(ConsentUse)  # uses withdrawn; default all
    note: str | None = None

    def validate(self) -> None:
        check_id(self.id, "withdrawal.id")
        check_id(self.testimony_id, "withdrawal.testimony")
        optional_text(self.note, "withdrawal.note")

    def to_content(self) -> dict[str, Any]:
        return {
            "testimony": self.testimony_id,
            "date": self.date.format(),
            "scope": sorted(u.value for u in self.scope),
            "note": self.note,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> ConsentWithdrawal:
        return cls(
            id=record_id,
            testimony_id=c["testimony"],
            date=PartialDate.parse(c["date"], "date"),
            scope=frozenset(ConsentUse(u) for u in c.get("scope", list(ConsentUse))),
            note=c.get("note"),
        )


# -- attachments and annotations ----------------------------------------------------------


def permitted_uses(
    consent: Consent, withdrawals: Sequence[ConsentWithdrawal]
) -> frozenset[ConsentUse]:
    """The uses a testimony may be put to now: consent given, minus every withdrawal."""
    if not (consent.informed and consent.voluntary):
        return frozenset()
    withdrawn: set[ConsentUse] = set()
    for withdrawal in withdrawals:
        withdrawn |= withdrawal.scope
    return frozenset(consent.uses - withdrawn)


@dataclass(frozen=True)
class Attachment:
    id: str
    case_id: str
    original_name: str
    media_type: str
    size: int
    sha256: bytes  # of the plaintext, computed at intake
    role: AttachmentRole = AttachmentRole.EVIDENTIARY_ORIGINAL
    derived_from_id: str | None = None
    testimony_id: str | None = None
    event_id: str | None = None
    description: str | None = None
    sensitivity: Sensitivity = Sensitivity.CONFIDENTIAL
    # A working copy removed by a person: it leaves the case (and its body the vault,
    # unless another attachment shares it); its revisions stay. Written only when true.
    removed: bool = False

    def validate(self) -> None:
        check_id(self.id, "attachment.id")
        check_id(self.case_id, "attachment.case")
        require_text(self.original_name, "attachment.original_name", limit=1000)
        if not isinstance(self.media_type, str) or not re.fullmatch(
            r"[a-z0-9.+-]+/[A-Za-z0-9.+-]+", self.media_type
        ):
            raise ValidationError("invalid.media_type", field="attachment.media_type")
        if type(self.size) is not int:
            raise ValidationError("invalid.type", field="attachment.size", expected="integer")
        if self.size < 0:
            raise ValidationError("invalid.range", field="attachment.size")
        if len(self.sha256) != 32:
            raise ValidationError("invalid.hash", field="attachment.sha256")
        check_optional_id(self.derived_from_id, "attachment.derived_from")
        if self.derived_from_id == self.id:
            raise ValidationError("invalid.cycle", field="attachment.derived_from")
        check_optional_id(self.testimony_id, "attachment.testimony")
        check_optional_id(self.event_id, "attachment.event")
        optional_text(self.description, "attachment.description", limit=MAX_TEXT)

    def to_content(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "original_name": self.original_name,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256.hex(),
            "role": self.role.value,
            "derived_from": self.derived_from_id,
            "testimony": self.testimony_id,
            "event": self.event_id,
            "description": self.description,
            "sensitivity": self.sensitivity.code,
            **({"removed": True} if self.removed else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Attachment:
        return cls(
            id=record_id,
            case_id=c["case"],
            original_name=c["original_name"],
            media_type=c["media_type"],
            size=c["size"],
            sha256=bytes.fromhex(c["sha256"]),
            role=AttachmentRole(c.get("role", "evidentiary_original")),
            derived_from_id=c.get("derived_from"),
            testimony_id=c.get("testimony"),
            event_id=c.get("event"),
            description=c.get("description"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "confidential"), "sensitivity"),
            removed=c.get("removed") is True,
        )


@dataclass(frozen=True)
class Annotation:
    """A reviewer's note or verification grade on any record; never changes the target."""

    id: str
    target_kind: RecordKind
    target_id: str
    kind: AnnotationKind = AnnotationKind.NOTE
    text: str | None = None
    grade: str | None = None  # vocab verification_grade, for kind == verification
    field: str | None = None  # a field of the target the note is about, if any
    author: str | None = None  # display name; the author key is in the revision
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY
    # The note this one answers (a thread, docs/review.md §3); written only when set,
    # so older contents hash as before.
    reply_to: str | None = None

    def validate(self) -> None:
        check_id(self.id, "annotation.id")
        check_optional_id(self.reply_to, "annotation.reply_to")
        if self.reply_to == self.id:
            raise ValidationError("invalid.cycle", field="annotation.reply_to")
        check_id(self.target_id, "annotation.target")
        optional_text(self.text, "annotation.text", limit=MAX_TEXT)
        optional_text(self.field, "annotation.field", limit=200)
        optional_text(self.author, "annotation.author", limit=200)
        if self.kind is AnnotationKind.VERIFICATION:
            check_code("verification_grade", self.grade, "annotation.grade")
        elif self.grade is not None:
            raise ValidationError("invalid.grade_on_note", field="annotation.grade")
        if self.kind is AnnotationKind.NOTE and not self.text:
            raise ValidationError("invalid.required", field="annotation.text")

    def to_content(self) -> dict[str, Any]:
        return {
            "target_kind": self.target_kind.value,
            "target": self.target_id,
            "kind": self.kind.value,
            "text": self.text,
            "grade": self.grade,
            "field": self.field,
            "author": self.author,
            "sensitivity": self.sensitivity.code,
            **({"reply_to": self.reply_to} if self.reply_to is not None else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Annotation:
        return cls(
            id=record_id,
            target_kind=RecordKind(c["target_kind"]),
            target_id=c["target"],
            kind=AnnotationKind(c.get("kind", "note")),
            text=c.get("text"),
            grade=c.get("grade"),
            field=c.get("field"),
            author=c.get("author"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
            reply_to=c.get("reply_to"),
        )


# -- the reviewer's workspace: review state and grades (docs/review.md §2, §3) -----------


class ReviewState(enum.StrEnum):
    UNREVIEWED = "unreviewed"
    UNDER_REVIEW = "under_review"
    NEEDS_FOLLOW_UP = "needs_follow_up"
    VERIFIED = "verified"
    CLOSED = "closed"


@dataclass(frozen=True)
class Review:
    """One reviewing vault's review of one case: a state and an assignee. Its history is
    its revisions (who, when, from what to what); it never changes the case record,
    whose ``status`` stays the field's own."""

    id: str
    case_id: str
    state: ReviewState = ReviewState.UNREVIEWED
    assignee: str | None = None  # a name, as the reviewers write it

    def validate(self) -> None:
        check_id(self.id, "review.id")
        check_id(self.case_id, "review.case")
        if not isinstance(self.state, ReviewState):
            raise ValidationError("invalid.vocab", field="review.state", scheme="ReviewState")
        optional_text(self.assignee, "review.assignee", limit=200)

    def to_content(self) -> dict[str, Any]:
        return {"case": self.case_id, "state": self.state.value, "assignee": self.assignee}

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Review:
        return cls(
            id=record_id,
            case_id=c["case"],
            state=parse_enum(ReviewState, c["state"], "review.state"),
            assignee=c.get("assignee"),
        )


# Admiralty code (NATO AJP-2.1): the source and the information are judged separately.
SOURCE_RELIABILITY = ("A", "B", "C", "D", "E", "F")
INFO_CREDIBILITY = (1, 2, 3, 4, 5, 6)
GRADED_KINDS = frozenset({RecordKind.TESTIMONY, RecordKind.EVENT})  # the claims


@dataclass(frozen=True)
class Grade:
    """One reviewer's grade of a testimony or an event. Every grade is a record of its
    own: a new grade never overwrites an older one; the current grade is the latest."""

    id: str
    target_kind: RecordKind
    target_id: str
    source: str  # source reliability, A (reliable) .. F (cannot be judged)
    info: int  # information credibility, 1 (confirmed) .. 6 (cannot be judged)
    reason: str | None = None

    def validate(self) -> None:
        check_id(self.id, "grade.id")
        if self.target_kind not in GRADED_KINDS:
            raise ValidationError("invalid.grade_target", field="grade.target_kind")
        check_id(self.target_id, "grade.target")
        if self.source not in SOURCE_RELIABILITY:
            raise ValidationError(
                "invalid.vocab", field="grade.source", scheme="source_reliability"
            )
        if type(self.info) is not int or self.info not in INFO_CREDIBILITY:
            raise ValidationError("invalid.vocab", field="grade.info", scheme="info_credibility")
        optional_text(self.reason, "grade.reason", limit=MAX_TEXT)

    def to_content(self) -> dict[str, Any]:
        return {
            "target_kind": self.target_kind.value,
            "target": self.target_id,
            "source": self.source,
            "info": self.info,
            "reason": self.reason,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> Grade:
        return cls(
            id=record_id,
            target_kind=RecordKind(c["target_kind"]),
            target_id=c["target"],
            source=c["source"],
            info=c["info"],
            reason=c.get("reason"),
        )


# -- follow-ups (docs/review.md §6) ---------------------------------------------------------


class AnswerKind(enum.StrEnum):
    NOTE = "note"  # the answer is in the text
    CORRECTION = "correction"  # a record was corrected: ``record`` and ``rev`` name it
    TESTIMONY = "testimony"  # a new testimony answers it: ``record`` names it


FOLLOWUP_TARGETS = frozenset(
    {RecordKind.CASE, RecordKind.PERSON, RecordKind.EVENT, RecordKind.TESTIMONY}
)


def _check_rev_id(value: object, field: str) -> str:
    if type(value) is not str or len(value) != 64 or value.strip("0123456789abcdef"):
        raise ValidationError("invalid.id", field=field)
    return value


@dataclass(frozen=True)
class FollowUp:
    """A reviewer's precise question about a case, or one record (and field) of it.
    Owned by the vault that asks; answered by FollowUpAnswer records."""

    id: str
    case_id: str
    target_kind: RecordKind
    target_id: str
    text: str
    field: str | None = None
    asked_by: str | None = None  # display name; the author key is in the revision
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self) -> None:
        check_id(self.id, "followup.id")
        check_id(self.case_id, "followup.case")
        check_id(self.target_id, "followup.target")
        if self.target_kind not in FOLLOWUP_TARGETS:
            raise ValidationError("invalid.vocab", field="followup.target_kind")
        require_text(self.text, "followup.text", limit=10_000)
        optional_text(self.field, "followup.field", limit=200)
        optional_text(self.asked_by, "followup.asked_by", limit=200)

    def to_content(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "target_kind": self.target_kind.value,
            "target": self.target_id,
            "field": self.field,
            "text": self.text,
            "asked_by": self.asked_by,
            "sensitivity": self.sensitivity.code,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> FollowUp:
        return cls(
            id=record_id,
            case_id=c["case"],
            target_kind=RecordKind(c["target_kind"]),
            target_id=c["target"],
            field=c.get("field"),
            text=c["text"],
            asked_by=c.get("asked_by"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
        )


@dataclass(frozen=True)
class FollowUpAnswer:
    """The answer to a follow-up, owned by the vault that answers (the field): a note,
    a correction (the record revision that answers it) or a new testimony."""

    id: str
    followup_id: str
    case_id: str
    kind: AnswerKind = AnswerKind.NOTE
    text: str | None = None
    record_id: str | None = None
    rev_id: str | None = None
    answered_by: str | None = None
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY

    def validate(self) -> None:
        check_id(self.id, "answer.id")
        check_id(self.followup_id, "answer.followup")
        check_id(self.case_id, "answer.case")
        optional_text(self.text, "answer.text", limit=10_000)
        optional_text(self.answered_by, "answer.answered_by", limit=200)
        if self.kind is AnswerKind.NOTE and not self.text:
            raise ValidationError("invalid.required", field="answer.text")
        if self.kind is not AnswerKind.NOTE or self.record_id is not None:
            check_id(self.record_id, "answer.record")
        if self.kind is AnswerKind.CORRECTION:
            _check_rev_id(self.rev_id, "answer.rev")
        elif self.rev_id is not None:
            raise ValidationError("invalid.rev_without_correction", field="answer.rev")

    def to_content(self) -> dict[str, Any]:
        return {
            "followup": self.followup_id,
            "case": self.case_id,
            "kind": self.kind.value,
            "text": self.text,
            "record": self.record_id,
            "rev": self.rev_id,
            "answered_by": self.answered_by,
            "sensitivity": self.sensitivity.code,
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> FollowUpAnswer:
        return cls(
            id=record_id,
            followup_id=c["followup"],
            case_id=c["case"],
            kind=AnswerKind(c.get("kind", "note")),
            text=c.get("text"),
            record_id=c.get("record"),
            rev_id=c.get("rev"),
            answered_by=c.get("answered_by"),
            sensitivity=Sensitivity.parse(c.get("sensitivity", "internal"), "sensitivity"),
        )


# -- person merges (docs/review.md §5) ----------------------------------------------------


@dataclass(frozen=True)
class PersonMerge:
    """A reviewer's decision that ``other`` is the same person as ``keep``. It never
    alters either person record (each is owned by the vault that wrote it): reads
    resolve ``other`` to ``keep`` through a projection. A later revision with
    ``undone`` set undoes it (unmerge)."""

    id: str
    keep_id: str
    other_id: str
    undone: bool = False  # written only when true

    def validate(self) -> None:
        check_id(self.id, "person_merge.id")
        check_id(self.keep_id, "person_merge.keep")
        check_id(self.other_id, "person_merge.other")
        if self.keep_id == self.other_id:
            raise ValidationError("invalid.self_merge", field="person_merge.other")
        if type(self.undone) is not bool:
            raise ValidationError("invalid.type", field="person_merge.undone", expected="bool")

    def to_content(self) -> dict[str, Any]:
        return {
            "keep": self.keep_id,
            "other": self.other_id,
            **({"undone": True} if self.undone else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> PersonMerge:
        return cls(
            id=record_id, keep_id=c["keep"], other_id=c["other"], undone=c.get("undone", False)
        )


@dataclass(frozen=True)
class PersonDistinct:
    """A reviewer's decision that two persons are not the same person: the pair is no
    longer proposed as duplicates, and merging it is refused. ``withdrawn`` (a later
    revision) takes the decision back."""

    id: str
    person_id: str
    other_id: str
    withdrawn: bool = False  # written only when true

    def validate(self) -> None:
        check_id(self.id, "person_distinct.id")
        check_id(self.person_id, "person_distinct.person")
        check_id(self.other_id, "person_distinct.other")
        if self.person_id == self.other_id:
            raise ValidationError("invalid.self_distinct", field="person_distinct.other")
        if type(self.withdrawn) is not bool:
            raise ValidationError(
                "invalid.type", field="person_distinct.withdrawn", expected="bool"
            )

    def to_content(self) -> dict[str, Any]:
        return {
            "person": self.person_id,
            "other": self.other_id,
            **({"withdrawn": True} if self.withdrawn else {}),
        }

    @classmethod
    def from_content(cls, record_id: str, c: Mapping[str, Any]) -> PersonDistinct:
        return cls(
            id=record_id,
            person_id=c["person"],
            other_id=c["other"],
            withdrawn=c.get("withdrawn", False),
        )


Record = (
    Person
    | Place
    | Relationship
    | Case
    | Event
    | Testimony
    | Attachment
    | Annotation
    | (ConsentWithdrawal)
    | Review
    | Grade
    | FollowUp
    | FollowUpAnswer
    | PersonMerge
    | PersonDistinct
)

RECORD_TYPES: dict[RecordKind, Any] = {
    RecordKind.PERSON: Person,
    RecordKind.PLACE: Place,
    RecordKind.RELATIONSHIP: Relationship,
    RecordKind.CASE: Case,
    RecordKind.EVENT: Event,
    RecordKind.TESTIMONY: Testimony,
    RecordKind.ATTACHMENT: Attachment,
    RecordKind.ANNOTATION: Annotation,
    RecordKind.WITHDRAWAL: ConsentWithdrawal,
    RecordKind.REVIEW: Review,
    RecordKind.GRADE: Grade,
    RecordKind.FOLLOWUP: FollowUp,
    RecordKind.FOLLOWUP_ANSWER: FollowUpAnswer,
    RecordKind.PERSON_MERGE: PersonMerge,
    RecordKind.PERSON_DISTINCT: PersonDistinct,
}


def kind_of(record: Record) -> RecordKind:
    for kind, cls in RECORD_TYPES.items():
        if type(record) is cls:
            return kind
    raise TypeError(type(record).__name__)


def record_from_content(kind: RecordKind, record_id: str, content: Mapping[str, Any]) -> Record:
    """Rebuild and validate a record from stored or received content.

    Malformed content (missing keys, wrong types) is a ValidationError, not a crash:
    content may come from a bundle.
    """
    cls = RECORD_TYPES[kind]
    try:
        record: Record = cls.from_content(record_id, content)
        # A field of the wrong type (a number where text belongs) can reach a check that
        # assumes the type: that, too, is invalid content, not a crash.
        record.validate()
    except ValidationError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        raise ValidationError("invalid.content", field=kind.value) from None
    return record
