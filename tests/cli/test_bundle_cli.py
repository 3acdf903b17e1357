"""`amanat identity export`, `contact add`, `bundle seal|inspect|open`, end to end, and
emergency decryption of an X25519 bundle with the Debian age tool."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from amanat.bundles.format import MAGIC
from amanat.cli.main import run_cli
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault, vault_digest

AGE = shutil.which("age") or "/usr/bin/age"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    paths = []
    for name in ("Field office", "HQ"):
        path = tmp_path / name.replace(" ", "-")
        vault, _ = create_vault(path, name, TEST_PASSPHRASE)
        vault.lock()
        paths.append(path)
    return paths[0], paths[1]


def _exchange_cards(
    capsys: pytest.CaptureFixture[str], field: Path, hq: Path, tmp_path: Path
) -> None:
    for me, other in ((field, hq), (hq, field)):
        card = tmp_path / f"{me.name}.card"
        assert run(capsys, "identity", "export", "-o", str(card), "--vault", str(me))[0] == 0
        code, _out, err = run(
            capsys, "contact", "add", str(card), "--verified", "--vault", str(other)
        )
        assert (code, err) == (0, ""), err


def _digest(path: Path) -> str:
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        return vault_digest(vault)
    finally:
        vault.lock()


def test_seal_inspect_open(
    capsys: pytest.CaptureFixture[str], two: tuple[Path, Path], tmp_path: Path
) -> None:
    field, hq = two
    _exchange_cards(capsys, field, hq, tmp_path)
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(ISSUE_EXAMPLE, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "case", "add", "--json", str(doc), "--vault", str(field))
    case_id = out.strip().splitlines()[-1]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(200_000))
    assert run(capsys, "attach", case_id, str(scan), "--vault", str(field))[0] == 0
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    code, out, err = run(
        capsys, "bundle", "seal", "--to", "HQ", "--case", case_id, "-o", str(outbox),
        "--json", "--vault", str(field),
    )  # fmt: skip
    assert (code, err) == (0, "")
    sealed = json.loads(out)
    bundle = Path(sealed["path"])
    assert bundle.parent == outbox and len(bundle.stem) == 16  # a random, neutral name
    assert sealed["recipient_type"] == "hybrid" and sealed["attachments"] == 1
    # Inspect: sender, signature, contents; nothing changes.
    before = _digest(hq)
    code, out, err = run(capsys, "bundle", "inspect", str(bundle), "--json", "--vault", str(hq))
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["sender"]["name"] == "Field office" and report["sender"]["trusted"]
    assert report["signature"] == "valid" and report["verified"]
    assert report["cases"] == [{"id": case_id, "title": ISSUE_EXAMPLE["title"], "revisions": 1}]
    assert report["entries"]["body"] == 1 and report["attachment_bytes"] == 200_000
    assert _digest(hq) == before
    # Open: imported, the case reads the same on both sides.
    code, out, err = run(capsys, "bundle", "open", str(bundle), "--vault", str(hq))
    assert (code, err) == (0, ""), err
    assert "Imported bundle" in out
    code, out, _ = run(capsys, "case", "show", case_id, "--json", "--vault", str(hq))
    received = json.loads(out)
    code, out, _ = run(capsys, "case", "show", case_id, "--json", "--vault", str(field))
    original = json.loads(out)
    for key in ("title", "person", "events", "testimonies"):
        assert received[key] == original[key]
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(hq))
    log = json.loads(out)
    assert [e["action"] for e in log] == ["imported"]
    code, out, _ = run(capsys, "case", "log", case_id, "--json", "--vault", str(field))
    exported = [e for e in json.loads(out) if e["action"] == "exported"]
    code, out, _ = run(capsys, "identity", "show", "--json", "--vault", str(hq))
    hq_fingerprint = json.loads(out)["fingerprint"]
    assert exported and exported[0]["counterpart"] == hq_fingerprint
    assert log[0]["counterpart"] != hq_fingerprint  # from the field office
    code, out, _ = run(capsys, "bundle", "provenance", case_id, "--json", "--vault", str(hq))
    (origin,) = json.loads(out)
    assert origin["sender"]["name"] == "Field office" and origin["outcome"] == "added"
    # A second open fails in one line and changes nothing.
    before = _digest(hq)
    code, out, err = run(capsys, "bundle", "open", str(bundle), "--vault", str(hq))
    assert code == 1 and err.startswith("amanat: ") and err.count("\n") == 1
    assert "already imported" in err
    assert _digest(hq) == before


@pytest.mark.slow
def test_console_script_refuses_damage_in_one_line(two: tuple[Path, Path], tmp_path: Path) -> None:
    field, hq = two
    env = {**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE}
    amanat = [sys.executable, "-c", "import sys; from amanat.main import main; sys.exit(main())"]

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*amanat, *argv], capture_output=True, text=True, env=env, timeout=120, check=False
        )

    for me, other in ((field, hq), (hq, field)):
        card = tmp_path / f"{me.name}.txt"
        assert (
            cli("identity", "export", "--text", "-o", str(card), "--vault", str(me)).returncode == 0
        )
        assert cli("contact", "add", str(card), "--verified", "--vault", str(other)).returncode == 0
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(copy.deepcopy(ISSUE_EXAMPLE)), encoding="utf-8")
    case_id = cli("case", "add", "--json", str(doc), "--vault", str(field)).stdout.split()[-1]
    bundle = tmp_path / "b.age"
    sealed = cli("bundle", "seal", "--to", "HQ", "--all", "-o", str(bundle), "--vault", str(field))
    assert sealed.returncode == 0, sealed.stderr
    data = bytearray(bundle.read_bytes())
    data[-5] ^= 0x10
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(bytes(data))
    before = _digest(hq)
    result = cli("bundle", "open", str(damaged), "--vault", str(hq))
    assert result.returncode == 1
    assert (
        result.stderr.startswith("amanat: the bundle is damaged") and result.stderr.count("\n") == 1
    )
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _digest(hq) == before
    result = cli("bundle", "inspect", str(damaged), "--json", "--vault", str(hq))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    opened = cli("bundle", "open", str(bundle), "--vault", str(hq))
    assert opened.returncode == 0, opened.stderr
    assert case_id in cli("case", "list", "--json", "--vault", str(hq)).stdout


def test_debian_age_decrypts_an_x25519_bundle(
    capsys: pytest.CaptureFixture[str], two: tuple[Path, Path], tmp_path: Path
) -> None:
    field, hq = two
    _exchange_cards(capsys, field, hq, tmp_path)
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(ISSUE_EXAMPLE), encoding="utf-8")
    run(capsys, "case", "add", "--json", str(doc), "--vault", str(field))
    bundle = tmp_path / "x.age"
    code, _out, err = run(
        capsys, "bundle", "seal", "--to", "HQ", "--all", "--x25519", "-o", str(bundle),
        "--vault", str(field),
    )  # fmt: skip
    assert code == 0, err
    key = tmp_path / "hq-key.txt"
    code, _, err = run(
        capsys, "identity", "export", "--age-secret", "-o", str(key), "--vault", str(hq)
    )
    assert code == 0 and "WARNING" in err
    plain = subprocess.run(
        [AGE, "-d", "-i", str(key), str(bundle)], capture_output=True, check=True, timeout=60
    ).stdout
    assert plain.startswith(MAGIC + b"\x00\x02")  # format version 2
    # A hybrid bundle needs post-quantum support, which this age does not have.
    hybrid = tmp_path / "pq.age"
    run(capsys, "bundle", "seal", "--to", "HQ", "--all", "-o", str(hybrid), "--vault", str(field))
    refused = subprocess.run([AGE, "-d", "-i", str(key), str(hybrid)], capture_output=True)
    assert refused.returncode != 0
    # The hybrid secret key opens it with any age >= 1.3, or with `amanat age decrypt`.
    pq_key = tmp_path / "hq-pq-key.txt"
    code, _, err = run(
        capsys, "identity", "export", "--age-secret", "--pq", "-o", str(pq_key), "--vault", str(hq)
    )
    assert code == 0 and "AGE-SECRET-KEY-PQ-1" in pq_key.read_text()
    out = tmp_path / "pq.plain"
    code, _, err = run(capsys, "age", "decrypt", "-i", str(pq_key), "-o", str(out), str(hybrid))
    assert code == 0, err
    assert out.read_bytes().startswith(MAGIC + b"\x00\x02")


def test_seal_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], two: tuple[Path, Path], tmp_path: Path
) -> None:
    field, hq = two
    card = tmp_path / "hq.card"
    run(capsys, "identity", "export", "-o", str(card), "--vault", str(hq))
    run(capsys, "contact", "add", str(card), "--vault", str(field))  # not verified
    code, _, err = run(
        capsys, "bundle", "seal", "--to", "HQ", "--all", "-o", str(tmp_path / "b.age"),
        "--vault", str(field),
    )  # fmt: skip
    assert code == 1 and "not verified" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, "bundle", "seal", "--to", "Nobody", "--all", "-o", str(tmp_path / "b.age"),
        "--vault", str(field),
    )  # fmt: skip
    assert code == 1 and err.startswith("amanat: not found")
    assert not (tmp_path / "b.age").exists()
