"""The case JSON format (docs/case-json.md): parsing into records, rendering from them.

Input is forgiving in form (a name may be a plain string, a place a plain label,
``birth_year`` stands for a year-precision ``birth_date``) but strict in content: an
unknown key is an error (a typo must not silently drop testimony), every code must be
in the vocabulary, and errors name the JSON path of the field, never its value.

Rendering produces the *full form*: every field present, ids included, places and
persons inline. Parsing the full form gives the same records again (round trip).

The parser does no I/O: places are handed to a ``resolve_place`` callback (storage
finds an existing place with the same label or creates one) and ids come from
``new_id``.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.dates import PartialDate, parse_optional
from amanat.domain.errors import ValidationError
from amanat.domain.model import (
    ADDRESS_SENSITIVITY,
    CONTACT_SENSITIVITY,
    DEFAULT_SENSITIVITY,
    IDENTIFIER_SENSITIVITY,
    TESTIMONY_SENSITIVITY,
    AgeRange,
    Annotation,
    Attachment,
    Case,
    CasePerson,
    CaseStatus,
    Consent,
    ConsentUse,
    ConsentWithdrawal,
    ContactKind,
    Event,
    IdentifierScheme,
    NameType,
    Person,
    PersonContact,
    PersonIdentifier,
    PersonName,
    PersonStatus,
    Place,
    PlaceLabel,
    Relationship,
    Sensitivity,
    Sentence,
    Sex,
    StatusEntry,
    Testimony,
    TestimonyMode,
    check_code,
    check_id,
    check_script,
    optional_text,
    parse_enum,
    require_text,
)

FORMAT_VERSION = 1


def new_record_id() -> str:
    """A new record id: 32 lower-case hex digits, time-ordered like UUIDv7.

    48 bits of milliseconds since 1970, then 80 random bits. Time order keeps inserts
    at the right edge of the id indexes (bulk imports of 100,000 cases stay fast); the
    time it reveals is also in the record's first revision, so nothing new leaks.
    """
    return f"{time.time_ns() // 1_000_000:012x}{os.urandom(10).hex()}"


def guess_script(text: str) -> str:
    """A script tag for text typed without one (the language is only guessed for
    Kazakh Cyrillic, whose extra letters give it away, and Uyghur Arabic script)."""
    counts = {"Cyrl": 0, "Arab": 0, "Hans": 0, "Latn": 0}
    kazakh = False
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("CYRILLIC"):
            counts["Cyrl"] += 1
            kazakh = kazakh or char.lower() in "әғқңөұүһі"
        elif name.startswith("ARABIC"):
            counts["Arab"] += 1
        elif name.startswith("CJK"):
            counts["Hans"] += 1
        else:
            counts["Latn"] += 1
    script = max(counts, key=lambda k: counts[k])
    if counts[script] == 0:
        return "und-Latn"
    if script == "Cyrl":
        return "kk-Cyrl" if kazakh else "und-Cyrl"
    if script == "Arab":
        return "ug-Arab"
    if script == "Hans":
        return "zh-Hans"
    return "und-Latn"


# -- places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceSpec:
    """A place as the case JSON gives it, before it is matched to the gazetteer."""

    labels: tuple[PlaceLabel, ...]
    type: str = "other"
    facility_type: str | None = None
    parent: PlaceSpec | None = None
    id: str | None = None
    sensitivity: Sensitivity = DEFAULT_SENSITIVITY
    reference_only: bool = False  # {"id": ...}: an existing place, nothing else given


ResolvePlace = Callable[[PlaceSpec, str], str]
"""(spec, JSON path) -> the id of an existing or newly created place."""

_PLACE_KEYS = {"id", "name", "labels", "type", "facility_type", "parent", "sensitivity"}


def parse_place(value: object, path: str) -> PlaceSpec:
    if isinstance(value, str):
        text = require_text(value, path)
        return PlaceSpec(labels=(PlaceLabel(text.strip(), guess_script(text)),))
    obj = _object(value, path)
    _known(obj, _PLACE_KEYS, path)
    if set(obj) == {"id"}:
        return PlaceSpec(labels=(), id=check_id(obj["id"], f"{path}.id"), reference_only=True)
    labels: list[PlaceLabel] = []
    for i, item in enumerate(_list(obj.get("labels", []), f"{path}.labels")):
        lpath = f"{path}.labels[{i}]"
        if isinstance(item, str):
            labels.append(PlaceLabel(require_text(item, lpath), guess_script(item)))
            continue
        lobj = _object(item, lpath)
        _known(lobj, {"text", "script"}, lpath)
        text = require_text(lobj.get("text"), f"{lpath}.text")
        script = lobj.get("script") or guess_script(text)
        labels.append(PlaceLabel(text, check_script(script, f"{lpath}.script")))
    if "name" in obj:
        text = require_text(obj["name"], f"{path}.name").strip()
        # The full form repeats the first label as "name"; only a new text is added.
        if all(label.text != text for label in labels):
            labels.insert(0, PlaceLabel(text, guess_script(text)))
    labels = list(dict.fromkeys(labels))
    if not labels:
        raise ValidationError("invalid.required", field=f"{path}.name")
    place_type = check_code("place_type", obj.get("type", "other"), f"{path}.type")
    facility_type = obj.get("facility_type")
    if facility_type is not None:
        check_code("facility_type", facility_type, f"{path}.facility_type")
        if place_type == "other":
            place_type = "facility"
        if place_type != "facility":
            raise ValidationError("invalid.facility_type", field=f"{path}.facility_type")
    default = ADDRESS_SENSITIVITY if place_type == "address" else DEFAULT_SENSITIVITY
    parent = obj.get("parent")
    place_id = obj.get("id")
    return PlaceSpec(
        labels=tuple(labels),
        type=place_type,
        facility_type=facility_type,
        parent=None if parent is None else parse_place(parent, f"{path}.parent"),
        id=None if place_id is None else check_id(place_id, f"{path}.id"),
        sensitivity=_sensitivity(obj, path, default),
    )


def render_place(place_id: str | None, places: Mapping[str, Place]) -> dict[str, Any] | None:
    if place_id is None:
        return None
    place = places[place_id]
    return {
        "id": place.id,
        "name": place.labels[0].text,
        "labels": [{"text": lb.text, "script": lb.script} for lb in place.labels],
        "type": place.type,
        "facility_type": place.facility_type,
        "parent": render_place(place.parent_id, places) if place.parent_id else None,
        "sensitivity": place.sensitivity.code,
    }


# -- persons ------------------------------------------------------------------------------

_PERSON_KEYS = {
    "id", "names", "sex", "birth_date", "birth_year", "age_range", "ethnicity", "hometown",
    "identifiers", "contacts", "status", "occupation", "notes", "sensitivity",
}  # fmt: skip


@dataclass
class _Context:
    resolve_place: ResolvePlace
    new_id: Callable[[], str]
    persons: dict[str, Person] = field(default_factory=dict)  # new persons, by id
    referenced: set[str] = field(default_factory=set)  # existing persons named by id

    def place(self, value: object, path: str) -> str | None:
        if value is None:
            return None
        return self.resolve_place(parse_place(value, path), path)


def _parse_name(value: object, path: str) -> PersonName:
    if isinstance(value, str):
        return PersonName(require_text(value, path, limit=500), guess_script(value))
    obj = _object(value, path)
    _known(obj, {"text", "script", "type", "sensitivity", "match_key"}, path)
    text = require_text(obj.get("text"), f"{path}.text", limit=500)
    script = obj.get("script") or guess_script(text)
    return PersonName(
        text=text,
        script=check_script(script, f"{path}.script"),
        type=parse_enum(NameType, obj.get("type", "preferred"), f"{path}.type"),
        sensitivity=_sensitivity(obj, path, DEFAULT_SENSITIVITY),
    )


def _parse_person(value: object, path: str, ctx: _Context) -> str:
    """Parse a person (or a string: a single name); return its id."""
    if isinstance(value, str):
        value = {"names": [value]}
    obj = _object(value, path)
    _known(obj, _PERSON_KEYS, path)
    person_id = obj.get("id")
    if person_id is not None:
        check_id(person_id, f"{path}.id")
        if set(obj) == {"id"}:
            if person_id not in ctx.persons:
                ctx.referenced.add(person_id)
            return str(person_id)
        if person_id in ctx.persons:
            # The same person appears twice in one document (victim and interviewer...):
            # the full form repeats it inline; both copies must agree.
            return str(person_id)
    names = tuple(
        _parse_name(n, f"{path}.names[{i}]")
        for i, n in enumerate(_list(obj.get("names"), f"{path}.names"))
    )
    if not names:
        raise ValidationError("invalid.required", field=f"{path}.names")
    if "birth_date" in obj and "birth_year" in obj and obj["birth_date"] is not None:
        raise ValidationError("invalid.birth_and_age", field=f"{path}.birth_year")
    birth = parse_optional(obj.get("birth_date"), f"{path}.birth_date")
    if birth is None and obj.get("birth_year") is not None:
        year = obj["birth_year"]
        if not isinstance(year, int) or isinstance(year, bool):
            raise ValidationError("invalid.type", field=f"{path}.birth_year", expected="integer")
        birth = parse_optional(year, f"{path}.birth_year")
    age_range = None
    if obj.get("age_range") is not None:
        apath = f"{path}.age_range"
        aobj = _object(obj["age_range"], apath)
        _known(aobj, {"min", "max", "as_of"}, apath)
        as_of = parse_optional(aobj.get("as_of"), f"{apath}.as_of")
        if as_of is None:
            raise ValidationError("invalid.required", field=f"{apath}.as_of")
        age_range = AgeRange(
            _int(aobj.get("min"), f"{apath}.min"), _int(aobj.get("max"), f"{apath}.max"), as_of
        )
    identifiers = []
    for i, item in enumerate(_list(obj.get("identifiers", []), f"{path}.identifiers")):
        ipath = f"{path}.identifiers[{i}]"
        iobj = _object(item, ipath)
        _known(iobj, {"scheme", "value", "source", "sensitivity"}, ipath)
        identifiers.append(
            PersonIdentifier(
                scheme=parse_enum(IdentifierScheme, iobj.get("scheme"), f"{ipath}.scheme"),
                value=require_text(iobj.get("value"), f"{ipath}.value", limit=200),
                source=optional_text(iobj.get("source"), f"{ipath}.source"),
                sensitivity=_sensitivity(iobj, ipath, IDENTIFIER_SENSITIVITY),
            )
        )
    contacts = []
    for i, item in enumerate(_list(obj.get("contacts", []), f"{path}.contacts")):
        cpath = f"{path}.contacts[{i}]"
        cobj = _object(item, cpath)
        _known(cobj, {"kind", "value", "sensitivity"}, cpath)
        contacts.append(
            PersonContact(
                kind=parse_enum(ContactKind, cobj.get("kind", "other"), f"{cpath}.kind"),
                value=require_text(cobj.get("value"), f"{cpath}.value", limit=1000),
                sensitivity=_sensitivity(cobj, cpath, CONTACT_SENSITIVITY),
            )
        )
    status = _parse_status(obj.get("status"), f"{path}.status")
    person = Person(
        id=str(person_id) if person_id is not None else ctx.new_id(),
        names=names,
        sex=parse_enum(Sex, obj.get("sex", "unknown"), f"{path}.sex"),
        birth_date=birth,
        age_range=age_range,
        ethnicity=_optional_code("ethnicity", obj.get("ethnicity"), f"{path}.ethnicity"),
        hometown_id=ctx.place(obj.get("hometown"), f"{path}.hometown"),
        identifiers=tuple(identifiers),
        contacts=tuple(contacts),
        status=status,
        occupation=optional_text(obj.get("occupation"), f"{path}.occupation"),
        notes=optional_text(obj.get("notes"), f"{path}.notes", limit=1_000_000),
        sensitivity=_sensitivity(obj, path, DEFAULT_SENSITIVITY),
    )
    _validate_at(person.validate, path, "person")
    ctx.persons[person.id] = person
    return person.id


def _parse_status(value: object, path: str) -> tuple[StatusEntry, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (StatusEntry(parse_enum(PersonStatus, value, path)),)
    entries = []
    for i, item in enumerate(_list(value, path)):
        spath = f"{path}[{i}]"
        sobj = _object(item, spath)
        _known(sobj, {"status", "date", "source", "source_testimony"}, spath)
        source_testimony = sobj.get("source_testimony")
        entries.append(
            StatusEntry(
                status=parse_enum(PersonStatus, sobj.get("status"), f"{spath}.status"),
                date=parse_optional(sobj.get("date"), f"{spath}.date"),
                source=optional_text(sobj.get("source"), f"{spath}.source"),
                source_testimony_id=None
                if source_testimony is None
                else check_id(source_testimony, f"{spath}.source_testimony"),
            )
        )
    return tuple(entries)


def render_person(
    person_id: str, persons: Mapping[str, Person], places: Mapping[str, Place]
) -> dict[str, Any]:
    p = persons[person_id]
    return {
        "id": p.id,
        "names": [
            {
                "text": n.text,
                "script": n.script,
                "type": n.type.value,
                "sensitivity": n.sensitivity.code,
            }
            for n in p.names
        ],
        "sex": p.sex.value,
        "birth_date": None if p.birth_date is None else p.birth_date.format(),
        "age_range": None
        if p.age_range is None
        else {
            "min": p.age_range.min_age,
            "max": p.age_range.max_age,
            "as_of": p.age_range.as_of.format(),
        },
        "ethnicity": p.ethnicity,
        "hometown": render_place(p.hometown_id, places),
        "identifiers": [i.to_content() for i in p.identifiers],
        "contacts": [c.to_content() for c in p.contacts],
        "status": [s.to_content() for s in p.status],
        "occupation": p.occupation,
        "notes": p.notes,
        "sensitivity": p.sensitivity.code,
    }


# -- the case -----------------------------------------------------------------------------

_CASE_KEYS = {
    "id", "title", "status", "assignee", "reference", "summary", "sensitivity", "person",
    "persons", "events", "testimonies", "relationships", "format",
    # Output only (the full form of ``case show``); accepted and ignored on input.
    "created", "updated", "attachments", "annotations", "conflicts",
}  # fmt: skip
_EVENT_KEYS = {
    "id", "type", "date", "end_date", "place", "victim", "stated_reason", "sentence",
    "description", "sources", "sensitivity",
}  # fmt: skip
_TESTIMONY_KEYS = {
    "id", "narrative", "language", "speaker", "relation", "interviewers", "interpreter",
    "date", "place", "mode", "consent", "supersedes", "sensitivity",
    "state", "seal", "withdrawals",  # output only
}  # fmt: skip
_CONSENT_KEYS = {"informed", "voluntary", "may_name", "may_show_face", "may_use_voice", "uses"}


@dataclass(frozen=True)
class ParsedCase:
    case: Case
    persons: tuple[Person, ...]  # persons described in the document (new or known)
    referenced_persons: frozenset[str]  # ids named without details: must exist
    events: tuple[Event, ...]
    testimonies: tuple[Testimony, ...]
    relationships: tuple[Relationship, ...]


def parse_case(
    doc: object, *, resolve_place: ResolvePlace, new_id: Callable[[], str] = new_record_id
) -> ParsedCase:
    """Validate a case document and turn it into records (ids assigned where missing).

    Line ends are normalised first (CR LF and lone CR become LF), so that a case written
    on Windows reads like any other; every other control character is refused.
    """
    obj = _object(_unix_line_ends(doc), "$")
    _known(obj, _CASE_KEYS, "$")
    if obj.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise ValidationError("invalid.format_version", field="format")
    ctx = _Context(resolve_place=resolve_place, new_id=new_id)
    case_id = obj.get("id")
    case_id = new_id() if case_id is None else check_id(case_id, "id")
    title = require_text(obj.get("title"), "title", limit=500)
    if "person" not in obj:
        raise ValidationError("invalid.required", field="person")
    person_id = _parse_person(obj["person"], "person", ctx)
    links: list[CasePerson] = [CasePerson(person_id, "victim")]
    for i, item in enumerate(_list(obj.get("persons", []), "persons")):
        lpath = f"persons[{i}]"
        lobj = _object(item, lpath)
        _known(lobj, {"person", "role"}, lpath)
        if "person" not in lobj:
            raise ValidationError("invalid.required", field=f"{lpath}.person")
        linked = _parse_person(lobj["person"], f"{lpath}.person", ctx)
        role = check_code("role", lobj.get("role", "relative"), f"{lpath}.role")
        links.append(CasePerson(linked, role))

    testimony_docs = _list(obj.get("testimonies", []), "testimonies")
    # Ids first: events name their source testimonies by id or by index.
    testimony_ids = []
    for i, item in enumerate(testimony_docs):
        tobj = _object(item, f"testimonies[{i}]")
        tid = tobj.get("id")
        testimony_ids.append(new_id() if tid is None else check_id(tid, f"testimonies[{i}].id"))

    testimonies = []
    for i, item in enumerate(testimony_docs):
        testimony = _parse_testimony(item, f"testimonies[{i}]", testimony_ids[i], case_id, ctx)
        testimonies.append(testimony)
        links.append(CasePerson(testimony.speaker_id, "witness"))
        links.extend(CasePerson(pid, "interviewer") for pid in testimony.interviewer_ids)
        if testimony.interpreter_id:
            links.append(CasePerson(testimony.interpreter_id, "interpreter"))

    events = []
    for i, item in enumerate(_list(obj.get("events", []), "events")):
        epath = f"events[{i}]"
        eobj = _object(item, epath)
        _known(eobj, _EVENT_KEYS, epath)
        victim = eobj.get("victim")
        victim_id = person_id if victim is None else _parse_person(victim, f"{epath}.victim", ctx)
        if victim_id != person_id:
            links.append(CasePerson(victim_id, "victim"))
        sources = []
        for j, ref in enumerate(_list(eobj.get("sources", []), f"{epath}.sources")):
            if isinstance(ref, int) and not isinstance(ref, bool):
                if not (0 <= ref < len(testimony_ids)):
                    raise ValidationError("invalid.reference", field=f"{epath}.sources[{j}]")
                sources.append(testimony_ids[ref])
            elif ref in testimony_ids:
                sources.append(ref)
            else:
                raise ValidationError("invalid.reference", field=f"{epath}.sources[{j}]")
        event_id = eobj.get("id")
        event = Event(
            id=new_id() if event_id is None else check_id(event_id, f"{epath}.id"),
            case_id=case_id,
            type=check_code("event_type", eobj.get("type"), f"{epath}.type"),
            victim_id=victim_id,
            date=parse_optional(eobj.get("date"), f"{epath}.date"),
            end_date=parse_optional(eobj.get("end_date"), f"{epath}.end_date"),
            place_id=ctx.place(eobj.get("place"), f"{epath}.place"),
            stated_reason=optional_text(eobj.get("stated_reason"), f"{epath}.stated_reason"),
            sentence=_parse_sentence(eobj.get("sentence"), f"{epath}.sentence"),
            description=optional_text(
                eobj.get("description"), f"{epath}.description", limit=1_000_000
            ),
            source_testimony_ids=tuple(dict.fromkeys(sources)),
            sensitivity=_sensitivity(eobj, epath, DEFAULT_SENSITIVITY),
        )
        _validate_at(event.validate, epath, "event")
        events.append(event)

    relationships = []
    for i, item in enumerate(_list(obj.get("relationships", []), "relationships")):
        rpath = f"relationships[{i}]"
        robj = _object(item, rpath)
        _known(robj, {"id", "person", "other", "type", "source", "sensitivity"}, rpath)
        rid = robj.get("id")
        relationship = Relationship(
            id=new_id() if rid is None else check_id(rid, f"{rpath}.id"),
            person_id=_person_ref(robj.get("person"), f"{rpath}.person", ctx),
            other_person_id=_person_ref(robj.get("other"), f"{rpath}.other", ctx),
            type=check_code("relation", robj.get("type"), f"{rpath}.type"),
            source=optional_text(robj.get("source"), f"{rpath}.source"),
            sensitivity=_sensitivity(robj, rpath, DEFAULT_SENSITIVITY),
        )
        _validate_at(relationship.validate, rpath, "relationship")
        relationships.append(relationship)

    case = Case(
        id=case_id,
        title=title,
        person_id=person_id,
        status=parse_enum(CaseStatus, obj.get("status", "open"), "status"),
        assignee=optional_text(obj.get("assignee"), "assignee", limit=200),
        persons=tuple(dict.fromkeys(links)),
        summary=optional_text(obj.get("summary"), "summary", limit=1_000_000),
        reference=optional_text(obj.get("reference"), "reference", limit=200),
        sensitivity=_sensitivity(obj, "$", DEFAULT_SENSITIVITY),
    )
    _validate_at(case.validate, "$", "case")
    return ParsedCase(
        case=case,
        persons=tuple(ctx.persons.values()),
        referenced_persons=frozenset(ctx.referenced - set(ctx.persons)),
        events=tuple(events),
        testimonies=tuple(testimonies),
        relationships=tuple(relationships),
    )


def _person_ref(value: object, path: str, ctx: _Context) -> str:
    if isinstance(value, str) and len(value) == 32:
        check_id(value, path)
        if value not in ctx.persons:
            ctx.referenced.add(value)
        return value
    if value is None:
        raise ValidationError("invalid.required", field=path)
    return _parse_person(value, path, ctx)


def _parse_sentence(value: object, path: str) -> Sentence | None:
    if value is None:
        return None
    if isinstance(value, str):
        return Sentence(text=require_text(value, path))
    obj = _object(value, path)
    _known(obj, {"years", "months", "text"}, path)
    years = obj.get("years")
    months = obj.get("months")
    return Sentence(
        years=None if years is None else _int(years, f"{path}.years"),
        months=None if months is None else _int(months, f"{path}.months"),
        text=optional_text(obj.get("text"), f"{path}.text"),
    )


def _parse_testimony(
    value: object, path: str, testimony_id: str, case_id: str, ctx: _Context
) -> Testimony:
    obj = _object(value, path)
    _known(obj, _TESTIMONY_KEYS, path)
    if "speaker" not in obj:
        raise ValidationError("invalid.required", field=f"{path}.speaker")
    speaker_id = _parse_person(obj["speaker"], f"{path}.speaker", ctx)
    interviewers = tuple(
        _parse_person(item, f"{path}.interviewers[{i}]", ctx)
        for i, item in enumerate(_list(obj.get("interviewers", []), f"{path}.interviewers"))
    )
    interpreter = obj.get("interpreter")
    narrative = obj.get("narrative", "")
    if not isinstance(narrative, str):
        raise ValidationError("invalid.type", field=f"{path}.narrative", expected="string")
    language = obj.get("language")
    if language is None:
        raise ValidationError("invalid.required", field=f"{path}.language")
    supersedes = obj.get("supersedes")
    testimony = Testimony(
        id=testimony_id,
        case_id=case_id,
        speaker_id=speaker_id,
        narrative=narrative,
        language=language,
        relation=_optional_code("relation", obj.get("relation"), f"{path}.relation"),
        interviewer_ids=tuple(dict.fromkeys(interviewers)),
        interpreter_id=None
        if interpreter is None
        else _parse_person(interpreter, f"{path}.interpreter", ctx),
        date=parse_optional(obj.get("date"), f"{path}.date"),
        place_id=_coarse_place(obj.get("place"), f"{path}.place", ctx),
        mode=parse_enum(TestimonyMode, obj.get("mode", "in_person"), f"{path}.mode"),
        consent=parse_consent(obj.get("consent"), f"{path}.consent"),
        supersedes_id=None if supersedes is None else check_id(supersedes, f"{path}.supersedes"),
        sensitivity=_sensitivity(obj, path, TESTIMONY_SENSITIVITY),
    )
    _validate_at(testimony.validate, path, "testimony")
    return testimony


def _coarse_place(value: object, path: str, ctx: _Context) -> str | None:
    """Where an interview took place is kept coarse: a city or country, never an
    address (it could lead to the witness)."""
    if value is None:
        return None
    spec = parse_place(value, path)
    if spec.type == "address":
        raise ValidationError("invalid.coarse_place", field=path)
    return ctx.resolve_place(spec, path)


def parse_consent(value: object, path: str) -> Consent:
    """Consent; missing means none given beyond internal use (the safe default)."""
    if value is None:
        return Consent()
    obj = _object(value, path)
    _known(obj, _CONSENT_KEYS, path)
    flags = {}
    for name in ("informed", "voluntary", "may_name", "may_show_face", "may_use_voice"):
        flag = obj.get(name, False)
        if not isinstance(flag, bool):
            raise ValidationError("invalid.type", field=f"{path}.{name}", expected="bool")
        flags[name] = flag
    uses = frozenset(
        parse_enum(ConsentUse, u, f"{path}.uses[{i}]")
        for i, u in enumerate(_list(obj.get("uses", ["internal"]), f"{path}.uses"))
    )
    return Consent(uses=uses, **flags)


def render_testimony(
    t: Testimony,
    persons: Mapping[str, Person],
    places: Mapping[str, Place],
    withdrawals: Sequence[ConsentWithdrawal] = (),
) -> dict[str, Any]:
    return {
        "id": t.id,
        "speaker": render_person(t.speaker_id, persons, places),
        "relation": t.relation,
        "interviewers": [render_person(pid, persons, places) for pid in t.interviewer_ids],
        "interpreter": None
        if t.interpreter_id is None
        else render_person(t.interpreter_id, persons, places),
        "date": None if t.date is None else t.date.format(),
        "place": render_place(t.place_id, places),
        "mode": t.mode.value,
        "language": t.language,
        "narrative": t.narrative,
        "consent": t.consent.to_content(),
        "supersedes": t.supersedes_id,
        "sensitivity": t.sensitivity.code,
        "state": t.state.value,
        "seal": None if t.seal is None else t.seal.to_content(),
        "withdrawals": [
            {"id": w.id, **w.to_content()} for w in withdrawals if w.testimony_id == t.id
        ],
    }


def render_event(
    e: Event, case_person_id: str, persons: Mapping[str, Person], places: Mapping[str, Place]
) -> dict[str, Any]:
    victim: dict[str, Any] | None = None
    if e.victim_id == case_person_id:
        victim = {"id": e.victim_id}
    elif e.victim_id is not None:
        victim = render_person(e.victim_id, persons, places)
    return {
        "id": e.id,
        "type": e.type,
        "date": None if e.date is None else e.date.format(),
        "end_date": None if e.end_date is None else e.end_date.format(),
        "place": render_place(e.place_id, places),
        "victim": victim,
        "stated_reason": e.stated_reason,
        "sentence": None
        if e.sentence is None
        else {"years": e.sentence.years, "months": e.sentence.months, "text": e.sentence.text},
        "description": e.description,
        "sources": list(e.source_testimony_ids),
        "sensitivity": e.sensitivity.code,
    }


def render_case(
    case: Case,
    *,
    persons: Mapping[str, Person],
    places: Mapping[str, Place],
    events: Sequence[Event],
    testimonies: Sequence[Testimony],
    relationships: Sequence[Relationship] = (),
    withdrawals: Sequence[ConsentWithdrawal] = (),
    attachments: Sequence[Attachment] = (),
    annotations: Sequence[Annotation] = (),
    created: str | None = None,
    updated: str | None = None,
) -> dict[str, Any]:
    """The full form of a case (``case show --json``)."""
    implicit = {"witness", "interviewer", "interpreter"}
    testimony_people = {t.speaker_id for t in testimonies}
    for t in testimonies:
        testimony_people.update(t.interviewer_ids)
        if t.interpreter_id:
            testimony_people.add(t.interpreter_id)
    event_victims = {e.victim_id for e in events}
    extra = [
        {"person": render_person(link.person_id, persons, places), "role": link.role}
        for link in case.persons
        if not (link.person_id == case.person_id and link.role == "victim")
        # Links that parsing derives from testimonies and events are not repeated.
        and not (link.role in implicit and link.person_id in testimony_people)
        and not (link.role == "victim" and link.person_id in event_victims)
    ]
    return {
        "format": FORMAT_VERSION,
        "id": case.id,
        "title": case.title,
        "status": case.status.value,
        "assignee": case.assignee,
        "reference": case.reference,
        "summary": case.summary,
        "sensitivity": case.sensitivity.code,
        "created": created,
        "updated": updated,
        "person": render_person(case.person_id, persons, places),
        "persons": extra,
        "events": [render_event(e, case.person_id, persons, places) for e in events],
        "testimonies": [render_testimony(t, persons, places, withdrawals) for t in testimonies],
        "relationships": [{"id": r.id, **r.to_content()} for r in relationships],
        "attachments": [
            {
                "id": a.id,
                "original_name": a.original_name,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256.hex(),
                "role": a.role.value,
                "derived_from": a.derived_from_id,
                "testimony": a.testimony_id,
                "event": a.event_id,
                "description": a.description,
                "sensitivity": a.sensitivity.code,
            }
            for a in attachments
        ],
        "annotations": [{"id": n.id, **n.to_content()} for n in annotations],
    }


# -- helpers ------------------------------------------------------------------------------


def _unix_line_ends(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, dict):
        return {k: _unix_line_ends(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unix_line_ends(v) for v in value]
    return value


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError("invalid.type", field=path, expected="object")
    return value


def _list(value: object, path: str) -> Sequence[Any]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise ValidationError("invalid.type", field=path, expected="array")
    return value


def _known(obj: Mapping[str, Any], allowed: set[str], path: str) -> None:
    for key in obj:
        if key not in allowed:
            # The key is a field name chosen by the writer of the document; it is not
            # case content, but keep it short in case it is garbage.
            name = key[:40] if isinstance(key, str) else "?"
            raise ValidationError("invalid.unknown_field", field=f"{path}.{name}")


def _int(value: object, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("invalid.type", field=path, expected="integer")
    return value


def _optional_code(scheme: str, value: object, path: str) -> str | None:
    return None if value is None else check_code(scheme, value, path)


def _sensitivity(obj: Mapping[str, Any], path: str, default: Sensitivity) -> Sensitivity:
    value = obj.get("sensitivity")
    if value is None:
        return default
    return Sensitivity.parse(value, f"{path}.sensitivity")


def _validate_at(validate: Callable[[], None], path: str, prefix: str) -> None:
    """Run a record's validation, reporting the field at its JSON path."""
    try:
        validate()
    except ValidationError as exc:
        inner = str(exc.params.get("field", ""))
        if inner.startswith(prefix + "."):
            inner = inner[len(prefix) + 1 :]
        params = dict(exc.params)
        params["field"] = inner if path == "$" else f"{path}.{inner}"
        raise ValidationError(exc.code, **params) from None


__all__ = [
    "FORMAT_VERSION",
    "ParsedCase",
    "PartialDate",
    "PlaceSpec",
    "ResolvePlace",
    "guess_script",
    "new_record_id",
    "parse_case",
    "parse_consent",
    "parse_place",
    "render_case",
    "render_event",
    "render_person",
    "render_place",
    "render_testimony",
]
