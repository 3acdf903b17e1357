"""Cases through a real vault: add, show, list (filter, sort, page), round trips."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from amanat.domain.errors import NotFound, ValidationError
from amanat.services import cases as service
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE, case_docs
from support.vaults import TEST_PASSPHRASE, create_vault

VOLATILE = ("created", "updated")


def strip(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in VOLATILE}


def test_issue_example_add_show_list(vault: Vault) -> None:
    created = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE))
    case_id, changes = created.id, created.changes
    assert changes.cases == {case_id} and len(changes.persons) == 2 and len(changes.places) == 2
    shown = service.get_case(vault, case_id)
    assert shown["id"] == case_id
    assert shown["person"]["names"][0]["text"] == "Ержан Бекболатұлы"
    assert shown["person"]["birth_date"] == "1974"
    assert shown["person"]["hometown"]["name"] == "Ghulja"
    assert shown["events"][0]["place"]["name"] == "Ghulja camp No. 3"
    assert shown["testimonies"][0]["state"] == "draft"
    (row,) = service.list_cases(vault)
    assert row["id"] == case_id
    assert row["person"]["name"] == "Ержан Бекболатұлы"
    assert (row["hometown"], row["first_event"], row["events"], row["testimonies"]) == (
        "Ghulja",
        "2018-03",
        1,
        1,
    )
    # A second case about the same place reuses the gazetteer entry.
    other = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    assert (
        service.get_case(vault, other)["person"]["hometown"]["id"]
        == shown["person"]["hometown"]["id"]
    )


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory: pytest.TempPathFactory) -> Any:
    base = tmp_path_factory.mktemp("roundtrip")
    first, _ = create_vault(base / "a", "A", TEST_PASSPHRASE)
    second, _ = create_vault(base / "b", "B", TEST_PASSPHRASE)
    yield first, second
    first.lock()
    second.lock()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=case_docs())
def test_round_trip_through_vaults(two_vaults: Any, doc: dict[str, Any]) -> None:
    first, second = two_vaults
    case_id = service.add_case(first, doc).id
    shown = json.loads(json.dumps(service.get_case(first, case_id)))
    assert shown["title"] == doc["title"]
    assert shown["person"]["names"] == [
        {"type": "preferred", "sensitivity": "internal", **n} for n in doc["person"]["names"]
    ]
    assert len(shown["events"]) == len(doc.get("events", []))
    # The full form, added to another vault, shows exactly the same (ids included).
    again = service.add_case(second, shown).id
    assert again == case_id
    assert strip(service.get_case(second, again)) == strip(shown)
    # And the same document cannot be added twice to one vault.
    with pytest.raises(ValidationError):
        service.add_case(second, shown)


def _case(title: str, status: str, town: str, date: str, assignee: str | None = None) -> dict:
    doc: dict[str, Any] = {
        "title": title,
        "status": status,
        "person": {"names": ["Name " + title], "hometown": town},
        "events": [{"type": "detention", "date": date,
                    "place": {"name": "Camp " + town, "facility_type": "camp"}}],
    }  # fmt: skip
    if assignee:
        doc["assignee"] = assignee
    return doc


def test_list_filters_sorting_and_paging(vault: Vault) -> None:
    ids = service.import_cases(
        vault,
        [
            _case("a", "open", "Ghulja", "2018-03", "dana"),
            _case("b", "verified", "Tacheng", "2017", "dana"),
            _case("c", "open", "Tacheng", "2019-11-02"),
            _case("d", "closed", "Altay", "~2016"),
        ],
        batch=3,
    ).ids
    assert len(ids) == 4 and service.count_cases(vault) == 4
    by_title = service.list_cases(vault, sort="title", descending=False)
    assert [r["title"] for r in by_title] == ["a", "b", "c", "d"]
    by_date = service.list_cases(vault, sort="date", descending=False)
    assert [r["title"] for r in by_date] == ["d", "b", "a", "c"]
    assert service.count_cases(vault, {"status": ["open"]}) == 2
    assert service.count_cases(vault, {"assignee": "dana"}) == 2
    assert service.count_cases(vault, {"unassigned": True}) == 2
    full = service.get_case(vault, ids[1])
    town = full["person"]["hometown"]["id"]
    facility = full["events"][0]["place"]["id"]
    assert {r["title"] for r in service.list_cases(vault, {"hometown": town})} == {"b", "c"}
    assert {r["title"] for r in service.list_cases(vault, {"facility": facility})} == {"b", "c"}
    assert service.count_cases(vault, {"date_from": "2018", "date_to": "2018-12"}) == 1
    # "2017" may be any day of 2017, so it overlaps "from June 2017".
    assert service.count_cases(vault, {"date_from": "2017-06"}) == 3
    assert service.count_cases(vault, {"date_from": "2018-01"}) == 2
    assert service.count_cases(vault, {"event_type": "release"}) == 0
    page = service.list_cases(vault, sort="title", descending=False, limit=2, offset=2)
    assert [r["title"] for r in page] == ["c", "d"]
    assert service.list_case_ids(vault, sort="title", descending=False) == ids
    with pytest.raises(ValidationError):
        service.list_cases(vault, sort="narrative")
    with pytest.raises(ValidationError):
        service.list_cases(vault, {"colour": "red"})


def test_ordered_ids_and_rows_for_ids(vault: Vault) -> None:
    """What the GUI's case list holds: every id in order, then rows for a few ids."""
    ids = service.import_cases(
        vault, [_case(t, "open" if t < "m" else "closed", "Ghulja", "2018") for t in "qmdax"]
    ).ids
    by_title = service.ordered_case_ids(vault, None, "title", descending=False)
    assert by_title == [ids[3], ids[2], ids[1], ids[0], ids[4]]  # a d m q x
    assert service.ordered_case_ids(vault, None, "title") == by_title[::-1]
    assert service.ordered_case_ids(vault, {"status": "closed"}, "title", descending=False) == [
        ids[1],
        ids[0],
        ids[4],
    ]
    # Rows come back in the order asked, unknown ids left out, each id once.
    wanted = [ids[4], "0" * 32, ids[0], ids[4]]
    rows = service.case_rows(vault, wanted)
    assert [r["id"] for r in rows] == [ids[4], ids[0], ids[4]]
    assert rows[0] == service.list_cases(vault, {"ids": [ids[4]]})[0]
    assert service.case_rows(vault, []) == []
    with pytest.raises(ValidationError):
        service.ordered_case_ids(vault, None, "narrative")


