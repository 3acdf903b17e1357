"""`amanat case add|list|show|history|log` and `amanat attach`, in and out of process."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from amanat.cli.main import run_cli
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault


@pytest.fixture
def vault_dir(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault, _ = create_vault(vault_path, "CLI", TEST_PASSPHRASE)
    vault.lock()  # the CLI opens it itself (a second opener would get "in use")
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    return vault_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys: pytest.CaptureFixture[str], vault_dir: Path, tmp_path: Path, doc: Any) -> str:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "case", "add", "--vault", str(vault_dir), "--json", str(source))
    assert (code, err) == (0, "")
    return out.strip().splitlines()[-1]


def test_add_list_show(capsys: pytest.CaptureFixture[str], vault_dir: Path, tmp_path: Path) -> None:
    case_id = _add(capsys, vault_dir, tmp_path, ISSUE_EXAMPLE)
    assert len(case_id) == 32
    code, out, _ = run(capsys, "case", "list", "--json", "--vault", str(vault_dir))
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [case_id]
    assert rows[0]["title"] == ISSUE_EXAMPLE["title"]
    code, out, _ = run(capsys, "case", "show", case_id, "--json", "--vault", str(vault_dir))
    shown = json.loads(out)
    assert shown["id"] == case_id
    assert shown["testimonies"][0]["narrative"] == "My brother was taken at night."
    code, out, _ = run(capsys, "case", "show", case_id, "--vault", str(vault_dir))
    assert "Ержан Бекболатұлы" in out and "detention 2018-03" in out
    code, out, _ = run(capsys, "case", "history", case_id, "--json", "--vault", str(vault_dir))
    assert {e["record_kind"] for e in json.loads(out)} >= {"case", "person", "event", "testimony"}
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(vault_dir))
    assert [e["action"] for e in json.loads(out)] == ["created"]


def test_add_from_stdin_and_attach(
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    data = json.dumps(ISSUE_EXAMPLE).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "case", "add", "--json", "-", "--vault", str(vault_dir))
    case_id = out.strip().splitlines()[-1]
    assert code == 0
    photo = tmp_path / "scan.pdf"
    photo.write_bytes(b"%PDF-1.4 synthetic")
    code, out, err = run(capsys, "attach", case_id, str(photo), "--vault", str(vault_dir))
    assert (code, err) == (0, "")
    attachment_id = out.strip()
    code, out, _ = run(capsys, "case", "show", case_id, "--json", "--vault", str(vault_dir))
    (attachment,) = json.loads(out)["attachments"]
    assert attachment["id"] == attachment_id
    assert (attachment["media_type"], attachment["size"]) == ("application/pdf", 18)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"title": "x",', "not valid JSON (line 1"),
        (b"\xff\xfe{}", "not UTF-8"),
        (json.dumps({**ISSUE_EXAMPLE, "colour": "red"}).encode(), "unknown field $.colour"),
        (
            json.dumps({**ISSUE_EXAMPLE, "events": [{"type": "abduction"}]}).encode(),
            "unknown code at events[0].type",
        ),
        (json.dumps({"person": {"names": ["A"]}}).encode(), "missing required field: title"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    code, out, err = run(capsys, "case", "add", "--json", str(source), "--vault", str(vault_dir))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    for secret in ("Ержан", "brother", "Ghulja"):
        assert secret not in err


def test_unknown_ids_and_wrong_passphrase(
    capsys: pytest.CaptureFixture[str],
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, "case", "show", "a" * 32, "--vault", str(vault_dir))
    assert code == 1 and err.startswith("amanat: not found: case")
    f = tmp_path / "f.txt"
    f.write_text("x")
    code, _, err = run(capsys, "attach", "a" * 32, str(f), "--vault", str(vault_dir))
    assert code == 1 and "not found" in err
    missing = str(tmp_path / "nope")
    code, _, err = run(capsys, "attach", "a" * 32, missing, "--vault", str(vault_dir))
    assert code == 1 and err.count("\n") == 1
    monkeypatch.setenv("AMANAT_PASSPHRASE", "wrong")
    code, _, err = run(capsys, "case", "list", "--vault", str(vault_dir))
    assert code == 1 and "wrong passphrase" in err


def test_console_script_round_trip(vault_dir: Path, tmp_path: Path) -> None:
    """The real `amanat` entry point in a subprocess, as scripts will call it."""
    source = tmp_path / "case.json"
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    source.write_text(json.dumps(doc), encoding="utf-8")
    env = {**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE}
    amanat = [sys.executable, "-c", "from amanat.main import main; main()"]
    added = subprocess.run(
        [*amanat, "case", "add", "--json", str(source), "--vault", str(vault_dir)],
        capture_output=True, text=True, env=env, check=True, timeout=60,
    )  # fmt: skip
    case_id = added.stdout.strip().splitlines()[-1]
    listed = subprocess.run(
        [*amanat, "case", "list", "--json", "--vault", str(vault_dir)],
        capture_output=True, text=True, env=env, check=True, timeout=60,
    )  # fmt: skip
    assert [row["id"] for row in json.loads(listed.stdout)] == [case_id]
