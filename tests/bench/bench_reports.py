"""Benchmark: a dossier of a case with 10 testimonies (target < 1 s) and statistics
over 100,000 cases (target < 300 ms per chart), issue 13.

    pytest -s tests/bench/bench_reports.py
    AMANAT_BENCH_STATS_CASES=20000 pytest -s tests/bench/bench_reports.py

The dossier goes the whole way: include (profile, consent), grades, custody, HTML,
Qt's PDF writer, the atomic 0600 write and its custody entry. The statistics vault is
a real (SQLCipher) vault whose projection tables are filled directly with synthetic
rows (persons, cases, events, a gazetteer of prefectures, counties and facilities):
the charts read only those tables, and building 100,000 cases through the import path
would take minutes. Each chart is timed ROUNDS times after one warm-up, without and
with a filter. Nothing here passes or fails on speed.
"""

from __future__ import annotations

import copy
import os
import random
import statistics
import time
from pathlib import Path

from amanat.render.pdf import html_to_pdf
from amanat.services import cases as case_service
from amanat.services import dossier, stats
from amanat.storage.db import transaction
from support.reports import report_doc
from support.vaults import create_vault

CASES = int(os.environ.get("AMANAT_BENCH_STATS_CASES", "100000"))
ROUNDS = 5


def test_dossier_of_ten_testimonies(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", "Bench")
    doc = report_doc()
    first = doc["testimonies"][0]
    doc["testimonies"] = []
    for i in range(10):
        t = copy.deepcopy(first)
        t["narrative"] = f"Testimony {i}. " + "Менің ағам түнде алынып кетті. " * 80
        doc["testimonies"].append(t)
    case_id = case_service.add_case(vault, doc).id
    html_to_pdf("<p>warm-up</p>")  # Qt and its fonts, once per process
    times = []
    for i in range(ROUNDS):
        start = time.perf_counter()
        written, _made = dossier.write_report(
            vault, tmp_path / f"d{i}.pdf", html_to_pdf, case_ids=[case_id], use="public"
        )
        times.append(time.perf_counter() - start)
    print(
        f"\ndossier, 10 testimonies: median {statistics.median(times) * 1000:.0f} ms,"
        f" max {max(times) * 1000:.0f} ms, {written.size / 1024:.0f} KiB (target < 1000 ms)"
    )
    vault.lock()


def _fill(conn, n: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(13)
    places = [("xj", "region", None)]
    prefectures = [f"pref{i}" for i in range(14)]
    places += [(p, "prefecture", "xj") for p in prefectures]
    counties = [(f"cty{i}", rng.choice(prefectures)) for i in range(100)]
    places += [(c, "county", p) for c, p in counties]
    facilities = [(f"fac{i}", rng.choice(counties)[0]) for i in range(60)]
    places += [(f, "facility", c) for f, c in facilities]
    statuses = ["detained", "sentenced", "released", "missing", "dead", "exiled", None]
    # The search index's triggers are dropped in this throwaway vault: the charts never
    # read the index, and feeding it would make the fill take minutes.
    triggers = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'search%'"
        " OR name LIKE '%fts%')"
    ).fetchall()
    with transaction(conn):
        for (name,) in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.executemany(
            "INSERT INTO place (id, type, parent_id, rev_id) VALUES (?, ?, ?, 'r')", places
        )
        conn.executemany(
            "INSERT INTO place_label (place_id, position, text, script, label_key)"
            " VALUES (?, 0, ?, 'en-Latn', ?)",
            [(p[0], p[0].upper(), p[0]) for p in places],
        )
        persons = []
        cases = []
        events = []
        for i in range(n):
            born = rng.randint(1940, 2005)
            persons.append(
                (
                    f"p{i}",
                    rng.choice(["male", "female", "unknown"]),
                    born * 10000 + 101,
                    rng.choice(counties)[0],
                    rng.choice(statuses),
                )
            )
            year = rng.randint(2016, 2021)
            cases.append(
                (
                    f"c{i}",
                    f"Case {i}",
                    f"p{i}",
                    rng.choice(["open", "under_review", "verified", "closed"]),
                    f"2023-{rng.randint(1, 12):02d}-01T00:00:00Z",
                    year * 10000 + 101,
                    year * 10000 + 1231,
                )
            )
            for k in range(rng.randint(1, 2)):
                events.append(
                    (
                        f"e{i}.{k}",
                        f"c{i}",
                        rng.choice(["detention", "arrest", "transfer"]),
                        year * 10000 + 101 + k,
                        rng.choice(facilities)[0],
                    )
                )
        conn.executemany(
            "INSERT INTO person (id, sex, birth_from, hometown_id, status, rev_id)"
            " VALUES (?, ?, ?, ?, ?, 'r')",
            persons,
        )
        conn.executemany(
            "INSERT INTO case_file (id, title, person_id, status, created, updated, event_from,"
            " event_to, rev_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'r')",
            [(c[0], c[1], c[2], c[3], c[4], c[4], c[5], c[6]) for c in cases],
        )
        conn.executemany(
            "INSERT INTO event (id, case_id, type, date_from, place_id, rev_id)"
            " VALUES (?, ?, ?, ?, ?, 'r')", events,
        )  # fmt: skip


def test_statistics_over_many_cases(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", "Bench")
    conn = vault.connection()
    start = time.perf_counter()
    _fill(conn, CASES)
    print(f"\nfilled {CASES} cases in {time.perf_counter() - start:.1f} s")
    filters = {
        "no filter": stats.make_filter(),
        "status+dates": stats.make_filter(statuses=["detained", "sentenced"],
                                          date_from="2017", date_to="2019"),
        "place": stats.make_filter(place_id="pref3"),
    }  # fmt: skip
    for label, f in filters.items():
        for name in stats.CHART_NAMES:
            stats.chart(conn, name, f)  # warm-up
            times = []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                stats.chart(conn, name, f)
                times.append(time.perf_counter() - t0)
            print(f"  {label:>12} {name:>15}: median {statistics.median(times) * 1000:6.1f} ms,"
                  f" max {max(times) * 1000:6.1f} ms (target < 300 ms)")  # fmt: skip
    vault.lock()
