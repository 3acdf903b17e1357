"""A full disk is reported as a full disk by every command that touches the vault
(issue 16, item 3: ``info``, ``passwd``, ``case add``, ``bundle open`` and ``contact
add`` said the vault was damaged). The disk is a real tmpfs in a private mount
namespace, as in tests/storage/test_disk_full.py, filled up to a few bytes (or a few
hundred KiB) after the vault was copied onto it; each command runs the real CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from amanat.services import contacts as contact_service
from amanat.storage.vault import Vault
from support.bundles import seal
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, add_case, new_vault

UNSHARE = shutil.which("unshare") or "/usr/bin/unshare"
AMANAT = f"'{sys.executable}' -c 'import sys; from amanat.main import main; sys.exit(main())'"
WRAPPER = 'mount -t tmpfs -o "size=$1,mode=0700" tmpfs "$2" && shift 2 && "$@"'
FULL = "the disk is full; nothing was changed"


@pytest.fixture
def inputs(pair: tuple[Vault, Vault], tmp_path: Path) -> dict[str, Path]:
    field, hq = pair
    other = new_vault(tmp_path / "other", "Other office")
    card = tmp_path / "other.card"
    card.write_bytes(contact_service.own_card(other).to_bytes())
    other.lock()
    case_json = tmp_path / "case.json"
    case_json.write_text(json.dumps(ISSUE_EXAMPLE))
    bundle = seal(field, ["HQ"], tmp_path, case_ids=[add_case(field)])
    hq.lock()
    return {"hq": hq.path, "card": card, "case": case_json, "bundle": bundle}


COMMANDS = {
    "info": "info",
    "case add": "case add --json {case}",
    "bundle open": "bundle open {bundle}",
    "contact add": "contact add {card}",
    "passwd": "passwd",  # last: it may succeed with a little space left
}


@pytest.mark.parametrize("spare", [0, 300_000], ids=["no-byte-left", "300-KB-left"])
def test_every_command_says_the_disk_is_full(
    inputs: dict[str, Path], tmp_path: Path, spare: int
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sum(p.stat().st_size for p in inputs["hq"].rglob("*") if p.is_file()) + (2 << 20)
    lines = [f"cp -a '{inputs['hq']}' '{disk}/hq'"]
    # Fill the disk, then give back ``spare`` bytes.
    lines.append(f"head -c {size} /dev/zero > '{disk}/filler' 2>/dev/null")
    if spare:
        lines.append(f"truncate -s -{spare} '{disk}/filler'")
    for name, command in COMMANDS.items():
        argv = command.format(**{k: str(v) for k, v in inputs.items()})
        lines.append(f"echo '=== {name}' >&2; {AMANAT} {argv} --vault '{disk}/hq' </dev/null")
        lines.append('echo "=== status $?" >&2')
    env = {
        **os.environ,
        "AMANAT_PASSPHRASE": TEST_PASSPHRASE,
        "AMANAT_NEW_PASSPHRASE": "a new and long enough passphrase",
    }
    result = subprocess.run(
        [UNSHARE, "-Urm", "sh", "-c", WRAPPER, "sh", str(size), str(disk),
         "sh", "-c", "\n".join(lines)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    said: dict[str, list[str]] = {}
    statuses: dict[str, str] = {}
    current = ""
    for line in result.stderr.splitlines():
        if line.startswith("=== status "):
            statuses[current] = line.removeprefix("=== status ")
        elif line.startswith("=== "):
            current = line.removeprefix("=== ")
            said[current] = []
        elif current:
            said[current].append(line)
    assert set(said) == set(COMMANDS), result.stderr
    for name in COMMANDS:
        # With a little space left a small change may still fit; whatever fails, fails
        # as a full disk, never as a damaged vault.
        if spare and statuses[name] == "0":
            continue
        assert said[name] == [f"amanat: {FULL}"], (name, result.stderr)
        assert statuses[name] == "1"
