"""Look and feel: a light palette, one stylesheet, bundled fonts and icons.

Font sizes are never set in the stylesheet: the system font (and the person's chosen
size) is used, and headings are scaled from it (widgets.scaled_font).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def resource_dir(kind: str) -> Path:
    return Path(str(resources.files("amanat.resources").joinpath(kind)))


def register_fonts() -> list[str]:
    """Make the bundled fonts available (they cover Latin, Cyrillic and Arabic script).

    They are not forced on the person: they only fill in where the system lacks glyphs,
    and they make tests and screenshots independent of the machine.
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


ACCENT = "#2f6690"


def light_palette() -> QPalette:
    p = QPalette()
    window = QColor("#f4f5f7")
    base = QColor("#ffffff")
    text = QColor("#1d2329")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#fbfbfc"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7480"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.Mid, QColor("#c9ced6"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#e3e6ea"))
    disabled = QColor("#8a929c")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def stylesheet() -> str:
    path = resource_dir("styles") / "amanat.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def apply_style(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(light_palette())
    app.setStyleSheet(stylesheet())
