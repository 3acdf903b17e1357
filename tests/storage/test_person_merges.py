"""storage.person_merges (docs/review.md §5): the alias map from merges, transitive and
loop-free, kept in step by the projector; the records' own validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.domain.errors import ValidationError
from amanat.domain.model import PersonDistinct, PersonMerge, RecordKind, record_from_content
from amanat.services import cases as case_service
from amanat.storage import migrations, person_merges, records
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.vaults import add_case

A, B, C, D = ("a" * 32, "b" * 32, "c" * 32, "d" * 32)


def test_aliases_are_transitive_and_the_keep_side_wins() -> None:
    assert person_merges.compute_aliases([(B, A), (C, B)]) == {A: C, B: C}
    assert person_merges.compute_aliases([(C, B), (B, A)]) == {A: C, B: C}
    # Opposite merges of one pair, and a chain back to the start: still one person.
    assert person_merges.compute_aliases([(A, B), (B, A)]) == {B: A}
    assert person_merges.compute_aliases([(A, B), (B, C), (C, A)]) == {B: A, C: A}
    # A into B and A into C: all three are one.
    assert person_merges.compute_aliases([(B, A), (C, A)]) == {A: C, B: C}


@given(st.lists(st.tuples(st.sampled_from((A, B, C, D)), st.sampled_from((A, B, C, D)))))
def test_every_id_resolves_to_a_root_that_is_not_merged(pairs: list[tuple[str, str]]) -> None:
    aliases = person_merges.compute_aliases([(k, o) for k, o in pairs if k != o])
    assert all(root not in aliases for root in aliases.values())
    # Ids that some merge joined resolve together.
    for keep, other in pairs:
        assert aliases.get(keep, keep) == aliases.get(other, other)


def test_records_validate_and_round_trip() -> None:
    merge = PersonMerge("1" * 32, A, B)
    assert merge.to_content() == {"keep": A, "other": B}
    undone = PersonMerge("1" * 32, A, B, undone=True)
    assert record_from_content(RecordKind.PERSON_MERGE, undone.id, undone.to_content()) == undone
    distinct = PersonDistinct("2" * 32, A, B, withdrawn=True)
    assert distinct.to_content() == {"person": A, "other": B, "withdrawn": True}
    for bad in ({"keep": A, "other": A}, {"keep": A, "other": "x"}, {"keep": A},
                {"keep": A, "other": B, "undone": "yes"}):  # fmt: skip
        with pytest.raises(ValidationError):
            record_from_content(RecordKind.PERSON_MERGE, "1" * 32, bad)
    with pytest.raises(ValidationError):
        record_from_content(RecordKind.PERSON_DISTINCT, "2" * 32, {"person": A, "other": A})


def test_the_projection_follows_each_revision(vault: Vault) -> None:
    assert migrations.schema_version(vault.connection()) == migrations.LATEST
    add_case(vault)
    conn = vault.connection()
    author = case_service.revision_author(vault)
    with transaction(conn):
        records.write(conn, PersonMerge("1" * 32, B, A), author=author, new=True)
        records.write(conn, PersonMerge("2" * 32, C, B), author=author, new=True)
    assert person_merges.resolve(conn, A) == C
    assert person_merges.group(conn, B) == [C, A, B]
    assert person_merges.resolve(conn, D) == D
    with transaction(conn):
        records.write(conn, PersonMerge("2" * 32, C, B, undone=True), author=author)
    assert person_merges.resolve(conn, A) == B
    assert person_merges.resolve(conn, C) == C
    rows = conn.execute("SELECT old_id, person_id FROM person_alias").fetchall()
    assert [tuple(r) for r in rows] == [(A, B)]
