"""No English reaches the screen untranslated.

Two ways, on the main screens (welcome, unlock, the workspace's sections, the case
view, the settings and new-case dialogs):

- a pseudo-translation: every message of amanat_en.ts becomes ``⟦source⟧`` in a catalogue
  compiled here; any visible text that is English but carries no ``⟦`` did not go
  through ``tr()`` (a string written into the code), whatever catalogues exist;
- each shipped language (amanat_<lang>.ts present): no visible text equals the English
  source of a message whose translation differs from it.

Allowed as they are: user data (the vault's name, the case), names of products and
formats, vocabulary labels (translated by domain.vocab, not Qt), numbers, and Qt's own
standard buttons (translated by Qt's catalogue, qtbase_<lang>.qm).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from amanat.domain import vocab
from amanat.services import settings as settings_service
from amanat.ui.cases.new_case_dialog import NewCaseDialog
from amanat.ui.kit import language
from amanat.ui.settings.settings_dialog import SettingsDialog
from support.gui import PASSPHRASE, idle, unlock, wait_page
from support.translations import TRANSLATIONS, catalogue, read, shipped
from support.vaults import add_case, create_vault

MARK = "⟦"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
# Names of things, the same in every language.
NAMES = {"Amanat", "age", "X25519", "ML-KEM", "ML-KEM-768", "SQLCipher", "Argon2id", "PDF"}
# Qt's standard buttons: Qt's own catalogue translates them.
QT_BUTTONS = {"OK", "Cancel", "Close", "Apply", "Yes", "No", "Help", "Save", "Discard", "Open"}
_TAGS = re.compile(r"<[^>]+>")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    yield
    language.apply(ENGLISH)


def _pseudo_catalogue(folder: Path) -> Path:
    tree = ET.parse(catalogue("en"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"{MARK}{source}⟧"
        else:
            translation.text = f"{MARK}{source}⟧"
    ts = folder / "amanat_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person sees in ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root.window()) and widget is not root:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield where + ".windowTitle", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, _TAGS.sub(" ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where}.tab{i}", widget.tabText(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{where}.header{column}", str(header or "")
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield f"{where}.item{row}", widget.item(row).text()
        yield from _around(widget, where)


def _around(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    """A widget's tool tip and the words of its actions (menus, tool buttons)."""
    if not isinstance(widget, QComboBox) and widget.toolTip():
        yield where + ".toolTip", _TAGS.sub(" ", widget.toolTip())
    for action in widget.actions():
        if action.text() and action.isVisible():
            yield f"{where}.action#{action.objectName()}", action.text()


def _allowed(extra: set[str]) -> set[str]:
    labels = {t.en for terms in vocab.SCHEMES.values() for t in terms}
    return NAMES | QT_BUTTONS | labels | extra


def _plain(text: str) -> str:
    for mark in ("&", "\u2068", "\u2069", "\u200e", "\u200f"):
        text = text.replace(mark, "")
    return text.strip(" .:…")


def _screens(qtbot, window_factory, amanat_home: Path) -> Iterator[QWidget]:
    """Each main screen in turn, shown."""
    path = amanat_home / "vaults" / "field-team"
    vault, _code = create_vault(path, "Field team", PASSPHRASE)
    add_case(vault, title="Field case")
    settings_service.set(vault, settings_service.LANGUAGE, language.active())
    vault.lock()
    window = window_factory()
    yield wait_page(qtbot, window, "unlockPage")
    ws = unlock(qtbot, window)
    for section in ("cases", "people", "places", "contacts", "review"):
        ws.show_section(section)
        yield window
    ws.show_section("cases")
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 1, timeout=10000)
    ws.cases.table.setCurrentIndex(ws.cases.model.index(0, 0))
    qtbot.waitUntil(lambda: ws.cases.case_view.cd is not None, timeout=10000)
    view = ws.cases.case_view
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        yield window
    dialog = SettingsDialog(window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.vault_name != "")
    yield dialog
    dialog.close()
    new_case = NewCaseDialog(window, window.session)
    qtbot.addWidget(new_case)
    new_case.show()
    yield new_case
    new_case.close()
    idle(qtbot, window)


def _user_data() -> set[str]:
    return {"Field team", "Field case", "Ghulja", "Ürümqi"}


def test_every_visible_english_text_went_through_tr(
    qtbot, window_factory, amanat_home: Path, tmp_path: Path
) -> None:
    pseudo = QTranslator()
    assert pseudo.load(str(_pseudo_catalogue(tmp_path)))
    app = QCoreApplication.instance()
    app.installTranslator(pseudo)
    try:
        found: dict[str, str] = {}
        marked: set[str] = set()
        allowed = _allowed(_user_data())
        for screen in _screens(qtbot, window_factory, amanat_home):
            for where, text in _texts(screen):
                plain = _plain(text)
                if MARK in text:
                    marked.add(text)
                if MARK in text or not _ENGLISH_WORD.search(plain) or plain in allowed:
                    continue
                if any(part.strip() in allowed for part in re.split(r"[·,/]", plain)):
                    continue
                found.setdefault(plain, where)
    finally:
        app.removeTranslator(pseudo)
    assert len(marked) > 150, "the walk saw too few translated texts to mean anything"
    assert found == {}, "not through tr():\n" + "\n".join(f"{w}: {t!r}" for t, w in found.items())


@pytest.mark.parametrize("code", sorted(shipped()) or ["(none yet)"])
def test_no_english_source_reaches_the_screen_in_a_shipped_language(
    qtbot, window_factory, amanat_home: Path, code: str
) -> None:
    if code == "(none yet)":
        # Before the translators' catalogues land there is nothing to compare with; the
        # pseudo-translation above still checks that every text goes through tr().
        assert shipped() == set()
        return
    _lang, sources = read(catalogue("en"))
    _lang, translated = read(TRANSLATIONS / f"amanat_{code}.ts")
    differs = {m.source for m in translated if m.forms and m.forms[0] != m.source}
    english = {_plain(m.source) for m in sources if m.source in differs}
    english -= _allowed(_user_data())
    language.apply_code(code)
    found = {}
    for screen in _screens(qtbot, window_factory, amanat_home):
        for where, text in _texts(screen):
            if _plain(text) in english:
                found.setdefault(_plain(text), where)
    assert found == {}, "\n".join(f"{w}: {t!r}" for t, w in found.items())
