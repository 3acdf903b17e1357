"""Exports for analysts: CSV and Popolo, under profiles and consent (issue 13)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from amanat.services import cases as case_service
from amanat.services import exports
from amanat.services import reports as report_service
from amanat.storage.vault import Vault
from support.reports import (
    CONTACT,
    INTERNAL_NARRATIVE,
    PUBLIC_NARRATIVE,
    RESTRICTED_NARRATIVE,
    UYGHUR_NAME,
    add_report_case,
)


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_the_documented_columns_and_ids(vault: Vault, tmp_path: Path) -> None:
    case_id = add_report_case(vault)
    result = exports.export(vault, "csv", tmp_path / "out")
    persons = _rows(tmp_path / "out" / "persons.csv")
    events = _rows(tmp_path / "out" / "events.csv")
    assert list(persons[0]) == list(exports.PERSON_COLUMNS)
    assert list(events[0]) == list(exports.EVENT_COLUMNS)
    assert len(persons) == 1 and persons[0]["case_ids"] == case_id
    person = persons[0]
    assert person["name"] == "Ержан Бекболатұлы"
    assert UYGHUR_NAME in person["names"] and "叶尔江·别克波拉提" in person["names"]
    assert person["status"] == "sentenced" and person["identifiers"].startswith("prc_resident_id:")
    assert "Құлжа" in person["hometown"]
    assert {e["type"] for e in events} == {"detention", "sentencing"}
    assert all(e["person_id"] == person["person_id"] for e in events)
    shown = case_service.get_case(vault, case_id)
    assert {e["event_id"] for e in events} == {e["id"] for e in shown["events"]}
    assert result.persons == 1 and result.events == 2
    log = case_service.custody_log(vault, case_id)
    written = [e["detail"] for e in log if e["action"] == "exported"]
    assert sorted(d["sha256"] for d in written) == sorted(f.sha256 for f in result.files)


def test_profiles_remove_identifiers_and_consent_drops_sources(
    vault: Vault, tmp_path: Path
) -> None:
    add_report_case(vault)
    exports.export(vault, "csv", tmp_path / "adv", profile="advocacy", use="public")
    person = _rows(tmp_path / "adv" / "persons.csv")[0]
    assert person["identifiers"] == ""
    events = _rows(tmp_path / "adv" / "events.csv")
    assert all(e["source_testimony_ids"] for e in events)  # the public testimony stays


def test_popolo_persons(vault: Vault, tmp_path: Path) -> None:
    add_report_case(vault)
    target = tmp_path / "persons.json"
    exports.export(vault, "popolo", target, profile="no-contacts", use="un")
    doc = json.loads(target.read_text(encoding="utf-8"))
    (person,) = doc["persons"]
    assert person["name"] == "Ержан Бекболатұлы" and person["gender"] == "male"
    assert {"name": UYGHUR_NAME, "note": "ug-Arab", "type": "alias"} in person["other_names"]
    assert person["identifiers"][0]["scheme"] == "prc_resident_id"
    assert person["birth_date"] == "1974"
    assert [s["status"] for s in person["amanat_status"]] == ["detained", "sentenced"]
    text = target.read_text(encoding="utf-8")
    assert CONTACT not in text


def test_included_follows_consent_and_profile(vault: Vault) -> None:
    case_id = add_report_case(vault)
    conn = vault.connection()
    internal = report_service.include(conn, [case_id], profile="full", use="internal")
    assert {t.narrative for t in internal.testimonies.values()} == {
        PUBLIC_NARRATIVE, INTERNAL_NARRATIVE, RESTRICTED_NARRATIVE,
    }  # fmt: skip
    public = report_service.include(conn, [case_id], profile="no-contacts", use="public")
    assert {t.narrative for t in public.testimonies.values()} == {PUBLIC_NARRATIVE}
    assert {(i.what, i.reason, i.count) for i in public.left_out} >= {
        ("testimony", "restricted", 1), ("testimony", "consent", 1),
    }  # fmt: skip
    assert all(not p.contacts for p in public.persons.values())
