"""The recorder in the app (issue 14): from a testimony, "Record..." opens it; the
testimony's consent stands beside Record; video asks first; the timer runs, pause and
resume work, Stop keeps the recording as an attachment of the testimony, and the
devices chosen are remembered in the vault. Then the recording plays from the
attachments tab through the decrypting device, with seeking. On a machine without a
microphone (this one, CI) the recorder says so in one sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer, QMediaRecorder
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton
from test_casework import start_testimony, workspace  # noqa: F401 (a fixture)

from amanat.services import recordings as recording_service
from amanat.services import settings as settings_service
from amanat.ui.kit import dialogs
from amanat.ui.kit.media_device import BlobPlaybackDevice
from amanat.ui.kit.viewers import MediaView
from amanat.ui.recording import recorder_dialog
from amanat.ui.recording.recorder_dialog import RecorderDialog
from support.gui import add_case, idle, type_text, unlock
from support.media import GeneratedSources

NAME = "Зәуре Сәрсенбекқызы"


def plain(text: str) -> str:
    """Without the bidi isolates ``fill`` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def click(qtbot, parent, name: str) -> None:
    qtbot.mouseClick(parent.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def saved_testimony(qtbot, window, ws, monkeypatch) -> object:
    add_case(qtbot, window, monkeypatch, name=NAME)
    editor = start_testimony(qtbot, window, ws)
    editor.consent_boxes["informed"].setChecked(True)
    editor.consent_boxes["voluntary"].setChecked(True)
    editor.consent_boxes["may_use_voice"].setChecked(True)
    type_text(qtbot, editor.narrative, "Recorded in Almaty.")
    qtbot.waitUntil(lambda: not editor.is_new, timeout=10_000)
    return editor


def drive(monkeypatch, script: Callable[[RecorderDialog], None]) -> list[RecorderDialog]:
    """``RecorderDialog.exec`` shows the dialog and runs ``script`` on it."""
    seen: list[RecorderDialog] = []

    def run(self: RecorderDialog) -> int:
        seen.append(self)
        self.show()
        script(self)
        return 0

    monkeypatch.setattr(RecorderDialog, "exec", run)
    return seen


def test_record_pause_stop_and_play_back_from_a_testimony(qtbot, workspace, monkeypatch) -> None:  # noqa: F811
    window, ws = workspace
    editor = saved_testimony(qtbot, window, ws, monkeypatch)
    monkeypatch.setattr(recorder_dialog, "DeviceSources", GeneratedSources)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDialog,
        "ask",
        classmethod(lambda cls, p, t, text, *a, **k: asked.append(text) or True),
    )

    def script(dialog: RecorderDialog) -> None:
        consent = plain(dialog.findChild(QLabel, "recordConsent").text())
        assert consent == "Consent: voice may be used: yes; face may be shown: no."
        dialog.findChild(QRadioButton, "recordWithVideo").setChecked(True)
        assert dialog.preview.isVisible()
        click(qtbot, dialog, "recordButton")
        assert len(asked) == 1 and "face may be shown: no" in plain(asked[0])
        qtbot.waitUntil(lambda: dialog.recorder is not None, timeout=10_000)
        timer = dialog.findChild(QLabel, "recordTimer")
        qtbot.waitUntil(lambda: timer.text() >= "0:02", timeout=60_000)
        assert dialog.level.value() > 20
        click(qtbot, dialog, "pauseButton")
        qtbot.waitUntil(
            lambda: dialog.recorder.state == QMediaRecorder.RecorderState.PausedState,
            timeout=10_000,
        )
        assert dialog.pause_button.text() == "Resume"
        click(qtbot, dialog, "pauseButton")
        qtbot.waitUntil(
            lambda: dialog.recorder.state == QMediaRecorder.RecorderState.RecordingState,
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: timer.text() >= "0:03", timeout=60_000)
        click(qtbot, dialog, "stopButton")
        qtbot.waitUntil(lambda: dialog.attachment_id is not None, timeout=30_000)
        assert "kept in the vault" in dialog.notice.text()

    seen = drive(monkeypatch, script)
    click(qtbot, editor, "recordInterview")
    assert len(seen) == 1
    idle(qtbot, window)
    assert window.session.setting(settings_service.RECORDING_MICROPHONE) == "Generated tone"
    assert window.session.setting(settings_service.RECORDING_CAMERA) == "Generated frames"
    assert window.session.setting(settings_service.RECORDING_VIDEO) is True

    # The attachment: of this testimony; it plays from the vault with seeking.
    view = ws.cases.case_view
    view.close_editor()
    panel = view.attachments_tab
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    row = panel.model.row(0)
    assert row["media_type"] == "video/x-matroska"
    assert row["original_name"].startswith("recording-")
    panel.view.selectRow(0)
    click(qtbot, panel, "viewAttachment")
    qtbot.waitUntil(lambda: isinstance(panel.viewer, MediaView), timeout=10_000)
    viewer = panel.viewer
    assert isinstance(viewer._buffer, BlobPlaybackDevice)
    assert viewer.duration() >= 3000  # from the recording's metadata
    viewer.toggle()
    qtbot.waitUntil(lambda: viewer.player.position() > 200, timeout=10_000)
    viewer.player.setPosition(2500)
    qtbot.waitUntil(lambda: viewer.player.position() >= 2500, timeout=10_000)
    assert viewer.player.error() == QMediaPlayer.Error.NoError
    panel._close_viewer()
    idle(qtbot, window)


