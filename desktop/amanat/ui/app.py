"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from amanat import __version__

ORGANIZATION = "Amanat"
APPLICATION = "Amanat"
DESKTOP_FILE = "amanat"
GIL_SWITCH_INTERVAL_S = 0.0005


def immortalize_singletons() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a Qt method returning
    void hands back None without taking a reference for it (and some paths do the same
    with True and False). Each call so steals one reference from None; after enough
    calls its count reaches zero and the interpreter aborts ("none_dealloc", or
    "bool_dealloc"), at exit or, in a long session, mid-work. Python 3.12 made these
    objects immortal, which is what the binding assumes; here their counts are raised
    out of reach once, which is what immortality amounts to. The core never needs
    this: only the Qt path calls it.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object, at its address (CPython).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _IMMORTAL:
            count.value += _IMMORTAL


_IMMORTAL = 1 << 40


def setup_application(app: QApplication, locale: QLocale | None = None) -> None:
    """Names, fonts, style and translations: shared by run_gui, tests and tools."""
    immortalize_singletons()
    from amanat.ui.kit.style import apply_style, register_fonts
    from amanat.ui.kit.viewers import quiet_multimedia

    # The database worker runs Python too; while it holds the GIL, each call from Qt's
    # painting into a model's data() waits for the switch interval (5 ms by default,
    # enough to make one repaint of the case list take tens of milliseconds). A short
    # interval hands the GIL to the GUI thread quickly.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    # The one settings file (the window's geometry) is an ini file everywhere:
    # ~/.config/Amanat/Amanat.ini on Linux, as the user guide says, and never the
    # Windows registry, which a person cannot see or delete as one file.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    quiet_multimedia()
    if not hasattr(app, "amanat_collector"):
        from amanat.ui.ops.collector import GuiThreadCollector

        # Cycles holding widgets are freed on the GUI thread only (ui/ops/collector.py).
        app.amanat_collector = GuiThreadCollector(app)  # type: ignore[attr-defined]
    register_fonts()
    apply_style(app)
    install_translations(app, locale or QLocale.system())


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings and Amanat's, in the person's language; layout follows it
    (ui/kit/language.py)."""
    from amanat.ui.kit import language

    return language.apply(locale, app, startup=True)


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
