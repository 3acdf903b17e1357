"""Search through the real write path (services.cases): names across scripts, full text
in every script, places, ranking, and duplicate-person candidates with their reasons."""

from __future__ import annotations

from typing import Any

import pytest

from amanat.domain import prc_id
from amanat.domain.errors import NotFound, ValidationError
from amanat.services import cases as case_service
from amanat.services import search
from amanat.storage.vault import Vault


def case_doc(
    title: str,
    names: list[tuple[str, str]],
    *,
    narrative: str = "Taken at night.",
    language: str = "en",
    birth: Any = None,
    hometown: str | None = None,
    sex: str | None = None,
    identifiers: list[dict[str, str]] | None = None,
    place: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    person: dict[str, Any] = {"names": [{"text": t, "script": s} for t, s in names]}
    if birth is not None:
        person["birth_date" if isinstance(birth, str) else "birth_year"] = birth
    if hometown:
        person["hometown"] = hometown
    if sex:
        person["sex"] = sex
    if identifiers:
        person["identifiers"] = identifiers
    event: dict[str, Any] = {"type": "detention", "date": "2018-03"}
    if place:
        event["place"] = place
    if reason:
        event["stated_reason"] = reason
    return {
        "title": title,
        "person": person,
        "events": [event],
        "testimonies": [
            {
                "narrative": narrative,
                "language": language,
                "speaker": {"names": [{"text": "Айгүл", "script": "kk-Cyrl"}]},
                "relation": "sister",
            }
        ],
    }


def found(vault: Vault, query: str) -> list[str]:
    return [hit.case_id for hit in search.search_cases(vault, query, 20)]


@pytest.fixture
def corpus(vault: Vault) -> dict[str, str]:
    docs = {
        "erzhan": case_doc(
            "Case 1",
            [("Ержан Бекболатұлы", "kk-Cyrl")],
            narrative="Менің ағамды түнде полиция алып кетті. Ол лагерьде отыр.",
            language="kk",
            birth=1974,
            hometown="Ghulja",
            place="Ghulja camp No. 3",
        ),
        "erkin": case_doc(
            "Case 2",
            [("ئەركىن تۇرسۇن", "ug-Arab")],
            narrative="ئاكام كېچىدە تۇتۇلدى، ھازىر لاگېردا.",
            language="ug",
            hometown="Kashgar",
        ),
        "tursun_latin": case_doc(
            "Case 3",
            [("Ablimit Tursun", "ug-Latn")],
            narrative="Мой брат пропал в 2019 году после допроса.",
            language="ru",
        ),
        "wang": case_doc(
            "Case 4",
            [("王伟", "zh-Hans"), ("Wang Wei", "zh-Latn")],
            narrative="我的哥哥在伊宁被带走了，关押在看守所。",
            language="zh",
            reason="having WhatsApp on the phone",
        ),
        "aigerim": case_doc(
            "Case 5",
            [("Aigerim Seitkali", "kk-Latn")],
            narrative="She was sent to work at a garment factory and is paid almost nothing.",
        ),
    }
    return {key: case_service.add_case(vault, doc).id for key, doc in docs.items()}


def test_one_person_found_by_every_spelling(vault: Vault, corpus: dict[str, str]) -> None:
    for query in ("Ержан", "Erzhan", "Yerzhan", "Erjan", "ERZHAN", "Ержан Бекболатұлы",
                  "Yerzhan Bekbolatov", "Erzhan Bekbolat uly"):  # fmt: skip
        hits = found(vault, query)
        assert hits and hits[0] == corpus["erzhan"], query


def test_uyghur_arabic_and_latin_find_each_other(vault: Vault, corpus: dict[str, str]) -> None:
    assert found(vault, "Erkin Tursun")[0] == corpus["erkin"]
    assert found(vault, "Эркин")[0] == corpus["erkin"]
    # a name stored in Latin is found from Arabic script
    assert found(vault, "ئابلىمىت")[0] == corpus["tursun_latin"]
    # "Tursun" is in both names: both cases
    assert {corpus["erkin"], corpus["tursun_latin"]} <= set(found(vault, "تۇرسۇن"))


def test_chinese_through_pinyin_row_and_through_han(vault: Vault, corpus: dict[str, str]) -> None:
    assert found(vault, "Wang Wei")[0] == corpus["wang"]
    assert found(vault, "Wáng Wěi")[0] == corpus["wang"]
    assert found(vault, "王伟")[0] == corpus["wang"]  # two characters: below a trigram
    assert corpus["wang"] in found(vault, "看守所")  # three characters: trigram index
    assert corpus["wang"] in found(vault, "伊宁")  # two characters inside a sentence
    assert found(vault, "李娜") == []


def test_full_text_in_every_script(vault: Vault, corpus: dict[str, str]) -> None:
    assert found(vault, "полиция") == [corpus["erzhan"]]  # Kazakh Cyrillic
    assert found(vault, "допроса") == [corpus["tursun_latin"]]  # Russian
    assert found(vault, "تۇتۇلدى") == [corpus["erkin"]]  # Uyghur Arabic script
    assert found(vault, "garment factory") == [corpus["aigerim"]]  # Latin, all words
    assert found(vault, "garment bakery") == []
    assert found(vault, "WhatsApp") == [corpus["wang"]]  # the event's stated reason
    # prefix: Kazakh and Uyghur add suffixes to words
    assert corpus["erzhan"] in found(vault, "лагерь")


def test_places_in_any_script(vault: Vault, corpus: dict[str, str]) -> None:
    hits = search.search_cases(vault, "Ghulja", 20)
    assert hits[0].case_id == corpus["erzhan"]
    assert any(r.kind == "place" for r in hits[0].reasons)
    assert found(vault, "Kashgar") == [corpus["erkin"]]


def test_hits_carry_title_score_and_reasons(vault: Vault, corpus: dict[str, str]) -> None:
    hit = search.search_cases(vault, "Yerzhan", 5)[0]
    assert hit.title == "Case 1"
    assert 0.0 < hit.score <= 1.0
    name = next(r for r in hit.reasons if r.kind == "name")
    assert name.text == "Ержан Бекболатұлы" and name.role == "victim"
    text = search.search_cases(vault, "garment", 5)[0]
    snippet = next(r for r in text.reasons if r.kind == "testimony").text
    assert snippet is not None and "garment" in snippet
    data = hit.as_json()
    assert data["id"] == corpus["erzhan"] and data["why"]


def test_exact_name_ranks_above_a_near_one(vault: Vault) -> None:
    exact = case_service.add_case(vault, case_doc("A", [("Ерлан Сейітұлы", "kk-Cyrl")])).id
    near = case_service.add_case(vault, case_doc("B", [("Ержан Сейітұлы", "kk-Cyrl")])).id
    hits = search.search_cases(vault, "Erlan Seitovich", 10)
    ids = [h.case_id for h in hits]
    assert ids[0] == exact
    if near in ids:
        assert hits[0].score > hits[ids.index(near)].score


def test_edits_reach_the_index(vault: Vault, corpus: dict[str, str]) -> None:
    testimony = case_service.get_case(vault, corpus["aigerim"])["testimonies"][0]
    edited = {k: v for k, v in testimony.items() if k not in ("state", "seal", "withdrawals")}
    edited["narrative"] = "She now works in a cotton field."
    case_service.update_testimony_draft(vault, testimony["id"], edited)
    assert found(vault, "garment") == []
    assert found(vault, "cotton") == [corpus["aigerim"]]


def test_paging_and_limits(vault: Vault, corpus: dict[str, str]) -> None:
    for i in range(5):
        case_service.add_case(vault, case_doc(f"Other {i}", [(f"Erzhan Test{i}", "kk-Latn")]))
    everything = search.search_cases(vault, "Erzhan", 50)
    page = search.search_cases(vault, "Erzhan", 2, offset=2)
    assert [h.case_id for h in page] == [h.case_id for h in everything[2:4]]
    assert search.search_cases(vault, "   ", 10) == []
    with pytest.raises(ValidationError):
        search.search_cases(vault, "x" * 1000)
    with pytest.raises(ValidationError):
        search.search_cases(vault, "x", limit=-1)


def test_search_persons_scores_fuzzy_matches(vault: Vault, corpus: dict[str, str]) -> None:
    persons = search.search_persons(vault, "Yerzhan Bekbolatov")
    assert persons[0].name == "Ержан Бекболатұлы"
    assert persons[0].score > 0.9
    assert all(0.0 <= p.score <= 1.0 for p in persons)
    assert search.search_persons(vault, "Zhuldyz") == []


def test_query_syntax_is_not_interpreted(vault: Vault, corpus: dict[str, str]) -> None:
    # No FTS syntax error reaches the user, and operators are words like any other.
    for query in ('"', "OR NOT", "NEAR(x y)", "col:val", "'; DROP TABLE x"):
        assert search.search_cases(vault, query, 5) == [], query
    # "AND" is the word "and" (in one testimony), not an operator matching everything.
    hits = search.search_cases(vault, "AND", 5)
    assert [r.kind for hit in hits for r in hit.reasons] == ["testimony"]
    assert "and" in hits[0].reasons[0].text.split()
    # The quoted DROP did nothing: the same search still finds the same case.
    assert search.search_cases(vault, "AND", 5) == hits


# -- duplicates ---------------------------------------------------------------------------


def victim_of(vault: Vault, case_id: str) -> str:
    return str(case_service.get_case(vault, case_id)["person"]["id"])


def test_duplicates_with_reasons_never_merged(vault: Vault) -> None:
    a = case_service.add_case(
        vault, case_doc("A", [("Ержан Бекболатұлы", "kk-Cyrl")], birth=1974, hometown="Ghulja")
    ).id
    b = case_service.add_case(
        vault, case_doc("B", [("Yerzhan Bekbolatov", "ru-Cyrl")], birth=1975, hometown="Ghulja")
    ).id
    c = case_service.add_case(
        vault, case_doc("C", [("Erzhan Bekbolatuly", "kk-Latn")], birth=1990, hometown="Aksu")
    ).id
    pa, pb, pc = victim_of(vault, a), victim_of(vault, b), victim_of(vault, c)
    candidates = search.duplicate_candidates(vault, pa)
    pair = next(x for x in candidates if pb in (x.person_id, x.other_id))
    codes = {code for code, _detail in pair.reasons}
    assert codes >= {"name", "birth_year", "hometown"}
    assert all(pc not in (x.person_id, x.other_id) for x in candidates)
    # with the threshold down, the third shows up with its conflict named
    loose = search.duplicate_candidates(vault, pa, min_score=0.0)
    third = next(x for x in loose if pc in (x.person_id, x.other_id))
    assert ("birth_year", "16 years apart") in third.conflicts
    assert third.score < pair.score
    # the whole-vault pass proposes the same pair
    everything = search.duplicate_candidates(vault)
    assert (min(pa, pb), max(pa, pb)) in {(x.person_id, x.other_id) for x in everything}
    # proposals only: three persons remain
    assert vault.connection().execute("SELECT count(*) FROM person").fetchone()[0] >= 3


def test_same_identifier_is_proposed_whatever_the_names(vault: Vault) -> None:
    import datetime

    number = prc_id.make("654002", datetime.date(1980, 5, 17), 123)
    ident = [{"scheme": "prc_resident_id", "value": number}]
    a = case_service.add_case(
        vault,
        case_doc("A", [("Қайрат Асқарұлы", "kk-Cyrl")], birth="1980-05-17", sex="male",
                 identifiers=ident),
    ).id  # fmt: skip
    b = case_service.add_case(
        vault,
        case_doc("B", [("海拉提·阿斯卡尔", "zh-Hans")], birth="1980-05-17", sex="male",
                 identifiers=ident),
    ).id  # fmt: skip
    pa, pb = victim_of(vault, a), victim_of(vault, b)
    for candidates in (search.duplicate_candidates(vault, pa), search.duplicate_candidates(vault)):
        pair = next(x for x in candidates if {x.person_id, x.other_id} == {pa, pb})
        assert ("identifier", "prc_resident_id") in pair.reasons


def test_different_sex_is_a_conflict(vault: Vault) -> None:
    a = case_service.add_case(
        vault, case_doc("A", [("Asel Nurlanovna", "kk-Latn")], birth=1990, sex="female",
                        hometown="Altay city")
    ).id  # fmt: skip
    b = case_service.add_case(
        vault, case_doc("B", [("Асель Нурлановна", "ru-Cyrl")], birth=1990, sex="male",
                        hometown="Altay city")
    ).id  # fmt: skip
    pa, pb = victim_of(vault, a), victim_of(vault, b)
    assert all(pb not in (x.person_id, x.other_id) for x in search.duplicate_candidates(vault, pa))
    loose = search.duplicate_candidates(vault, pa, min_score=0.0)
    pair = next(x for x in loose if pb in (x.person_id, x.other_id))
    assert ("sex", "differs") in pair.conflicts


def test_unknown_person_is_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound):
        search.duplicate_candidates(vault, "0" * 32)


def test_index_check_and_rebuild(vault: Vault, corpus: dict[str, str]) -> None:
    count, problems = search.check_index(vault)
    assert count > 0 and problems == []
    conn = vault.connection()
    conn.execute("DELETE FROM search_doc WHERE kind = 'testimony'")
    _count, problems = search.check_index(vault)
    assert problems
    search.rebuild_index(vault)
    assert search.check_index(vault)[1] == []
    assert found(vault, "garment") == [corpus["aigerim"]]
    assert found(vault, "Yerzhan")[0] == corpus["erzhan"]
