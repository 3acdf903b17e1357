"""Make resources/fonts/NotoSansCJKsc-Subset.otf: Noto Sans CJK SC (Regular) cut down to
the Chinese Amanat shows, so the package stays small.

    python3 -m pip install fonttools   # a tool for this step only, not a dependency
    python3 packaging/subset_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

Kept: every character of GB 2312 (6,763 Hanzi, the set nearly every Chinese name and
place is written in, plus its punctuation), CJK symbols and full-width forms, and every
Han character found in the code, the tests, the docs and the translations (names in the
demo data, the Chinese catalogue). Run it again when a catalogue or the demo data
brings a character outside GB 2312; tests/ui/test_fonts.py fails until then.
The source is Debian's fonts-noto-cjk (SIL Open Font License 1.1, resources/fonts/OFL.txt).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u00b7]")


def gb2312() -> set[str]:
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def in_repository() -> set[str]:
    found: set[str] = set()
    for folder in ("desktop", "tests", "docs", "resources/translations"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".ts", ".md", ".json", ".tsv") and path.is_file():
                found.update(HAN.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    collection = TTCollection(str(source))
    (font,) = [f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC"]
    characters = gb2312() | in_repository() | {chr(c) for c in range(0x3000, 0x3040)}
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    font.save(str(TARGET))
    print(f"{TARGET.name}: {len(characters)} characters, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
