"""Start the desktop application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from amanat import __version__

ORGANIZATION = "Amanat"
APPLICATION = "Amanat"
DESKTOP_FILE = "amanat"


def setup_application(app: QApplication, locale: QLocale | None = None) -> None:
    """Names, fonts, style and translations: shared by run_gui, tests and tools."""
    from amanat.ui.style import apply_style, register_fonts
    from amanat.ui.viewers import quiet_multimedia

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    quiet_multimedia()
    register_fonts()
    apply_style(app)
    install_translations(app, locale or QLocale.system())


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings and Amanat's, in the person's language; layout follows it."""
    from amanat.ui.style import resource_dir

    QLocale.setDefault(locale)  # dates and numbers in the person's conventions
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "amanat", "_", str(resource_dir("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    # Uyghur (and any right-to-left language) mirrors the whole layout.
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return installed


def run_gui(argv: list[str]) -> int:
    from amanat.ui.window import AppWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["amanat", *argv])
    setup_application(app)
    vault_dir: Path | None = None
    if len(argv) == 2 and argv[0] == "--vault":
        vault_dir = Path(argv[1]).expanduser()
    window = AppWindow(extra_vault=vault_dir)
    window.show()
    return app.exec()
