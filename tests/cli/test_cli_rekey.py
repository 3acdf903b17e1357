"""`amanat rekey` and `--accept-rollback` as a user runs them (issue 16, items 7 and 8)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli.test_cli_vault import FAST, PASS, amanat, assert_one_line_error


def _init(home: Path) -> Path:
    vault = home / "v"
    result = amanat("--vault", str(vault), "init", "--name", "Aigul", *FAST, home=home)
    assert result.returncode == 0, result.stderr
    return vault


def test_rekey_prints_a_new_code_and_the_old_key_file_opens_nothing(tmp_path: Path) -> None:
    vault = _init(tmp_path)
    old_keys = (vault / "vault.keys").read_bytes()
    refused = amanat("--vault", str(vault), "rekey", home=tmp_path)
    assert_one_line_error(refused, "rekey needs --yes")
    assert (vault / "vault.keys").read_bytes() == old_keys
    result = amanat("--vault", str(vault), "rekey", "--yes", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    code = json.loads(result.stdout)["recovery_code"]
    assert len(code.split()) == 24
    assert amanat("--vault", str(vault), "check", home=tmp_path).returncode == 0
    recovered = amanat(
        "--vault", str(vault), "passwd", "--recovery",
        env={"AMANAT_RECOVERY_CODE": code, "AMANAT_NEW_PASSPHRASE": PASS + " again"},
        home=tmp_path,
    )  # fmt: skip
    assert recovered.returncode == 0, recovered.stderr
    (vault / "vault.keys").write_bytes(old_keys)
    assert_one_line_error(
        amanat("--vault", str(vault), "check", home=tmp_path), "damaged or is not"
    )


def test_check_says_the_database_was_rolled_back(tmp_path: Path) -> None:
    vault = _init(tmp_path)
    shutil.copy(vault / "vault.db", tmp_path / "backup.db")
    assert amanat("--vault", str(vault), "info", home=tmp_path).returncode == 0
    shutil.copy(tmp_path / "backup.db", vault / "vault.db")
    result = amanat("--vault", str(vault), "check", home=tmp_path)
    assert_one_line_error(result, "vault.db is older than vault.keys (database_older)")
    assert "--accept-rollback" in result.stderr
    accepted = amanat("--vault", str(vault), "check", "--accept-rollback", home=tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    assert "vault OK" in accepted.stdout
    assert amanat("--vault", str(vault), "check", home=tmp_path).returncode == 0
