"""The test suite itself: helpers come from the ``support`` package, every order of
test paths collects, and every test checks something."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
OLD_HELPERS = ("conftest", "bundle_support", "case_strategies", "uihelpers", "bundle_helpers")
# A call that checks: pytest.raises/warns, pytest-qt's waits, qtmodeltester, and
# contextlib.suppress(TypedError) in fuzz tests (any other exception fails the test).
CHECKING_CALLS = {
    "raises",
    "warns",
    "fail",
    "waitUntil",
    "waitSignal",
    "waitSignals",
    "assertNotEmitted",
    "check",
    "suppress",
}


def _test_files() -> list[Path]:
    return sorted(
        p
        for p in TESTS.rglob("*.py")
        if "node_modules" not in p.parts and p.name.startswith("test_")
    )


def test_helpers_come_from_the_support_package() -> None:
    pattern = re.compile(rf"^\s*(from|import) ({'|'.join(OLD_HELPERS)})\b", re.M)
    offenders = [
        str(p.relative_to(ROOT))
        for p in TESTS.rglob("*.py")
        if "node_modules" not in p.parts and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


@pytest.mark.parametrize(
    "paths",
    [["tests/ui", "tests"], ["tests", "tests/ui"], ["tests/ui/test_casework.py", "tests"]],
    ids=["ui-first", "root-first", "one-ui-file-first"],
)
def test_any_order_of_test_paths_collects(paths: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "error" not in done.stdout.lower().split("\n")[-2]


def _helpers_that_check(tree: ast.Module) -> set[str]:
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and not node.name.startswith("test_")
        and any(isinstance(n, (ast.Assert, ast.Raise)) for n in ast.walk(node))
    }


def _checks(fn: ast.AST, helpers: set[str]) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, (ast.Assert, ast.Raise)):
            return True
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in CHECKING_CALLS or name in helpers or name.startswith("assert_"):
                return True
    return False


def test_every_test_checks_something() -> None:
    silent = []
    for path in _test_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers_that_check(tree)
        for node in ast.walk(tree):
            is_test = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                node.name.startswith("test_")
            )
            if is_test and not _checks(node, helpers):
                silent.append(f"{path.relative_to(ROOT)}::{node.name}")
    assert not silent, silent


def test_the_checker_sees_a_silent_test(tmp_path: Path) -> None:
    tree = ast.parse("def test_nothing(vault):\n    vault.lock()\n")
    (fn,) = tree.body
    assert not _checks(fn, _helpers_that_check(tree))
    tree = ast.parse("def test_something(vault):\n    assert vault.lock() is None\n")
    (fn,) = tree.body
    assert _checks(fn, set())


# The tests mirror the packages of desktop/amanat; only tests of the project as a whole
# (its documents, layers, packaging and this suite) stay at the top.
TOP_LEVEL = {
    "test_docs.py", "test_layers.py", "test_packaging.py", "test_test_suite.py",
    "test_translations.py",  # resources/translations, like test_packaging: no package of its own
}  # fmt: skip


def test_tests_mirror_the_packages() -> None:
    packages = {p.name for p in (ROOT / "desktop" / "amanat").iterdir() if p.is_dir()}
    misplaced = []
    for path in _test_files():
        folder = path.parent.relative_to(TESTS).parts
        if not folder:
            if path.name not in TOP_LEVEL:
                misplaced.append(str(path.relative_to(ROOT)))
        elif folder[0] not in packages:
            misplaced.append(str(path.relative_to(ROOT)))
    assert not misplaced, misplaced


def test_tests_make_vaults_one_way() -> None:
    """Through support.vaults.create_vault (or the fixtures built on it); only the tests
    of vault creation itself call Vault.create."""
    allowed = {Path(__file__), TESTS / "support" / "vaults.py", TESTS / "storage" / "test_vault.py"}
    direct = [
        str(p.relative_to(ROOT))
        for p in _test_files()
        if p not in allowed and "Vault.create(" in p.read_text(encoding="utf-8")
    ]
    assert not direct, direct
