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


def _two_cases(home_vault) -> tuple[str, str]:
    """Case "Open one" (status open) and "Closed one" (closed) in the home vault."""
    import copy

    from amanat.services import cases as case_service
    from amanat.storage.vault import Vault
    from support.cases import ISSUE_EXAMPLE
    from support.gui import PASSPHRASE

    path, _code = home_vault()
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        ids = []
        for title, status in (("Open one", "open"), ("Closed one", "closed")):
            doc = copy.deepcopy(ISSUE_EXAMPLE)
            doc["title"], doc["status"] = title, status
            ids.append(case_service.add_case(vault, doc).id)
    finally:
        vault.lock()
    return ids[0], ids[1]


def _seal_proposes(qtbot, monkeypatch, window) -> list[tuple[str, str]]:
    from amanat.ui.exchange.bundle_dialogs import SealDialog
    from support.gui_bundles import activate, script_dialog

    seen = script_dialog(qtbot, monkeypatch, SealDialog, lambda dialog: dialog)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return list(seen[-1].cases)


def _select(qtbot, ws, case_id: str) -> None:
    row = ws.cases.model.row_of(case_id)
    ws.cases.table.selectRow(row)
    qtbot.waitUntil(lambda: ws.cases.case_view.case_id == case_id, timeout=5000)


def test_seal_proposes_the_case_on_screen_not_the_one_chosen_before(
    qtbot, monkeypatch, home_vault, window_factory
) -> None:
    shown_first, other = _two_cases(home_vault)
    window = window_factory()
    ws = unlock(qtbot, window)
    # Only open cases in the list; the open one chosen.
    status = ws.cases.filters.status
    status.setCurrentIndex(status.findData("open"))
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 1 and not ws.cases.model.is_loading)
    _select(qtbot, ws, shown_first)
    # Another case opened from elsewhere (a duplicate, search, people): not in the list.
    ws.open_case(other)
    qtbot.waitUntil(lambda: ws.cases.case_view.cd is not None and ws.cases.case_view.cd.id == other)
    assert ws.cases.selected_ids() == []  # the list no longer claims another case
    assert _seal_proposes(qtbot, monkeypatch, window) == [(other, "Closed one")]
    # With every case in the list, opening one from elsewhere chooses it in the list.
    status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: ws.cases.model.rowCount() == 2 and not ws.cases.model.is_loading)
    _select(qtbot, ws, shown_first)
    ws.open_case(other)
    qtbot.waitUntil(lambda: ws.cases.selected_ids() == [other])
    assert _seal_proposes(qtbot, monkeypatch, window) == [(other, "Closed one")]


THEIRS = "12345 67890 12345 67890 12345 67890 12345 67890 12345 67890 12345 67890"
OURS = "98765 43210 98765 43210 98765 43210 98765 43210 98765 43210 98765 43210"


def _cells(dialog) -> list[tuple[int, int, int, int]]:
    """Where each digit group is drawn, and how much of it the box shows."""
    out = []
    for number in (dialog.theirs, dialog.ours):
        box = number.parentWidget()
        for cell in number.cells:
            shown = cell.visibleRegion().boundingRect()
            top_left = cell.mapTo(dialog, cell.rect().topLeft())
            out.append((top_left.x(), top_left.y(), shown.width(), shown.height()))
            assert box.rect().contains(cell.mapTo(box, cell.rect().bottomRight()))
    return out


