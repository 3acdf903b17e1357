"""Canary: a case whose names, narrative and attachment carry a unique marker goes
through the real command line; afterwards the marker is nowhere on disk: not in the
vault folder (any file, including the WAL), not in the temp folder, not in the
config, cache, data or state folders (docs/design.md §9)."""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from support.vaults import TEST_PASSPHRASE


def _forms(marker: str) -> list[bytes]:
    """The marker in the encodings a leak could plausibly use."""
    forms = set()
    for text in (marker, marker.lower(), marker.upper()):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            forms.add(text.encode(encoding))
    ascii_marker = marker.encode("utf-8")
    forms.add(ascii_marker.hex().encode())
    for shift in range(3):  # base64 of the marker at any alignment: a middle slice
        encoded = base64.b64encode(b"\0" * shift + ascii_marker)
        forms.add(encoded[4:-4])
    return sorted(forms, key=len)


def _leaks(folder: Path, forms: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found.extend(f"{path}: {form!r}" for form in forms if form in data)
    return found


@pytest.mark.slow
def test_marker_never_reaches_the_disk(tmp_path: Path) -> None:
    marker = "Kanareyka" + secrets.token_hex(6)
    dirs = {name: tmp_path / name for name in ("tmp", "config", "cache", "data", "state", "home")}
    for folder in dirs.values():
        folder.mkdir(mode=0o700)
    vault_dir = dirs["data"] / "vault"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(dirs["home"]),
        "TMPDIR": str(dirs["tmp"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_STATE_HOME": str(dirs["state"]),
        "AMANAT_HOME": str(dirs["data"]),
        "AMANAT_PASSPHRASE": TEST_PASSPHRASE,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    # The user's own input files live outside the watched folders.
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    doc = {
        "title": f"Detention of Ержан {marker}",
        "person": {"names": [{"text": f"Ержан {marker}", "script": "kk-Cyrl"},
                             {"text": f"Erzhan {marker}", "script": "kk-Latn"}],
                   "birth_year": 1974, "hometown": f"Ghulja {marker}",
                   "contacts": [{"kind": "phone", "value": f"+7 {marker}"}]},
        "events": [{"type": "detention", "date": "2018-03", "place": f"Camp {marker}",
                    "stated_reason": f"reason {marker}"}],
        "testimonies": [{"narrative": f"My brother {marker} was taken at night.",
                         "language": "kk",
                         "speaker": {"names": [{"text": f"Айгүл {marker}",
                                                "script": "kk-Cyrl"}]},
                         "relation": "sister",
                         "consent": {"informed": True, "voluntary": True}}],
    }  # fmt: skip
    case_file = inputs / "case.json"
    case_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    evidence = inputs / f"scan-{marker}.txt"
    evidence.write_bytes((f"Testimony transcript {marker}\n" * 5000).encode())

    amanat = [sys.executable, "-c", "from amanat.main import main; main()"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [*amanat, *args, "--vault", str(vault_dir)],
            capture_output=True, text=True, env=env, timeout=120, cwd=inputs,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert marker not in done.stderr
        return done.stdout

    run("init", "--name", "Canary worker", "--kdf-memory", "64", "--kdf-iterations", "3")
    case_id = run("case", "add", "--json", str(case_file)).strip().splitlines()[-1]
    attachment_id = run("attach", case_id, str(evidence)).strip()
    assert marker in run("case", "show", case_id, "--json")  # it is really in there
    run("case", "list", "--json")
    run("check")
    # Library paths the CLI does not reach: autosave, sealing, annotations, reading
    # the attachment back into memory.
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from amanat.services import attachments, cases
        from amanat.storage.vault import Vault
        vault = Vault.unlock(Path({str(vault_dir)!r}), {TEST_PASSPHRASE!r})
        case = cases.get_case(vault, {case_id!r})
        t = case["testimonies"][0]
        t["narrative"] += " more {marker}"
        cases.update_testimony_draft(vault, t["id"], t)
        cases.seal_testimony(vault, t["id"])
        cases.correct_testimony(vault, t["id"])
        cases.add_annotation(vault, "case", {case_id!r}, text="note {marker}")
        data = attachments.read_attachment(vault, {attachment_id!r})
        assert {marker!r}.encode() in data
        vault.lock()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]

    forms = _forms(marker)
    leaks = []
    for folder in dirs.values():
        leaks.extend(_leaks(folder, forms))
    assert leaks == []
    # The vault holds its three entries and nothing else.
    assert {p.name for p in vault_dir.iterdir()} <= {"vault.keys", "vault.db", "blobs",
                                                     "vault.db-wal", "vault.db-shm"}  # fmt: skip
    assert any((vault_dir / "blobs").iterdir())  # the attachment went to a blob file
    # Negative control: the same search finds the marker where it really is.
    assert _leaks(inputs, forms)
