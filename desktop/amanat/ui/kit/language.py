"""The interface language: which one, its translations, its layout direction.

The language follows the system (``QLocale.system()``: LANGUAGE, LC_ALL, LC_MESSAGES,
LANG on Linux) until a vault is unlocked whose settings choose another
(``services.settings.LANGUAGE``, kept inside the vault like every setting: no plaintext
file says which language a person reads). The window applies the vault's choice at
unlock, before it builds the workspace, so a change made in Settings takes effect the
next time the vault is unlocked (the dialog says so).

Applying a language installs Amanat's catalogue (``resources/translations/amanat_<lang>.qm``,
compiled by the build) and Qt's own (``qtbase_<lang>.qm`` from PySide6's translations
folder: Qt ships kk, ru and zh_CN, not ug) for the standard dialogs and buttons, sets the
default QLocale (dates, numbers, plurals) and the layout direction: a right-to-left
language (Uyghur) mirrors the whole window. The direction follows the language, whether
or not its catalogue exists yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from amanat.ui.kit.style import resource_dir

SYSTEM = "system"
# The languages offered (codes as in the catalogue names), English first.
LANGUAGES = ("en", "kk", "ru", "ug", "zh_CN")
# Each language's own name, as it appears in the settings (never translated: a person
# who cannot read the current language still finds their own).
NATIVE_NAMES = {
    "en": "English",
    "kk": "Қазақша",
    "ru": "Русский",
    "ug": "ئۇيغۇرچە",
    "zh_CN": "简体中文",
}

_installed: list[QTranslator] = []
_active: list[str] = ["en"]
_startup: list[QLocale] = []


def locale_for(code: str) -> QLocale:
    """The QLocale of a language code (``"system"``: the one the app started in, which
    is the system's unless a tool or test chose another)."""
    if code == SYSTEM or not code:
        return _startup[0] if _startup else QLocale.system()
    return QLocale(code)


def code_of(locale: QLocale) -> str:
    """The language code Amanat uses for a locale (``"en"`` when none is offered)."""
    name = locale.name()  # "ru_RU", "zh_CN", "ug_CN", "C"
    if name in LANGUAGES:
        return name
    language = name.split("_", 1)[0]
    if language == "zh":
        return "zh_CN"
    return language if language in LANGUAGES else "en"


def active() -> str:
    """The language code applied last (``"en"`` before any)."""
    return _active[0]


def is_right_to_left(locale: QLocale) -> bool:
    return locale.textDirection() == Qt.LayoutDirection.RightToLeft


def apply(
    locale: QLocale, app: QCoreApplication | None = None, *, startup: bool = False
) -> list[QTranslator]:
    """Install the translations for ``locale`` (replacing those installed before), make
    it the default locale and set the layout direction. Returns the translators
    installed (Qt's first, then Amanat's; either may be missing). ``startup``: this is
    the language the app starts in, what the setting "system" means from now on."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application")
    if startup:
        _startup[:] = [locale]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale)  # dates and numbers in the person's conventions
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("amanat", str(resource_dir("translations")))):
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "amanat":
            # A language Amanat does not speak: English, with its plural forms.
            found = translator.load(f"{folder}/amanat_en.qm")
        if found:
            app.installTranslator(translator)
            _installed.append(translator)
    _active[0] = code_of(locale)
    if isinstance(app, QGuiApplication):
        # Uyghur (and any right-to-left language) mirrors the whole layout.
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(locale)
            else Qt.LayoutDirection.LeftToRight
        )
    return list(_installed)


def apply_code(code: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Apply a language by its code (``"system"``, ``"en"``, ``"ug"``...)."""
    return apply(locale_for(code), app)
