"""Attachment viewers work from bytes in memory: image, PDF, audio, text."""

from __future__ import annotations

import io
import math
import struct
import wave

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from amanat.ui.kit import viewers


def png_bytes(width: int = 64, height: int = 48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6690"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def pdf_bytes(pages: int = 2) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 200, f"Page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def wav_bytes(seconds: float = 0.3) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(i / 8000 * 2 * math.pi * 440)))
            for i in range(int(8000 * seconds))
        )
        w.writeframes(frames)
    return out.getvalue()


def test_image_is_decoded_from_memory(qtbot) -> None:
    view = viewers.make_viewer(png_bytes(), "image/png")
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    assert isinstance(view, viewers.ImageView)
    assert view.is_valid and view.image.width() == 64
    qtbot.waitUntil(lambda: view.label.pixmap() is not None and not view.label.pixmap().isNull())
    view.scale_by(2.0)
    assert view.zoom > 0
    view.release()
    assert view.image.isNull()


def test_damaged_image_says_so(qtbot) -> None:
    view = viewers.make_viewer(b"\x89PNG not really", "image/png")
    qtbot.addWidget(view)
    assert not view.is_valid
    assert "cannot be shown" in view.label.text()


def test_pdf_is_read_from_a_buffer(qtbot) -> None:
    view = viewers.make_viewer(pdf_bytes(3), "application/pdf")
    qtbot.addWidget(view)
    view.show()
    assert isinstance(view, viewers.PdfView)
    assert view.page_count == 3
    assert not view.notice.isVisible()
    view.release()


def test_damaged_pdf_says_so(qtbot) -> None:
    view = viewers.make_viewer(b"%PDF-1.4 broken", "application/pdf")
    qtbot.addWidget(view)
    view.show()
    assert view.notice.isVisible()


def test_audio_plays_from_memory_or_says_why_not(qtbot) -> None:
    view = viewers.make_viewer(wav_bytes(), "audio/wav", "interview.wav")
    qtbot.addWidget(view)
    view.show()
    available, reason = viewers.multimedia_status()
    if not available:  # the machine lacks libpulse: the viewer explains, the app runs
        assert reason and view.notice.isVisible()
        return
    assert view.player is not None
    qtbot.waitUntil(lambda: view.player.duration() > 0, timeout=5000)
    assert 250 <= view.player.duration() <= 350
    view.release()


def test_missing_multimedia_is_explained(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(name: str):
        raise ImportError("libpulse.so.0: cannot open shared object file")

    viewers.multimedia_status.cache_clear()
    monkeypatch.setattr(viewers.importlib, "import_module", fail)
    try:
        view = viewers.make_viewer(wav_bytes(), "audio/wav", "a.wav")
        qtbot.addWidget(view)
        view.show()
        assert view.player is None
        assert "playback is off" in view.notice.text().lower()
        assert "libpulse0" in view.notice.text()
    finally:
        viewers.multimedia_status.cache_clear()


def test_text_and_unknown_kinds(qtbot) -> None:
    text = viewers.make_viewer("Ержан — ئەرجان — 叶尔江".encode(), "text/plain")
    qtbot.addWidget(text)
    assert "ئەرجان" in text.toPlainText()
    other = viewers.make_viewer(b"\x00\x01", "application/octet-stream")
    qtbot.addWidget(other)
    assert isinstance(other, viewers.NoPreview)


PLAY_A_DAMAGED_RECORDING = r"""
import struct, sys
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from amanat.ui.app import setup_application
from amanat.ui.kit import viewers
app = QApplication(["amanat"])
setup_application(app, QLocale(QLocale.Language.English))
data = bytes.fromhex(sys.argv[1])
view = viewers.make_viewer(data, "audio/wav", "interview.wav")
view.show()
if view.player is not None:
    view.player.play()
QTimer.singleShot(1500, app.quit)
app.exec()
"""


def test_the_media_decoder_prints_nothing_about_an_attachment(tmp_path) -> None:
    """FFmpeg's own log ("[wav @ 0x...] Packet corrupt", a file's metadata tags) never
    reaches stderr, which a desktop session may keep in its journal."""
    import os
    import subprocess
    import sys

    if not viewers.multimedia_status()[0]:
        pytest.skip("QtMultimedia does not load on this machine")  # explained by its own test
    title = b"Testimony of SECRET-NAME"
    info = b"INFO" + b"INAM" + struct.pack("<I", len(title) + 1) + title + b"\0"
    info += b"\0" * (len(info) % 2)
    clean = wav_bytes()
    body = clean[12:] + b"LIST" + struct.pack("<I", len(info)) + info
    recording = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body
    damaged = recording[:60] + b"\xff" * 600  # the decoder complains about this
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR"):
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    env.pop("QT_LOGGING_RULES", None)
    result = subprocess.run(
        [sys.executable, "-c", PLAY_A_DAMAGED_RECORDING, damaged.hex()],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert " @ 0x" not in result.stderr and "SECRET-NAME" not in result.stderr, result.stderr
    assert "wav" not in result.stderr.lower(), result.stderr
