"""`amanat export`, `report`, `submission` and `stats` through the real CLI (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.cli.main import run_cli
from amanat.storage.vault import Vault
from support.reports import CONTACT, add_report_case
from support.vaults import TEST_PASSPHRASE, create_vault


@pytest.fixture
def vault_with_case(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    vault: Vault
    vault, _ = create_vault(vault_path, "CLI", TEST_PASSPHRASE)
    case_id = add_report_case(vault)
    vault.lock()
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    return vault_path, case_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_and_popolo(
    capsys: pytest.CaptureFixture[str], vault_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    vault_dir, case_id = vault_with_case
    out_dir = tmp_path / "csv"
    code, out, err = run(
        capsys, "export", "csv", "--vault", str(vault_dir), "-o", str(out_dir), "--json"
    )
    assert code == 0, err
    shown = json.loads(out)
    assert [Path(f["path"]).name for f in shown["files"]] == ["persons.csv", "events.csv"]
    assert shown["persons"] == 1 and shown["events"] == 2
    target = tmp_path / "persons.json"
    code, out, err = run(
        capsys, "export", "popolo", "--vault", str(vault_dir), "-o", str(target),
        "--profile", "advocacy", "--use", "public",
    )  # fmt: skip
    assert code == 0, err
    assert CONTACT not in target.read_text("utf-8")
    code, _out, err = run(capsys, "export", "popolo", "--vault", str(vault_dir), "-o", str(target))
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(vault_dir))
    exported = [e["detail"] for e in json.loads(out) if e["action"] == "exported"]
    assert [d["output"] for d in exported] == ["csv", "csv", "popolo"]
    assert exported[-1]["profile"] == "advocacy" and exported[-1]["use"] == "public"
