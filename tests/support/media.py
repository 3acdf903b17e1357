"""Generated media for the recording tests and benchmark (issue 14): a 440 Hz tone and
frames filled with a marker pattern, pushed through Qt's QAudioBufferInput and
QVideoFrameInput into a QMediaCaptureSession, as a microphone and camera would be.

Paced by what the encoder accepts (``send*`` returns False when its queue is full), not
by the clock: a few seconds of media are recorded as fast as the machine encodes them.
"""

from __future__ import annotations

import math
from array import array

from PySide6.QtCore import QByteArray, QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QVideoFrame,
    QVideoFrameInput,
)

RATE = 48_000
TONE_HZ = 440
FPS = 25
AUDIO_PIECE = RATE // 10  # 100 ms per buffer
MARKER_COLOUR = QColor(250, 20, 160)  # the frames' fill: found again after decoding
MARKER_ROW = bytes.fromhex("a014faff") * 16  # one scan line of the fill, as RGB32 bytes


def tone(start: int, count: int) -> bytes:
    samples = array(
        "h",
        (int(12_000 * math.sin(2 * math.pi * TONE_HZ * (start + i) / RATE)) for i in range(count)),
    )
    return samples.tobytes()


class GeneratedMedia(QObject):
    """``seconds`` of tone (and frames) into ``capture``; ``done`` once all was sent."""

    done = Signal()

    def __init__(
        self,
        capture: QMediaCaptureSession,
        *,
        seconds: float,
        video: bool,
        size: tuple[int, int] = (320, 240),
        realtime: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.audio_input = QAudioBufferInput(self)
        capture.setAudioBufferInput(self.audio_input)
        self.video_input: QVideoFrameInput | None = None
        if video:
            self.video_input = QVideoFrameInput(self)
            capture.setVideoFrameInput(self.video_input)
        self.format = QAudioFormat()
        self.format.setSampleRate(RATE)
        self.format.setChannelCount(1)
        self.format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.total_samples = int(seconds * RATE)
        self.total_frames = int(seconds * FPS) if video else 0
        self.samples = 0
        self.frames = 0
        self._image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        self._image.fill(MARKER_COLOUR)
        self._piece = tone(0, AUDIO_PIECE)
        self._realtime = realtime  # paced by the clock, as a camera is (the benchmark)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def sending(self) -> bool:
        return self._timer.isActive()

    def _send_audio(self) -> bool:
        count = min(AUDIO_PIECE, self.total_samples - self.samples)
        # 100 ms is a whole number of periods of 440 Hz, so one piece repeats seamlessly.
        data = self._piece[: count * 2]
        buffer = QAudioBuffer(QByteArray(data), self.format, self.samples * 1_000_000 // RATE)
        if not self.audio_input.sendAudioBuffer(buffer):
            return False
        self.samples += count
        return True

    def _send_frame(self) -> bool:
        assert self.video_input is not None
        frame = QVideoFrame(self._image)
        frame.setStartTime(self.frames * 1_000_000 // FPS)
        frame.setEndTime((self.frames + 1) * 1_000_000 // FPS)
        if not self.video_input.sendVideoFrame(frame):
            return False
        self.frames += 1
        return True

    def _tick(self) -> None:
        now_us = self._clock.nsecsElapsed() // 1000 if self._realtime else None
        for _ in range(20):
            audio_due = self.samples < self.total_samples
            frame_due = self.frames < self.total_frames
            if now_us is not None:
                audio_due = audio_due and self.samples * 1_000_000 // RATE <= now_us
                frame_due = frame_due and self.frames * 1_000_000 // FPS <= now_us
                if not (audio_due or frame_due) and (
                    self.samples < self.total_samples or self.frames < self.total_frames
                ):
                    return  # not yet time for the next piece
            # Keep the two streams within one frame of each other.
            if frame_due and (not audio_due or self.frames * RATE <= self.samples * FPS):
                if not self._send_frame():
                    return
            elif audio_due:
                if not self._send_audio():
                    return
            else:
                self._timer.stop()
                self.done.emit()
                return


class GeneratedSources:
    """The recorder's ``Sources`` (ui/recording/recorder_dialog.py) for a machine with
    neither microphone nor camera: a generated tone and marker frames."""

    MICROPHONE = "Generated tone"
    CAMERA = "Generated frames"

    def __init__(self, seconds: float = 3600.0) -> None:
        self.seconds = seconds
        self.media: GeneratedMedia | None = None

    def microphones(self) -> list[str]:
        return [self.MICROPHONE]

    def cameras(self) -> list[str]:
        return [self.CAMERA]

    def attach(self, capture: QMediaCaptureSession, microphone: str, camera: str | None) -> None:
        self.media = GeneratedMedia(capture, seconds=self.seconds, video=camera is not None)

    def start(self) -> None:
        assert self.media is not None
        self.media.start()

    def stop(self) -> None:
        if self.media is not None:
            self.media.stop()

    def level(self) -> float:
        return 12_000 / 32_767 if self.media is not None and self.media.sending else 0.0
