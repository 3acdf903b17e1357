"""The reads the desktop app makes, each in the service of its domain (they were one
ui_support module): passphrase check, identity summary, place choices and counts,
assignees, person summaries, the case view's data. Real vaults throughout."""

from __future__ import annotations

import copy
from typing import Any

from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.services import places as place_service
from amanat.services import search as search_service
from amanat.services import vault as vault_service
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE

CAMP = {
    "labels": [{"text": "Camp No. 3", "script": "en-Latn"}],
    "facility_type": "camp",
    "parent": {
        "labels": [{"text": "Іле", "script": "kk-Cyrl"}, {"text": "Ili", "script": "en-Latn"}],
        "type": "prefecture",
        "parent": {"name": "China", "type": "country"},
    },
}


def _case(title: str, **fields: Any) -> dict[str, Any]:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["title"] = title
    doc.update(fields)
    return doc


def test_verify_passphrase(vault: Vault) -> None:
    assert vault_service.verify_passphrase(vault, TEST_PASSPHRASE)
    assert not vault_service.verify_passphrase(vault, TEST_PASSPHRASE + "x")
    assert not vault_service.verify_passphrase(vault, "")


def test_identity_summary(vault: Vault) -> None:
    summary = contact_service.identity_summary(vault)
    assert summary.display_name == vault.identity.display_name
    assert summary.fingerprint == vault.identity.fingerprint
    assert summary.fingerprint == contact_service.own_identity(vault).fingerprint


def test_place_choices_are_a_tree_split_into_facilities_and_others(vault: Vault) -> None:
    event = {"type": "detention", "date": "2018-03", "place": CAMP}
    a = case_service.add_case(vault, _case("a", events=[event])).id
    case_service.add_case(vault, _case("b", events=[event, {"type": "release", "place": CAMP}]))
    towns = place_service.place_choices(vault, facilities=False)
    by_label = {c.label: c for c in towns}
    # The country, its prefecture below it, and the loose places of ISSUE_EXAMPLE.
    assert by_label["China"].depth == 0
    ili = by_label["Ili"]
    assert (ili.depth, ili.type, ili.parent_id) == (1, "prefecture", by_label["China"].id)
    labels = [c.label for c in towns]
    assert labels.index("China") < labels.index("Ili")
    assert all(c.type != "facility" for c in towns)
    (camp,) = [c for c in place_service.place_choices(vault, facilities=True)]
    assert (camp.label, camp.facility_type, camp.parent_id, camp.depth) == (
        "Camp No. 3",
        "camp",
        ili.id,
        0,
    )
    # Labels in the preferred script when the place has one.
    kk = {
        c.id: c.label
        for c in place_service.place_choices(vault, facilities=False, scripts=("kk-Cyrl",))
    }
    assert kk[ili.id] == "Іле" and kk[by_label["China"].id] == "China"
    counts = place_service.place_case_counts(vault)
    assert counts[camp.id] == 2  # two cases, three events
    assert ili.id not in counts
    assert by_label["Ghulja"].parent_id is None  # the hometown, a loose label
    assert a


def test_assignees(vault: Vault) -> None:
    assert case_service.assignees(vault) == []
    case_service.add_case(vault, _case("a", assignee="zhanna"))
    case_service.add_case(vault, _case("b", assignee="Aidos"))
    case_service.add_case(vault, _case("c", assignee="zhanna"))
    case_service.add_case(vault, _case("d"))
    assert case_service.assignees(vault) == ["Aidos", "zhanna"]


def test_person_summaries(vault: Vault) -> None:
    person = {
        "names": [
            {"text": "Erzhan", "script": "kk-Latn", "type": "alias"},
            {"text": "Ержан Бекболатұлы", "script": "kk-Cyrl", "type": "preferred"},
        ],
        "birth_date": "1974-05",
        "sex": "male",
        "hometown": "Ghulja",
    }
    case_id = case_service.add_case(vault, _case("first", person=person)).id
    person_id = str(case_service.get_case(vault, case_id)["person"]["id"])
    aged = case_service.add_case(
        vault,
        _case(
            "second",
            person={"names": ["Aigul"], "age_range": {"min": 30, "max": 40, "as_of": "2019"}},
        ),
    ).id
    aged_id = str(case_service.get_case(vault, aged)["person"]["id"])
    found = search_service.person_summaries(vault, [person_id, "0" * 32, aged_id, person_id])
    assert list(found) == [person_id, aged_id]  # unknown ids left out, duplicates once
    summary = found[person_id]
    assert (summary.name, summary.other_names) == ("Ержан Бекболатұлы", ("Erzhan",))
    assert (summary.birth, summary.age, summary.sex, summary.hometown) == (
        "1974-05",
        None,
        "male",
        "Ghulja",
    )
    assert summary.cases == ((case_id, "first"),)
    assert found[aged_id].age == (30, 40, "2019")


def test_case_view_data(vault: Vault) -> None:
    first = case_service.add_case(vault, _case("first")).id
    second = case_service.add_case(vault, _case("second")).id  # the same person, again
    data = case_service.case_view_data(vault, first)
    assert data.doc["id"] == first
    assert data.history and data.custody
    assert data.seals == {}
    other_person = str(case_service.get_case(vault, second)["person"]["id"])
    (duplicate,) = [d for d in data.duplicates if d["id"] == other_person]
    assert duplicate["name"] == "Ержан Бекболатұлы"
    assert duplicate["cases"] == [(second, "second")]  # this case itself left out
    assert duplicate["score"] > 0 and duplicate["reasons"]
