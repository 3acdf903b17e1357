"""Synthetic demo data: valid case documents, valid identity numbers, reproducible."""

from __future__ import annotations

import itertools
import struct
import zlib
from collections import Counter
from typing import Any

import pytest

from amanat.domain import demo, names, prc_id
from amanat.domain.case_json import PlaceSpec, parse_case
from amanat.domain.dates import PartialDate
from amanat.domain.errors import Cancelled
from amanat.services import cases as case_service
from amanat.services import demo as demo_service
from amanat.services import search as search_service
from amanat.storage.vault import Vault


def counter_ids() -> Any:
    numbers = itertools.count(1)
    return lambda: f"{next(numbers):032x}"


def place_resolver() -> Any:
    places: dict[str, PlaceSpec] = {}
    ids = counter_ids()

    def resolve(spec: PlaceSpec, path: str) -> str:
        place_id: str = ids()
        places[place_id] = spec
        return place_id

    resolve.places = places  # type: ignore[attr-defined]
    return resolve


@pytest.fixture(scope="module")
def cases() -> list[demo.DemoCase]:
    return list(demo.generate(300, seed=11, new_id=counter_ids()))


def all_names(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(doc["person"]["names"])
    for testimony in doc["testimonies"]:
        found.extend(testimony["speaker"].get("names", []))
    return found


def test_every_document_is_a_valid_case(cases: list[demo.DemoCase]) -> None:
    resolve = place_resolver()
    for item in cases:
        parsed = parse_case(item.document, resolve_place=resolve, new_id=counter_ids())
        assert parsed.testimonies and parsed.events
        for event in parsed.events:
            assert event.date is not None
            assert 2016 <= event.date.year <= 2024
        for testimony in parsed.testimonies:
            assert testimony.narrative.strip()
    facilities = [s for s in resolve.places.values() if s.type == "facility"]
    assert facilities
    assert {s.facility_type for s in facilities} >= {"camp", "detention_centre", "prison"}
    # facilities hang under a county, under a prefecture of Xinjiang
    assert all(s.parent is not None and s.parent.type == "county" for s in facilities)


def test_identity_numbers_are_valid_and_agree_with_the_person(
    cases: list[demo.DemoCase],
) -> None:
    seen = 0
    for item in cases:
        person = item.document["person"]
        for ident in person.get("identifiers", []):
            if ident["scheme"] != "prc_resident_id":
                continue
            parsed = prc_id.parse(ident["value"])
            prc_id.cross_check(
                parsed, birth_date=PartialDate.parse(person["birth_date"]), sex=person["sex"]
            )
            assert parsed.region.startswith("65")  # Xinjiang
            seen += 1
    assert seen > 50


def test_names_come_in_every_script_of_the_region(cases: list[demo.DemoCase]) -> None:
    scripts = Counter(n["script"] for item in cases for n in all_names(item.document))
    for tag in ("kk-Cyrl", "kk-Latn", "ug-Arab", "ug-Latn", "ru-Cyrl", "zh-Hans", "zh-Latn"):
        assert scripts[tag] > 0, tag
    languages = Counter(t["language"] for item in cases for t in item.document["testimonies"])
    assert set(languages) == {"kk", "ru", "en", "ug", "zh"}


def test_narratives_name_the_victim(cases: list[demo.DemoCase]) -> None:
    # In the narrative's own script and spelling, which need not be a stored name row:
    # compare skeletons, as search does.
    for item in cases[:100]:
        stored = {
            token
            for n in item.document["person"]["names"]
            for token in names.match_key(n["text"], n["script"]).split()
        }
        for testimony in item.document["testimonies"]:
            if testimony["language"] == "zh":
                han = [n["text"] for n in item.document["person"]["names"]
                       if n["script"] == "zh-Hans"]  # fmt: skip
                assert not han or any(h in testimony["narrative"] for h in han)
                continue
            said = set(names.match_key(testimony["narrative"]).split())
            assert stored & said, (testimony["language"], item.index)


def test_same_seed_same_cases_other_seed_other_cases() -> None:
    first = [c.document for c in demo.generate(20, seed=5, new_id=counter_ids())]
    again = [c.document for c in demo.generate(20, seed=5, new_id=counter_ids())]
    other = [c.document for c in demo.generate(20, seed=6, new_id=counter_ids())]
    assert first == again
    assert first != other
    # a later slice is the same as the tail of the whole series
    tail = [c.document for c in demo.generate(5, seed=5, new_id=counter_ids(), start=15)]
    assert [d["title"] for d in tail] == [d["title"] for d in first[15:]]


def test_reports_of_the_same_person_are_spelled_differently_but_match(
    cases: list[demo.DemoCase],
) -> None:
    duplicates = [c for c in cases if c.duplicate_of is not None]
    assert duplicates
    for item in duplicates:
        original = cases[item.duplicate_of]  # type: ignore[index]
        keys_a = [names.match_key(n["text"], n["script"]) for n in item.document["person"]["names"]]
        keys_b = [
            names.match_key(n["text"], n["script"]) for n in original.document["person"]["names"]
        ]
        if original.duplicate_of is None:
            assert names.best_similarity(keys_a, keys_b) >= 0.85


def test_synthetic_scan_is_a_valid_png() -> None:
    import random

    data = demo.synthetic_scan_png(random.Random(1))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    offset = 8
    chunks = {}
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        chunks[kind] = body
        offset += 12 + length
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (width + 1)
    assert len(data) < 4096


def test_generate_demo_fills_a_vault(vault: Vault) -> None:
    report = demo_service.generate_demo(vault, 30, seed=3)
    assert len(report.cases) == 30
    assert report.attachments > 0
    assert case_service.count_cases(vault) == 30
    shown = case_service.get_case(vault, report.cases[0])
    assert shown["person"]["names"]
    # the index followed the import: a victim's name finds its case
    name = shown["person"]["names"][0]["text"]
    assert report.cases[0] in {h.case_id for h in search_service.search_cases(vault, name, 50)}
    attached = vault.connection().execute("SELECT count(*) FROM attachment").fetchone()[0]
    assert attached == report.attachments


def test_generate_demo_can_be_cancelled_and_continued(vault: Vault) -> None:
    calls = {"n": 0}

    def cancel_after_first_batch() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        demo_service.generate_demo(
            vault, 40, seed=4, is_cancelled=cancel_after_first_batch, batch=10,
            with_attachments=False,
        )  # fmt: skip
    kept = case_service.count_cases(vault)
    assert 0 < kept < 40 and kept % 10 == 0
    places = vault.connection().execute("SELECT count(*) FROM place").fetchone()[0]
    demo_service.generate_demo(vault, 40 - kept, seed=4, start=kept, with_attachments=False)
    assert case_service.count_cases(vault) == 40
    # the gazetteer is found again, not duplicated
    assert vault.connection().execute("SELECT count(*) FROM place").fetchone()[0] == places
