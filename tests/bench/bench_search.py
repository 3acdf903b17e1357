"""Benchmark: search on a vault of 100,000 demo cases (docs/design.md §5).

    pytest -s tests/bench/bench_search.py
    AMANAT_BENCH_SEARCH_CASES=20000 pytest -s tests/bench/bench_search.py

The vault is built once with ``services.demo.generate_demo`` (the real import path) and
cached in the temp folder under a name that carries the schema version and a hash of the
code that shapes it, so a change to the schema or the generator builds a new one. It is
synthetic demo data, encrypted like any vault. Printed: the build rate, then latencies
per query family (each query run ROUNDS times after one warm-up, on one connection):
full-text queries (targets: p95 < 50 ms), cross-script name queries (p95 < 100 ms),
person search, the 94 other spellings of issue 12's 32 persons, duplicate candidates for
one person, and the time to open the database once the key is derived; and "N of 94":
how many of those spellings find their person in the first five results among 500 demo
cases (tests/support/names_corpus.py). Nothing here passes or fails on speed.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import amanat.domain.demo
import amanat.domain.names
import amanat.storage.schema_cases
import amanat.storage.schema_search
import amanat.storage.search
from amanat.crypto.kdf import TEST_PARAMS
from amanat.services import demo as demo_service
from amanat.services import search
from amanat.storage import migrations
from amanat.storage.vault import Vault
from support import names_corpus

# Building the 100,000-case vault takes 7 minutes on an idle 2-core machine, longer on a
# busy one: more than the suite's 600 s per test.
pytestmark = pytest.mark.timeout(3600)

CASES = int(os.environ.get("AMANAT_BENCH_SEARCH_CASES", "100000"))
SEED = 2024
ROUNDS = int(os.environ.get("AMANAT_BENCH_SEARCH_ROUNDS", "5"))
PASSPHRASE = "bench"

# Realistic queries: what a caseworker types, in the scripts they type it in.
FULL_TEXT_QUERIES = [
    "полиция",  # Kazakh/Russian word, very common
    "лагерь",
    "допрашивали",
    "WhatsApp",
    "passport",
    "garment",  # absent
    "camp No. 3",
    "sentenced prison",
    "тергеу изоляторы",
    "تۇتۇپ تۇرۇلدى",
    "پاسپورتىنى",
    "看守所",
    "职业技能教育培训中心",
    "伊宁",
    "Ghulja",
    "Құлжа",
    "قەشقەر",
    "Kashgar",
    "Chöchek",
]
NAME_QUERIES = [
    "Ержан",
    "Yerzhan",
    "Erzhan Bekbolatuly",
    "Ержан Бекболатұлы",
    "Бекболатов Ержан",
    "Qairat",
    "Кайрат Асқарұлы",
    "Gulnar",
    "Гүлнар",
    "Гюлнар",
    "ئەركىن",
    "Erkin Tursun",
    "Эркин Турсун",
    "ئابلىمىت مەمەت",
    "Muxter",
    "Mukhtar",
    "王伟",
    "马秀英",
    "艾尔肯",
    "Aierken",
    "Wang Wei",
    "Zhuldyz Muratkyzy",
    "Shynar",
    "Şınar",
]


def _code_digest() -> str:
    digest = hashlib.sha256()
    for module in (
        amanat.domain.demo,
        amanat.domain.names,
        amanat.storage.schema_cases,
        amanat.storage.schema_search,
    ):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:12]


def _cache_dir() -> Path:
    name = f"amanat-bench-search-s{migrations.LATEST}-{CASES}-{SEED}-{_code_digest()}"
    return Path(tempfile.gettempdir()) / name


@pytest.fixture(scope="module")
def big_vault() -> Iterator[Vault]:
    folder = _cache_dir()
    marker = folder / "complete"
    vault_path = folder / "vault"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        vault, _ = Vault.create(vault_path, PASSPHRASE, name="bench", kdf=TEST_PARAMS)
        start = time.perf_counter()
        report = demo_service.generate_demo(vault, CASES, SEED, with_attachments=False)
        took = time.perf_counter() - start
        vault.lock()
        marker.write_text(f"{took:.1f}\n")
        print(f"\nbuilt {len(report.cases)} demo cases in {took:.0f} s "
              f"({len(report.cases) / took:.0f} cases/s) -> {folder}")  # fmt: skip
    else:
        took = float(marker.read_text())
        print(f"\ncached vault of {CASES} demo cases ({folder}; built in {took:.0f} s, "
              f"{CASES / took:.0f} cases/s)")  # fmt: skip
    start = time.perf_counter()
    vault = Vault.unlock(vault_path, PASSPHRASE)  # renews name keys made by older code
    print(f"unlocked in {time.perf_counter() - start:.1f} s")
    try:
        yield vault
    finally:
        vault.lock()


def _timings(
    queries: list[str], run: Callable[[str], object]
) -> tuple[list[float], dict[str, float]]:
    samples: list[float] = []
    worst: dict[str, float] = {}
    for query in queries:
        run(query)  # warm-up: statement cache, pages
        for _ in range(ROUNDS):
            start = time.perf_counter()
            run(query)
            elapsed = (time.perf_counter() - start) * 1000
            samples.append(elapsed)
            worst[query] = max(worst.get(query, 0.0), elapsed)
    return samples, worst


def _report(label: str, samples: list[float], worst: dict[str, float], target: float) -> None:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    slowest = sorted(worst.items(), key=lambda item: -item[1])[:3]
    print(f"  {label:<34} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {ordered[-1]:6.1f} ms"
          f"   (target p95 < {target:.0f} ms)")  # fmt: skip
    print("      slowest: " + ", ".join(f"{q!r} {ms:.0f} ms" for q, ms in slowest))


def test_search_latency(big_vault: Vault) -> None:
    conn = big_vault.connection()
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("case_file", "person", "person_name", "testimony", "search_doc")
    }
    print(f"\nvault: {counts}")
    print(f"search latency ({ROUNDS} runs of each query after one warm-up):")

    def raw_fts(query: str) -> object:
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in query.split())
        return conn.execute(
            "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT 50",
            (match,),
        ).fetchall()

    latin_queries = [q for q in FULL_TEXT_QUERIES if not amanat.domain.names.contains_han(q)]
    samples, worst = _timings(latin_queries, raw_fts)
    _report("raw FTS5 MATCH, top 50 by bm25", samples, worst, 50)
    samples, worst = _timings(FULL_TEXT_QUERIES, lambda q: search.search_cases(big_vault, q, 20))
    _report("search_cases, full-text queries", samples, worst, 50)
    samples, worst = _timings(NAME_QUERIES, lambda q: search.search_cases(big_vault, q, 20))
    _report("search_cases, cross-script names", samples, worst, 100)
    samples, worst = _timings(NAME_QUERIES, lambda q: search.search_persons(big_vault, q, 20))
    _report("search_persons, cross-script names", samples, worst, 100)
    spellings = [q for q, _key in names_corpus.QUERIES]
    samples, worst = _timings(spellings, lambda q: search.search_cases(big_vault, q, 5))
    _report(f"search_cases, the {len(spellings)} spellings", samples, worst, 100)


# Measured on the code before pinyin keys and vowel variants (commit 863c985).
NAMES_FOUND_BEFORE = 70


def test_names_across_scripts(tmp_path: Path) -> None:
    """The figure of issue 12: other spellings of 32 persons found in the first five
    (on 500 demo cases and the 32 persons, built here; the latency of the same queries on
    the big vault is in test_search_latency)."""
    vault, _code = Vault.create(tmp_path / "names", PASSPHRASE, name="bench", kdf=TEST_PARAMS)
    try:
        cases = names_corpus.build(vault)
        measured = names_corpus.measure(vault, cases)
    finally:
        vault.lock()
    print(f"\nnames across scripts: {measured.found} of {measured.total} found in the first"
          f" {names_corpus.TOP} (before: {NAMES_FOUND_BEFORE} of {measured.total});"
          f" at most {measured.most_results} results for a full name"
          f" (limit {names_corpus.MAX_RESULTS})")  # fmt: skip
    for query in measured.missed:
        print(f"  missed: {query!r}")


def test_duplicate_candidates_for_one_person(big_vault: Vault) -> None:
    conn = big_vault.connection()
    rng = random.Random(1)
    total = conn.execute("SELECT max(rowid) FROM case_file").fetchone()[0]
    persons = []
    while len(persons) < 60:
        row = conn.execute(
            "SELECT person_id FROM case_file WHERE rowid = ?", (rng.randint(1, total),)
        ).fetchone()
        if row:
            persons.append(str(row[0]))
    samples, worst = _timings(persons, lambda p: search.duplicate_candidates(big_vault, p))
    print()
    _report("duplicate candidates of a victim", samples, worst, 100)
    if os.environ.get("AMANAT_BENCH_ALL_DUPLICATES"):
        start = time.perf_counter()
        found = search.duplicate_candidates(big_vault)
        took = time.perf_counter() - start
        print(f"  whole-vault duplicate pass: {len(found)} candidates in {took:.1f} s")


def test_open_database_after_kdf(big_vault: Vault) -> None:
    # A new thread gets a new connection: key, cipher settings, key check by reading the
    # schema, WAL and the other pragmas (storage.db.connect), and a first real query.
    samples: list[float] = []

    def open_once() -> None:
        start = time.perf_counter()
        conn = big_vault.connection()
        conn.execute("SELECT id FROM case_file ORDER BY updated DESC LIMIT 1").fetchone()
        samples.append((time.perf_counter() - start) * 1000)
        big_vault.close_thread()

    for _ in range(10):
        thread = threading.Thread(target=open_once)
        thread.start()
        thread.join()
    ordered = sorted(samples)
    size = sum(p.stat().st_size for p in big_vault.path.iterdir() if p.is_file()) / 2**20
    print(f"\nopen the database after the KDF ({size:.0f} MiB vault): "
          f"median {statistics.median(ordered):.1f} ms, max {ordered[-1]:.1f} ms "
          f"(target < 100 ms)")  # fmt: skip