def test_rows_for_more_ids_than_one_query_binds(vault: Vault) -> None:
    from amanat.storage import cases as case_store

    ids = service.import_cases(
        vault, [_case(f"t{i:04d}", "open", "Altay", "2016") for i in range(3)]
    ).ids
    many = [*(f"{i:032x}" for i in range(case_store.ROWS_PER_QUERY * 2)), *ids]
    assert [r["id"] for r in service.case_rows(vault, many)] == ids


def test_bulk_import_is_all_or_nothing_per_batch(vault: Vault) -> None:
    docs = [_case(str(i), "open", "Ghulja", "2018") for i in range(5)]
    docs[3]["events"][0]["type"] = "not-a-type"
    with pytest.raises(ValidationError) as info:
        service.import_cases(vault, docs, batch=2)
    assert info.value.params["document"] == 3
    assert info.value.params["field"] == "events[0].type"
    assert service.count_cases(vault) == 2  # the first batch committed, the second not


def test_import_progress_and_cancel(vault: Vault) -> None:
    seen: list[float] = []
    service.import_cases(
        vault, [_case(str(i), "open", "Ghulja", "2018") for i in range(6)], seen.append, batch=2
    )
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])
    calls = iter(range(100))
    from amanat.domain.errors import Cancelled

    with pytest.raises(Cancelled):
        service.import_cases(
            vault,
            [_case(str(i), "open", "Ghulja", "2018") for i in range(6)],
            is_cancelled=lambda: next(calls) >= 2,
            batch=2,
        )
    assert service.count_cases(vault) == 8


def test_unknown_ids(vault: Vault) -> None:
    with pytest.raises(NotFound):
        service.get_case(vault, "0" * 32)
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["person"] = {"id": "1" * 32}
    with pytest.raises(NotFound):
        service.add_case(vault, doc)
    assert service.count_cases(vault) == 0


def test_existing_person_is_linked_not_overwritten(vault: Vault, tmp_path: Path) -> None:
    first = service.get_case(vault, service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id)
    doc = {"title": "Second case", "person": {"id": first["person"]["id"]}}
    second = service.get_case(vault, service.add_case(vault, doc).id)
    assert second["person"] == first["person"]


def test_sensitivity_is_queryable_per_field(vault: Vault) -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["testimonies"][0]["speaker"]["contacts"] = [{"kind": "phone", "value": "+7 700 000"}]
    doc["person"]["identifiers"] = [{"scheme": "passport", "value": "N123"}]
    case_id = service.add_case(vault, doc).id
    rows = (
        vault.connection()
        .execute(
            "SELECT record_kind, field, level FROM sensitivity_index WHERE level >= 2"
            " ORDER BY record_kind, field"
        )
        .fetchall()
    )
    assert [tuple(r) for r in rows] == [
        ("person", "contacts", 3),
        ("person", "identifiers", 2),
        ("testimony", "", 2),
    ]
    assert service.get_case(vault, case_id)["testimonies"][0]["sensitivity"] == "confidential"
