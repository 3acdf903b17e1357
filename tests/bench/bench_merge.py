"""Benchmark: merging one record entry of many revisions (issue 16, item 1).

    pytest -s tests/bench/bench_merge.py        (or `make bench`)

A chain of N revisions of one case (each the child of the last) and an entry of 2,000
siblings (refused above the heads cap, docs/bundle-format.md §3) are sealed by one vault
and opened by another. Before the in-memory ancestry (storage.history.Ancestry), 2,000
siblings took 52.8 s; the chain's time should grow linearly with N. Figures are
printed, never asserted.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from amanat.domain.errors import BundleError
from amanat.domain.model import RecordKind
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.storage import history
from amanat.storage.db import transaction
from amanat.storage.history import make_revision
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import add_case, befriend, new_vault


def _grow(vault: Vault, case_id: str, count: int, *, chain: bool) -> None:
    conn = vault.connection()
    author = case_service.revision_author(vault)
    root = history.revisions(conn, case_id)[0]
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
            if chain:
                parent = rev.rev_id


@pytest.mark.parametrize(("count", "chain"), [(2_000, False), (5_000, True), (20_000, True)])
def test_merge_one_entry(tmp_path: Path, count: int, chain: bool) -> None:
    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    befriend(field, hq)
    case_id = add_case(field)
    _grow(field, case_id, count, chain=chain)
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    start = time.perf_counter()
    try:
        bundle_service.open_bundle(hq, path)
        outcome = "imported"
    except BundleError as exc:
        outcome = f"refused ({exc.code}, {exc.params.get('what')})"
    elapsed = time.perf_counter() - start
    shape = "chain" if chain else "siblings"
    print(
        f"\n{count:>7,} {shape:<8} {path.stat().st_size / 1e6:6.1f} MB  {elapsed:6.2f} s  {outcome}"
    )
    field.lock()
    hq.lock()
