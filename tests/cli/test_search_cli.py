"""`amanat search`, `amanat duplicates` and `amanat demo`, run as real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault


def amanat_command() -> list[str]:
    script = Path(sys.executable).with_name("amanat")
    if script.exists():
        return [str(script)]
    found = shutil.which("amanat")
    assert found, "the amanat console script is not installed"
    return [found]


def run(
    *argv: str, passphrase: str | None = TEST_PASSPHRASE, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMANAT_")}
    if passphrase is not None:
        env["AMANAT_PASSPHRASE"] = passphrase
    return subprocess.run(
        [*amanat_command(), *argv],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=300,
    )


@pytest.fixture
def vault_dir(vault_path: Path) -> Path:
    vault, _ = create_vault(vault_path, "CLI", TEST_PASSPHRASE)
    vault.lock()
    return vault_path


def add(vault_dir: Path, doc: dict[str, Any]) -> str:
    result = run("case", "add", "--json", "-", "--vault", str(vault_dir), stdin=json.dumps(doc))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_search_json_finds_the_case_in_every_spelling(vault_dir: Path) -> None:
    case_id = add(vault_dir, ISSUE_EXAMPLE)
    filler = run("demo", "--cases", "15", "--seed", "9", "--vault", str(vault_dir))
    assert filler.returncode == 0, filler.stderr
    for query in ("Ержан", "Erzhan", "Yerzhan"):
        result = run("search", query, "--json", "--vault", str(vault_dir))
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        assert isinstance(hits, list) and hits[0]["id"] == case_id, query
        assert set(hits[0]) >= {"id", "title", "score", "why"}
        assert hits[0]["title"] == ISSUE_EXAMPLE["title"]
    places = json.loads(run("search", "Ghulja", "--json", "--vault", str(vault_dir)).stdout)
    assert case_id in [hit["id"] for hit in places]
    none = run("search", "Zzyzx", "--json", "--vault", str(vault_dir))
    assert (none.returncode, json.loads(none.stdout)) == (0, [])
    text = run("search", "Yerzhan", "--vault", str(vault_dir))
    assert text.stdout.startswith(case_id)
    persons = json.loads(
        run("search", "Yerzhan", "--persons", "--json", "--vault", str(vault_dir)).stdout
    )
    assert persons[0]["name"] == "Ержан Бекболатұлы"


def test_duplicates_json(vault_dir: Path) -> None:
    first = add(vault_dir, ISSUE_EXAMPLE)
    again = json.loads(json.dumps(ISSUE_EXAMPLE))
    again["person"]["names"] = [{"text": "Yerzhan Bekbolatov", "script": "ru-Cyrl"}]
    again["person"]["birth_year"] = 1975
    second = add(vault_dir, again)
    result = run("duplicates", "--json", "--vault", str(vault_dir))
    assert result.returncode == 0, result.stderr
    pairs = json.loads(result.stdout)
    assert len(pairs) == 1
    assert {r["code"] for r in pairs[0]["reasons"]} == {"name", "birth_year", "hometown"}
    assert first != second


def test_demo_needs_an_existing_vault_without_passphrase_in_env(tmp_path: Path) -> None:
    target = tmp_path / "nothing"
    result = run("demo", "--cases", "3", "--vault", str(target), passphrase=None)
    assert result.returncode == 1
    assert result.stderr.startswith("amanat: no vault at")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert not target.exists()


@pytest.mark.slow  # calibrates Argon2id (about a second) and unlocks three times
def test_demo_creates_the_vault_when_the_passphrase_is_set(tmp_path: Path) -> None:
    target = tmp_path / "demo-vault"
    result = run("demo", "--cases", "12", "--vault", str(target))
    assert result.returncode == 0, result.stderr
    assert "RECOVERY CODE" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Added 12 demo cases")
    listed = run("case", "list", "--json", "--vault", str(target))
    assert len(json.loads(listed.stdout)) == 12
    wrong = run("search", "Erkin", "--vault", str(target), passphrase="not it")
    assert wrong.returncode == 1 and wrong.stderr.strip() == "amanat: wrong passphrase"


def test_search_rejects_bad_limits_in_one_line(vault_dir: Path) -> None:
    result = run("search", "x", "--limit", "-5", "--vault", str(vault_dir))
    assert result.returncode == 1
    assert result.stderr.startswith("amanat: ") and "Traceback" not in result.stderr


def test_search_names_the_field_that_matched(vault_dir: Path) -> None:
    doc = json.loads(json.dumps(ISSUE_EXAMPLE))
    doc["summary"] = "Taken from the Kunes sheep farm in the spring"
    case_id = add(vault_dir, doc)
    result = run("search", "Kunes", "--json", "--vault", str(vault_dir))
    assert result.returncode == 0, result.stderr
    [hit] = json.loads(result.stdout)
    [why] = [w for w in hit["why"] if w["id"] == case_id]
    # A match in the summary is reported as the summary, never as the title.
    assert (why["kind"], why["field"]) == ("summary", "summary")
    assert "Kunes" in why["text"]
    text = run("search", "Kunes", "--vault", str(vault_dir))
    assert text.stdout.startswith(case_id) and "(summary)" in text.stdout
    title = json.loads(run("search", "Detention", "--json", "--vault", str(vault_dir)).stdout)
    assert [(w["kind"], w["field"]) for w in title[0]["why"]] == [("title", "title")]
