"""`amanat persons merge|unmerge|distinct|show` through the real CLI (docs/review.md §5):
the public contract, its JSON, and one line for each refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from amanat.cli.main import run_cli
from amanat.services import cases as case_service
from support.vaults import TEST_PASSPHRASE, new_vault


def person_case(name: str, script: str, passport: str) -> dict[str, Any]:
    return {
        "title": f"Detention of {name}",
        "person": {
            "names": [{"text": name, "script": script}],
            "birth_year": 1969,
            "identifiers": [{"scheme": "passport", "value": passport}],
        },
    }


@pytest.fixture
def cli_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str], list[str]]:
    """A locked vault with three persons (two spellings of one man, one other man)."""
    vault = new_vault(tmp_path / "v", "Reviewer")
    cases, persons = [], []
    for name, script, passport in (
        ("Қайрат Омаров", "kk-Cyrl", "G7654321"),
        ("Qairat Omarov", "kk-Latn", "G7654321"),
        ("Marat Sultanov", "kk-Latn", "G1111111"),
    ):
        case_id = case_service.add_case(vault, person_case(name, script, passport)).id
        cases.append(case_id)
        persons.append(case_service.get_case(vault, case_id)["person"]["id"])
    path = vault.path
    vault.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    return path, cases, persons


def cli(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    code = run_cli([*argv, "--vault", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_merge_prints_the_merge_id_and_unmerge_restores(
    cli_vault: tuple[Path, list[str], list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, cases, (kairat, qairat, _marat) = cli_vault
    code, out, err = cli(capsys, path, "duplicates", "--json")
    assert code == 0 and [(c["person"], c["other"]) for c in json.loads(out)] == [
        tuple(sorted((kairat, qairat)))
    ]
    code, out, err = cli(capsys, path, "persons", "merge", kairat, qairat)
    assert (code, err) == (0, "")
    merge_id = out.strip()
    assert len(merge_id) == 32
    # Search by either spelling: one person, the kept one.
    for spelling in ("Qairat Omarov", "Қайрат Омаров", "Kairat"):
        code, out, _ = cli(capsys, path, "search", "--persons", spelling, "--json")
        assert [h["id"] for h in json.loads(out)] == [kairat], spelling
    code, out, _ = cli(capsys, path, "duplicates", "--json")
    assert json.loads(out) == []
    # The old id's case shows the merged person; `persons show` gives the provenance.
    code, out, _ = cli(capsys, path, "case", "show", cases[1])
    assert f"merged person {kairat}, also: Qairat Omarov" in out
    code, out, _ = cli(capsys, path, "persons", "show", qairat, "--json")
    shown = json.loads(out)
    assert shown["id"] == kairat and shown["merged_from"] == [qairat]
    assert [n["text"] for n in shown["names"]] == ["Қайрат Омаров", "Qairat Omarov"]
    assert shown["names"][1]["sources"][0]["person"] == qairat
    assert shown["names"][1]["sources"][0]["senders"][0]["author_name"] == "Reviewer"
    assert len(shown["identifiers"]) == 1 and len(shown["identifiers"][0]["sources"]) == 2
    assert shown["merges"][0]["id"] == merge_id

    code, out, err = cli(capsys, path, "persons", "unmerge", merge_id, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"merge": merge_id, "undone": True, "persons": [kairat, qairat]}
    code, out, _ = cli(capsys, path, "search", "--persons", "Qairat Omarov", "--json")
    assert {h["id"] for h in json.loads(out)} == {kairat, qairat}
    # Unmerging twice: one line, exit 1.
    code, out, err = cli(capsys, path, "persons", "unmerge", merge_id)
    assert code == 1 and out == "" and "undone already" in err and len(err.splitlines()) == 1


def test_merge_json_and_distinct(
    cli_vault: tuple[Path, list[str], list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _cases, (kairat, qairat, marat) = cli_vault
    code, out, err = cli(capsys, path, "persons", "distinct", qairat, kairat, "--json")
    assert (code, err) == (0, "")
    mark = json.loads(out)
    assert mark["persons"] == sorted((kairat, qairat)) and len(mark["mark"]) == 32
    code, out, _ = cli(capsys, path, "duplicates", "--json")
    assert json.loads(out) == []
    code, out, err = cli(capsys, path, "persons", "merge", kairat, qairat)
    assert code == 1 and "marked as not the same person" in err and mark["mark"] in err
    code, out, err = cli(capsys, path, "persons", "merge", marat, qairat, "--json")
    assert code == 0
    assert json.loads(out)["person"] == marat and json.loads(out)["merged_from"] == [qairat]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("persons", "merge", "P0", "P0"), "already one person"),
        (("persons", "merge", "P0", "0" * 32), "not found: person"),
        (("persons", "merge", "nonsense", "P0"), "not found: person"),
        (("persons", "unmerge", "f" * 32), "not found: person_merge"),
        (("persons", "distinct", "P0", "P0"), "not the same as itself"),
        (("persons", "show", "0" * 32), "not found: person"),
    ],
)
def test_refusals_are_one_line(
    cli_vault: tuple[Path, list[str], list[str]],
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    words: str,
) -> None:
    path, _cases, persons = cli_vault
    args = [persons[0] if a == "P0" else a for a in argv]
    code, out, err = cli(capsys, path, *args)
    assert code == 1 and out == ""
    assert words in err and len(err.splitlines()) == 1, err