def test_a_wrong_typed_number_keeps_both_safety_numbers_readable(qtbot) -> None:
    from amanat.ui.exchange.trust import VerifyContactDialog

    dialog = VerifyContactDialog(None, "HQ Berlin", THEIRS, OURS, key_changed=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = _cells(dialog)
    buttons = _places([dialog.verify_button, dialog.confirm, dialog.typed], dialog)
    assert all(
        w >= c.fontMetrics().horizontalAdvance("00000")
        for (_x, _y, w, _h), c in zip(before, dialog.theirs.cells + dialog.ours.cells, strict=True)
    )
    dialog.typed.setText(THEIRS.replace("1", "7"))
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.isVisible() and dialog.isVisible()
    QApplication.processEvents()
    QApplication.processEvents()
    # The dialog grew to show the error: every line of the dialog is whole.
    assert dialog.height() >= dialog.layout().minimumSize().height()
    assert _cells(dialog) == before  # the numbers one compares do not shrink
    assert _places([dialog.verify_button, dialog.confirm, dialog.typed], dialog) == buttons
    # Corrected: the error goes at once, and the contact can be verified.
    dialog.typed.setText(THEIRS)
    assert not dialog.notice.isVisible()
    assert _cells(dialog) == before
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def _places(widgets, window) -> list[tuple[int, int, int, int]]:
    out = []
    for w in widgets:
        top_left = w.mapTo(window, w.rect().topLeft())
        out.append((top_left.x(), top_left.y(), w.width(), w.height()))
    return out


def test_the_consent_boxes_do_not_move_when_the_first_save_lands(
    qtbot, monkeypatch, home_vault, window_factory
) -> None:
    from PySide6.QtWidgets import QComboBox

    from amanat.ui.cases import testimony_editor as testimony
    from support.gui import type_into

    monkeypatch.setattr(testimony, "AUTOSAVE_MS", 50)
    shown, _other = _two_cases(home_vault)
    window = window_factory()
    ws = unlock(qtbot, window)
    _select(qtbot, ws, shown)
    qtbot.waitUntil(lambda: ws.cases.case_view.cd is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    boxes = [*editor.consent_boxes.values(), *editor.use_boxes.values()]
    QApplication.processEvents()
    before = _places(boxes, window)
    speaker = editor.findChild(QComboBox, "speaker")
    speaker.setCurrentIndex(speaker.findData(testimony.NEW_PERSON))  # someone else
    type_into(qtbot, editor.speaker_name, "Gulnar Omarova")
    language = editor.findChild(QComboBox, "language")
    language.setCurrentIndex(language.findData("ug"))
    QApplication.processEvents()
    assert _places(boxes, window) == before
    type_into(qtbot, editor.narrative, "They came at night.")
    # The first save makes the typed speaker a person of the case (the name row goes).
    qtbot.waitUntil(lambda: editor.last_saved is not None, timeout=10000)
    assert speaker.currentData() != testimony.NEW_PERSON
    QApplication.processEvents()
    assert _places(boxes, window) == before
    # Ticking boxes changes the consent notice's words: the other boxes stay put.
    for box in boxes:
        box.setChecked(not box.isChecked())
        QApplication.processEvents()
        assert _places(boxes, window) == before
    # A save error or warning appears: nothing moves either.
    editor.notice.show_message("warning", "A warning long enough to wrap. " * 4)
    QApplication.processEvents()
    assert _places(boxes, window) == before


def test_the_unlock_button_does_not_move_on_a_wrong_passphrase(
    qtbot, home_vault, window_factory
) -> None:
    from amanat.ui.kit.widgets import Notice
    from support.gui import type_into

    home_vault()
    window = window_factory()
    page = wait_page(qtbot, window, "unlockPage")
    page.locked_note.show_message("info", "The vault was locked. Unlock it to continue.")
    QApplication.processEvents()
    controls = [page.pass_edit, page.unlock_button, page.recover_link, page.create_link]
    before = _places(controls, window)
    type_into(qtbot, page.pass_edit, "not the passphrase at all")
    qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.busy_label.isVisible() or page.notice.isVisible())
    assert _places(controls, window) == before
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=10000)
    assert page.findChild(Notice, "unlockNotice").level == "error"
    QApplication.processEvents()
    assert _places(controls, window) == before


class _Gate:
    """Holds the real attach_file at its start until the test opens the gate (the file
    is 'being added' for as long as the test needs)."""

    def __init__(self, monkeypatch) -> None:
        import threading

        from amanat.services import attachments as attachment_service

        self.entered = threading.Event()
        self.open = threading.Event()
        real = attachment_service.attach_file

        def gated(*args, **kwargs):
            self.entered.set()
            assert self.open.wait(20)
            return real(*args, **kwargs)

        monkeypatch.setattr(attachment_service, "attach_file", gated)


def _attaching(qtbot, monkeypatch, home_vault, window_factory, tmp_path, files: int = 1):
    shown, _other = _two_cases(home_vault)
    window = window_factory()
    ws = unlock(qtbot, window)
    _select(qtbot, ws, shown)
    paths = []
    for i in range(files):
        path = tmp_path / f"scan-{i}.txt"
        path.write_bytes(b"evidence %d\n" % i * 1000)
        paths.append(path)
    panel = ws.cases.case_view.attachments_tab
    qtbot.waitUntil(lambda: panel.case_id == shown, timeout=5000)
    gate = _Gate(monkeypatch)
    panel.attach(paths)
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    assert window.session.held
    return window, shown, gate


