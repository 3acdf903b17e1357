"""Benchmark: opening the conflict view of one record in a 100,000-case vault.

    make bench                                    (all benchmarks)
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -s tests/bench/bench_conflicts.py
    AMANAT_BENCH_CONFLICT_CASES=20000 ...         (a smaller vault)

The demo vault of bench_gui.py (services.demo, made once and cached under the temp
folder) is copied, and one case's person is given a second head by another author (what
an import of an edit made elsewhere leaves). Printed: ``conflict_view`` for that record
(the data the side-by-side dialog opens with: both heads, their authors, the common
ancestor and what each side changed), cold and warm; the conflicts list; the
conflict cases for the review queue; and ``resolve``. Target (issue 11): the view
opens in under 200 ms. Nothing passes or fails on speed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from amanat.crypto.identity import Identity
from amanat.crypto.kdf import TEST_PARAMS
from amanat.domain.model import RecordKind
from amanat.services import conflicts as conflict_service
from amanat.services import demo
from amanat.storage import history
from amanat.storage.db import transaction
from amanat.storage.history import Author
from amanat.storage.vault import Vault, is_vault

CASES = int(os.environ.get("AMANAT_BENCH_CONFLICT_CASES", "100000"))
PASSPHRASE = "bench gui passphrase"  # the same cache as bench_gui.py
CACHE = Path(tempfile.gettempdir()) / "amanat-bench-gui"


def cached_demo_vault(cases: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{cases}"
    ready = CACHE / f"demo-{cases}.ready"
    if ready.exists() and is_vault(path):
        return path
    if path.exists():
        shutil.rmtree(path)
    vault, _code = Vault.create(path, PASSPHRASE, name="Bench", kdf=TEST_PARAMS)
    try:
        done = 0
        while done < cases:
            n = min(max(1000, cases // 10), cases - done)
            demo.generate_demo(vault, n, start=done, with_attachments=False)
            done += n
    finally:
        vault.lock()
    ready.write_text("ok")
    return path


def _conflict(vault: Vault) -> str:
    """A second head on one case's person, written by another vault's key."""
    conn = vault.connection()
    row = conn.execute(
        "SELECT person_id FROM case_file ORDER BY id LIMIT 1 OFFSET ?", (CASES // 2,)
    ).fetchone()
    person_id = str(row[0])
    [head] = history.heads(conn, person_id)
    base = history.get(conn, head).value()
    other = Author(Identity.generate("Elsewhere").ed25519_private)
    rev = history.make_revision(
        RecordKind.PERSON, person_id, {**base, "occupation": "teacher"},
        parents=[head], author=other.key, sign=other.sign,
    )  # fmt: skip
    with transaction(conn):
        history.insert(conn, rev)
        history.set_heads(conn, RecordKind.PERSON, person_id, [head, rev.rev_id])
    return person_id


def _ms(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def test_conflict_view_in_a_large_vault(tmp_path: Path) -> None:
    source = cached_demo_vault(CASES)
    copy = tmp_path / "vault"
    shutil.copytree(source, copy)
    vault = Vault.unlock(copy, PASSPHRASE)
    try:
        person_id = _conflict(vault)
        cold = _ms(lambda: conflict_service.conflict_view(vault, person_id))
        warm = [_ms(lambda: conflict_service.conflict_view(vault, person_id)) for _ in range(20)]
        listing = _ms(lambda: conflict_service.list_conflicts(vault))
        queue = [_ms(lambda: conflict_service.conflict_case_ids(vault)) for _ in range(5)]
        view = conflict_service.conflict_view(vault, person_id)
        merged = conflict_service.merged_content(view, {})
        resolve = _ms(lambda: conflict_service.resolve(vault, person_id, content=merged))
        cases = vault.connection().execute("SELECT count(*) FROM case_file").fetchone()[0]
    finally:
        vault.lock()
    print(
        f"\nconflict view, {cases:,} cases (target < 200 ms):"
        f"\n  conflict_view   cold {cold:7.1f} ms   warm median {statistics.median(warm):6.1f} ms"
        f"  worst {max(warm):6.1f} ms"
        f"\n  list_conflicts       {listing:7.1f} ms"
        f"\n  conflict cases  cold {queue[0]:7.1f} ms"
        f"   warm median {statistics.median(queue):6.1f} ms"
        f"\n  resolve              {resolve:7.1f} ms"
    )