def test_without_a_microphone_the_recorder_says_so(qtbot, workspace, monkeypatch) -> None:  # noqa: F811
    window, ws = workspace
    editor = saved_testimony(qtbot, window, ws, monkeypatch)
    has_microphone = bool(QMediaDevices.audioInputs())

    def script(dialog: RecorderDialog) -> None:
        record = dialog.findChild(QPushButton, "recordButton")
        if has_microphone:  # a machine with one: it records
            assert record.isEnabled() and not dialog.notice.isVisible()
        else:
            assert dialog.notice.text() == (
                "No microphone or camera was found on this computer, so nothing can be"
                " recorded here."
            )
            assert dialog.notice.isVisible() and not record.isEnabled()

    seen = drive(monkeypatch, script)
    click(qtbot, editor, "recordInterview")
    assert len(seen) == 1


def test_a_new_testimony_is_saved_before_recording(qtbot, workspace, monkeypatch) -> None:  # noqa: F811
    window, ws = workspace
    add_case(qtbot, window, monkeypatch, name=NAME)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    seen = drive(monkeypatch, lambda d: None)
    click(qtbot, view.editor, "recordInterview")
    assert seen == []
    assert "Save the testimony first" in view.editor.notice.text()


def test_a_lock_during_a_recording_keeps_it_marked_interrupted(
    qtbot,
    workspace,  # noqa: F811
    monkeypatch,
) -> None:
    window, ws = workspace
    saved_testimony(qtbot, window, ws, monkeypatch)
    editor = ws.cases.case_view.editor
    case_id = ws.cases.case_view.cd.id
    monkeypatch.setattr(recorder_dialog, "DeviceSources", GeneratedSources)

    def script(dialog: RecorderDialog) -> None:
        click(qtbot, dialog, "recordButton")  # sound only: nothing to confirm
        qtbot.waitUntil(lambda: dialog.recorder is not None, timeout=10_000)
        timer = dialog.findChild(QLabel, "recordTimer")
        qtbot.waitUntil(lambda: timer.text() >= "0:10", timeout=60_000)
        window.session.lock()

    drive(monkeypatch, script)
    click(qtbot, editor, "recordInterview")
    ws = unlock(qtbot, window)
    ws.open_case(case_id)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.cd is not None and view.cd.id == case_id, timeout=10_000)
    panel = view.attachments_tab
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    attachment_id = str(panel.model.row(0)["id"])
    assert panel.model.row(0)["media_type"] == "audio/x-matroska"
    rows: list[object] = []
    window.session.op(
        lambda v, _s: recording_service.recording_of(v, attachment_id), on_success=rows.append
    )
    qtbot.waitUntil(lambda: bool(rows), timeout=10_000)
    assert rows[0].state == "interrupted"
    # It plays: the kept chunks decode.
    panel.view.selectRow(0)
    click(qtbot, panel, "viewAttachment")
    qtbot.waitUntil(lambda: isinstance(panel.viewer, MediaView), timeout=10_000)
    panel.viewer.toggle()
    qtbot.waitUntil(lambda: panel.viewer.player.position() > 200, timeout=10_000)
    assert panel.viewer.player.error() == QMediaPlayer.Error.NoError
    panel._close_viewer()
    idle(qtbot, window)
