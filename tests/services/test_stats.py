"""Statistics count documented persons, follow the filters as SQL says, and count a
merged person once through the one resolution step (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from amanat.services import cases as case_service
from amanat.services import persons as person_service
from amanat.services import reviews as review_service
from amanat.services import stats
from amanat.storage.vault import Vault

GHULJA = {
    "name": "Ghulja",
    "type": "county",
    "parent": {
        "name": "Ili",
        "type": "prefecture",
        "parent": {"name": "Xinjiang", "type": "region"},
    },
}
KASHGAR = {"name": "Kashgar", "type": "county", "parent": {
    "name": "Kashgar Prefecture", "type": "prefecture"}}  # fmt: skip


def _doc(i: int, *, sex: str, born: int, home: dict[str, Any], status: str, year: int,
         camp: str, case_status: str = "open") -> dict[str, Any]:  # fmt: skip
    return {
        "title": f"Case {i}",
        "status": case_status,
        "person": {"names": [f"Person {i}"], "sex": sex, "birth_year": born, "hometown": home,
                   "status": [{"status": status, "date": str(year)}]},
        "events": [{"type": "detention", "date": f"{year}-05",
                    "place": {"name": camp, "facility_type": "camp"}}],
    }  # fmt: skip


@pytest.fixture
def counted(vault: Vault) -> dict[str, str]:
    ids = {}
    ids["a"] = case_service.add_case(
        vault,
        _doc(1, sex="male", born=1970, home=GHULJA, status="detained", year=2018, camp="Camp 1"),
    ).id
    ids["b"] = case_service.add_case(
        vault,
        _doc(
            2,
            sex="female",
            born=1990,
            home=GHULJA,
            status="sentenced",
            year=2017,
            camp="Camp 1",
            case_status="verified",
        ),
    ).id
    ids["c"] = case_service.add_case(
        vault,
        _doc(3, sex="female", born=1950, home=KASHGAR, status="detained", year=2019, camp="Camp 2"),
    ).id
    # A second case about the person of case a: still one person.
    person_a = case_service.get_case(vault, ids["a"])["person"]["id"]
    ids["a2"] = case_service.add_case(vault, {"title": "Case 1b", "person": {"id": person_a},
        "events": [{"type": "arrest", "date": "2016-01"}]}).id  # fmt: skip
    return ids


def _bars(result: dict[str, Any], name: str) -> dict[str, int]:
    chart = next(c for c in result["charts"] if c["name"] == name)
    assert chart["counts"].endswith("documented persons, not estimates")
    return {b["label"]: b["count"] for b in chart["bars"]}


def test_counts_are_of_persons_not_cases(vault: Vault, counted: dict[str, str]) -> None:
    result = stats.statistics(vault)
    assert result["persons"] == 3  # four cases, three persons
    assert _bars(result, "status") == {"Detained": 2, "Sentenced": 1}
    assert _bars(result, "sex") == {"Female": 2, "Male": 1}
    assert _bars(result, "facility") == {"Camp 1": 2, "Camp 2": 1}
    assert _bars(result, "county") == {"Ghulja": 2, "Kashgar": 1}
    assert _bars(result, "prefecture") == {"Ili": 2, "Kashgar Prefecture": 1}
    # person a: first arrest 2016 (case a2), not 2018
    assert _bars(result, "detention_year") == {"2016": 1, "2017": 1, "2019": 1}
    assert sum(_bars(result, "age").values()) == 3
    assert sum(_bars(result, "over_time").values()) == 3


def test_filters_change_every_chart_as_sql_says(vault: Vault, counted: dict[str, str]) -> None:
    conn = vault.connection()
    f = stats.make_filter(statuses=["detained"])
    result = stats.statistics(vault, f)
    expected = conn.execute(
        "SELECT COUNT(DISTINCT person_id) FROM case_file c JOIN person p ON p.id = c.person_id"
        " WHERE p.status = 'detained'"
    ).fetchone()[0]
    assert result["persons"] == expected == 2
    assert _bars(result, "sex") == {"Female": 1, "Male": 1}
    assert _bars(result, "facility") == {"Camp 1": 1, "Camp 2": 1}
    # The review state is this vault's review of the case, not the field's case status.
    unreviewed = stats.statistics(vault, stats.make_filter(review=["unreviewed"]))
    assert unreviewed["persons"] == 3
    assert stats.statistics(vault, stats.make_filter(review=["verified"]))["persons"] == 0
    review_service.set_review(vault, counted["b"], state="verified")
    review = stats.statistics(vault, stats.make_filter(review=["verified"]))
    assert review["persons"] == 1 and _bars(review, "status") == {"Sentenced": 1}
    dated = stats.statistics(vault, stats.make_filter(date_from="2019", date_to="2019-12"))
    assert dated["persons"] == 1 and _bars(dated, "county") == {"Kashgar": 1}
    ili = conn.execute("SELECT place_id FROM place_label WHERE text = 'Ili'").fetchone()[0]
    placed = stats.statistics(vault, stats.make_filter(place_id=ili))
    assert placed["persons"] == 2 and _bars(placed, "county") == {"Ghulja": 2}


def test_a_merged_person_counts_once(vault: Vault, counted: dict[str, str]) -> None:
    person = {k: case_service.get_case(vault, v)["person"]["id"] for k, v in counted.items()}
    merge = person_service.merge_persons(vault, person["b"], person["c"])
    result = stats.statistics(vault)
    assert result["persons"] == 2
    # attributes come from the kept person (b: sentenced, Ghulja)
    assert _bars(result, "status") == {"Detained": 1, "Sentenced": 1}
    assert _bars(result, "facility") == {"Camp 1": 2, "Camp 2": 1}
    person_service.unmerge_persons(vault, merge.id)
    assert stats.statistics(vault)["persons"] == 3
