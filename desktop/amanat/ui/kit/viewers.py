"""Viewing attachments from memory: images, PDF scans, audio and video, text.

The decrypted bytes are handed over by the worker and live only in this process: an
image goes through QImage.fromData, a PDF through QPdfDocument reading a QBuffer, media
through QMediaPlayer.setSourceDevice on a QBuffer. Nothing is written to a temp file,
and no thumbnail or cache is kept. When the viewer is deleted (at lock) playback stops
and the buffers are released.

QtMultimedia needs system audio libraries (PulseAudio or PipeWire client, FFmpeg);
where they are missing the import fails, the rest of the app works, and the media
viewer says why playback is off.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from amanat.ui.kit.messages import fill
from amanat.ui.kit.widgets import Notice, button, named

MAX_TEXT_PREVIEW = 2_000_000


def quiet_multimedia() -> None:
    """Keep the media stack from printing what it reads.

    FFmpeg's default logger prints a file's metadata tags (a recording's title, for
    example) to stderr when it opens it, and a desktop session may keep an app's stderr
    in the system journal: that would be case content on disk. Qt's multimedia
    categories report optional system libraries it did not find; that is noise too.
    """
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(
        "qt.multimedia*.debug=false\nqt.multimedia*.info=false\nqt.multimedia*.warning=false"
    )
    _silence_ffmpeg()


def _avutil_candidates(folder: Path) -> list[Path]:
    """The copy of FFmpeg's libavutil that Qt's media plugin links to, first.

    A wheel holds ``libavutil.so``, ``libavutil.so.61`` and ``libavutil.so.61.1.101`` as
    three separate files (not links): setting the log level in the wrong one leaves the
    plugin's own copy printing. The plugin links the major-version name (its SONAME).
    """
    linked = sorted(
        p for p in folder.glob("libavutil.so.*") if re.fullmatch(r"libavutil\.so\.\d+", p.name)
    )
    return linked + sorted(folder.glob("avutil*.dll"))


def _silence_ffmpeg() -> None:
    import ctypes

    import PySide6

    av_log_quiet = -8
    folder = Path(PySide6.__file__).parent / "Qt" / "lib"
    for candidate in _avutil_candidates(folder):
        try:
            ctypes.CDLL(str(candidate)).av_log_set_level(av_log_quiet)
        except (OSError, AttributeError):
            continue
        return


@cache
def multimedia_status() -> tuple[bool, str]:
    """Whether QtMultimedia loads here; if not, a sentence saying why."""
    try:
        importlib.import_module("PySide6.QtMultimedia")
        importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError as exc:
        detail = str(exc)
        if "libpulse" in detail or "pipewire" in detail or "libasound" in detail:
            return False, QCoreApplication.translate(
                "Viewers",
                "Audio and video playback is off: this computer lacks the system sound"
                " libraries Qt needs (PulseAudio or PipeWire client). Install them (for"
                " example the libpulse0 package) and restart Amanat.",
            )
        return False, QCoreApplication.translate(
            "Viewers",
            "Audio and video playback is off: Qt's multimedia module could not be loaded"
            " on this computer.",
        )
    return True, ""


class ImageView(QScrollArea):
    """An image decoded from memory; fits the width, Ctrl+wheel or +/- to zoom."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "imageView", QCoreApplication.translate("Viewers", "Image"))
        self.image = QImage.fromData(data)
        self.label = QLabel()
        self.label.setObjectName("imageLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom = 0.0  # 0: fit to the view
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for keys, factor in (
            (QKeySequence.StandardKey.ZoomIn, 1.25),
            (QKeySequence.StandardKey.ZoomOut, 0.8),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda f=factor: self.scale_by(f))
        if self.image.isNull():
            self.label.setText(
                QCoreApplication.translate(
                    "Viewers",
                    "This image cannot be shown: the format is unknown or the file is damaged.",
                )
            )
            self.label.setWordWrap(True)
        self.setAccessibleDescription(
            fill(
                QCoreApplication.translate("Viewers", "%1 by %2 pixels"),
                str(self.image.width()),
                str(self.image.height()),
            )
        )

    @property
    def is_valid(self) -> bool:
        return not self.image.isNull()

    def scale_by(self, factor: float) -> None:
        if self.image.isNull():
            return
        current = self.zoom or self._fit_factor()
        self.zoom = max(0.05, min(8.0, current * factor))
        self._render()

    def _fit_factor(self) -> float:
        if self.image.isNull() or self.image.width() == 0:
            return 1.0
        available = self.viewport().size() - QSize(4, 4)
        return min(
            1.0,
            available.width() / self.image.width(),
            available.height() / max(1, self.image.height()),
        )

    def _render(self) -> None:
        if self.image.isNull():
            return
        factor = self.zoom or self._fit_factor()
        size = self.image.size() * factor
        ratio = self.devicePixelRatioF()
        scaled = self.image.scaled(
            size * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self.zoom:
            self._render()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.scale_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def release(self) -> None:
        self.label.clear()
        self.image = QImage()


class PdfView(QWidget):
    """A PDF read by QtPdf from a QBuffer (the bytes never leave memory)."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("pdfViewContainer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = named(
            QPdfView(self), "pdfView", QCoreApplication.translate("Viewers", "PDF document")
        )
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.notice = Notice("pdfNotice")
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.notice.show_message(
                "error",
                QCoreApplication.translate(
                    "Viewers", "This PDF cannot be shown: it is damaged or protected."
                ),
            )

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def release(self) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._bytes = QByteArray()


class MediaView(QWidget):
    """Audio or video played from memory: a QBuffer over ``data``, or a decrypting,
    seekable device (ui.kit.media_device) for a file of any size. ``duration_ms``: the
    length when known beforehand (a recording's metadata: a Matroska file written
    without seeking back carries none). Says why when playback is unavailable."""

    def __init__(
        self,
        data: bytes | QIODevice,
        media_type: str,
        name_hint: str,
        parent: QWidget | None = None,
        *,
        duration_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaView")
        self._known_duration = max(0, duration_ms)
        layout = QVBoxLayout(self)
        self.notice = Notice("mediaNotice")
        layout.addWidget(self.notice)
        self.player: Any = None
        self.available, reason = multimedia_status()
        if not self.available:
            if isinstance(data, QIODevice):
                data.close()
            self.notice.show_message("warning", reason)
            layout.addStretch(1)
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._bytes = QByteArray()
        self._buffer: QIODevice
        if isinstance(data, QIODevice):
            self._buffer = data
        else:
            self._bytes = QByteArray(data)
            buffer = QBuffer(self)
            buffer.setData(self._bytes)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer
        self.player = QMediaPlayer(self)
        if not isinstance(self._buffer, QBuffer):
            self._buffer.setParent(self.player)  # deleted after the player let it go
        # Qt's FFmpeg plugin, loaded with the first player, sets FFmpeg's log level
        # itself: quiet it again now, or the decoder prints about the attachment.
        _silence_ffmpeg()
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        if media_type.startswith("video/"):
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = named(
                QVideoWidget(self), "videoWidget", QCoreApplication.translate("Viewers", "Video")
            )
            self.video.setMinimumHeight(240)
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        else:
            icon_label = QLabel(QCoreApplication.translate("Viewers", "Audio recording"))
            icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(icon_label, 1)
        controls = QHBoxLayout()
        self.play_button = button(
            QCoreApplication.translate("Viewers", "Play"),
            "playButton",
            QCoreApplication.translate("Viewers", "Play"),
        )
        self.play_button.clicked.connect(self.toggle)
        self.position = named(
            QSlider(Qt.Orientation.Horizontal),
            "positionSlider",
            QCoreApplication.translate("Viewers", "Position"),
        )
        self.position.setRange(0, self._known_duration)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("timeLabel")
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        layout.addLayout(controls)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)
        # The URL is only a format hint for the decoder; no file by that name exists.
        suffix = name_hint.rsplit(".", 1)[-1] if "." in name_hint else "bin"
        self.player.setSourceDevice(self._buffer, QUrl(f"memory:attachment.{suffix}"))

    def toggle(self) -> None:
        if self.player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def duration(self) -> int:
        return int(self.player.duration()) or self._known_duration

    def _duration(self, _ms: int) -> None:
        self.position.setRange(0, self.duration())
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(int(ms))
        self.time_label.setText(f"{_clock(ms)} / {_clock(self.duration())}")

    def _state(self, _state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        text = (
            QCoreApplication.translate("Viewers", "Pause")
            if playing
            else QCoreApplication.translate("Viewers", "Play")
        )
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)

    def _error(self, *_args: Any) -> None:
        self.notice.show_message(
            "error",
            QCoreApplication.translate(
                "Viewers", "This recording cannot be played: the format is unknown or damaged."
            ),
        )

    def release(self) -> None:
        if self.player is not None:
            self.player.stop()
            if not isinstance(self._buffer, QBuffer):
                # A Python device: the decoder's thread may be waiting to call its
                # readData, so the player is not detached here while this thread holds
                # the interpreter. It goes with this widget (deleteLater, from the event
                # loop), the device with it (its child), and the file with the device.
                return
            self.player.setSourceDevice(None)
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._bytes = QByteArray()


def _clock(ms: int) -> str:
    seconds = max(0, int(ms) // 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


class TextView(QPlainTextEdit):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "textView", QCoreApplication.translate("Viewers", "Text"))
        self.setReadOnly(True)
        self.setPlainText(data[:MAX_TEXT_PREVIEW].decode("utf-8", errors="replace"))

    def release(self) -> None:
        self.clear()


class NoPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noPreview")
        layout = QVBoxLayout(self)
        notice = Notice("noPreviewNotice")
        notice.show_message(
            "info",
            QCoreApplication.translate(
                "Viewers",
                "Amanat cannot show this kind of file. It is kept encrypted in the vault;"
                " you can save a copy if you need to open it elsewhere.",
            ),
        )
        layout.addWidget(notice)
        layout.addStretch(1)

    def release(self) -> None:
        pass


def make_viewer(data: bytes, media_type: str, name_hint: str = "") -> QWidget:
    """The right viewer for the media type; every viewer has ``release()``."""
    if media_type.startswith("image/"):
        return ImageView(data)
    if media_type == "application/pdf":
        return PdfView(data)
    if media_type.startswith(("audio/", "video/")):
        return MediaView(data, media_type, name_hint)
    if media_type.startswith("text/"):
        return TextView(data)
    return NoPreview()
