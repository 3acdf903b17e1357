"""HTML (Qt's rich-text subset) to PDF bytes with Qt's own PDF writer, in memory.

QPdfWriter paints into a QBuffer: no file is written and nothing goes to a temp
folder; the caller writes the bytes through ``services.outputs``. Fonts: the bundled
Noto Sans and Noto Sans Arabic, then the system's Noto fonts (CJK), so names in
Cyrillic, Arabic script and Han come out as text a reader (and pdftotext) can copy.
Works without a display: a QGuiApplication on the offscreen platform is created when
none exists (the command line).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC"]
_app: QGuiApplication | None = None
_fonts_loaded = False


def ensure_app() -> None:
    """A Qt GUI application for painting; on the command line, offscreen."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["amanat"])
    _load_fonts()


def _load_fonts() -> None:
    global _fonts_loaded
    if _fonts_loaded:
        return
    from importlib.resources import files

    folder = files("amanat.resources").joinpath("fonts")
    for entry in folder.iterdir():
        if entry.name.endswith((".ttf", ".otf")):
            QFontDatabase.addApplicationFont(str(entry))
    _fonts_loaded = True


def html_to_pdf(page: str, *, title: str = "Amanat dossier") -> bytes:
    """The PDF of ``page`` on A4 with 15 mm margins."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Amanat")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(10)
    # No optional Latin ligatures ("fi", "ff"): ids and hashes copy out of the PDF as
    # typed. Arabic script keeps its required ones (rlig), which this does not touch.
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setHtml(page)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
