"""The documentation explains the repository as it is: every file it names exists, every
relative link resolves, every section the code cites exists, and nothing cites a
document that lives outside the repository (a newcomer has only the repository)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "amanat"
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md", ROOT / "CONTRIBUTING.md"]

# Documents linked ahead of their arrival on another branch (none now).
PENDING: set[Path] = set()

# Folders of the repository that paths in the docs start from.
TOP = ("desktop/", "tests/", "docs/", "resources/", "packaging/", ".ci/")
# Packages of desktop/amanat, named without the prefix ("storage/vault.py").
PACKAGES = tuple(
    f"{p.name}/" for p in sorted(PACKAGE.iterdir()) if p.is_dir() and p.name != "__pycache__"
)

_ROOTED = re.compile(r"(?<![\w./-])(?:desktop|tests|docs|resources|packaging|\.ci)/[\w./:*<>{}$-]*")
_CODE = re.compile(r"`([^`\s]+)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_PLACEHOLDER = re.compile(r"[<>*${}]")


def _clean(token: str) -> str:
    return token.rstrip(".,;:)")


def _resolve(token: str) -> Path | None:
    """The file a path in the docs names, or None when the token is not a path."""
    if _PLACEHOLDER.search(token) or "://" in token:
        return None
    if token.startswith(TOP):
        return ROOT / token
    # Under a package: a file or a folder, not an HKDF label such as "amanat/blob/v1".
    if not re.search(r"(\.\w+|/)$", token):
        return None
    if token.startswith("amanat/"):
        return ROOT / "desktop" / token
    if token.startswith(PACKAGES):
        return PACKAGE / token
    return None


def _named_paths(text: str) -> set[str]:
    found = {_clean(m) for m in _ROOTED.findall(text)}
    found |= {_clean(m) for m in _CODE.findall(text) if "/" in m}
    return {t for t in found if t}


def _check_path(token: str) -> str | None:
    path_part, _, test_name = token.partition("::")
    target = _resolve(path_part)
    if target is None:
        return None
    if not target.exists():
        return f"{token}: no such file or folder"
    if test_name and f"def {test_name.split('[')[0]}(" not in target.read_text():
        return f"{token}: no such test"
    return None


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_a_doc_names_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    problems = sorted(filter(None, (_check_path(t) for t in _named_paths(text))))
    assert not problems, problems


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_file_a_doc_names_in_a_package_listing_exists(doc: Path) -> None:
    """Bare module names (`importer.py` in a list of a package's modules) exist somewhere."""
    text = doc.read_text(encoding="utf-8")
    known = {p.name for p in ROOT.glob("desktop/**/*.py")} | {
        p.name for p in ROOT.glob("tests/**/*.py") if "node_modules" not in p.parts
    }
    bare = {m for m in _CODE.findall(text) if re.fullmatch(r"\w+\.py", m)}
    missing = sorted(bare - known)
    assert not missing, missing


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_resolves(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    problems = []
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (doc.parent / target.split("#")[0]).resolve()
        if not path.exists() and path not in PENDING:
            problems.append(target)
    assert not problems, problems


def _repository_files() -> list[Path]:
    skip = {".git", ".venv", "node_modules", "__pycache__", "build", "dist"}
    files = []
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in skip and not d.endswith((".egg-info", "_cache"))]
        files.extend(Path(folder) / n for n in names)
    return files


def test_no_file_cites_a_document_outside_the_repository() -> None:
    # Spelt in pieces so this file does not match itself.
    outside = [(n + ".md").encode() for n in ("DESIGN", "STYLE")]
    citing = sorted(
        str(p.relative_to(ROOT))
        for p in _repository_files()
        if any(name in p.read_bytes() for name in outside)
    )
    assert not citing, citing


def _design_sections() -> set[str]:
    text = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    return set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", text, flags=re.MULTILINE))


def test_design_sections_are_numbered_in_order() -> None:
    text = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    top = [int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)]
    assert top == list(range(1, len(top) + 1))
    assert len(top) >= 12


def test_every_cited_design_section_exists() -> None:
    sections = _design_sections()
    cite = re.compile(r"design\.md\)? §(\d+(?:\.\d+)?)((?:-\d+(?:\.\d+)?)?)((?:, §[\d.]+)*)")
    more = re.compile(r"§(\d+(?:\.\d+)?)")
    problems = []
    for path in _repository_files():
        if path.suffix not in {".py", ".md", ".toml", ".txt", ""}:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for m in cite.finditer(text):
            numbers = [m.group(1), *more.findall(m.group(3) or "")]
            if m.group(2):
                numbers.append(m.group(2)[1:])
            for number in numbers:
                if number not in sections:
                    problems.append(f"{path.relative_to(ROOT)}: §{number}")
        # "§7 and §8": the second one too.
        for m in re.finditer(r"design\.md\)? §[\d.]+ and §(\d+(?:\.\d+)?)", text):
            if m.group(1) not in sections:
                problems.append(f"{path.relative_to(ROOT)}: §{m.group(1)}")
    assert not problems, sorted(set(problems))


def test_architecture_names_every_module() -> None:
    """docs/architecture.md is the map of the code: every module is on it (the
    command modules by their pattern, cli/cmd_*.py)."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "desktop" / "amanat"
    unnamed = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if p.name != "__init__.py" and not p.name.startswith("cmd_") and p.name not in text
    )
    assert not unnamed, f"name these in docs/architecture.md: {unnamed}"
