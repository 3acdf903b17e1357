"""Merging persons (issue 11, docs/review.md §5): three relatives in three bundles
describe one detainee in Kazakh Cyrillic, Latin and Chinese; the reviewer merges them,
finds one person by any spelling, unmerges, and keeps receiving bundles that use the
old ids. Real vaults, real sealed bundles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from amanat.domain.errors import NotFound, PersonMergeError
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import edits as edit_service
from amanat.services import persons as person_service
from amanat.services import search as search_service
from amanat.storage.vault import Vault
from support.vaults import befriend, new_vault, vault_digest

SPELLINGS = (
    ("Ержан Бекболатұлы", "kk-Cyrl", "Айгүл", "kk-Cyrl", "kk"),
    ("Erzhan Bekbolatuly", "kk-Latn", "Aigul", "kk-Latn", "kk"),
    ("叶尔江·别克波拉提", "zh-Hans", "阿依古丽", "zh-Hans", "zh"),
)
PASSPORT = "E12345678"


def detainee_case(index: int) -> dict[str, Any]:
    name, script, relative, relative_script, language = SPELLINGS[index]
    person: dict[str, Any] = {
        "names": [{"text": name, "script": script}],
        "sex": "male",
        "birth_year": 1974,
        "hometown": "Ghulja",
        "status": [{"status": "detained", "date": "2018-03", "source": "relative"}],
    }
    if index < 2:  # two relatives know his passport number
        person["identifiers"] = [{"scheme": "passport", "value": PASSPORT}]
    return {
        "title": f"Detention ({index})",
        "person": person,
        "events": [{"type": "detention", "date": "2018-03"}],
        "testimonies": [
            {
                "narrative": "He was taken at night.",
                "language": language,
                "speaker": {"names": [{"text": relative, "script": relative_script}]},
                "relation": "sister",
                "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
            }
        ],
    }


@dataclass
class World:
    fields: list[Vault]
    hq: Vault
    folder: Path
    cases: list[str]  # case ids, one per field vault
    persons: list[str]  # the detainee's id in each field vault


def send(sender: Vault, to: Vault, folder: Path, **options: Any) -> Any:
    options.setdefault("all_cases", True)
    path = bundle_service.seal_bundle(sender, [to.identity.display_name], folder, **options)
    return bundle_service.open_bundle(to, path.path)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    hq = new_vault(tmp_path / "hq", "Reviewer")
    folder = tmp_path / "out"
    folder.mkdir()
    fields, cases, persons = [], [], []
    for index in range(3):
        field = new_vault(tmp_path / f"field{index}", f"Field {index}")
        befriend(field, hq)
        case_id = case_service.add_case(field, detainee_case(index)).id
        fields.append(field)
        cases.append(case_id)
        persons.append(case_service.get_case(field, case_id)["person"]["id"])
        send(field, hq, folder)
    try:
        yield World(fields, hq, folder, cases, persons)
    finally:
        for vault in (*fields, hq):
            vault.lock()


def found_ids(vault: Vault, name: str) -> list[str]:
    return [h.person_id for h in search_service.search_persons(vault, name, 20)]


def test_three_spellings_merged_are_one_person_and_unmerge_restores_them(world: World) -> None:
    hq, (k, latin, han) = world.hq, world.persons
    assert len(set(world.persons)) == 3
    # Before: a duplicate candidate (same passport), and three persons in search.
    pairs = {(c.person_id, c.other_id) for c in search_service.duplicate_candidates(hq)}
    assert tuple(sorted((k, latin))) in pairs
    assert set(found_ids(hq, "Erzhan")) == {k, latin, han}
    before = {pid: search_service.person_summaries(hq, [pid])[pid] for pid in world.persons}

    # From the candidates, then by hand.
    first = person_service.merge_persons(hq, k, latin)
    second = person_service.merge_persons(hq, k, han)
    assert first.id != second.id
    assert {world.cases[0], world.cases[1]} <= first.changes.cases
    assert {k, latin} <= first.changes.persons

    # Any spelling finds one person, the kept one.
    for spelling in ("Ержан", "Erzhan", "叶尔江", "Erjan Bekbolatuly", "Yeerjiang"):
        assert found_ids(hq, spelling) == [k], spelling
    # Old ids resolve to it; its summary holds every name and every case.
    for pid in world.persons:
        assert person_service.resolve_person(hq, pid) == k
        summary = search_service.person_summaries(hq, [pid])[pid]
        assert summary.id == k
        assert {summary.name, *summary.other_names} == {s[0] for s in SPELLINGS}
        assert {c for c, _t in summary.cases} == set(world.cases)
        assert set(summary.merged_from) == {latin, han}
    # The case view of an old id's case names the merged person's other spellings.
    view = case_service.case_view_data(hq, world.cases[1])
    assert set(view.merged_names) == {SPELLINGS[0][0], SPELLINGS[2][0]}
    assert view.duplicates == []
    # No more candidates between them.
    assert search_service.duplicate_candidates(hq) == []
    assert search_service.duplicate_candidates(hq, latin) == []

    # Unmerge both: everything exactly as before.
    person_service.unmerge_persons(hq, second.id)
    person_service.unmerge_persons(hq, first.id)
    for pid in world.persons:
        assert person_service.resolve_person(hq, pid) == pid
        assert search_service.person_summaries(hq, [pid])[pid] == before[pid]
    assert case_service.case_view_data(hq, world.cases[1]).merged_names == ()
    assert set(found_ids(hq, "Erzhan")) == {k, latin, han}
    pairs = {(c.person_id, c.other_id) for c in search_service.duplicate_candidates(hq)}
    assert tuple(sorted((k, latin))) in pairs


def test_the_merged_person_keeps_every_entry_with_its_testimonies_and_senders(
    world: World,
) -> None:
    hq, (k, latin, han) = world.hq, world.persons
    person_service.merge_persons(hq, k, latin)
    person_service.merge_persons(hq, latin, han)  # into an old id: lands on k
    merged = person_service.merged_person(hq, han)
    assert merged.id == k
    assert set(merged.merged_from) == {latin, han}
    assert [e.value["text"] for e in merged.names] == [s[0] for s in SPELLINGS]
    senders = {e.value["text"]: {s.author_name for s in e.senders} for e in merged.names}
    assert senders == {s[0]: {f"Field {i}"} for i, s in enumerate(SPELLINGS)}
    for entry in merged.names:
        assert all(s.bundle is not None for s in entry.senders)  # arrived in a bundle
        assert len(entry.testimonies) == 1
    # One passport, reported by two relatives in two bundles.
    (passport,) = merged.identifiers
    assert passport.value["value"] == PASSPORT
    assert {s.person_id for s in passport.sources} == {k, latin}
    assert {s.author_name for s in passport.senders} == {"Field 0", "Field 1"}
    assert len(passport.testimonies) == 2
    # The same status from all three.
    (status,) = merged.status
    assert len(status.sources) == 3
    assert set(merged.cases) == set(world.cases)
    # The relatives' relationships (sister of) are kept too, named by the merged id.
    cases = [case_service.get_case(hq, c) for c in world.cases]
    assert all(doc["person"]["id"] in world.persons for doc in cases)
    assert merged.as_json()["names"][0]["sources"][0]["senders"][0]["author_name"] == "Field 0"


def test_a_later_bundle_that_uses_an_old_id_lands_on_the_merged_person(world: World) -> None:
    hq, (k, latin, han) = world.hq, world.persons
    person_service.merge_persons(hq, k, latin)
    person_service.merge_persons(hq, k, han)
    field = world.fields[1]
    # The Latin field worker learns more, about "their" person, by its old id.
    event = edit_service.add_event(field, world.cases[1], {"type": "sentencing", "date": "2019"})
    doc = case_service.get_case(field, world.cases[1])["person"]
    names = [*doc["names"], {"text": "Ержан Бекболатов", "script": "ru-Cyrl", "type": "alias"}]
    edit_service.update_person(field, latin, {**doc, "names": names})
    send(field, hq, world.folder)

    hq_case = case_service.get_case(hq, world.cases[1])
    (sentencing,) = [e for e in hq_case["events"] if e["id"] == event.id]
    assert sentencing["victim"]["id"] == latin  # as its author wrote it
    assert person_service.resolve_person(hq, sentencing["victim"]["id"]) == k
    assert person_service.resolve_person(hq, hq_case["person"]["id"]) == k
    merged = person_service.merged_person(hq, k)
    assert "Ержан Бекболатов" in [e.value["text"] for e in merged.names]
    assert found_ids(hq, "Ержан Бекболатов") == [k]
    summary = search_service.person_summaries(hq, [latin])[latin]
    assert summary.id == k and "Ержан Бекболатов" in summary.other_names


def test_not_the_same_person_stops_the_pair_being_proposed_and_merged(world: World) -> None:
    hq, (k, latin, _han) = world.hq, world.persons
    mark = person_service.mark_distinct(hq, latin, k)
    assert person_service.mark_distinct(hq, k, latin).id == mark.id  # remembered once
    assert search_service.duplicate_candidates(hq) == []
    assert search_service.duplicate_candidates(hq, k) == []
    before = vault_digest(hq)
    with pytest.raises(PersonMergeError) as info:
        person_service.merge_persons(hq, k, latin)
    assert info.value.code == "persons.distinct"
    assert info.value.params["mark"] == mark.id
    assert vault_digest(hq) == before


def test_bad_merges_are_typed_errors_that_change_nothing(world: World) -> None:
    hq, (k, latin, han) = world.hq, world.persons
    before = vault_digest(hq)
    cases: list[tuple[Any, tuple[Any, ...], str]] = [
        (person_service.merge_persons, (k, "0" * 32), "not_found"),
        (person_service.merge_persons, ("0" * 32, k), "not_found"),
        (person_service.merge_persons, (k, k), "persons.self_merge"),
        (person_service.unmerge_persons, ("f" * 32,), "not_found"),
        (person_service.mark_distinct, (k, k), "persons.self_distinct"),
        (person_service.mark_distinct, (k, "nonsense"), "not_found"),
    ]
    for call, args, code in cases:
        with pytest.raises((NotFound, PersonMergeError)) as info:
            call(hq, *args)
        assert info.value.code == code, (call.__name__, args)
    assert vault_digest(hq) == before

    merge = person_service.merge_persons(hq, k, latin)
    with pytest.raises(PersonMergeError) as same:
        person_service.merge_persons(hq, latin, k)  # already one person
    assert same.value.code == "persons.self_merge"
    with pytest.raises(PersonMergeError) as merged:
        person_service.mark_distinct(hq, k, latin)
    assert merged.value.code == "persons.merged"
    person_service.unmerge_persons(hq, merge.id)
    after_unmerge = vault_digest(hq)
    with pytest.raises(PersonMergeError) as twice:
        person_service.unmerge_persons(hq, merge.id)
    assert twice.value.code == "persons.already_undone"
    assert vault_digest(hq) == after_unmerge
    assert person_service.resolve_person(hq, han) == han


def test_merges_chain_transitively_and_never_loop(world: World) -> None:
    hq, (a, b, c) = world.hq, world.persons
    person_service.merge_persons(hq, b, a)  # A into B
    person_service.merge_persons(hq, c, b)  # B into C
    assert {person_service.resolve_person(hq, p) for p in (a, b, c)} == {c}
    assert person_service.person_group(hq, a) == [c, *sorted((a, b))]
