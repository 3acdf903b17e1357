"""Refresh the translation sources and build the English plural forms.

    .venv/bin/python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every string of ``desktop/amanat/ui`` and its feature packages (``self.tr`` and
   ``QCoreApplication.translate``) into ``amanat_en.ts``, the source file translators
   start from (other languages: ``amanat_<lang>.ts``, made the same way).
2. English needs a translation file of its own only for plurals: the sources say
   ``%n file(s)``; here the two English forms are filled in.
3. ``pyside6-lrelease`` compiles every ``amanat_*.ts`` to the ``.qm`` the app loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent


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


def main() -> int:
    sources = ui_sources()
    ts = HERE / "amanat_en.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
         "-source-language", "en", "-target-language", "en"],
        check=True,
    )  # fmt: skip
    print(f"English plural forms: {english_plurals(ts)}")
    for source in sorted(HERE.glob("amanat_*.ts")):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
