"""Trust between vaults (docs/trust.md): the attacks of issue 9, each through real vaults,
real bundles and the CLI.

The world: Field A records a case and sends it to HQ; HQ sends it to Field B. B is a
verified contact of HQ and knows A's card, and B is malicious: it controls its own
vault, so it can put anything in its history before sealing a bundle to HQ (that is
what ``plant`` does: a revision written straight into B's storage, as a modified
Amanat would). Each test says what B tries and what HQ must do.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from amanat.domain.errors import BundleError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.storage import history, records
from amanat.storage.db import transaction
from amanat.storage.history import Author, Revision
from amanat.storage.vault import Vault
from bundle_support import add_case, befriend, new_vault, vault_digest


@dataclass
class World:
    a: Vault
    hq: Vault
    b: Vault
    folder: Path
    case_id: str
    testimony_id: str


def send(sender: Vault, to: Vault, world: World, **options: Any) -> Any:
    """Seal every case of ``sender`` for ``to`` and open it there."""
    return bundle_service.open_bundle(to, seal_only(sender, to, world, **options))


def seal_only(sender: Vault, to: Vault, world: World, **options: Any) -> Path:
    name = to.identity.display_name
    options.setdefault("all_cases", True)
    return bundle_service.seal_bundle(sender, [name], world.folder, **options).path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    a = new_vault(tmp_path / "a", "Field A")
    hq = new_vault(tmp_path / "hq", "HQ")
    b = new_vault(tmp_path / "b", "Field B")
    befriend(a, hq)
    befriend(hq, b)
    befriend(a, b, verified=False)  # cards exchanged, never compared
    folder = tmp_path / "out"
    folder.mkdir()
    case_id = add_case(a, title="Detention of Erzhan")
    testimony_id = case_service.get_case(a, case_id)["testimonies"][0]["id"]
    w = World(a, hq, b, folder, case_id, testimony_id)
    send(a, hq, w)
    send(hq, b, w)
    try:
        yield w
    finally:
        for vault in (a, hq, b):
            vault.lock()


def plant(vault: Vault, rev: Revision) -> None:
    """What a modified Amanat in the attacker's vault can do: put any revision in its
    own history as the head, so that its next bundle carries it."""
    conn = vault.connection()
    with transaction(conn):
        history.insert(conn, rev)
        history.set_heads(conn, rev.kind, rev.record_id, [rev.rev_id])
        records.project(conn, records.load_revision_record(rev), rev, first=False)


def edited_case(vault: Vault, case_id: str, **changes: Any) -> tuple[Any, list[str]]:
    conn = vault.connection()
    case = records.load(conn, RecordKind.CASE, case_id)
    return dataclasses.replace(case, **changes), history.heads(conn, case_id)


def refused(vault: Vault, path: Path, code: str) -> BundleError:
    before = vault_digest(vault)
    with pytest.raises(BundleError) as info:
        bundle_service.open_bundle(vault, path)
    assert info.value.code == code, (info.value.code, info.value.params)
    assert vault_digest(vault) == before
    return info.value


# -- 1. authorship is proven, not claimed ----------------------------------------------


def test_local_revisions_are_signed_by_the_vault(world: World) -> None:
    conn = world.a.connection()
    revs = history.revisions(conn, world.case_id)
    assert revs and all(r.signature_valid() for r in revs)
    assert all(r.author == world.a.identity.public.signing for r in revs)
    # and HQ keeps A's signatures as they came
    at_hq = history.revisions(world.hq.connection(), world.case_id)
    assert [r.signature for r in at_hq] == [r.signature for r in revs]
    shown = case_service.case_history(world.hq, world.case_id)
    assert shown and all(entry["signed"] for entry in shown)


def test_an_edit_under_another_authors_name_is_refused(world: World) -> None:
    """B rewrites A's case and names A as the author (old code: HQ fast-forwarded it
    with author = A's key). B cannot sign as A: unsigned, it is refused."""
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    forged = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=world.a.identity.public.signing,
    )
    plant(world.b, forged)
    refused(world.hq, seal_only(world.b, world.hq, world), "bundle.unsigned_author")
    assert case_service.get_case(world.hq, world.case_id)["title"] == "Detention of Erzhan"


def test_a_revision_signed_by_someone_else_than_its_author_is_refused(world: World) -> None:
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    b_key = Author(world.b.identity.ed25519_private)
    forged = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=world.a.identity.public.signing,
        sign=b_key.sign,  # B's signature under A's name
    )
    plant(world.b, forged)
    refused(world.hq, seal_only(world.b, world.hq, world), "bundle.revision_signature")


def test_a_damaged_signature_is_refused(world: World) -> None:
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    b_key = Author(world.b.identity.ed25519_private)
    good = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=b_key.key,
        sign=b_key.sign,
    )
    assert good.signature is not None
    bad = dataclasses.replace(good, signature=bytes([good.signature[0] ^ 1]) + good.signature[1:])
    plant(world.b, bad)
    refused(world.hq, seal_only(world.b, world.hq, world), "bundle.revision_signature")


def test_an_author_nobody_knows_is_refused(world: World) -> None:
    stranger = Author(os.urandom(32))
    case, heads = edited_case(world.b, world.case_id, title="Nothing happened")
    rev = history.make_revision(
        RecordKind.CASE,
        world.case_id,
        case.to_content(),
        parents=heads,
        author=stranger.key,
        sign=stranger.sign,
    )
    plant(world.b, rev)
    error = refused(world.hq, seal_only(world.b, world.hq, world), "bundle.unknown_author")
    assert error.params["kind"] == "case"


def test_a_forwarded_record_needs_its_authors_card(world: World, tmp_path: Path) -> None:
    """C knows HQ but not A: A's signed revisions forwarded by HQ are refused."""
    c = new_vault(tmp_path / "c", "Lawyer")
    try:
        befriend(world.hq, c)
        refused(c, seal_only(world.hq, c, world), "bundle.unknown_author")
        contact_service.add_contact(c, contact_service.own_card(world.a), verified=False)
        result = bundle_service.open_bundle(c, seal_only(world.hq, c, world))
        assert result.cases == [world.case_id]
    finally:
        c.lock()
