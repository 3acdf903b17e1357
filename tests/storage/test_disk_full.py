"""A full disk loses nothing: sealing onto a full USB stick, opening a bundle into a vault
whose disk fills up, and attaching a file to it. Each fails with the one-line "disk is
full" error, leaves no partial file, and leaves the vault exactly as it was.

The full disk is real: a tmpfs of a few MiB, mounted in a private mount namespace
(``unshare``: as root, or as any user where user namespaces are allowed) for the
duration of one command, which runs the real ``amanat`` command line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from amanat.storage.vault import Vault
from support.bundles import seal
from support.paths import TESTS
from support.vaults import TEST_PASSPHRASE, add_case, vault_digest

UNSHARE = shutil.which("unshare") or "/usr/bin/unshare"
AMANAT = [sys.executable, "-c", "import sys; from amanat.main import main; sys.exit(main())"]
# What runs inside the namespace: mount the small disk, run the command, then show what
# is left on the disk (it disappears with the namespace).
WRAPPER = 'mount -t tmpfs -o "size=$1,mode=0700" tmpfs "$2" && shift 2 && "$@"'
LISTING = textwrap.dedent(
    """
    import json, os, sys
    root = sys.argv[1]
    print(json.dumps(sorted(
        os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs
    )))
    """
)
DIGEST = textwrap.dedent(
    """
    import sys
    sys.path[:0] = sys.argv[2:]
    from pathlib import Path
    from amanat.storage.vault import Vault
    from support.vaults import vault_digest
    import os
    vault = Vault.unlock(Path(sys.argv[1]), os.environ["AMANAT_PASSPHRASE"])
    print(vault_digest(vault))
    vault.lock()
    """
)


def on_small_disk(size: str, mount: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run the shell ``script`` with a tmpfs of ``size`` mounted at ``mount``."""
    mount.mkdir(exist_ok=True)
    env = {**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE}
    return subprocess.run(
        [UNSHARE, "-Urm", "sh", "-c", WRAPPER, "sh", size, str(mount), "sh", "-c", script],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip


def _quote(*argv: str | Path) -> str:
    return " ".join("'" + str(a).replace("'", "'\\''") + "'" for a in argv)


def test_namespace_tools_work(tmp_path: Path) -> None:
    """The harness itself: a write past the small disk's size fails with ENOSPC."""
    result = on_small_disk(
        "1m", tmp_path / "disk", f"head -c 2000000 /dev/zero > {_quote(tmp_path / 'disk' / 'x')}"
    )
    assert result.returncode != 0
    assert "No space left on device" in result.stderr


def test_sealing_onto_a_full_stick(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, _hq = pair
    case_id = add_case(field, attachment=os.urandom(3 << 20))
    before = vault_digest(field)
    field.lock()
    stick = tmp_path / "stick"
    command = _quote(
        *AMANAT, "bundle", "seal", "--to", "HQ", "--case", case_id,
        "-o", stick / "cases.age", "--vault", tmp_path / "field",
    )  # fmt: skip
    listing = _quote(sys.executable, "-c", LISTING, stick)
    result = on_small_disk("2m", stick, f"{command}; status=$?; {listing}; exit $status")
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == ["amanat: the disk is full; nothing was changed"]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []  # no partial bundle
    field = Vault.unlock(tmp_path / "field", TEST_PASSPHRASE)
    try:
        # No custody entry, no sequence number used: as if it was never tried.
        assert vault_digest(field) == before
    finally:
        field.lock()


def _vault_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


@pytest.mark.parametrize("body", [3 << 20, 100_000], ids=["large-body", "small-body"])
def test_opening_into_a_vault_whose_disk_fills(
    pair: tuple[Vault, Vault], tmp_path: Path, body: int
) -> None:
    field, hq = pair
    # A large body fills the disk while it is staged; many small records fill it
    # through the database (SQLITE_FULL) instead.
    count = 1 if body > 1 << 20 else 30
    case_ids = [add_case(field, attachment=os.urandom(body)) for _ in range(count)]
    bundle = seal(field, ["HQ"], tmp_path, case_ids=case_ids)
    before = vault_digest(hq)
    hq.lock()
    status, digest, left = _on_a_full_copy(tmp_path / "hq", tmp_path, "bundle", "open", bundle)
    assert status == 1
    # The vault on the full disk still opens and holds exactly what it held before, and
    # no staged body is left behind.
    assert digest == before
    assert left == []


def test_attaching_to_a_vault_whose_disk_fills(vault: Vault, tmp_path: Path) -> None:
    case_id = add_case(vault)
    before = vault_digest(vault)
    vault.lock()
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(os.urandom(3 << 20))
    status, digest, left = _on_a_full_copy(
        tmp_path / "vault", tmp_path, "attach", case_id, evidence
    )
    assert status == 1
    assert digest == before
    assert left == []


def _on_a_full_copy(
    vault_dir: Path, tmp_path: Path, *command: str | Path
) -> tuple[int, str, list[str]]:
    """Copy the (locked) vault onto a disk with 1 MiB to spare, run ``amanat COMMAND
    --vault COPY`` there, and return its exit status, the copy's vault digest
    afterwards, and the files left in its blobs/. The one-line error is checked here."""
    disk = tmp_path / "disk"
    copy = disk / vault_dir.name
    script = "; ".join(
        [
            f"cp -a {_quote(vault_dir, copy)}",
            f"{_quote(*AMANAT, *command, '--vault', copy)}; status=$?",
            f"{_quote(sys.executable, '-c', DIGEST, copy, TESTS)}",
            f"{_quote(sys.executable, '-c', LISTING, copy / 'blobs')}",
            "exit $status",
        ]
    )
    result = on_small_disk(str(_vault_size(vault_dir) + (1 << 20)), disk, script)
    assert result.stderr.strip().splitlines() == ["amanat: the disk is full; nothing was changed"]
    digest_line, listing_line = result.stdout.strip().splitlines()[-2:]
    return result.returncode, digest_line, json.loads(listing_line)
