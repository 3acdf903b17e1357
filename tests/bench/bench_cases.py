"""Benchmark: bulk case import, SQLCipher against plain SQLite, and attaching a big file.

    pytest -s tests/bench/bench_cases.py
    AMANAT_BENCH_CASES=100000 AMANAT_BENCH_ATTACH_MB=2048 pytest -s tests/bench/bench_cases.py

Import: the same synthetic cases through ``services.cases.import_cases`` into a real
vault (SQLCipher) and into an unencrypted SQLite file with the same schema (sqlcipher3
without a key is plain SQLite), same code path, same run. Attach: peak RSS growth of
``attach_file`` + reading back, measured in a subprocess from the moment the vault is
open (VmHWM reset), so Argon2's memory does not hide it. Nothing here passes or fails
on speed.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from amanat.crypto.identity import Identity
from amanat.crypto.kdf import TEST_PARAMS
from amanat.domain import vocab
from amanat.services import cases as service
from amanat.storage import migrations
from amanat.storage.vault import Vault

CASES = int(os.environ.get("AMANAT_BENCH_CASES", "20000"))
ATTACH_MB = int(os.environ.get("AMANAT_BENCH_ATTACH_MB", "1024"))
PASSPHRASE = "bench"

GIVEN = ["Ержан", "Айгүл", "Нұрлан", "Гүлнар", "Қайрат", "Erkin", "Gulnar", "Mehmet"]
FAMILY = ["Бекболатұлы", "Сейітқызы", "Tursun", "Abdurehim", "Nurlanuly"]
TOWNS = [f"Town {i}" for i in range(300)]
CAMPS = [f"Camp No. {i}" for i in range(60)]


def synthetic_cases(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    events = vocab.codes("event_type")
    docs = []
    for i in range(n):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        docs.append(
            {
                "title": f"Case {i}: {name}",
                "person": {"names": [name], "birth_year": rng.randint(1940, 2000),
                           "hometown": rng.choice(TOWNS), "sex": rng.choice(["male", "female"])},
                "events": [{"type": rng.choice(events), "date": f"{rng.randint(2016, 2021)}-"
                            f"{rng.randint(1, 12):02d}",
                            "place": {"name": rng.choice(CAMPS), "facility_type": "camp"}}
                           for _ in range(rng.randint(1, 3))],
                "testimonies": [{"narrative": " ".join(rng.choices(GIVEN + FAMILY, k=60)),
                                 "language": "kk", "speaker": rng.choice(GIVEN),
                                 "relation": rng.choice(["sister", "brother", "wife", "son"]),
                                 "consent": {"informed": True, "voluntary": True}}],
            }
        )  # fmt: skip
    return docs


class PlainVault:
    """Just enough of Vault for the services, over an unencrypted SQLite file."""

    def __init__(self, path: Path) -> None:
        path.mkdir()
        self.blobs_dir = path / "blobs"
        self.blobs_dir.mkdir()
        self.identity = Identity.generate("bench")
        self._local = threading.local()
        self._path = path / "plain.db"
        conn = self.connection()
        migrations.migrate(conn)
        # Like a vault: the schema is created on a connection that is then closed (the
        # connection that ran the DDL stays about twice as slow for this workload).
        conn.close()
        self._local.conn = None

    def connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlcipher3.connect(str(self._path), isolation_level=None)
            conn.row_factory = sqlcipher3.Row
            for pragma in ("journal_mode = WAL", "secure_delete = ON", "temp_store = MEMORY",
                           "foreign_keys = ON", "synchronous = NORMAL"):  # fmt: skip
                conn.execute(f"PRAGMA {pragma}")
            self._local.conn = conn
        return conn


def _import(vault: Any, docs: list[dict[str, Any]]) -> float:
    start = time.perf_counter()
    service.import_cases(vault, docs)
    return time.perf_counter() - start


def test_bulk_import_sqlcipher_vs_plain(tmp_path: Path) -> None:
    docs = synthetic_cases(CASES)
    encrypted, _ = Vault.create(tmp_path / "vault", PASSPHRASE, name="bench", kdf=TEST_PARAMS)
    plain = PlainVault(tmp_path / "plain")
    try:
        t_plain = _import(plain, docs)
        t_cipher = _import(encrypted, docs)
        count = service.count_cases(encrypted)
        start = time.perf_counter()
        page = service.list_cases(encrypted, sort="date", limit=100)
        t_list = time.perf_counter() - start
        start = time.perf_counter()
        service.get_case(encrypted, page[0]["id"])
        t_show = time.perf_counter() - start
    finally:
        encrypted.lock()
    assert count == CASES
    print()
    print(f"bulk import of {CASES} cases (same code, same run)")
    print(f"  plain SQLite: {t_plain:7.1f} s  {CASES / t_plain:7.0f} cases/s")
    print(f"  SQLCipher:    {t_cipher:7.1f} s  {CASES / t_cipher:7.0f} cases/s")
    print(f"  SQLCipher / plain: {t_cipher / t_plain:.2f}x")
    print(f"  first page of 100 sorted by date: {t_list * 1000:.1f} ms; one case: "
          f"{t_show * 1000:.1f} ms")  # fmt: skip


def test_attach_peak_memory(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, name="bench", kdf=TEST_PARAMS)
    case_id = service.import_cases(vault, synthetic_cases(1)).ids[0]
    vault.lock()
    source = tmp_path / "big.bin"
    with open(source, "wb") as fh:
        block = os.urandom(1 << 20)
        for i in range(ATTACH_MB):
            fh.write(block[i % 13 :] + block[: i % 13])
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from amanat.services import attachments
        from amanat.storage.vault import Vault

        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1])

        vault = Vault.unlock(Path({str(tmp_path / "vault")!r}), {PASSPHRASE!r})
        open("/proc/self/clear_refs", "w").write("5")
        before = status("VmRSS")
        start = time.perf_counter()
        aid = attachments.attach_file(vault, {case_id!r}, Path({str(source)!r})).id
        attach = time.perf_counter() - start
        start = time.perf_counter()
        total = sum(len(c) for c in attachments.open_attachment(vault, aid))
        read = time.perf_counter() - start
        print(before, status("VmHWM"), attach, read, total)
        vault.lock()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    before, peak = int(out[0]), int(out[1])
    attach, read, total = float(out[2]), float(out[3]), int(out[4])
    assert total == ATTACH_MB << 20
    print()
    print(
        f"attach {ATTACH_MB} MiB: {attach:.1f} s ({ATTACH_MB / attach:.0f} MiB/s), "
        f"read back verified: {read:.1f} s ({ATTACH_MB / read:.0f} MiB/s)"
    )
    print(f"  RSS with the vault open {before / 1024:.1f} MiB, peak during attach+read "
          f"{peak / 1024:.1f} MiB (growth {(peak - before) / 1024:.1f} MiB)")  # fmt: skip
