"""`amanat init | info | check | passwd | wipe | identity show` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "field pass for aigul"
FAST = ["--kdf-memory", "64", "--kdf-iterations", "3"]


def amanat(
    *args: str, env: dict[str, str] | None = None, home: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "AMANAT_HOME": str(home), "AMANAT_PASSPHRASE": PASS}
    full_env.pop("AMANAT_NEW_PASSPHRASE", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "amanat.main", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("amanat: ")
    assert needle in lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def vault_dir(home: Path) -> Path:
    result = amanat("init", "--name", "Aigul", *FAST, home=home)
    assert result.returncode == 0, result.stderr
    # A neutral folder: the vault's name is only inside the encrypted database.
    assert f"Created vault: {home / 'vaults' / 'vault-1'}" in result.stdout
    return home / "vaults" / "vault-1"


def test_init_prints_recovery_code_once_and_info_reads_it(home: Path) -> None:
    result = amanat("init", "--name", "Aigul", *FAST, home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    code = lines[-1].split()
    assert len(code) == 24
    info = amanat("info", "--json", home=home)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["name"] == "Aigul"
    assert data["schema_version"] >= 1
    assert data["kdf"]["memory_kib"] == 64 * 1024
    groups = data["fingerprint"].split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert " ".join(code) not in info.stdout


def test_identity_show(vault_dir: Path, home: Path) -> None:
    result = amanat("--vault", str(vault_dir), "identity", "show", home=home)
    assert result.returncode == 0, result.stderr
    assert "Aigul" in result.stdout
    fp_line = next(line for line in result.stdout.splitlines() if line.startswith("Fingerprint"))
    assert len(fp_line.split(":", 1)[1].split()) == 12


def test_wrong_passphrase_is_one_clear_line(vault_dir: Path, home: Path) -> None:
    result = amanat("info", env={"AMANAT_PASSPHRASE": "nope"}, home=home)
    assert_one_line_error(result, "wrong passphrase")


def test_missing_vault_and_no_passphrase(home: Path, tmp_path: Path) -> None:
    assert_one_line_error(amanat("--vault", str(tmp_path / "none"), "info", home=home), "no vault")
    env = {**os.environ, "AMANAT_HOME": str(home)}
    env.pop("AMANAT_PASSPHRASE", None)
    amanat("init", "--name", "x", *FAST, home=home)
    result = subprocess.run(
        [sys.executable, "-m", "amanat.main", "info"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert_one_line_error(result, "AMANAT_PASSPHRASE")


def test_check_passes_then_detects_damage(vault_dir: Path, home: Path) -> None:
    ok = amanat("check", "--json", home=home)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["ok"] is True
    keys = vault_dir / "vault.keys"
    keys.write_bytes(keys.read_bytes()[:40])
    assert_one_line_error(amanat("check", home=home), "damaged")


def test_passwd_and_recovery(home: Path) -> None:
    init = amanat("init", "--name", "Aigul", *FAST, home=home)
    code = init.stdout.strip().splitlines()[-1]
    changed = amanat("passwd", env={"AMANAT_NEW_PASSPHRASE": "second passphrase"}, home=home)
    assert changed.returncode == 0, changed.stderr
    assert_one_line_error(amanat("info", home=home), "wrong passphrase")
    assert amanat("info", env={"AMANAT_PASSPHRASE": "second passphrase"}, home=home).returncode == 0
    recovered = amanat(
        "passwd",
        "--recovery",
        "--new-recovery-code",
        env={"AMANAT_RECOVERY_CODE": code, "AMANAT_NEW_PASSPHRASE": "third passphrase"},
        home=home,
    )
    assert recovered.returncode == 0, recovered.stderr
    new_code = recovered.stdout.strip().splitlines()[-1]
    assert new_code != code and len(new_code.split()) == 24
    assert amanat("info", env={"AMANAT_PASSPHRASE": "third passphrase"}, home=home).returncode == 0
    bad = amanat(
        "passwd",
        "--recovery",
        env={"AMANAT_RECOVERY_CODE": code, "AMANAT_NEW_PASSPHRASE": "x is long enough"},
        home=home,
    )
    assert_one_line_error(bad, "wrong recovery code")


def test_wipe_needs_confirmation(vault_dir: Path, home: Path) -> None:
    refused = amanat("wipe", home=home, stdin="")
    assert_one_line_error(refused, "wipe needs --yes")
    assert vault_dir.exists()
    done = amanat("wipe", "--yes", home=home)
    assert done.returncode == 0, done.stderr
    assert not vault_dir.exists()
    assert "SSD" in done.stdout


def test_two_vaults_need_choosing(home: Path) -> None:
    amanat("init", "--name", "One", *FAST, home=home)
    amanat("init", "--name", "Two", *FAST, home=home)
    assert_one_line_error(amanat("info", home=home), "--vault")
    two = amanat("--vault", str(home / "vaults" / "vault-2"), "info", home=home)
    assert two.returncode == 0 and "Two" in two.stdout
    one = amanat("info", "--vault", str(home / "vaults" / "vault-1"), home=home)
    assert one.returncode == 0 and "One" in one.stdout
