"""The recording pipeline: Qt Multimedia's encoder into the vault, encrypted as it is
written (issue 14; docs/design.md §3.3).

``QMediaRecorder.setOutputDevice`` gets the write end of a pipe (a QFile on the pipe's
descriptor, unbuffered): the encoded stream goes through kernel memory only, never a
file. A thread here reads the other end and hands each piece to the vault's
``RecordingWriter`` (storage.recordings), which seals it into 64 KiB chunks and makes
them durable every few seconds. (A Python QIODevice subclass cannot be handed to the
encoder: PySide6 passes the muxer's binary ``writeData`` buffer as text and crashes.)

The container is Matroska (``.mkv``/``.mka``): its muxer writes straight through and
never needs to seek back, so a pipe serves, and a file cut short at any point still
plays up to its last whole cluster (what a crash leaves). The codecs are the ones this
LGPL FFmpeg build can encode: AAC audio, MPEG-4 Part 2 video. Because the output is not
seekable, the muxer cannot go back to write the duration and the cue index at Stop (Qt
reports "Cannot write trailer", which is expected here and ignored); the duration is
kept in the recording's metadata instead, and the player finds positions by scanning.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject, Signal
from PySide6.QtMultimedia import QMediaCaptureSession, QMediaFormat, QMediaRecorder

from amanat.storage.recordings import RecordingWriter

PIPE_READ = 1 << 16


def codec_name(video: bool) -> str:
    """What ``services.recordings.start(codec=...)`` records for this pipeline."""
    return "aac+mpeg4" if video else "aac"


def media_format(video: bool) -> QMediaFormat:
    fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
    fmt.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    if video:
        fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    return fmt


class PipeSink(QObject):
    """The device the encoder writes to, and the thread that seals what it wrote."""

    failed = Signal(object)  # the exception (DiskFull, an I/O error), from the thread

    def __init__(self, writer: RecordingWriter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.error: BaseException | None = None
        self._read_fd, write_fd = os.pipe()
        self.device = QFile(self)
        opened = self.device.open(
            write_fd,
            QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Unbuffered,
            QFile.FileHandleFlag.AutoCloseHandle,
        )
        if not opened:
            os.close(write_fd)
            os.close(self._read_fd)
            raise OSError("pipe")
        self._thread = threading.Thread(target=self._pump, name="amanat-recording", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        buffer = bytearray(PIPE_READ)
        view = memoryview(buffer)
        try:
            while True:
                n = os.readv(self._read_fd, [buffer])
                if not n:
                    break
                if self.error is None:
                    try:
                        self.writer.write(view[:n])
                    except BaseException as exc:
                        self.error = exc
                        self.failed.emit(exc)
                # After an error the pipe is still drained (and dropped) so that the
                # encoder never blocks while it is being stopped.
        finally:
            view[:] = bytes(PIPE_READ)  # no plaintext left in this buffer
            view.release()

    def close(self) -> None:
        """After the recorder stopped: end the pipe, wait for the last piece."""
        self.device.close()
        self._thread.join()
        with contextlib.suppress(OSError):
            os.close(self._read_fd)


class VaultRecorder(QObject):
    """A QMediaRecorder on ``capture`` writing into ``writer`` through a PipeSink.

    ``stopped`` is emitted once the encoder is done and every byte is in the writer
    (then ``services.recordings.finish``); ``failed(exc)`` when the vault refused a
    write (DiskFull: the recording is stopped cleanly, what was written is kept).
    """

    stopped = Signal()
    failed = Signal(object)

    def __init__(
        self,
        capture: QMediaCaptureSession,
        writer: RecordingWriter,
        *,
        video: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.recorder = QMediaRecorder(self)
        capture.setRecorder(self.recorder)
        self.recorder.setMediaFormat(media_format(video))
        self.recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self.sink = PipeSink(writer, self)
        self.recorder.setOutputDevice(self.sink.device)
        self.error_text = ""
        self._stopping = False
        self._ended = False
        self.sink.failed.connect(self._sink_failed)
        self.recorder.recorderStateChanged.connect(self._state)
        self.recorder.errorOccurred.connect(self._error)

    def record(self) -> None:
        self.recorder.record()

    def pause(self) -> None:
        self.recorder.pause()

    def resume(self) -> None:
        self.recorder.record()

    def stop(self) -> None:
        self._stopping = True
        self.recorder.stop()

    def duration(self) -> int:
        return int(self.recorder.duration())

    @property
    def state(self) -> Any:
        return self.recorder.recorderState()

    def _sink_failed(self, exc: object) -> None:
        self.failed.emit(exc)
        self.stop()

    def _error(self, error: Any, text: str) -> None:
        if self._stopping and error == QMediaRecorder.Error.FormatError:
            return  # the trailer a pipe cannot take (see the module's docstring)
        self.error_text = text
        self.failed.emit(RuntimeError("recorder"))
        if self.recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
            self._end()

    def _state(self, state: Any) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState:
            self._end()

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self.sink.close()
        self.stopped.emit()