def _answer(monkeypatch, answer: str | None) -> list[bool]:
    from amanat.ui.vault import lock_dialog

    asked: list[bool] = []

    def ask(cls, parent, *, quitting=False):
        dialog = cls(parent, quitting=quitting)  # built for real, answered by the test
        dialog.deleteLater()
        asked.append(quitting)
        return answer

    monkeypatch.setattr(lock_dialog.BusyLockDialog, "ask", classmethod(ask))
    return asked


def _count_after_unlock(qtbot, window, case_id: str) -> int:
    from amanat.services import cases as case_service

    box: list[int] = []
    window.session.op(
        lambda v, _s: len(case_service.get_case(v, case_id).get("attachments") or []),
        on_success=box.append,
    )
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def test_lock_anyway_while_attaching_says_what_was_not_saved(
    qtbot, monkeypatch, home_vault, window_factory, tmp_path
) -> None:
    window, case_id, gate = _attaching(
        qtbot, monkeypatch, home_vault, window_factory, tmp_path, files=2
    )
    asked = _answer(monkeypatch, "now")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [False]
    page = wait_page(qtbot, window, "unlockPage")
    assert (
        "was not saved"
        in page.locked_note.findChild(type(page.busy_label), "lockedNoteText").text()
    )
    gate.open.set()
    unlock(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "2 file" in message and "not saved" in message
    assert _count_after_unlock(qtbot, window, case_id) == 0


def test_wait_then_lock_saves_the_attachment_first(
    qtbot, monkeypatch, home_vault, window_factory, tmp_path
) -> None:
    window, case_id, gate = _attaching(qtbot, monkeypatch, home_vault, window_factory, tmp_path)
    _answer(monkeypatch, "wait")
    window.workspace.lock_button.click()
    assert window.session.is_open and window.session.lock_pending
    gate.open.set()
    page = wait_page(qtbot, window, "unlockPage")
    note = page.locked_note.findChild(type(page.busy_label), "lockedNoteText").text()
    assert "waited until the attachment being added was saved" in note
    unlock(qtbot, window)
    assert "Saved before the lock: 1 file" in window.statusBar().currentMessage()
    assert _count_after_unlock(qtbot, window, case_id) == 1


def test_auto_lock_finishes_the_attachment_then_locks(
    qtbot, monkeypatch, home_vault, window_factory, tmp_path
) -> None:
    from support.gui import manual_idle_clock

    window, case_id, gate = _attaching(qtbot, monkeypatch, home_vault, window_factory, tmp_path)
    asked = _answer(monkeypatch, None)
    clock = manual_idle_clock(window, 60)
    clock.advance(61)
    window.session.idle.check()
    assert window.session.is_open and window.session.lock_pending and not asked
    gate.open.set()
    wait_page(qtbot, window, "unlockPage")
    unlock(qtbot, window)
    assert _count_after_unlock(qtbot, window, case_id) == 1


def test_a_sealed_testimony_opens_read_only_with_the_case_notes_beside_it(
    qtbot, home_vault, window_factory
) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

    from amanat.services import cases as case_service
    from amanat.storage.vault import Vault
    from support.gui import PASSPHRASE

    shown, _other = _two_cases(home_vault)
    from amanat.storage.vault import list_vaults

    [vault_path] = list_vaults()
    vault = Vault.unlock(vault_path, PASSPHRASE)
    try:
        [t] = case_service.get_case(vault, shown)["testimonies"]
        case_service.seal_testimony(vault, t["id"])
        case_service.add_annotation(vault, "testimony", t["id"], text="Checked with the sister.")
        case_service.add_annotation(vault, "case", shown, text="Second source needed.")
    finally:
        vault.lock()
    window = window_factory()
    ws = unlock(qtbot, window)
    _select(qtbot, ws, shown)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == shown)
    view.open_testimony(t["id"])
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.sealed, timeout=5000)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.seal_notice.isVisible())
    banner = editor.seal_notice.findChild(QLabel, "sealNoticeText").text()
    assert banner.startswith("Sealed \u2014 read only.")
    # Nothing can be typed or ticked; the correction is the way to change it.
    for edit in editor.findChildren(QLineEdit):
        if edit.isVisibleTo(editor):
            assert edit.isReadOnly() or not edit.isEnabled(), edit.objectName()
    for widget in [*editor.findChildren(QComboBox), *editor.findChildren(QCheckBox)]:
        assert not widget.isEnabled(), widget.objectName()
    assert editor.narrative.isReadOnly()
    assert editor.correct_button.isVisible() and not editor.seal_button.isVisible()
    # The case's notes are beside it, those about this testimony said so.
    assert editor.case_notes.isVisible()
    notes = [editor.notes_list.item(i).text() for i in range(editor.notes_list.count())]
    assert any("About this testimony:" in n and "Checked with the sister." in n for n in notes)
    assert any("Second source needed." in n for n in notes)


