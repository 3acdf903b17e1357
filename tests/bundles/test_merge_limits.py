"""Merging is linear in the revisions a bundle brings (issue 16, item 1): a record entry
of many sibling revisions is refused above the heads cap (docs/bundle-format.md §3,
"Merge limits") with a typed error and nothing changed; long histories merge with one
head; the in-memory ancestry answers what the SQL walk answered."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from amanat.bundles.merge import MAX_HEADS_PER_RECORD, MergeOutcome, merge_revision
from amanat.domain.errors import BundleError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage import history
from amanat.storage.db import transaction
from amanat.storage.history import Revision, make_revision
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, vault_digest


def _grow(vault: Vault, case_id: str, count: int, *, chain: bool) -> list[Revision]:
    """Store ``count`` revisions of the case in the sender's history, signed by it: a
    chain (each the child of the last) or siblings (all children of the first)."""
    conn = vault.connection()
    author = case_service.revision_author(vault)
    root = history.revisions(conn, case_id)[0]
    made: list[Revision] = []
    parent = root.rev_id
    with transaction(conn):
        for i in range(count):
            rev = make_revision(
                RecordKind.CASE,
                case_id,
                {**root.value(), "title": f"Version {i}"},
                parents=[parent],
                author=author.key,
                sign=author.sign,
            )
            history.insert(conn, rev)
            made.append(rev)
            if chain:
                parent = rev.rev_id
        history.set_heads(conn, RecordKind.CASE, case_id, [made[-1].rev_id])
    return made


def test_siblings_above_the_heads_cap_are_refused(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    _grow(field, case_id, 2_000, chain=False)
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    before = vault_digest(hq)
    with pytest.raises(BundleError) as caught:
        bundle_service.open_bundle(hq, path)
    assert caught.value.code == "bundle.limit"
    assert caught.value.params["what"] == "heads"
    assert caught.value.params["limit"] == MAX_HEADS_PER_RECORD
    assert vault_digest(hq) == before


def test_siblings_up_to_the_cap_are_kept_as_heads(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    # The first sibling fast-forwards past the root; each further one is a head.
    siblings = _grow(field, case_id, MAX_HEADS_PER_RECORD, chain=False)
    result = bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    assert result.outcomes["conflict"] == MAX_HEADS_PER_RECORD - 1
    assert history.heads(hq.connection(), case_id) == sorted(r.rev_id for r in siblings)
    # One more sibling is one head too many.
    _grow(field, case_id, 1, chain=False)
    with pytest.raises(BundleError) as caught:
        bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path / "again", case_ids=[case_id]))
    assert caught.value.code == "bundle.limit"


def test_a_long_chain_merges_to_one_head(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, hq = pair
    case_id = add_case(field)
    chain = _grow(field, case_id, 3_000, chain=True)
    result = bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    assert result.outcomes["fast_forward"] == 3_000
    assert history.heads(hq.connection(), case_id) == [chain[-1].rev_id]
    assert case_service.get_case(hq, case_id)["title"] == "Version 2999"


def test_cancel_is_checked_per_revision(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, hq = pair
    case_id = add_case(field)
    _grow(field, case_id, 200, chain=True)
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return False

    bundle_service.open_bundle(hq, path, is_cancelled=cancelled)
    assert asked > 200


def test_ancestry_agrees_with_the_history_walk(vault: Vault) -> None:
    """Random graphs of one record: the in-memory answers equal history.is_ancestor."""
    conn = vault.connection()
    author = case_service.revision_author(vault)
    rng = random.Random(16)
    record_id = "0" * 32
    with transaction(conn):
        stored: list[Revision] = []
        for i in range(120):
            pick = rng.sample(stored, k=min(len(stored), rng.choice([0, 1, 1, 2, 3])))
            rev = make_revision(
                RecordKind.PLACE,
                record_id,
                {"n": i},
                parents=[r.rev_id for r in pick] or ([] if i == 0 else [stored[0].rev_id]),
                author=author.key,
                check=False,
            )
            history.insert(conn, rev)
            stored.append(rev)
        heads = rng.sample([r.rev_id for r in stored], k=6)
        history.set_heads(conn, RecordKind.PLACE, record_id, heads)
        graph = history.Ancestry(conn, record_id)
        unknown = "f" * 64
        for rev in [*stored, *stored[:5]]:
            probe = [*rev.parents, unknown]
            expected = {
                h for h in graph.heads if any(history.is_ancestor(conn, h, p) for p in probe)
            }
            assert graph.heads_behind(probe) == expected
            leads = any(history.is_ancestor(conn, rev.rev_id, h) for h in graph.heads)
            assert graph.leads_to_head(rev.rev_id) == leads
        assert not graph.leads_to_head(unknown)


def test_merge_keeps_the_ancestry_in_step(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """A later revision arriving before its parent, through one shared ancestry."""
    field, hq = pair
    case_id = add_case(field)
    bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    conn = hq.connection()
    (root,) = history.revisions(conn, case_id)
    author = case_service.revision_author(field)
    middle = make_revision(
        RecordKind.CASE, case_id, {**root.value(), "title": "Middle"},
        parents=[root.rev_id], author=author.key, sign=author.sign,
    )  # fmt: skip
    top = make_revision(
        RecordKind.CASE, case_id, {**root.value(), "title": "Top"},
        parents=[middle.rev_id], author=author.key, sign=author.sign,
    )  # fmt: skip
    with transaction(conn):
        graph = history.Ancestry(conn, case_id)
        # top's parent is unknown here: HQ's head is not behind it, a conflict.
        assert merge_revision(conn, top, origin="t", ancestry=graph) is MergeOutcome.CONFLICT
        assert merge_revision(conn, middle, origin="t", ancestry=graph) is MergeOutcome.KEPT
        assert merge_revision(conn, middle, origin="t", ancestry=graph) is MergeOutcome.DUPLICATE
        assert graph.heads == history.heads(conn, case_id)
        assert graph.heads_behind([top.rev_id]) == set(graph.heads)
