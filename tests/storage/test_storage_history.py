"""Revision history: nothing overwritten, heads, merging received revisions."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from amanat.domain.errors import Immutable, IntegrityError, ValidationError
from amanat.domain.model import Person, RecordKind, Testimony
from amanat.services import cases as service
from amanat.storage import history, records
from amanat.storage.db import transaction
from amanat.storage.history import Revision
from amanat.storage.records import ApplyOutcome
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault


@pytest.fixture
def other(tmp_path: Path) -> Any:
    vault, _ = create_vault(tmp_path / "other", "Other", TEST_PASSPHRASE)
    yield vault
    vault.lock()


def _person(vault: Vault) -> tuple[str, Person]:
    case_id = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    person_id = service.get_case(vault, case_id)["person"]["id"]
    return person_id, records.load(vault.connection(), RecordKind.PERSON, person_id)


def _edit(vault: Vault, person: Person, occupation: str) -> Revision:
    new = dataclasses.replace(person, occupation=occupation)
    conn = vault.connection()
    with transaction(conn):
        return records.write(conn, new, author=service.revision_author(vault))


def _apply(vault: Vault, rev: Revision) -> ApplyOutcome:
    conn = vault.connection()
    with transaction(conn):
        return records.apply_revision(conn, rev, origin="test-bundle")


def test_every_revision_is_kept(vault: Vault) -> None:
    person_id, person = _person(vault)
    first = history.heads(vault.connection(), person_id)
    r2 = _edit(vault, person, "teacher")
    r3 = _edit(vault, person, "driver")
    conn = vault.connection()
    revs = history.revisions(conn, person_id)
    assert [r.rev_id for r in revs] == [*first, r2.rev_id, r3.rev_id]
    assert revs[1].parents == tuple(first) and revs[2].parents == (r2.rev_id,)
    assert history.heads(conn, person_id) == [r3.rev_id]
    assert [json.loads(r.content).get("occupation") for r in revs] == [None, "teacher", "driver"]
    for rev in revs:
        rev.verify()
        assert rev.content_hash == hashlib.sha256(rev.content).digest()
        assert rev.author == service.author_key(vault)
    assert records.load(conn, RecordKind.PERSON, person_id).occupation == "driver"
    assert service.record_heads(vault, person_id) == [r3.rev_id]
    assert service.revision_content(vault, r2.rev_id)["occupation"] == "teacher"
    # An unchanged write still records who touched it, never overwrites.
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE revision SET content = x'00'")
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM revision")


def test_merge_outcomes(vault: Vault, other: Vault) -> None:
    person_id, person = _person(vault)
    conn = vault.connection()
    (r1,) = history.head_revisions(conn, person_id)
    # Places first (the person refers to its hometown).
    for place_id in [r[0] for r in conn.execute("SELECT id FROM place")]:
        for rev in history.revisions(conn, place_id):
            assert _apply(other, rev) is ApplyOutcome.ADDED
    assert _apply(other, r1) is ApplyOutcome.ADDED
    assert _apply(other, r1) is ApplyOutcome.DUPLICATE
    r2 = _edit(vault, person, "teacher")
    assert _apply(other, r2) is ApplyOutcome.FAST_FORWARD
    oconn = other.connection()
    assert records.load(oconn, RecordKind.PERSON, person_id).occupation == "teacher"
    # Both sides edit: the received head is kept beside the local one.
    mine = _edit(vault, records.load(conn, RecordKind.PERSON, person_id), "driver")
    theirs = _edit(other, records.load(oconn, RecordKind.PERSON, person_id), "farmer")
    assert _apply(other, mine) is ApplyOutcome.CONFLICT
    assert sorted(history.heads(oconn, person_id)) == sorted([mine.rev_id, theirs.rev_id])
    assert records.load(oconn, RecordKind.PERSON, person_id).occupation == "farmer"
    assert history.conflicts(oconn) == [(person_id, "person", 2)]
    # A local edit resolves it: its parents are both heads.
    resolved = _edit(other, records.load(oconn, RecordKind.PERSON, person_id), "driver")
    assert resolved.parents == tuple(sorted([mine.rev_id, theirs.rev_id]))
    assert history.heads(oconn, person_id) == [resolved.rev_id]
    assert history.conflicts(oconn) == []
    # The original side receives the resolution: a fast-forward over its own head...
    assert _apply(vault, theirs) is ApplyOutcome.CONFLICT
    (row,) = service.list_cases(vault)
    assert row["in_conflict"]
    (conflict,) = service.get_case(vault, row["id"])["conflicts"]
    assert (conflict["record_id"], conflict["record_kind"], conflict["heads"]) == (
        person_id,
        "person",
        2,
    )
    # The version not shown is listed as pending, with who wrote it.
    (pending,) = conflict["pending"]
    assert pending["rev_id"] == theirs.rev_id and pending["signed"]
    assert _apply(vault, resolved) is ApplyOutcome.FAST_FORWARD
    assert history.heads(conn, person_id) == [resolved.rev_id]
    assert not service.list_cases(vault)[0]["in_conflict"]
    assert service.get_case(vault, row["id"])["conflicts"] == []


def test_receiving_an_ancestor_keeps_the_head(vault: Vault, other: Vault) -> None:
    _person_id, person = _person(vault)
    conn = vault.connection()
    for place_id in [r[0] for r in conn.execute("SELECT id FROM place")]:
        for rev in history.revisions(conn, place_id):
            _apply(other, rev)
    (r1,) = history.head_revisions(conn, person.id)
    r2 = _edit(vault, person, "teacher")
    assert _apply(other, r2) is ApplyOutcome.ADDED
    assert _apply(other, r1) is ApplyOutcome.KEPT
    assert history.heads(other.connection(), person.id) == [r2.rev_id]
    assert len(history.revisions(other.connection(), person.id)) == 2


def test_tampered_revisions_are_refused(vault: Vault, other: Vault) -> None:
    _person_id, person = _person(vault)
    rev = _edit(vault, person, "teacher")
    body = rev.content.replace(b"teacher", b"soldier")
    forged = dataclasses.replace(rev, content=body)
    with pytest.raises(IntegrityError):
        _apply(other, forged)
    rehashed = dataclasses.replace(forged, content_hash=hashlib.sha256(body).digest())
    with pytest.raises(IntegrityError):
        _apply(other, rehashed)  # the rev_id no longer matches the envelope
    spaced = json.dumps(json.loads(rev.content), indent=1).encode()
    with pytest.raises(ValidationError):
        _apply(other, dataclasses.replace(rev, content=spaced))
    assert history.revisions(other.connection(), person.id) == []


def test_sealed_testimony_cannot_move(vault: Vault, other: Vault) -> None:
    case_id = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    testimony_id = service.get_case(vault, case_id)["testimonies"][0]["id"]
    service.seal_testimony(vault, testimony_id)
    conn = vault.connection()
    sealed: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
    (head,) = history.head_revisions(conn, testimony_id)
    # A revision built on the sealed head (as a tampering peer would send it).
    edited = dataclasses.replace(sealed, narrative="Something else")
    rev = history.make_revision(
        RecordKind.TESTIMONY,
        testimony_id,
        edited.to_content(),
        parents=[head.rev_id],
        author=service.author_key(vault),
    )
    with pytest.raises((Immutable, IntegrityError)):
        _apply(vault, rev)
    unsigned = dataclasses.replace(sealed, narrative="Something else", seal=None)
    rev = history.make_revision(
        RecordKind.TESTIMONY,
        testimony_id,
        unsigned.to_content(),
        parents=[head.rev_id],
        author=service.author_key(vault),
    )
    with pytest.raises(Immutable):
        _apply(vault, rev)
    assert history.heads(conn, testimony_id) == [head.rev_id]
