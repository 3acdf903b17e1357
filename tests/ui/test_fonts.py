"""The bundled fonts (resources/fonts) cover every script Amanat shows: Kazakh Cyrillic,
all the Uyghur letters, Chinese; each is under an open licence; and names in every
script render without tofu (no glyph 0, the .notdef box) in the fonts Qt picks for the
widgets that show them."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QGuiApplication, QRawFont, QTextLayout

from amanat.domain import demo
from amanat.ui.kit import language
from amanat.ui.kit.style import register_fonts, resource_dir
from support.names_corpus import PERSONS
from support.translations import TRANSLATIONS, read

FONTS = resource_dir("fonts")
KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
UYGHUR = "ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي"  # every letter, ۆ ۈ ۋ ې ى ھ among them
CHINESE = "王小明阿依古丽买买提艾尔肯乌鲁木齐喀什伊犁"


def _bundled() -> list[QRawFont]:
    return [
        QRawFont(str(path), 12)
        for path in sorted(FONTS.iterdir())
        if path.suffix.lower() in (".ttf", ".otf")
    ]


def _letters(text: str) -> set[str]:
    # What a font must draw: letters and digits (spaces, marks of direction and the
    # isolation marks are not drawn).
    return {c for c in text if c.isalnum()}


def test_every_bundled_font_is_named_in_its_licence() -> None:
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence
    named = {
        "NotoSans-Regular.ttf": "Noto Sans and",
        "NotoSansArabic-Regular.ttf": "Noto Sans Arabic",
    }
    named["NotoSansCJKsc-Subset.otf"] = "NotoSansCJKsc-Subset.otf"
    fonts = {p.name for p in FONTS.iterdir() if p.suffix.lower() in (".ttf", ".otf")}
    assert fonts == set(named), "a new font: name it in OFL.txt (and here)"
    for words in named.values():
        assert words in licence


def test_the_bundled_fonts_alone_cover_every_script(qapp) -> None:
    # As on a machine whose system has none of these scripts.
    fonts = _bundled()
    assert all(f.isValid() for f in fonts)
    texts = [KAZAKH, UYGHUR, CHINESE, *language.NATIVE_NAMES.values()]
    texts += [p.name for p in PERSONS] + [q for p in PERSONS for q in p.queries]
    given = demo.UYGHUR_MALE + demo.UYGHUR_FEMALE + demo.KAZAKH_MALE + demo.KAZAKH_FEMALE
    texts += [g.native for g in given] + [g.zh or "" for g in given]
    missing = {
        c
        for text in texts
        for c in _letters(text)
        if not any(f.supportsCharacter(ord(c)) for f in fonts)
    }
    assert not missing, "".join(sorted(missing))


def test_every_translation_is_covered_by_the_bundled_fonts(qapp) -> None:
    fonts = _bundled()
    missing: dict[str, set[str]] = {}
    for path in sorted(TRANSLATIONS.glob("amanat_*.ts")):
        _language, messages = read(path)
        for message in messages:
            for form in message.forms:
                for c in _letters(form):
                    if not any(f.supportsCharacter(ord(c)) for f in fonts):
                        missing.setdefault(path.stem, set()).add(c)
    # A character outside the Chinese subset: run packaging/subset_cjk_font.py.
    assert not missing, {k: "".join(sorted(v)) for k, v in missing.items()}


def _tofu(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns() if 0 in run.glyphIndexes()]


def test_names_in_every_script_render_without_tofu(qapp) -> None:
    families = register_fonts()
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= set(families)
    font = QGuiApplication.font()  # what labels, tables and fields use
    for text in (KAZAKH, UYGHUR, CHINESE, *(p.name for p in PERSONS)):
        assert _tofu(text, font) == [], text
    mixed = "ئەركىن Erkin 2019 王小明 Ержан"
    assert _tofu(mixed, font) == []
