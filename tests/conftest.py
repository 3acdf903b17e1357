"""Fixtures shared by every test: real vaults (SQLCipher on disk, the cheapest Argon2
parameters the core accepts), all made by ``support.vaults.create_vault``.

Helpers live in the ``support`` package (``tests/`` is on pytest's ``pythonpath``); no
test imports this module.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from amanat.storage.vault import Vault
from support.vaults import befriend, create_vault

# One language for the whole suite, whatever the developer's: the app's "system"
# language and the command line's words follow the environment (ui/kit/language.py,
# cli/language.py); tests that want another set it themselves.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

MakeVault = Callable[..., Vault]


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[MakeVault]:
    """Make open vaults in tmp_path: ``make_vault("HQ")``, or ``make_vault(path=...)``;
    every vault still open at teardown is locked."""
    made: list[Vault] = []

    def make(name: str = "Test worker", *, path: Path | None = None) -> Vault:
        folder = path or tmp_path / name.lower().replace(" ", "-")
        opened, _code = create_vault(folder, name)
        made.append(opened)
        return opened

    yield make
    for opened in made:
        if opened.is_open:
            opened.lock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where the ``vault`` fixture creates its vault (does not exist before)."""
    return tmp_path / "vault"


@pytest.fixture
def vault(make_vault: MakeVault, vault_path: Path) -> Vault:
    """A new, open vault in tmp_path."""
    return make_vault(path=vault_path)


@pytest.fixture
def pair(make_vault: MakeVault, tmp_path: Path) -> tuple[Vault, Vault]:
    """Two open vaults, "Field office" (in tmp_path/field) and "HQ" (tmp_path/hq), each a
    verified contact of the other."""
    field = make_vault("Field office", path=tmp_path / "field")
    hq = make_vault("HQ", path=tmp_path / "hq")
    befriend(field, hq)
    return field, hq


def pytest_sessionstart(session: pytest.Session) -> None:
    """The compiled translations (.qm) are built, never committed: ``make`` builds them;
    a run of pytest without make (a fresh clone) builds the missing or stale ones here,
    before any test loads them."""
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("amanat_*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        import subprocess
        import sys

        tool = Path(sys.executable).parent / "pyside6-lrelease"
        for ts in stale:
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])
