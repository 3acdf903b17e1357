"""`amanat review list|set`, `amanat grade add|history`, `amanat annotate` between two
real vaults, through the real CLI (docs/review.md §2, §3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from amanat.cli.main import run_cli
from amanat.storage.vault import Vault
from support.vaults import TEST_PASSPHRASE, add_case


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two(pair: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    field, hq = pair
    case_id = add_case(field, title="Detention of Erzhan")
    field.lock()
    hq.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    return tmp_path / "field", tmp_path / "hq", case_id


def exchange(capsys: pytest.CaptureFixture[str], sender: Path, to: str, into: Path) -> str:
    outbox = sender.parent / f"out-{to}"
    outbox.mkdir(exist_ok=True)
    code, out, err = run(
        capsys, "bundle", "seal", "--to", to, "--all", "-o", str(outbox), "--json",
        "--vault", str(sender),
    )  # fmt: skip
    assert (code, err) == (0, "")
    bundle = json.loads(out)["path"]
    code, out, err = run(capsys, "bundle", "open", bundle, "--vault", str(into))
    assert (code, err) == (0, ""), err
    return str(bundle)


def test_review_grade_annotate_round_trip(capsys: pytest.CaptureFixture[str], two: Any) -> None:
    field, hq, case_id = two
    exchange(capsys, field, "HQ", hq)
    code, out, err = run(capsys, "review", "list", "--json", "--vault", str(hq))
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert row["case"] == case_id and row["state"] == "unreviewed"
    assert row["reasons"] == ["new"] and row["title"] == "Detention of Erzhan"
    assert set(row) == {
        "case", "title", "person", "state", "assignee", "reasons", "changed",
        "field_status", "pending",
    }  # fmt: skip
    code, out, err = run(
        capsys, "review", "set", case_id, "--state", "under_review", "--assignee", "HQ",
        "--vault", str(hq),
    )  # fmt: skip
    assert (code, err) == (0, "") and "under_review" in out
    code, out, _ = run(capsys, "review", "list", "--assignee", "HQ", "--json", "--vault", str(hq))
    assert [r["reasons"] for r in json.loads(out)] == [["assigned_to_me"]]
    code, out, _ = run(capsys, "review", "list", "--state", "verified", "--vault", str(hq))
    assert (code, out) == (0, "")
    code, out, _ = run(capsys, "case", "show", case_id, "--json", "--vault", str(hq))
    testimony = json.loads(out)["testimonies"][0]["id"]
    for source, info in (("B", "2"), ("C", "3")):
        code, out, err = run(
            capsys, "grade", "add", testimony, "--source", source, "--info", info,
            "--reason", "Second source.", "--vault", str(hq),
        )  # fmt: skip
        assert (code, err) == (0, "") and len(out.strip()) == 32
    code, out, err = run(capsys, "annotate", testimony, "--text", "Which camp?",
                         "--field", "narrative", "--vault", str(hq))  # fmt: skip
    assert code == 0
    note = out.strip()
    exchange(capsys, hq, "Field office", field)
    code, out, _ = run(capsys, "grade", "history", testimony, "--json", "--vault", str(field))
    doc = json.loads(out)
    assert [g["code"] for g in doc["grades"]] == ["C3", "B2"] and doc["current"]["code"] == "C3"
    assert doc["current"]["reviewer_name"] == "HQ" and doc["kind"] == "testimony"
    code, out, err = run(capsys, "annotate", testimony, "--text", "Camp No. 3.",
                         "--reply-to", note, "--vault", str(field))  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "grade", "history", testimony, "--vault", str(field))
    assert "C3  by HQ" in out


def test_bad_input_is_one_clear_line(capsys: pytest.CaptureFixture[str], two: Any) -> None:
    field, _, case_id = two
    code, _, err = run(capsys, "grade", "add", case_id, "--source", "A", "--info", "1",
                       "--vault", str(field))  # fmt: skip
    assert code == 1 and "only a testimony or an event can be graded" in err
    code, _, err = run(capsys, "review", "set", case_id, "--vault", str(field))
    assert code == 1 and "missing required field" in err
    with pytest.raises(SystemExit):
        run_cli(["review", "set", case_id, "--state", "done", "--vault", str(field)])
    code, _, err = run(capsys, "annotate", "f" * 32, "--text", "x", "--vault", str(field))
    assert code == 1 and "Traceback" not in err