def test_the_attachment_buttons_do_not_move_when_a_notice_appears(
    qtbot, home_vault, window_factory
) -> None:
    shown, _other = _two_cases(home_vault)
    window = window_factory()
    ws = unlock(qtbot, window)
    _select(qtbot, ws, shown)
    view = ws.cases.case_view
    view.tabs.setCurrentWidget(view.attachments_tab)
    panel = view.attachments_tab
    qtbot.waitUntil(lambda: panel.case_id == shown)
    QApplication.processEvents()
    buttons = [panel.attach_button, panel.view_button, panel.save_button]
    before = _places(buttons, window)
    panel.show_selected()  # nothing chosen: "Choose a file in the list first."
    assert panel.notice.isVisible()
    QApplication.processEvents()
    assert _places(buttons, window) == before
    panel.notice.clear()
    QApplication.processEvents()
    assert _places(buttons, window) == before


def test_a_received_draft_opens_read_only_until_edit_is_chosen(
    qtbot, home_vault, window_factory, tmp_path
) -> None:
    import copy

    from PySide6.QtWidgets import QLabel

    from amanat.services import bundles as bundle_service
    from amanat.services import cases as case_service
    from amanat.storage.vault import Vault
    from support.bundles import seal
    from support.cases import ISSUE_EXAMPLE
    from support.gui import PASSPHRASE, type_into
    from support.vaults import befriend, new_vault

    path, _code = home_vault("HQ")
    field = new_vault(tmp_path / "field", "Field office")
    hq = Vault.unlock(path, PASSPHRASE)
    try:
        befriend(field, hq)
        case_id = case_service.add_case(field, copy.deepcopy(ISSUE_EXAMPLE)).id
        [draft] = case_service.get_case(field, case_id)["testimonies"]
        assert draft["state"] == "draft"
        bundle_service.open_bundle(hq, seal(field, ["HQ"], tmp_path, case_ids=[case_id]))
    finally:
        hq.lock()
        field.lock()
    window = window_factory()
    ws = unlock(qtbot, window)
    _select(qtbot, ws, case_id)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == case_id)
    view.open_testimony(draft["id"])
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.read_only, timeout=5000)
    editor = view.editor
    banner = editor.seal_notice.findChild(QLabel, "sealNoticeText").text()
    assert banner.startswith("Received \u2014 read only.")
    assert editor.narrative.isReadOnly() and not editor.speaker.isEnabled()
    assert all(not box.isEnabled() for box in editor.consent_boxes.values())
    assert editor.case_notes.isVisible() and not editor.seal_button.isVisible()
    # Edit... makes it a draft one can change; the change is saved as usual.
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert not editor.read_only and not editor.narrative.isReadOnly()
    assert editor.speaker.isEnabled() and editor.seal_button.isVisible()
    type_into(qtbot, editor.narrative, "Corrected at HQ.")
    assert editor.dirty


def test_the_recovery_page_buttons_do_not_move_on_an_error(
    qtbot, home_vault, window_factory
) -> None:
    path, _code = home_vault()
    window = window_factory()
    wait_page(qtbot, window, "unlockPage")
    window.show_recover(path)
    page = wait_page(qtbot, window, "recoverPage")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.code_edit)
    QApplication.processEvents()
    controls = [page.submit_button, page.back_button]
    before = _places(controls, window)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert page.notice.isVisible()
    QApplication.processEvents()
    assert _places(controls, window) == before


def test_quit_while_attaching_waits_for_the_file_then_quits(
    qtbot, monkeypatch, home_vault, window_factory, tmp_path
) -> None:
    window, case_id, gate = _attaching(qtbot, monkeypatch, home_vault, window_factory, tmp_path)
    asked = _answer(monkeypatch, "wait")
    vault = window.session.vault
    window.act_quit.trigger()
    assert asked == [True] and window.isVisible() and window.session.lock_pending
    gate.open.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: not vault.is_open, timeout=10000)
    from amanat.services import cases as case_service
    from amanat.storage.vault import Vault
    from support.gui import PASSPHRASE

    reopened = Vault.unlock(vault.path, PASSPHRASE)
    try:
        assert len(case_service.get_case(reopened, case_id)["attachments"]) == 1
    finally:
        reopened.lock()
