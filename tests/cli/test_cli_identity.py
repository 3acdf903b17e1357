"""`amanat identity rotate` and `identity show` as a user runs them
(docs/forward-secrecy.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PASS = "field office passphrase"
FAST = ["--kdf-memory", "64", "--kdf-iterations", "3"]


def amanat(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AMANAT_HOME": str(home), "AMANAT_PASSPHRASE": PASS}
    return subprocess.run(
        [sys.executable, "-m", "amanat.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_rotate_keeps_the_fingerprint_and_show_lists_live_keys(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert amanat("init", "--name", "Aigul", *FAST, home=home).returncode == 0
    before = json.loads(amanat("identity", "show", "--json", home=home).stdout)
    assert before["generation"] == 0 and before["live_generations"] == [0]
    assert before["rotate_every_days"] == 0 and before["grace_days"] == 14
    card_before = amanat("identity", "export", home=home).stdout

    rotated = amanat("identity", "rotate", home=home)
    assert rotated.returncode == 0, rotated.stderr
    assert "New encryption keys: generation 1" in rotated.stdout
    assert before["fingerprint"] in rotated.stdout

    after = json.loads(amanat("identity", "show", "--json", home=home).stdout)
    assert after["fingerprint"] == before["fingerprint"]
    assert after["generation"] == 1 and after["live_generations"] == [0, 1]
    text = amanat("identity", "show", home=home).stdout
    assert "generation 1" in text and "generations 0, 1" in text
    # The card now carries the new generation; the safety number on it is the same.
    card_after = amanat("identity", "export", home=home).stdout
    assert card_after != card_before
    again = json.loads(amanat("identity", "rotate", "--json", home=home).stdout)
    assert again["generation"] == 2 and again["live_generations"] == [0, 1, 2]


def test_schedule_shows_sets_and_refuses_out_of_bounds(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert amanat("init", "--name", "Aigul", *FAST, home=home).returncode == 0
    shown = json.loads(amanat("identity", "schedule", "--json", home=home).stdout)
    assert shown == {"rotate_every_days": 0, "grace_days": 14}
    changed = amanat("identity", "schedule", "--every", "30", "--grace", "3", home=home)
    assert changed.returncode == 0, changed.stderr
    assert "30 days" in changed.stdout and "3 days" in changed.stdout
    refused = amanat("identity", "schedule", "--grace", "0", home=home)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("amanat: ")
    after = json.loads(amanat("identity", "show", "--json", home=home).stdout)
    assert after["rotate_every_days"] == 30 and after["grace_days"] == 3
