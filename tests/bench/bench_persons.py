"""Benchmark: merging two persons with 50 records each in a big vault (issue 11;
docs/review.md §5). Goal: a merge under 200 ms.

    AMANAT_BENCH_PERSONS_CASES=100000 pytest -s tests/bench/bench_persons.py

The vault is a copy of bench_gui's cached demo vault (``services.demo``, made once;
default 100,000 cases, as the issue asks), migrated at its first unlock, with 100
merges already in force; each of the two persons has 50 records: 12 names, 4
identifiers, 4 status entries, and a case with 15 events and 15 testimonies. Printed:
the merge, the merged person with its provenance, a search by each spelling, the
person's duplicate candidates, and the unmerge. Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from amanat.services import cases as case_service
from amanat.services import persons as person_service
from amanat.services import search as search_service
from amanat.storage.vault import Vault

CASES = int(os.environ.get("AMANAT_BENCH_PERSONS_CASES", "100000"))
ROUNDS = 7


def heavy_case(index: int) -> dict[str, Any]:
    scripts = ("kk-Cyrl", "kk-Latn", "ru-Cyrl", "zh-Hans")
    texts = ("Серік Жақыпов", "Serik Zhakypov", "Серик Жакыпов", "谢里克·扎克波夫")
    names = [
        {"text": f"{texts[i % 4]}{'' if i < 4 else f' {i}'}", "script": scripts[i % 4],
         "type": "preferred" if i == 0 else "alias"}
        for i in range(12)
    ]  # fmt: skip
    return {
        "title": f"Heavy case {index}",
        "person": {
            "names": names,
            "birth_year": 1971,
            "identifiers": [
                {"scheme": "passport", "value": f"N{index}{i:07d}"} for i in range(3)
            ] + [{"scheme": "external_db", "value": f"XJVD-{900 + i}"} for i in range(1)],
            "status": [
                {"status": s, "date": f"{2017 + i}"}
                for i, s in enumerate(("detained", "sentenced", "missing", "detained"))
            ],
        },
        "events": [{"type": "interrogation", "date": f"2018-{1 + i % 12:02d}"} for i in range(15)],
        "testimonies": [
            {
                "narrative": f"Testimony {i} of case {index}.",
                "language": "kk",
                "speaker": {"names": [{"text": f"Relative {index}-{i}", "script": "kk-Latn"}]},
                "relation": "sister",
                "consent": {"informed": True, "voluntary": True, "uses": ["internal"]},
            }
            for i in range(15)
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, list[str]]]:
    from bench_gui import PASSPHRASE, cached_demo_vault

    path = tmp_path_factory.mktemp("persons") / "vault"
    start = time.perf_counter()
    shutil.copytree(cached_demo_vault(CASES), path)
    vault = Vault.unlock(path, PASSPHRASE)  # migrates to this code's schema
    built = time.perf_counter() - start
    # 100 merges already in force among demo persons.
    demo_persons = [
        str(r[0]) for r in vault.connection().execute("SELECT id FROM person LIMIT 200")
    ]
    for a, b in zip(demo_persons[0::2], demo_persons[1::2], strict=True):
        person_service.merge_persons(vault, a, b)
    persons = []
    for index in range(2):
        case_id = case_service.add_case(vault, heavy_case(index)).id
        persons.append(str(case_service.get_case(vault, case_id)["person"]["id"]))
    print(f"\n{CASES:,} demo cases copied and opened in {built:.1f} s; 100 merges in force")
    try:
        yield vault, persons
    finally:
        vault.lock()


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def test_merge_two_persons_with_50_records_each(big: tuple[Vault, list[str]]) -> None:
    vault, (keep, other) = big
    merges, unmerges, views, searches, candidates = [], [], [], [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        merge_id = person_service.merge_persons(vault, keep, other).id
        merges.append((time.perf_counter() - start) * 1000)
        views.append(timed(lambda: person_service.merged_person(vault, other)))
        for spelling in ("Serik Zhakypov", "Серік Жақыпов", "谢里克"):
            searches.append(timed(lambda s=spelling: search_service.search_persons(vault, s)))
        candidates.append(timed(lambda: search_service.duplicate_candidates(vault, other)))
        start = time.perf_counter()
        person_service.unmerge_persons(vault, merge_id)
        unmerges.append((time.perf_counter() - start) * 1000)
    merged = person_service.merged_person(vault, keep)
    assert merged.merged_from == ()
    entries = sum(
        len(person_service.merged_person(vault, p).names)
        + len(person_service.merged_person(vault, p).identifiers)
        + len(person_service.merged_person(vault, p).status)
        for p in (keep, other)
    )
    print(f"  persons: 2 x (12 names, 4 identifiers, 4 status, 15 events, 15 testimonies);"
          f" {entries} entries")  # fmt: skip
    for label, figures in (
        ("merge (goal < 200 ms)", merges),
        ("merged person + provenance", views),
        ("search a spelling", searches),
        ("duplicates of the person", candidates),
        ("unmerge", unmerges),
    ):
        print(
            f"  {label:<28} p50 {statistics.median(figures):7.1f} ms"
            f"  max {max(figures):7.1f} ms  (n={len(figures)})"
        )
