"""Plaintext outputs: explicit, atomic, 0600, never into a temp folder, logged with
their SHA-256 (issue 13; docs/design.md §9)."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from amanat.domain.errors import ExportError
from amanat.services import cases as case_service
from amanat.services import outputs
from amanat.services.cases import author_key
from amanat.storage.vault import Vault
from support.vaults import add_case


def test_an_output_is_private_and_logged_per_case(vault: Vault, tmp_path: Path) -> None:
    case_id = add_case(vault)
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    written = outputs.write_output(
        vault, target, b"%PDF-1.4 body", what="report", case_ids=[case_id],
        profile="no-contacts", use="legal",
    )  # fmt: skip
    assert target.read_bytes() == b"%PDF-1.4 body"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert written.sha256 == hashlib.sha256(b"%PDF-1.4 body").hexdigest()
    assert written.changes.cases == {case_id}
    assert [p.name for p in target.parent.iterdir()] == ["dossier.pdf"]  # no temp left
    entry = case_service.custody_log(vault, case_id)[-1]
    assert entry["action"] == "exported"
    assert entry["actor"] == author_key(vault).hex()
    assert entry["detail"] == {
        "output": "report", "profile": "no-contacts", "use": "legal",
        "sha256": written.sha256, "size": 13, "to": "file",
    }  # fmt: skip
    assert not case_service.verify_custody(vault)


def test_a_vault_wide_output_has_one_entry_without_a_case(vault: Vault, tmp_path: Path) -> None:
    before = len(case_service.custody_log(vault))
    outputs.write_output(vault, tmp_path / "stats.json", [b"{", b"}"], what="stats")
    log = case_service.custody_log(vault)
    assert len(log) == before + 1
    assert log[-1]["case_id"] is None and log[-1]["detail"]["size"] == 2


def test_an_existing_file_is_kept_and_nothing_logged(vault: Vault, tmp_path: Path) -> None:
    case_id = add_case(vault)
    target = tmp_path / "mine.csv"
    target.write_bytes(b"mine")
    before = len(case_service.custody_log(vault, case_id))
    with pytest.raises(ExportError) as caught:
        outputs.write_output(vault, target, b"x", what="csv", case_ids=[case_id])
    assert caught.value.code == "export.output_exists"
    assert target.read_bytes() == b"mine"
    assert len(case_service.custody_log(vault, case_id)) == before
    outputs.write_output(vault, target, b"new", what="csv", case_ids=[case_id], replace=True)
    assert target.read_bytes() == b"new"


def test_a_temp_folder_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with pytest.raises(ExportError) as caught:
        outputs.write_output(vault, tmp_path / "report.pdf", b"x", what="report")
    assert caught.value.code == "export.temp_folder"
    assert not (tmp_path / "report.pdf").exists()


def test_a_failed_output_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b"half of a dossier"
        raise RuntimeError("stopped")

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        outputs.write_output(vault, folder / "x.pdf", chunks(), what="report")
    assert list(folder.iterdir()) == []
