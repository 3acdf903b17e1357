"""`amanat export`, `report`, `submission` and `stats` through the real CLI (issue 13)."""

from __future__ import annotations

import json
import unicodedata
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


def _pdf_text(path: Path) -> str:
    import subprocess

    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


def test_report_pdf_reads_back(
    capsys: pytest.CaptureFixture[str], vault_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    from support.reports import (
        INTERNAL_NARRATIVE,
        PUBLIC_NARRATIVE,
        RESTRICTED_NARRATIVE,
        UYGHUR_NAME,
    )

    vault_dir, case_id = vault_with_case
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    code, out, err = run(
        capsys, "report", "--case", case_id, "--vault", str(vault_dir), "-o", str(target),
        "--profile", "no-contacts", "--use", "un", "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert target.read_bytes().startswith(b"%PDF")
    # NFKC: the PDF maps each glyph to one character, and a CJK font's glyph for 走 may
    # read back as the Kangxi radical ⾛ (U+2F9B), which NFKC folds to 走.
    text = unicodedata.normalize("NFKC", _pdf_text(target))
    flat = "".join(text.split())
    assert "Ержан Бекболатұлы" in text and "叶尔江·别克波拉提" in text

    # Arabic script comes back as presentation forms (NFKC folds them); Qt's PDF
    # writer maps each glyph to one character, so the Uyghur ae (U+06D5), which shares
    # its glyph with heh, may read back as either or as a gap: both are folded away.
    def skeleton(value: str) -> str:
        folded = unicodedata.normalize("NFKC", value)
        return "".join(ch for ch in folded if ch not in "\u06d5\u0647" and not ch.isspace())

    assert skeleton(UYGHUR_NAME) in skeleton(text)
    assert "".join(PUBLIC_NARRATIVE.split()) in flat
    assert INTERNAL_NARRATIVE not in text and RESTRICTED_NARRATIVE not in text
    assert CONTACT not in text
    assert "no consent for this use" in text and "restricted sensitivity" in text
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(vault_dir))
    log = json.loads(out)
    for entry in log[:-1]:  # all but the report's own entry, written after it
        assert entry["entry_hash"] in flat
    assert shown["custody_head"] in flat
    assert log[-1]["detail"]["sha256"] == shown["sha256"]
    code, out, _ = run(capsys, "check", "--vault", str(vault_dir))
    assert code == 0


@pytest.mark.parametrize("form", ["wgeid", "wgad"])
def test_submission_drafts_list_what_is_missing(
    capsys: pytest.CaptureFixture[str], vault_with_case: tuple[Path, str], tmp_path: Path,
    form: str,
) -> None:  # fmt: skip
    from support.reports import INTERNAL_NARRATIVE

    vault_dir, case_id = vault_with_case
    target = tmp_path / f"{form}.txt"
    code, out, err = run(
        capsys, "submission", form, case_id, "--vault", str(vault_dir), "-o", str(target),
        "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    values = {f["field"]: f["value"] for f in shown["fields"]}
    text = target.read_text("utf-8")
    assert values["Family name and first name"] == "Ержан Бекболатұлы"
    assert "654002197405020130" in values["Identity document number" + (
        " or photograph" if form == "wgeid" else "")]  # fmt: skip
    arrest = "Date of arrest, abduction or last sighting" if form == "wgeid" else "Date of arrest"
    assert values[arrest] == "2018-03"
    assert "Ghulja camp No. 3" in text
    assert any(m.startswith("Steps taken") for m in shown["missing"])
    assert "Missing required fields" in text and INTERNAL_NARRATIVE not in text
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(vault_dir))
    assert json.loads(out)[-1]["detail"]["output"] == f"submission_{form}"


def test_stats_json(capsys: pytest.CaptureFixture[str], vault_with_case: tuple[Path, str]) -> None:
    vault_dir, _case_id = vault_with_case
    code, out, err = run(capsys, "stats", "--json", "--vault", str(vault_dir))
    assert code == 0, err
    shown = json.loads(out)
    assert shown["persons"] == 1 and shown["counts"] == "documented persons, not estimates"
    names = [c["name"] for c in shown["charts"]]
    assert names == ["status", "facility", "prefecture", "county", "detention_year", "sex",
                     "age", "over_time"]  # fmt: skip
    status = next(c for c in shown["charts"] if c["name"] == "status")
    assert status["bars"] == [{"key": "sentenced", "label": "Sentenced", "count": 1}]
    code, out, _ = run(capsys, "stats", "--json", "--status", "released", "--vault", str(vault_dir))
    assert json.loads(out)["persons"] == 0
    code, _out, err = run(capsys, "stats", "--from", "soon", "--vault", str(vault_dir))
    assert code == 1 and "YYYY-MM" in err
