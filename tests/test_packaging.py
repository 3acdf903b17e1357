"""The package ships whole: every package folder is listed for setuptools, and the
translation sources are collected from every ui sub-package."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "amanat"


def _package_folders() -> set[str]:
    found = set()
    for init in PACKAGE.rglob("__init__.py"):
        relative = init.parent.relative_to(PACKAGE.parent)
        found.add(".".join(relative.parts))
    return found


def test_every_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    missing = _package_folders() - listed
    assert not missing, f"add these to [tool.setuptools] packages: {sorted(missing)}"
    # resources/ ships as amanat.resources, each of its folders listed (data only).
    resources = {"amanat.resources"} | {
        f"amanat.resources.{d.name}" for d in (ROOT / "resources").iterdir() if d.is_dir()
    }
    missing_data = resources - listed - {"amanat.resources.__pycache__"}
    assert not missing_data, f"add these to [tool.setuptools] packages: {sorted(missing_data)}"
    stale = {p for p in listed - _package_folders() if p not in resources}
    assert not stale, f"listed in pyproject.toml but not on disk: {sorted(stale)}"


def test_every_folder_with_python_files_is_a_package() -> None:
    # A folder without __init__.py would silently be left out of the wheel.
    for source in PACKAGE.rglob("*.py"):
        assert (source.parent / "__init__.py").exists(), source.parent


def test_translation_sources_include_every_ui_subpackage() -> None:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "resources" / "translations" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    sources = {Path(s) for s in module.ui_sources()}
    with_strings = {
        p for p in (PACKAGE / "ui").rglob("*.py") if ".tr(" in p.read_text(encoding="utf-8")
    }
    assert with_strings, "no translatable strings found at all"
    assert with_strings <= sources, sorted(str(p) for p in with_strings - sources)
