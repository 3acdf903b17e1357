"""Hypothesis strategies for case JSON documents (shared by domain and storage tests)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from amanat.domain import vocab

# The example of issue 2, which `case add` must accept as it is.
ISSUE_EXAMPLE: dict[str, Any] = {
    "title": "Detention of Ержан Бекболатұлы",
    "person": {
        "names": [{"text": "Ержан Бекболатұлы", "script": "kk-Cyrl"}],
        "birth_year": 1974,
        "hometown": "Ghulja",
    },
    "events": [{"type": "detention", "date": "2018-03", "place": "Ghulja camp No. 3"}],
    "testimonies": [
        {
            "narrative": "My brother was taken at night.",
            "language": "kk",
            "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}]},
            "relation": "sister",
            "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
        }
    ],
}

NAME_POOLS = {
    "kk-Cyrl": ["Ержан", "Айгүл", "Бекболатұлы", "Қайрат", "Әсем", "Нұрлан"],
    "kk-Latn": ["Erzhan", "Aigul", "Bekbolatuly", "Qairat"],
    "ug-Arab": ["ئەركىن", "گۈلنار", "مەمەت"],
    "zh-Hans": ["叶尔江", "阿依古丽"],
    "ru-Cyrl": ["Ержан", "Айгуль", "Бекболатов"],
    "en-Latn": ["Erzhan", "Aigul"],
}
PLACES = ["Ghulja", "Құлжа", "伊宁", "Tacheng", "Altay", "Ürümqi", "غۇلجا"]

scripts = st.sampled_from(sorted(NAME_POOLS))
# Narratives: any text a witness might say, including control-free Unicode.
free_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60
).filter(lambda s: s.strip() != "")
partial_date = st.builds(
    lambda y, m, d, approx: (
        ("~" if approx else "")
        + f"{y:04d}"
        + ("" if m is None else f"-{m:02d}" + ("" if d is None else f"-{d:02d}"))
    ),
    st.integers(1930, 2024),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
    st.booleans(),
)


@st.composite
def names(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        script = draw(scripts)
        words = draw(st.lists(st.sampled_from(NAME_POOLS[script]), min_size=1, max_size=3))
        out.append(
            {
                "text": " ".join(words),
                "script": script,
                "type": draw(st.sampled_from(["preferred", "alias", "as_given", "id_document"])),
            }
        )
    return out


@st.composite
def persons(draw: st.DrawFn, *, simple: bool = False) -> dict[str, Any]:
    person: dict[str, Any] = {"names": draw(names())}
    if simple:
        return person
    if draw(st.booleans()):
        person["birth_year"] = draw(st.integers(1930, 2010))
    elif draw(st.booleans()):
        person["birth_date"] = draw(partial_date)
    if draw(st.booleans()):
        person["hometown"] = draw(st.sampled_from(PLACES))
    if draw(st.booleans()):
        person["sex"] = draw(st.sampled_from(["male", "female", "unknown"]))
    if draw(st.booleans()):
        person["ethnicity"] = draw(st.sampled_from(vocab.codes("ethnicity")))
    if draw(st.booleans()):
        person["status"] = [
            {"status": draw(st.sampled_from(vocab.codes("person_status"))),
             "date": draw(st.none() | partial_date), "source": draw(st.none() | free_text)}
        ]  # fmt: skip
    if draw(st.booleans()):
        person["contacts"] = [{"kind": "phone", "value": draw(free_text)}]
    return person


@st.composite
def case_docs(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {"title": draw(free_text), "person": draw(persons())}
    if draw(st.booleans()):
        doc["status"] = draw(st.sampled_from(["open", "under_review", "verified", "closed"]))
    if draw(st.booleans()):
        doc["assignee"] = draw(free_text)
    testimonies = [draw(testimony_docs()) for _ in range(draw(st.integers(0, 2)))]
    if testimonies:
        doc["testimonies"] = testimonies
    events = [draw(event_docs(len(testimonies))) for _ in range(draw(st.integers(0, 3)))]
    if events:
        doc["events"] = events
    return doc


@st.composite
def testimony_docs(draw: st.DrawFn) -> dict[str, Any]:
    t: dict[str, Any] = {
        # Narratives keep newlines and tabs; other control characters are refused.
        "narrative": draw(
            st.text(
                st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                max_size=200,
            )
        ),
        "language": draw(st.sampled_from(["kk", "ug", "ru", "zh", "en"])),
        "speaker": draw(persons(simple=True)),
    }
    if draw(st.booleans()):
        t["relation"] = draw(st.sampled_from(vocab.codes("relation")))
    if draw(st.booleans()):
        t["consent"] = {
            "informed": draw(st.booleans()),
            "voluntary": draw(st.booleans()),
            "may_name": draw(st.booleans()),
            "uses": draw(st.lists(st.sampled_from(vocab.codes("consent_use")), unique=True)),
        }
    if draw(st.booleans()):
        t["mode"] = draw(st.sampled_from(["in_person", "phone", "video"]))
    if draw(st.booleans()):
        t["interviewers"] = [draw(persons(simple=True))]
    if draw(st.booleans()):
        t["date"] = draw(partial_date)
    return t


@st.composite
def event_docs(draw: st.DrawFn, testimonies: int) -> dict[str, Any]:
    e: dict[str, Any] = {"type": draw(st.sampled_from(vocab.codes("event_type")))}
    if draw(st.booleans()):
        e["date"] = draw(partial_date)
    if draw(st.booleans()):
        e["place"] = draw(
            st.sampled_from(PLACES)
            | st.builds(
                lambda n, f: {"name": n, "type": "facility", "facility_type": f},
                st.sampled_from(["Camp No. 3", "Detention centre 1"]),
                st.sampled_from(vocab.codes("facility_type")),
            )
        )
    if draw(st.booleans()):
        e["stated_reason"] = draw(free_text)
    if draw(st.booleans()):
        e["sentence"] = {"years": draw(st.integers(0, 25))}
    if testimonies and draw(st.booleans()):
        e["sources"] = [draw(st.integers(0, testimonies - 1))]
    return e
