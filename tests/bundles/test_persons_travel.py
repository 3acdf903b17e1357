"""Person merges and "not the same person" travel in bundles and apply on arrival; a
contact who rewrites someone else's merge makes a proposal, never a silent change
(docs/review.md §5, docs/trust.md). Real vaults, real sealed bundles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from amanat.domain.model import PersonMerge, RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import persons as person_service
from amanat.services import search as search_service
from amanat.storage import history, records
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.vaults import befriend, new_vault


def person_case(name: str, script: str, passport: str) -> dict[str, Any]:
    return {
        "title": f"Detention of {name}",
        "person": {
            "names": [{"text": name, "script": script}],
            "birth_year": 1980,
            "identifiers": [{"scheme": "passport", "value": passport}],
        },
    }


@dataclass
class World:
    field: Vault
    hq: Vault
    other: Vault  # a second reviewer (or a field laptop) HQ sends to
    folder: Path
    persons: list[str]  # Nurlan (Cyrillic), Nurlan (Latin), a namesake


def send(sender: Vault, to: Vault, folder: Path) -> Any:
    name = to.identity.display_name
    sealed = bundle_service.seal_bundle(sender, [name], folder, all_cases=True)
    return bundle_service.open_bundle(to, sealed.path)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    field = new_vault(tmp_path / "field", "Field A")
    hq = new_vault(tmp_path / "hq", "HQ")
    other = new_vault(tmp_path / "other", "Geneva desk")
    befriend(field, hq)
    befriend(hq, other)
    befriend(field, other, verified=False)  # knows the authors of what HQ forwards
    folder = tmp_path / "out"
    folder.mkdir()
    docs = (
        person_case("Нұрлан Сейітов", "kk-Cyrl", "K1111111"),
        person_case("Nurlan Seitov", "kk-Latn", "K1111111"),
        person_case("Nurlan Seitov", "kk-Latn", "K2222222"),
    )
    persons = []
    for doc in docs:
        case_id = case_service.add_case(field, doc).id
        persons.append(case_service.get_case(field, case_id)["person"]["id"])
    send(field, hq, folder)
    try:
        yield World(field, hq, other, folder, persons)
    finally:
        for vault in (field, hq, other):
            vault.lock()


def candidate_pairs(vault: Vault) -> set[tuple[str, str]]:
    return {(c.person_id, c.other_id) for c in search_service.duplicate_candidates(vault)}


def test_a_merge_and_a_distinct_mark_travel_and_apply_there(world: World) -> None:
    hq, other, (cyr, lat, namesake) = world.hq, world.other, world.persons
    merge = person_service.merge_persons(hq, cyr, lat)
    mark = person_service.mark_distinct(hq, cyr, namesake)
    assert candidate_pairs(hq) == set()
    result = send(hq, other, world.folder)
    assert result.conflicts == [] and result.proposals == []
    assert {person_service.resolve_person(other, p) for p in (cyr, lat)} == {cyr}
    assert person_service.resolve_person(other, namesake) == namesake
    assert candidate_pairs(other) == set()  # merged, and the namesake marked distinct
    found = [h.person_id for h in search_service.search_persons(other, "Nurlan Seitov")]
    assert sorted(found) == sorted((cyr, namesake))  # two persons, not three
    shown = person_service.merged_person(other, lat)
    assert shown.merges[0].id == merge.id and shown.distinct_from == ((mark.id, namesake),)
    # The reviewer's records are signed by HQ and owned by it on the other vault too.
    conn = other.connection()
    assert history.owner(conn, merge.id) == case_service.author_key(hq)
    assert history.owner(conn, mark.id) == case_service.author_key(hq)

    # Sending again adds nothing; an unmerge travels as well.
    again = send(hq, other, world.folder)
    assert again.outcomes.get("added", 0) == 0 and again.conflicts == []
    assert person_service.resolve_person(other, lat) == cyr
    person_service.unmerge_persons(hq, merge.id)
    send(hq, other, world.folder)
    assert person_service.resolve_person(other, lat) == lat
    assert (cyr, lat) in candidate_pairs(other) or (lat, cyr) in candidate_pairs(other)


def test_a_merge_reaches_a_vault_that_knows_the_persons_already(world: World) -> None:
    """The field worker receives the reviewer's merge of its own persons: its person
    records stay its own, unchanged; it sees one person."""
    hq, field, (cyr, lat, _namesake) = world.hq, world.field, world.persons
    conn = field.connection()
    before = {p: records.load(conn, RecordKind.PERSON, p) for p in (cyr, lat)}
    heads = {p: history.heads(conn, p) for p in (cyr, lat)}
    person_service.merge_persons(hq, lat, cyr)
    send(hq, field, world.folder)
    assert person_service.resolve_person(field, cyr) == lat
    assert {p: records.load(conn, RecordKind.PERSON, p) for p in (cyr, lat)} == before
    assert {p: history.heads(conn, p) for p in (cyr, lat)} == heads
    assert [h.person_id for h in search_service.search_persons(field, "Нұрлан")][:1] == [lat]


def test_a_contact_who_rewrites_the_merge_makes_a_proposal_not_a_change(world: World) -> None:
    hq, other, (cyr, lat, namesake) = world.hq, world.other, world.persons
    merge = person_service.merge_persons(hq, cyr, lat)
    send(hq, other, world.folder)
    # The other vault rewrites HQ's merge: undone, and then pointing at the namesake.
    person_service.unmerge_persons(other, merge.id)
    conn = other.connection()
    current = records.load(conn, RecordKind.PERSON_MERGE, merge.id)
    with transaction(conn):
        records.write(
            conn,
            dataclasses.replace(current, undone=False, other_id=namesake),
            author=case_service.revision_author(other),
        )
    result = send(other, hq, world.folder)
    assert merge.id in result.proposals
    hq_conn = hq.connection()
    shown = records.load(hq_conn, RecordKind.PERSON_MERGE, merge.id)
    assert shown == PersonMerge(merge.id, cyr, lat)
    assert person_service.resolve_person(hq, lat) == cyr
    assert person_service.resolve_person(hq, namesake) == namesake
    assert len(history.heads(hq_conn, merge.id)) == 2  # waiting for HQ's decision
