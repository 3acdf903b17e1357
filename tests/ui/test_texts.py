"""Words on screen that tell the truth: the consent banner states every restriction,
search names the field that matched, counts and dates read as a person writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from amanat.ui.cases import testimony_editor as testimony
from amanat.ui.kit.labels import label
from support.gui import add_case, unlock

NAME = "Ержан Бекболатұлы"


@pytest.fixture
def workspace(qtbot, home_vault, window_factory, monkeypatch):
    home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 150)
    return window, ws


def new_testimony(qtbot, window, ws) -> testimony.TestimonyEditor:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    editor.findChild(QComboBox, "speaker").setCurrentIndex(1)
    return editor


def test_the_consent_banner_names_every_use_not_permitted(qtbot, workspace, monkeypatch) -> None:
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    editor = new_testimony(qtbot, window, ws)
    for key in ("informed", "voluntary", "may_name", "may_show_face", "may_use_voice"):
        editor.consent_boxes[key].setChecked(True)
    editor.use_boxes["un_submission"].setChecked(True)
    banner = editor.consent_notice.text()
    assert "restricted" in banner
    # Internal use and the UN are allowed; a court and a publication are not.
    assert label("consent_use", "legal") in banner and label("consent_use", "public") in banner
    assert label("consent_use", "un_submission") not in banner
    editor.use_boxes["un_submission"].setChecked(False)
    banner = editor.consent_notice.text()
    assert "internal use only" in banner and label("consent_use", "legal") in banner
    for code in ("un_submission", "legal", "public"):
        editor.use_boxes[code].setChecked(True)
    assert "restricted" not in editor.consent_notice.text()
