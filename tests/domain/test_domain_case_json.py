"""The case JSON format: the issue's example, strictness, errors, full-form round trip."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from amanat.domain import prc_id, vocab
from amanat.domain.case_json import PlaceSpec, guess_script, new_record_id, parse_case, render_case
from amanat.domain.errors import ValidationError
from amanat.domain.model import (
    AttachmentRole,
    CaseStatus,
    ConsentUse,
    ContactKind,
    CustodyAction,
    IdentifierScheme,
    NameType,
    PersonStatus,
    Place,
    Sensitivity,
    Sex,
    TestimonyMode,
)
from support.cases import ISSUE_EXAMPLE, case_docs


class FakeGazetteer:
    """In-memory stand-in for storage.places.PlaceResolver (same matching rules)."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}

    def __call__(self, spec: PlaceSpec, path: str) -> str:
        if spec.id is not None and (spec.reference_only or spec.id in self.places):
            return spec.id
        parent = None if spec.parent is None else self(spec.parent, path)
        if spec.id is None:
            for place in self.places.values():
                if (
                    place.labels[0].text.casefold() == spec.labels[0].text.casefold()
                    and (spec.type == "other" or place.type == spec.type)
                    and place.parent_id == parent
                ):
                    return place.id
        place = Place(
            id=spec.id or new_record_id(),
            type=spec.type,
            labels=spec.labels,
            parent_id=parent,
            facility_type=spec.facility_type,
            sensitivity=spec.sensitivity,
        )
        place.validate()
        self.places[place.id] = place
        return place.id


def render(doc: Any, gazetteer: FakeGazetteer) -> dict[str, Any]:
    parsed = parse_case(doc, resolve_place=gazetteer)
    return render_case(
        parsed.case,
        persons={p.id: p for p in parsed.persons},
        places=gazetteer.places,
        events=parsed.events,
        testimonies=parsed.testimonies,
        relationships=parsed.relationships,
    )


def test_issue_example_is_accepted_as_is() -> None:
    gazetteer = FakeGazetteer()
    parsed = parse_case(copy.deepcopy(ISSUE_EXAMPLE), resolve_place=gazetteer)
    person = {p.id: p for p in parsed.persons}[parsed.case.person_id]
    assert person.names[0].text == "Ержан Бекболатұлы"
    assert person.birth_date is not None and person.birth_date.format() == "1974"
    assert gazetteer.places[person.hometown_id or ""].labels[0].text == "Ghulja"
    (event,) = parsed.events
    assert (event.type, str(event.date), event.victim_id) == (
        "detention",
        "2018-03",
        parsed.case.person_id,
    )
    (testimony,) = parsed.testimonies
    assert testimony.relation == "sister"
    assert testimony.consent.permits(ConsentUse.INTERNAL)
    assert not testimony.consent.permits(ConsentUse.PUBLIC)
    roles = {(link.person_id == testimony.speaker_id, link.role) for link in parsed.case.persons}
    assert roles == {(False, "victim"), (True, "witness")}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(case_docs())
def test_full_form_round_trip(doc: dict[str, Any]) -> None:
    gazetteer = FakeGazetteer()
    full = render(doc, gazetteer)
    # The full form is JSON, and parsing it gives the same records back.
    full = json.loads(json.dumps(full))
    assert render(full, gazetteer) == full
    assert full["title"] == doc["title"]
    assert [t["narrative"] for t in full["testimonies"]] == [
        t["narrative"] for t in doc.get("testimonies", [])
    ]


