"""Benchmark: the review queue on a vault of 100,000 cases (docs/review.md §2).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -s tests/bench/bench_review.py
    AMANAT_BENCH_REVIEW_CASES=20000 ...          (a smaller vault)

The vault is a copy of bench_gui's cached demo vault (services.demo, made once), opened
by this code: the first unlock runs schema migration 5, whose time is printed (the
queue table filled for every case). A demo vault's cases were all written locally, so
the queue's inputs are then spread over the cases with SQL, as a reviewer's vault would
have them after months of bundles: 30% received and never reviewed, 10% changed since
the review, 2% with records in conflict, review states and ten assignees spread, 5%
assigned to this vault. The query does not care how those columns were set.

Printed (best and median of ROUNDS, warm cache, on one connection): the queue's first
page as the app's lazy model reads it (every id in order, then the first 200 rows),
each filter (state, assignee, reason, "needs attention", state and assignee), and the
other sort orders, and for reference the case list's own id query at the same moment
(on a busy machine every figure grows alike). Targets (issue 11): first page < 100 ms,
filtering < 100 ms. Nothing passes or fails on speed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from amanat.services import cases as case_service
from amanat.services import reviews as review_service
from amanat.storage import migrations, schema_v5
from amanat.storage.db import transaction
from amanat.storage.vault import Vault

pytestmark = pytest.mark.timeout(3600)

CASES = int(os.environ.get("AMANAT_BENCH_REVIEW_CASES", "100000"))
ROUNDS = int(os.environ.get("AMANAT_BENCH_REVIEW_ROUNDS", "7"))
PAGE = 200
_SCHEMA = hashlib.sha256(Path(schema_v5.__file__).read_bytes()).hexdigest()[:10]
CACHE = Path(tempfile.gettempdir()) / f"amanat-bench-review-s{migrations.LATEST}-{CASES}-{_SCHEMA}"
ASSIGNEES = [f"Reviewer {i}" for i in range(10)]


def _spread(vault: Vault) -> None:
    """The queue's inputs, as months of bundles would leave them (see the docstring)."""
    conn = vault.connection()
    me = vault.identity.display_name
    with transaction(conn):
        conn.execute(
            "UPDATE case_review SET"
            " received_seq = CASE WHEN abs(random()) % 100 < 40 THEN 1000000 ELSE 0 END,"
            " pending = CASE WHEN abs(random()) % 100 < 2 THEN 1 ELSE 0 END"
        )
        conn.execute(
            "UPDATE case_review SET reviewed_seq = CASE WHEN abs(random()) % 4 = 0"
            " THEN 999999 ELSE 1000001 END, state = CASE abs(random()) % 4"
            " WHEN 0 THEN 'under_review' WHEN 1 THEN 'needs_follow_up'"
            " WHEN 2 THEN 'verified' ELSE 'closed' END WHERE abs(random()) % 100 < 30"
        )
        conn.execute(
            "UPDATE case_review SET assignee = CASE WHEN abs(random()) % 100 < 5 THEN ?1"
            " ELSE 'Reviewer ' || (abs(random()) % 10) END, mine = 0"
            " WHERE abs(random()) % 100 < 60",
            (me,),
        )
        conn.execute("UPDATE case_review SET mine = coalesce(assignee = ?, 0)", (me,))


@pytest.fixture(scope="module")
def queue_vault() -> Iterator[Vault]:
    from bench_gui import PASSPHRASE, cached_demo_vault

    ready = CACHE / "ready"
    path = CACHE / "vault"
    if not ready.exists():
        shutil.rmtree(CACHE, ignore_errors=True)
        CACHE.mkdir(parents=True)
        source = cached_demo_vault(CASES)
        shutil.copytree(source, path)
        started = time.perf_counter()
        vault = Vault.unlock(path, PASSPHRASE)  # migrates to this code's schema
        print(f"\nunlock with schema migration to {migrations.LATEST}:"
              f" {time.perf_counter() - started:.1f} s for {CASES:,} cases")  # fmt: skip
        _spread(vault)
        vault.lock()
        ready.write_text("ok")
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


def _measure(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    result = fn()  # warm-up
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return min(samples), statistics.median(samples), result


def _line(label: str, fn: Callable[[], Any], target: float | None = 100) -> None:
    best, median, result = _measure(fn)
    rows = len(result) if hasattr(result, "__len__") else "-"
    goal = f"(target < {target:.0f} ms)" if target else ""
    print(f"  {label:<44} best {best:6.1f} ms   median {median:6.1f} ms"
          f"   {rows:>7} ids  {goal}")  # fmt: skip


def first_page(vault: Vault, filters: dict[str, Any] | None = None, sort: str = "attention"):  # type: ignore[no-untyped-def]
    ids = review_service.queue_ids(vault, filters, sort=sort)
    review_service.queue_rows(vault, ids[:PAGE])
    return ids


def test_queue_latency(queue_vault: Vault) -> None:
    vault = queue_vault
    total = vault.connection().execute("SELECT count(*) FROM case_review").fetchone()[0]
    me = vault.identity.display_name
    print(f"\nreview queue on {total:,} cases (every id in order + the first {PAGE} rows):")
    _line("first page (what needs attention first)", lambda: first_page(vault))
    ids = review_service.queue_ids(vault)
    _line("ids only (every id in order)", lambda: review_service.queue_ids(vault))
    # The same machine, the same moment: the case list's own id query (its lazy model's
    # first wait), for reference when the machine is busy.
    _line("reference: the case list's ids", lambda: case_service.ordered_case_ids(
        vault, {}, "updated", descending=True), target=None)  # fmt: skip
    _line("rows only (one page of 200)", lambda: review_service.queue_rows(
        vault, ids[5000:5000 + PAGE]), target=None)  # fmt: skip
    filters: list[tuple[str, dict[str, Any]]] = [
        ("filter: state = under_review", {"state": "under_review"}),
        ("filter: state = unreviewed", {"state": "unreviewed"}),
        ("filter: assignee = Reviewer 3", {"assignee": "Reviewer 3"}),
        ("filter: assignee = me", {"assignee": me}),
        ("filter: reason = conflict", {"reason": "conflict"}),
        ("filter: reason = changed", {"reason": "changed"}),
        ("filter: needs attention", {"attention": True}),
        ("filter: state + assignee", {"state": "verified", "assignee": "Reviewer 1"}),
    ]
    for label, given in filters:
        _line(label, lambda given=given: first_page(vault, given))
    for sort in ("changed", "state", "assignee", "title"):
        _line(f"sort: {sort}", lambda sort=sort: first_page(vault, None, sort), target=None)
