"""Look and feel: Fusion with a light palette, a few painted details, bundled fonts
and icons.

No application style sheet: with one, Qt styles every widget through
QStyleSheetStyle, which made building the case view three to four times slower (about
50 ms more on each unlock) and slowed every repaint of the case list. Colours come from
the palette; cards and notices paint themselves; buttons with a role get a palette.

Font sizes are never set: the system font (and the person's chosen size) is used, and
headings are scaled from it (widgets.scaled_font).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QStyleFactory, QWidget

ACCENT = "#2f6690"
ACCENT_DARK = "#17324a"
TEXT = "#1d2329"
MUTED = "#4d5660"
DANGER = "#b42318"
WARNING = "#b7791f"
OK = "#2e7d4f"
BORDER = "#d5dae0"

# Notice levels: (border/icon colour, background)
NOTICE_COLOURS = {
    "info": (ACCENT, "#f1f6fa"),
    "warning": (WARNING, "#fff8eb"),
    "error": (DANGER, "#fef3f2"),
    "ok": (OK, "#f0f8f3"),
}
# Strength meter levels 0..4
STRENGTH_COLOURS = (DANGER, DANGER, WARNING, OK, OK)


def resource_dir(kind: str) -> Path:
    return Path(str(resources.files("amanat.resources").joinpath(kind)))


def register_fonts() -> list[str]:
    """Make the bundled fonts available: Noto Sans (Latin, Cyrillic with the Kazakh
    letters), Noto Sans Arabic (every Uyghur letter) and a subset of Noto Sans CJK SC
    (GB 2312 and the Han characters Amanat shows; packaging/subset_cjk_font.py).

    They are not forced on the person: they only fill in where the system lacks glyphs
    (Qt's font fallback includes application fonts), and they make tests and
    screenshots independent of the machine. Registering all three takes about a
    millisecond (the files are mapped, not read), so none is loaded lazily.
    """
    families: list[str] = []
    folder = resource_dir("fonts")
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf"):
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


@cache
def icon(name: str) -> QIcon:
    path = resource_dir("icons") / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def light_palette() -> QPalette:
    p = QPalette()
    window = QColor("#f4f5f7")
    base = QColor("#ffffff")
    text = QColor(TEXT)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7f9"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7480"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.Mid, QColor("#c9ced6"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#e3e6ea"))
    p.setColor(QPalette.ColorRole.Light, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#9aa3ad"))
    disabled = QColor("#8a929c")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget its look for a role, through its palette (never a style sheet)."""
    widget.setProperty("role", role)
    palette = widget.palette()
    if role in ("primary", "danger") and isinstance(widget, QPushButton):
        # Fusion lightens the button colour for its gradient: start a little darker so
        # white text keeps its contrast.
        colour = QColor(ACCENT if role == "primary" else DANGER).darker(112)
        palette.setColor(QPalette.ColorRole.Button, colour)
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, colour.lighter(160)
        )
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#f4f5f7")
        )
    elif role == "link" and isinstance(widget, QAbstractButton):
        if isinstance(widget, QPushButton):
            widget.setFlat(True)
        font = widget.font()
        font.setUnderline(True)
        widget.setFont(font)
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(ACCENT))
    elif role in ("title", "section"):
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ACCENT_DARK))
    elif role in ("hint", "fieldLabel"):
        palette.setColor(QPalette.ColorRole.WindowText, QColor(MUTED))
    widget.setPalette(palette)


def apply_style(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(light_palette())
    app.setStyleSheet("")