def _error(doc: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_case(doc, resolve_place=FakeGazetteer())
    return info.value


@pytest.mark.parametrize(
    ("mutate", "code", "field"),
    [
        (lambda d: d.pop("title"), "invalid.required", "title"),
        (lambda d: d.update(narative="x"), "invalid.unknown_field", "$.narative"),
        (
            lambda d: d["testimonies"][0].update(narative="x"),
            "invalid.unknown_field",
            "testimonies[0].narative",
        ),
        (lambda d: d["events"][0].update(type="kidnapping"), "invalid.vocab", "events[0].type"),
        (lambda d: d["events"][0].update(date="March 2018"), "invalid.date", "events[0].date"),
        (
            lambda d: d["testimonies"][0].update(relation="aunt-ish"),
            "invalid.vocab",
            "testimonies[0].relation",
        ),
        (
            lambda d: d["testimonies"][0]["consent"].update(informed="yes"),
            "invalid.type",
            "testimonies[0].consent.informed",
        ),
        (
            lambda d: d["person"]["names"][0].update(script="Cyrillic"),
            "invalid.script",
            "person.names[0].script",
        ),
        (lambda d: d["person"].update(birth_year="1974"), "invalid.type", "person.birth_year"),
        (lambda d: d["events"][0].update(sources=[3]), "invalid.reference", "events[0].sources[0]"),
        (lambda d: d.update(status="archived"), "invalid.vocab", "status"),
        (lambda d: d.pop("person"), "invalid.required", "person"),
    ],
)
def test_errors_name_the_field_never_the_value(mutate: Any, code: str, field: str) -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    mutate(doc)
    error = _error(doc)
    assert (error.code, error.params["field"]) == (code, field)
    text = str(error) + repr(error.params)
    for secret in ("Ержан", "Айгүл", "brother", "Ghulja", "1974", "March"):
        assert secret not in text


def test_prc_id_checked_against_the_person() -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    import datetime

    good = prc_id.make("654002", datetime.date(1974, 5, 2), 13)
    doc["person"].update(sex="male", identifiers=[{"scheme": "prc_resident_id", "value": good}])
    parse_case(doc, resolve_place=FakeGazetteer())
    doc["person"]["sex"] = "female"
    error = _error(doc)
    assert error.code == "invalid.prc_id_sex_mismatch"
    assert error.params["field"] == "person.identifiers[0].value"
    doc["person"]["sex"] = "male"
    doc["person"]["identifiers"][0]["value"] = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert _error(doc).code == "invalid.prc_id_check_digit"
    doc["person"]["identifiers"][0]["value"] = prc_id.make("654002", datetime.date(1980, 5, 2), 13)
    assert _error(doc).code == "invalid.prc_id_birth_mismatch"


def test_places_and_facilities() -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["events"][0]["place"] = {
        "name": "Ghulja camp No. 3",
        "facility_type": "camp",
        "parent": {"labels": [{"text": "Ghulja", "script": "en-Latn"}, "Құлжа"], "type": "county"},
    }
    gazetteer = FakeGazetteer()
    full = render(doc, gazetteer)
    place = full["events"][0]["place"]
    assert place["type"] == "facility" and place["facility_type"] == "camp"
    assert place["parent"]["labels"] == [
        {"text": "Ghulja", "script": "en-Latn"},
        {"text": "Құлжа", "script": "kk-Cyrl"},
    ]
    doc["events"][0]["place"] = {"name": "X", "type": "county", "facility_type": "camp"}
    assert _error(doc).code == "invalid.facility_type"


@pytest.mark.parametrize(
    ("text", "script"),
    [("Ержан", "und-Cyrl"), ("Айгүл", "kk-Cyrl"), ("ئەركىن", "ug-Arab"), ("叶尔江", "zh-Hans"),
     ("Erzhan", "und-Latn"), ("123", "und-Latn")],
)  # fmt: skip
def test_guess_script(text: str, script: str) -> None:
    assert guess_script(text) == script


def test_enums_are_vocabularies() -> None:
    pairs = [
        (Sex, "sex"), (NameType, "name_type"), (IdentifierScheme, "identifier_scheme"),
        (ContactKind, "contact_kind"), (PersonStatus, "person_status"),
        (CaseStatus, "case_status"), (TestimonyMode, "testimony_mode"),
        (ConsentUse, "consent_use"), (AttachmentRole, "attachment_role"),
        (CustodyAction, "custody_action"),
    ]  # fmt: skip
    for enum_type, scheme in pairs:
        assert [m.value for m in enum_type] == list(vocab.codes(scheme)), scheme
    assert [s.code for s in Sensitivity] == list(vocab.codes("sensitivity"))


def test_vocabulary_shape() -> None:
    for scheme, terms in vocab.SCHEMES.items():
        codes = [t.code for t in terms]
        assert len(codes) == len(set(codes)), scheme
        for t in terms:
            assert t.code.isascii() and t.code.replace("_", "").isalnum()
            assert t.parent is None or t.parent in codes
            assert t.en and t.ru and t.kk
            # Russian and Kazakh labels are Cyrillic, not English left untranslated.
            assert any("\u0400" <= c <= "\u04ff" for c in t.ru + t.kk), (scheme, t.code)
    assert vocab.ancestors("relation", "sister") == ("sibling", "family")
    assert set(vocab.descendants("relation", "sibling")) == {"sibling", "sister", "brother"}
    for code in ("arrest", "detention", "transfer", "sentencing", "release", "disappearance",
                 "death", "confiscation_of_documents", "forced_labour_transfer"):  # fmt: skip
        assert vocab.is_code("event_type", code)


def test_age_range_status_timeline_and_contacts() -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    del doc["person"]["birth_year"]
    doc["person"].update(
        age_range={"min": 40, "max": 45, "as_of": "2019"},
        status=[
            {"status": "sentenced", "date": "~2019", "source": "court notice"},
            {"status": "detained", "date": "2018-03"},
            {"status": "unknown"},
        ],
    )
    parsed = parse_case(doc, resolve_place=FakeGazetteer())
    person = {p.id: p for p in parsed.persons}[parsed.case.person_id]
    assert person.age_range is not None and person.age_range.birth_years == (1973, 1979)
    current = person.current_status
    assert current is not None and current.status.value == "sentenced"
    doc["person"]["birth_year"] = 1974
    assert _error(doc).code == "invalid.birth_and_age"
    del doc["person"]["birth_year"]
    doc["person"]["age_range"] = {"min": 50, "max": 45, "as_of": "2019"}
    assert _error(doc).params["field"] == "person.age_range"


def test_interview_place_must_be_coarse() -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["testimonies"][0]["place"] = {"name": "Flat 5, 12 Abay Ave", "type": "address"}
    error = _error(doc)
    assert (error.code, error.params["field"]) == ("invalid.coarse_place", "testimonies[0].place")
    doc["testimonies"][0]["place"] = {"name": "Almaty", "type": "county"}
    parse_case(doc, resolve_place=FakeGazetteer())


def test_permitted_uses_follow_consent_and_withdrawals() -> None:
    from amanat.domain.dates import PartialDate
    from amanat.domain.model import Consent, ConsentWithdrawal, permitted_uses

    given = Consent(informed=True, voluntary=True, uses=frozenset(ConsentUse))
    assert permitted_uses(given, []) == frozenset(ConsentUse)
    public_withdrawn = ConsentWithdrawal(
        id="a" * 32,
        testimony_id="b" * 32,
        date=PartialDate(2024, 5),
        scope=frozenset({ConsentUse.PUBLIC}),
    )
    assert ConsentUse.PUBLIC not in permitted_uses(given, [public_withdrawn])
    assert ConsentUse.LEGAL in permitted_uses(given, [public_withdrawn])
    everything = ConsentWithdrawal(id="c" * 32, testimony_id="b" * 32, date=PartialDate(2024))
    assert permitted_uses(given, [everything]) == frozenset()
    not_informed = Consent(informed=False, voluntary=True, uses=frozenset(ConsentUse))
    assert permitted_uses(not_informed, []) == frozenset()


def test_windows_line_ends_are_normalised_and_other_controls_refused() -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["testimonies"][0]["narrative"] = "First line.\r\nSecond line.\rThird."
    parsed = parse_case(doc, resolve_place=FakeGazetteer())
    (testimony,) = parsed.testimonies
    assert testimony.narrative == "First line.\nSecond line.\nThird."
    doc["testimonies"][0]["narrative"] = "bell \x07 here"
    with pytest.raises(ValidationError) as caught:
        parse_case(doc, resolve_place=FakeGazetteer())
    assert caught.value.code == "invalid.control_characters"
