"""Refresh the translation sources, and compile them to what the app loads.

    .venv/bin/python resources/translations/update_translations.py            # refresh + compile
    .venv/bin/python resources/translations/update_translations.py --compile  # compile only

1. ``pyside6-lupdate`` collects every string of ``desktop/amanat/ui`` and its feature
   packages (``self.tr`` and ``QCoreApplication.translate``) into ``amanat_en.ts``, the
   source file translators start from, and into every ``amanat_<lang>.ts`` that exists:
   translations already made are kept, new strings arrive as ``type="unfinished"`` (the
   tests in tests/test_translations.py fail until a translator finishes them), strings
   gone from the code are dropped.
2. English needs a translation file of its own only for plurals: the sources say
   ``%n file(s)``; here the two English forms are filled in.
3. ``pyside6-lrelease`` compiles every ``amanat_*.ts`` to the ``.qm`` the app loads.
   The ``.qm`` files are never committed: ``make`` (setup, run, test) compiles them next
   to their ``.ts`` (``--compile``), and a wheel build compiles them into the package
   (setup.py's build_py, through :func:`compile_catalogues`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

# The languages Amanat ships besides English (the source). tests/test_translations.py
# checks that once any catalogue exists, exactly these do.
LANGUAGES = ("kk", "ru", "ug", "zh_CN")


def english_plurals(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        one = re.sub(r"\((e?s)\)", "", source)
        many = re.sub(r"\((e?s)\)", r"\1", source)
        for form, text in zip(forms, (one, many), strict=False):
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def ui_sources() -> list[str]:
    """Every Python file of ui/ and its feature packages, in a stable order."""
    return sorted(str(p) for p in (ROOT / "desktop" / "amanat" / "ui").rglob("*.py"))


def catalogues(folder: Path = HERE) -> list[Path]:
    """Every translation source (``amanat_*.ts``), English included."""
    return sorted(folder.glob("amanat_*.ts"))


def tool(name: str) -> str:
    """A Qt Linguist tool (``lupdate``, ``lrelease``): PySide6's, found next to this
    Python, on PATH, or inside the PySide6 package (an isolated wheel build)."""
    for candidate in (BIN / f"pyside6-{name}", BIN / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6

        inside = Path(PySide6.__file__).parent / name
        for candidate in (inside, inside.with_suffix(".exe")):
            if candidate.is_file():
                return str(candidate)
    except ImportError:
        pass
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install PySide6-Essentials)")


def compile_catalogues(source: Path = HERE, target: Path | None = None) -> list[Path]:
    """``.ts`` to ``.qm`` with lrelease: into ``target`` (default: next to the sources).
    Returns the files written."""
    out = target or source
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in catalogues(source):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def refresh() -> None:
    sources = ui_sources()
    for ts in [HERE / "amanat_en.ts", *(p for p in catalogues() if p.name != "amanat_en.ts")]:
        language = ts.stem.removeprefix("amanat_")
        subprocess.run(
            [tool("lupdate"), "-silent", *sources, "-ts", str(ts), "-no-obsolete",
             "-source-language", "en", "-target-language", language],
            check=True,
        )  # fmt: skip
    print(f"English plural forms: {english_plurals(HERE / 'amanat_en.ts')}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--compile" not in args:
        refresh()
    compile_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
