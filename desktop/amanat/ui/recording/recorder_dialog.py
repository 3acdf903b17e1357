"""The recorder: an interview recorded from a testimony straight into the vault
(issue 14; docs/user-guide-app.md "Recording an interview").

Sound, or sound and video; the microphone and camera chosen (remembered inside the
vault: services.settings RECORDING_*); a preview, a level meter, pause and resume, a
timer. The testimony's consent (voice may be used, face may be shown) stands beside the
Record button, and recording video asks first. Where no microphone exists the dialog
says so in one sentence and records nothing.

The media come from a ``Sources`` object: ``DeviceSources`` (QAudioInput and QCamera)
in the app; tests give generated media through Qt's buffer and frame inputs
(tests/support/media.py), the same pipeline from there on (ui.recording.pipeline).
"""

from __future__ import annotations

from array import array
from typing import Any, Protocol

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtMultimedia import (
    QAudioFormat,
    QAudioInput,
    QAudioSource,
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from amanat.domain.errors import DiskFull
from amanat.services import recordings as recording_service
from amanat.services import settings as settings_service
from amanat.storage.recordings import RecordingWriter
from amanat.storage.vault import Vault
from amanat.ui.kit.dialogs import ConfirmDialog
from amanat.ui.kit.messages import fill
from amanat.ui.kit.widgets import Notice, button, named
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState
from amanat.ui.recording.pipeline import VaultRecorder, codec_name

TICK_MS = 100
# Recorders stopping after a lock, kept alive until their encoder is done.
_DRAINING: list[tuple[object, ...]] = []
PREVIEW_MS = 200  # the preview shows five frames a second


class Sources(Protocol):
    """Where the sound (and pictures) come from."""

    def microphones(self) -> list[str]: ...
    def cameras(self) -> list[str]: ...
    def attach(
        self, capture: QMediaCaptureSession, microphone: str, camera: str | None
    ) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def level(self) -> float: ...


class DeviceSources:
    """The computer's microphones and cameras (QMediaDevices)."""

    def __init__(self) -> None:
        self._audio_input: QAudioInput | None = None
        self._camera: QCamera | None = None
        self._probe: QAudioSource | None = None
        self._probe_io: Any = None

    def microphones(self) -> list[str]:
        return [d.description() for d in QMediaDevices.audioInputs()]

    def cameras(self) -> list[str]:
        return [d.description() for d in QMediaDevices.videoInputs()]

    def attach(self, capture: QMediaCaptureSession, microphone: str, camera: str | None) -> None:
        audio = next(
            (d for d in QMediaDevices.audioInputs() if d.description() == microphone),
            QMediaDevices.defaultAudioInput(),
        )
        self._audio_input = QAudioInput(audio)
        capture.setAudioInput(self._audio_input)
        fmt = QAudioFormat()
        fmt.setSampleRate(16_000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._probe = QAudioSource(audio, fmt)
        if camera is not None:
            device = next(
                (d for d in QMediaDevices.videoInputs() if d.description() == camera),
                QMediaDevices.defaultVideoInput(),
            )
            self._camera = QCamera(device)
            capture.setCamera(self._camera)

    def start(self) -> None:
        if self._camera is not None:
            self._camera.start()
        if self._probe is not None:
            self._probe_io = self._probe.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        if self._probe is not None:
            self._probe.stop()

    def level(self) -> float:
        if self._probe_io is None:
            return 0.0
        data = bytes(self._probe_io.readAll().data())
        return peak(data)


def peak(pcm: bytes) -> float:
    """The peak of 16-bit samples, 0..1 (the level meter)."""
    if len(pcm) < 2:
        return 0.0
    samples = array("h", pcm[: len(pcm) // 2 * 2])
    return min(1.0, max(abs(min(samples)), max(samples)) / 32767)


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class RecorderDialog(QDialog):
    """Record into the testimony ``testimony_id`` of ``case_id``; ``consent`` is the
    testimony's consent as the editor shows it (``may_use_voice``, ``may_show_face``)."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        case_id: str,
        testimony_id: str,
        consent: dict[str, Any],
        sources: Sources | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recorderDialog")
        self.setWindowTitle(self.tr("Record an interview"))
        self.session = session
        self.case_id = case_id
        self.testimony_id = testimony_id
        self.consent = consent
        self.sources: Sources = sources if sources is not None else DeviceSources()
        self.capture: QMediaCaptureSession | None = None
        self.recorder: VaultRecorder | None = None
        self.writer: RecordingWriter | None = None
        self.attachment_id: str | None = None
        self._close_when_kept = False
        self._build()
        self._connect()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._load_choices()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.notice = Notice("recorderNotice")
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.audio_only = named(
            QRadioButton(self.tr("Sound only")), "recordAudioOnly", self.tr("Sound only")
        )
        self.with_video = named(
            QRadioButton(self.tr("Sound and video")), "recordWithVideo", self.tr("Sound and video")
        )
        self.audio_only.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.audio_only)
        kinds.addWidget(self.with_video)
        kinds.addStretch(1)
        form.addRow(self.tr("Record:"), kinds)
        self.microphone = named(QComboBox(), "microphoneChoice", self.tr("Microphone"))
        self.camera = named(QComboBox(), "cameraChoice", self.tr("Camera"))
        form.addRow(self.tr("Microphone:"), self.microphone)
        form.addRow(self.tr("Camera:"), self.camera)
        layout.addLayout(form)
        # A label fed by a video sink (a few frames a second): it shows in any
        # platform, screenshots included, and costs little beside the encoder.
        self.preview = named(QLabel(), "recordingPreview", self.tr("Camera preview"))
        self.preview.setMinimumSize(320, 180)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_sink = QVideoSink(self)
        self.preview_sink.videoFrameChanged.connect(self._preview_frame)
        self._preview_clock = QElapsedTimer()
        self._preview_clock.start()
        layout.addWidget(self.preview, 1)
        self.level = named(QProgressBar(), "levelMeter", self.tr("Sound level"))
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        layout.addWidget(self.level)
        layout.addLayout(self._build_controls())

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.record_button = button(self.tr("Record"), "recordButton", self.tr("Start recording"))
        self.pause_button = button(self.tr("Pause"), "pauseButton", self.tr("Pause recording"))
        self.stop_button = button(self.tr("Stop"), "stopButton", self.tr("Stop and keep"))
        self.timer_label = named(QLabel("0:00"), "recordTimer", self.tr("Time recorded"))
        self.consent_label = named(QLabel(self._consent_text()), "recordConsent", "")
        self.consent_label.setAccessibleName(self.consent_label.text())
        self.consent_label.setWordWrap(True)
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        row.addWidget(self.record_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.timer_label)
        row.addWidget(self.consent_label, 1)
        return row

    def _consent_text(self) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        return fill(
            self.tr("Consent: voice may be used: %1; face may be shown: %2."),
            yes if self.consent.get("may_use_voice") else no,
            yes if self.consent.get("may_show_face") else no,
        )

    def _connect(self) -> None:
        self.record_button.clicked.connect(self.record)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.with_video.toggled.connect(self._kind_changed)
        self.session.locking.connect(self._locking)

    def _load_choices(self) -> None:
        microphones = self.sources.microphones()
        cameras = self.sources.cameras()
        self.microphone.addItems(microphones)
        self.camera.addItems(cameras)
        remembered_mic = self.session.setting(settings_service.RECORDING_MICROPHONE)
        remembered_cam = self.session.setting(settings_service.RECORDING_CAMERA)
        if remembered_mic in microphones:
            self.microphone.setCurrentText(remembered_mic)
        if remembered_cam in cameras:
            self.camera.setCurrentText(remembered_cam)
        self.with_video.setEnabled(bool(cameras))
        self.with_video.setChecked(
            bool(cameras) and bool(self.session.setting(settings_service.RECORDING_VIDEO))
        )
        self._kind_changed()
        if not microphones:
            self.notice.show_message(
                "warning",
                self.tr(
                    "No microphone or camera was found on this computer, so nothing can be"
                    " recorded here."
                ),
            )
            self.record_button.setEnabled(False)
            for widget in (self.audio_only, self.with_video, self.microphone, self.camera):
                widget.setEnabled(False)

    def _kind_changed(self, _on: bool = False) -> None:
        video = self.with_video.isChecked()
        self.camera.setEnabled(video)
        self.preview.setVisible(video)

    # -- recording -----------------------------------------------------------------------
    @property
    def video(self) -> bool:
        return self.with_video.isChecked()

    def record(self) -> None:
        if self.video and not ConfirmDialog.ask(
            self,
            self.tr("Record video"),
            fill(
                self.tr(
                    "Video shows the speaker's face. The testimony says: face may be shown:"
                    " %1. Record video only if the speaker agrees now."
                ),
                self.tr("yes") if self.consent.get("may_show_face") else self.tr("no"),
            ),
            self.tr("Record video"),
            object_name="videoConsentDialog",
        ):
            return
        microphone = self.microphone.currentText()
        camera = self.camera.currentText() if self.video else None
        self.session.change_setting(settings_service.RECORDING_MICROPHONE, microphone)
        self.session.change_setting(settings_service.RECORDING_VIDEO, self.video)
        if camera is not None:
            self.session.change_setting(settings_service.RECORDING_CAMERA, camera)
        devices = {"audio": microphone} | ({"video": camera} if camera is not None else {})
        video = self.video
        self.record_button.setEnabled(False)
        for widget in (self.audio_only, self.with_video, self.microphone, self.camera):
            widget.setEnabled(False)

        def start(vault: Vault, _s: TaskState) -> RecordingWriter:
            return recording_service.start(
                vault,
                self.case_id,
                testimony_id=self.testimony_id,
                video=video,
                codec=codec_name(video),
                devices=devices,
            )

        self.session.op(
            start,
            on_success=lambda writer: self._started(writer, microphone, camera),
            on_failure=self._failed,
            owner=self,
        )

    def _started(self, writer: RecordingWriter, microphone: str, camera: str | None) -> None:
        self.writer = writer
        self.capture = QMediaCaptureSession(self)
        self.sources.attach(self.capture, microphone, camera)
        if camera is not None:
            self.capture.setVideoSink(self.preview_sink)
        self.recorder = VaultRecorder(self.capture, writer, video=camera is not None, parent=self)
        self.recorder.failed.connect(self._recorder_failed)
        self.recorder.stopped.connect(self._stopped)
        self.recorder.record()
        self.sources.start()
        self.pause_button.setEnabled(True)
        self.stop_button.setEnabled(True)
        self._ticker.start()

    def _preview_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or self._preview_clock.elapsed() < PREVIEW_MS:
            return
        self._preview_clock.restart()
        image = frame.toImage()
        if not image.isNull():
            size = self.preview.size()
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
            )

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        from PySide6.QtMultimedia import QMediaRecorder

        if self.recorder.state == QMediaRecorder.RecorderState.PausedState:
            self.recorder.resume()
            self.pause_button.setText(self.tr("Pause"))
        else:
            self.recorder.pause()
            self.pause_button.setText(self.tr("Resume"))

    def stop(self) -> None:
        if self.recorder is None:
            return
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self.sources.stop()
        self.recorder.stop()

    def _tick(self) -> None:
        if self.recorder is not None:
            self.timer_label.setText(_clock(self.recorder.duration()))
        self.level.setValue(int(self.sources.level() * 100))
        if self.writer is not None and self.writer.low_space:
            self.notice.show_message(
                "warning",
                self.tr(
                    "The disk is nearly full: the recording will stop soon. What is"
                    " recorded so far is kept."
                ),
            )

    def _recorder_failed(self, error: object) -> None:
        if isinstance(error, DiskFull):
            self.notice.show_message(
                "error",
                self.tr("The disk is full: the recording was stopped. What was recorded is kept."),
            )
        else:
            self.notice.show_message(
                "error", self.tr("The recording failed. What was recorded so far is kept.")
            )

    def _stopped(self) -> None:
        self._ticker.stop()
        recorder, writer = self.recorder, self.writer
        if recorder is None or writer is None:
            return
        duration = recorder.duration()

        def finish(vault: Vault, _s: TaskState) -> recording_service.Finished:
            return recording_service.finish(vault, writer, duration_ms=duration)

        self.session.op(finish, on_success=self._finished, on_failure=self._failed, owner=self)

    def _finished(self, done: recording_service.Finished) -> None:
        self.attachment_id = done.id
        self.timer_label.setText(_clock(self.recorder.duration() if self.recorder else 0))
        self.notice.show_message("ok", self.tr("The recording is kept in the vault, encrypted."))
        if self._close_when_kept:
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error)

    def _locking(self) -> None:
        """A lock during a recording: the body's file is closed at once (nothing more is
        written to it), the encoder stopped; the next unlock keeps what was recorded,
        marked interrupted (storage.recordings.salvage). The recorder, its capture
        session and sources outlive this dialog (which goes with the workspace) until
        the encoder has stopped: deleting them while it runs would crash."""
        self._ticker.stop()
        recorder, capture = self.recorder, self.capture
        if recorder is None or capture is None or self.writer is None:
            return
        if self.attachment_id is not None:
            return
        self.writer.close_file()
        self.sources.stop()
        recorder.stopped.disconnect(self._stopped)
        recorder.setParent(None)
        capture.setParent(None)
        kept = (recorder, capture, self.sources)
        _DRAINING.append(kept)
        recorder.stopped.connect(lambda: _DRAINING.remove(kept) if kept in _DRAINING else None)
        self.recorder = self.capture = None
        recorder.stop()

    def reject(self) -> None:
        if (
            self.recorder is not None
            and self.attachment_id is None
            and self.stop_button.isEnabled()
        ):
            self._close_when_kept = True
            self.stop()
            return  # closes once the recording is kept
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        case_id: str,
        testimony_id: str,
        consent: dict[str, Any],
        sources: Sources | None = None,
    ) -> str | None:
        """Run the recorder; the new attachment's id, or None if nothing was kept."""
        dialog = cls(parent, session, case_id, testimony_id, consent, sources)
        try:
            dialog.exec()
            return dialog.attachment_id
        finally:
            dialog.deleteLater()
