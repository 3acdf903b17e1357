"""Benchmark: ``Vault.rekey`` for a vault holding N MB of attachments, against
``PRAGMA rekey`` in place (the alternative not chosen), and the cost of one advance of
the rollback counter against a small commit (docs/keyslots.md, "State" and "Rekey").

    pytest -s tests/bench/bench_rekey.py
    AMANAT_BENCH_REKEY_MB=500 pytest -s tests/bench/bench_rekey.py

Nothing here passes or fails on speed.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from amanat.services import attachments, cases
from amanat.storage import db
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault

MEGABYTES = int(os.environ.get("AMANAT_BENCH_REKEY_MB", "100"))
FILE_MB = 10
CASES = 200


def _fill(vault: Vault) -> None:
    for i in range(CASES):
        doc = dict(ISSUE_EXAMPLE)
        doc["title"] = f"Bench case {i}"
        cases.add_case(vault, doc)
    case_id = cases.add_case(vault, dict(ISSUE_EXAMPLE)).id
    for _ in range(max(1, MEGABYTES // FILE_MB)):
        data = io.BytesIO(os.urandom(FILE_MB * 1024 * 1024))
        attachments.attach_file(vault, case_id, data, original_name="bench.bin")


def test_rekey_time(tmp_path: Path) -> None:
    vault, _code = create_vault(tmp_path / "v")
    _fill(vault)
    size = (tmp_path / "v" / "vault.db").stat().st_size
    start = time.perf_counter()
    vault.rekey(TEST_PASSPHRASE)
    took = time.perf_counter() - start
    print(
        f"\nrekey: {MEGABYTES} MB of blobs + {CASES} cases ({size / 1e6:.1f} MB database):"
        f" {took:.2f} s ({MEGABYTES / took:.0f} MB/s)"
    )
    # The database alone, exported as rekey does, against PRAGMA rekey in place.
    conn = vault.connection()
    db.checkpoint(conn)
    start = time.perf_counter()
    target = tmp_path / "export.db"
    conn.execute(f"ATTACH DATABASE ? AS x KEY \"x'{os.urandom(32).hex()}'\"", (str(target),))
    conn.execute("SELECT sqlcipher_export('x')").fetchall()
    conn.execute("DETACH DATABASE x")
    exported = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"")
    in_place = time.perf_counter() - start
    print(f"database only: sqlcipher_export {exported:.2f} s, PRAGMA rekey {in_place:.2f} s")
    vault.lock()


def test_counter_cost(tmp_path: Path) -> None:
    vault, _code = create_vault(tmp_path / "v")
    conn = vault.connection()
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        vault.advance_counter()
    advance = (time.perf_counter() - start) / rounds
    start = time.perf_counter()
    for i in range(rounds):
        with db.transaction(conn):
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('bench', ?)", (i,))
    commit = (time.perf_counter() - start) / rounds
    print(
        f"\nadvance_counter: {advance * 1000:.2f} ms; a small commit: {commit * 1000:.2f} ms"
        f" ({advance / commit:.0f}x)"
    )
    vault.lock()
