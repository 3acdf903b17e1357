"""`amanat inbox scan FOLDER [--json]` through the real CLI (docs/review.md §1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.cli.main import run_cli
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import TEST_PASSPHRASE, add_case, befriend, create_vault, vault_digest


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, bytes]:
    """HQ's vault (locked), an exchange folder, and a bundle from Field office for HQ."""
    monkeypatch.setenv("AMANAT_PASSPHRASE", TEST_PASSPHRASE)
    field, _ = create_vault(tmp_path / "field", "Field office", TEST_PASSPHRASE)
    hq, _ = create_vault(tmp_path / "hq", "HQ", TEST_PASSPHRASE)
    befriend(field, hq)
    case_id = add_case(field)
    data = seal(field, ["HQ"], tmp_path / "b.age", case_ids=[case_id]).read_bytes()
    field.lock()
    hq.lock()
    folder = tmp_path / "exchange"
    folder.mkdir()
    return tmp_path / "hq", folder, data


def _digest(path: Path) -> str:
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        return vault_digest(vault, exclude=("inbox_file",))
    finally:
        vault.lock()


def test_inbox_scan_json_gives_one_object_per_file(
    capsys: pytest.CaptureFixture[str], exchange: tuple[Path, Path, bytes]
) -> None:
    hq, folder, data = exchange
    (folder / "one.age").write_bytes(data)
    (folder / "two.age").write_bytes(data)  # the same bundle under another name
    (folder / "three.age").write_bytes(data[:-300])  # still being copied
    code, out, err = run(capsys, "inbox", "scan", str(folder), "--json", "--vault", str(hq))
    assert (code, err) == (0, "")
    listed = {item["file"]: item for item in json.loads(out)}
    assert set(listed) == {"one.age", "two.age", "three.age"}
    assert listed["one.age"]["outcome"] == "opened"
    assert listed["one.age"]["sender"]["state"] == "verified"
    assert listed["one.age"]["brought"]["new"] >= 1
    assert listed["two.age"]["outcome"] == "already_received"
    assert listed["two.age"]["bundle_id"] == listed["one.age"]["bundle_id"]
    assert listed["three.age"]["outcome"] == "waiting"
    assert listed["three.age"]["error"] is not None
    assert all(item["fresh"] for item in listed.values())
    before = _digest(hq)
    code, out, _ = run(capsys, "inbox", "scan", str(folder), "--json", "--vault", str(hq))
    assert code == 0
    assert not any(item["fresh"] for item in json.loads(out))
    assert _digest(hq) == before


def test_inbox_scan_says_what_happened_in_words_escaped(
    capsys: pytest.CaptureFixture[str], exchange: tuple[Path, Path, bytes]
) -> None:
    hq, folder, data = exchange
    (folder / "one\u202e.age").write_bytes(data)  # file names come from outside
    (folder / "cut.age").write_bytes(data[:100])
    code, out, _ = run(capsys, "inbox", "scan", str(folder), "--vault", str(hq))
    assert code == 0
    assert "\u202e" not in out  # made harmless
    lines = dict(line.split(": ", 1) for line in out.strip().splitlines())
    assert lines["one\\u202e.age"].startswith("opened, from Field office")
    assert lines["cut.age"].startswith("waiting for the file to finish copying")


def test_inbox_scan_of_a_missing_folder_says_so(
    capsys: pytest.CaptureFixture[str], exchange: tuple[Path, Path, bytes]
) -> None:
    hq, folder, _ = exchange
    code, _out, err = run(capsys, "inbox", "scan", str(folder / "nope"), "--vault", str(hq))
    assert code == 1
    assert "inbox folder does not exist" in err
