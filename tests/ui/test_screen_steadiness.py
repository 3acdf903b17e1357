"""Screens that must not mislead: what is sealed is what is shown, lock drops the whole
workspace, the focus is where one types, and nothing moves under the pointer."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amanat.ui.cases.case_view import CaseView
from amanat.ui.workspace import Workspace
from support.gui import unlock, wait_page


def _lock(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    page = wait_page(qtbot, window, "unlockPage")
    # One can type the passphrase at once.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.pass_edit)


def _collect() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, 0)  # the deleteLater of the workspace
        gc.collect()


def _alive(cls: type) -> list[object]:
    return [obj for obj in gc.get_objects() if isinstance(obj, cls)]


def test_lock_drops_every_object_of_the_workspace(qtbot, home_vault, window_factory) -> None:
    home_vault()
    window = window_factory()
    workspace = unlock(qtbot, window)
    # Build every section, and use the shortcuts once.
    for key in ("people", "places", "contacts", "cases"):
        workspace.show_section(key)
    workspace.search.setText("a")
    workspace.search.clear()
    refs = [
        weakref.ref(obj)
        for obj in (
            workspace,
            workspace.cases,
            workspace.cases.case_view,
            workspace.people,
            workspace.places,
            workspace.contacts,
            workspace.search_panel,
            workspace.navigation,
        )
    ]
    del workspace
    _lock(qtbot, window)
    _collect()
    alive = [ref() for ref in refs if ref() is not None]
    assert not alive, [type(obj).__name__ for obj in alive]
    assert not _alive(Workspace) and not _alive(CaseView)
    # Unlock again and lock again: no stale slot of the old workspace raises.
    unlock(qtbot, window)
    for key in ("Key_1", "Key_2", "Key_3", "Key_4", "Key_F"):
        qtbot.keyClick(window, getattr(Qt.Key, key), Qt.KeyboardModifier.ControlModifier)
    _lock(qtbot, window)
    _collect()
    assert len(_alive(Workspace)) == 0


def test_the_passphrase_field_has_the_focus_at_start(qtbot, home_vault, window_factory) -> None:
    home_vault()
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.pass_edit)
