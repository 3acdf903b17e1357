"""The real recording pipeline (issue 14): generated tone and marker frames pushed
through QAudioBufferInput / QVideoFrameInput into QMediaRecorder, whose output device
writes into the vault; Stop makes the attachment; what was stored is decoded again
from a decrypting device (QMediaPlayer.setSourceDevice) and compared with what went
in; and no plaintext of the recording is on disk afterwards."""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import time
from array import array
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import (
    QAudioBufferOutput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from amanat.services import attachments as attachment_service
from amanat.services import recordings as recording_service
from amanat.storage.vault import Vault
from amanat.ui.kit.media_device import open_device
from amanat.ui.recording.pipeline import VaultRecorder, codec_name
from support.media import FPS, MARKER_COLOUR, MARKER_ROW, RATE, TONE_HZ, GeneratedMedia
from support.vaults import add_case

SECONDS = 3.0


def record(qtbot, vault: Vault, *, video: bool, seconds: float = SECONDS) -> str:
    case_id = add_case(vault)
    testimony_id = str(vault.connection().execute("SELECT id FROM testimony LIMIT 1").fetchone()[0])
    capture = QMediaCaptureSession()
    media = GeneratedMedia(capture, seconds=seconds, video=video)
    devices = {"audio": "Generated tone"} | ({"video": "Generated frames"} if video else {})
    writer = recording_service.start(
        vault,
        case_id,
        testimony_id=testimony_id,
        video=video,
        codec=codec_name(video),
        devices=devices,
    )
    recorder = VaultRecorder(capture, writer, video=video)
    failures: list[object] = []
    recorder.failed.connect(failures.append)
    recorder.record()
    media.start()
    qtbot.waitUntil(lambda: media.frames + media.samples > 0 and not media.sending, timeout=60_000)
    with qtbot.waitSignal(recorder.stopped, timeout=30_000):
        recorder.stop()
    assert failures == []
    done = recording_service.finish(vault, writer, duration_ms=recorder.duration())
    return done.id


def play(qtbot, vault: Vault, attachment_id: str, *, seek_to: int | None = None) -> dict:
    device = open_device(recording_service.open_media(vault, attachment_id))
    player = QMediaPlayer()
    sink = QVideoSink()
    wanted = QAudioFormat()
    wanted.setSampleRate(RATE)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    audio_out = QAudioBufferOutput(wanted)
    player.setVideoSink(sink)
    player.setAudioBufferOutput(audio_out)
    frames: list[tuple[int, tuple[int, int, int]]] = []
    samples: list[int] = []

    def on_frame(frame) -> None:
        # The centre pixel's Y, U and V, read from the planes (no conversion to RGB).
        if frame.isValid() and frame.map(QVideoFrame.MapMode.ReadOnly):
            try:
                yuv = []
                for plane, scale in ((0, 1), (1, 2), (2, 2)):
                    line = frame.bytesPerLine(plane)
                    at = (frame.height() // 2 // scale) * line + frame.width() // 2 // scale
                    yuv.append(bytes(frame.bits(plane))[at])
                frames.append((frame.startTime(), (yuv[0], yuv[1], yuv[2])))
            finally:
                frame.unmap()

    def on_audio(buffer) -> None:
        if not buffer.isValid():
            return
        fmt = buffer.format()
        assert fmt.sampleFormat() == QAudioFormat.SampleFormat.Int16, fmt
        data = buffer.data()
        if data is not None:
            samples.extend(array("h", bytes(data))[:: fmt.channelCount()])

    sink.videoFrameChanged.connect(on_frame)
    audio_out.audioBufferReceived.connect(on_audio)
    player.setPlaybackRate(4.0)
    player.setSourceDevice(device, QUrl("memory:recording.mkv"))
    player.play()
    qtbot.waitUntil(
        lambda: (
            player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
            or player.error() != QMediaPlayer.Error.NoError
        ),
        timeout=30_000,
    )
    assert player.error() == QMediaPlayer.Error.NoError, player.errorString()
    player.stop()
    player.setSourceDevice(None)
    device.close()
    return {"frames": frames, "samples": samples, "failed": device.failed}


def files_to_scan(roots: list[Path], since: float | None) -> list[Path]:
    """Every regular file under ``roots`` (changed since ``since``), up to 64 MiB;
    folders of other programs that vanish meanwhile are passed over."""
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
            for name in names:
                path = Path(folder) / name
                try:
                    st = path.lstat()
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode) or st.st_size > 64 << 20:
                    continue
                if since is None or st.st_mtime >= since:
                    found.append(path)
    return found


def crossings_hz(samples: list[int], rate: int) -> float:
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4]
    ups = sum(1 for a, b in itertools.pairwise(middle) if a < 0 <= b)
    return ups * rate / max(1, len(middle))


def test_a_video_recording_is_stored_encrypted_and_plays_back_as_recorded(
    qtbot, vault: Vault, scratch_root: Path
) -> None:
    started = time.time() - 1
    attachment_id = record(qtbot, vault, video=True)
    info = attachment_service.attachment_info(vault, attachment_id)
    body = attachment_service.read_attachment(vault, attachment_id)
    assert body[:4] == bytes.fromhex("1a45dfa3")  # EBML: Matroska
    assert info["sha256"] == hashlib.sha256(body).hexdigest()
    assert info["media_type"] == "video/x-matroska"
    row = recording_service.recording_of(vault, attachment_id)
    assert row.codec == "matroska/aac+mpeg4"
    assert row.devices == {"audio": "Generated tone", "video": "Generated frames"}
    assert abs((row.duration_ms or 0) - SECONDS * 1000) < 300

    decoded = play(qtbot, vault, attachment_id)
    assert not decoded["failed"]
    frames = decoded["frames"]
    assert len(frames) >= SECONDS * FPS * 0.5  # at 4x, the sink may drop some
    span = (frames[-1][0] - frames[0][0]) / 1_000_000
    assert abs(span - (SECONDS - 1 / FPS)) < 0.3
    assert frames[0][1] is not None
    luma, u, v = frames[len(frames) // 2][1]
    want = MARKER_COLOUR  # BT.601 limited range: Y 106, U 155, V 219
    want_y = 16 + 0.257 * want.red() + 0.504 * want.green() + 0.098 * want.blue()
    want_u = 128 - 0.148 * want.red() - 0.291 * want.green() + 0.439 * want.blue()
    want_v = 128 + 0.439 * want.red() - 0.368 * want.green() - 0.071 * want.blue()
    assert abs(luma - want_y) < 12 and abs(u - want_u) < 12 and abs(v - want_v) < 12
    audio = decoded["samples"]
    assert abs(len(audio) / RATE - SECONDS) < 0.3
    assert abs(crossings_hz(audio, RATE) - TONE_HZ) < 10

    # The canary: neither the raw frame nor any piece of the encoded stream on disk.
    pieces = [MARKER_ROW] + [
        body[at : at + 48] for at in range(len(body) // 10, len(body) - 48, len(body) // 10)
    ]
    roots = [vault.path, scratch_root, Path("/dev/shm")]
    scanned = files_to_scan(roots, None)
    home = Path(os.path.expanduser("~"))
    scanned += files_to_scan([Path("/tmp"), home / ".cache", home / ".config"], started)
    assert any(vault.path in p.parents for p in scanned)
    leaks = []
    for path in scanned:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        leaks.extend(str(path) for piece in pieces if piece in data)
    assert leaks == []


def test_an_audio_recording_plays_back_with_its_tone_and_length(qtbot, vault: Vault) -> None:
    attachment_id = record(qtbot, vault, video=False, seconds=2.0)
    info = attachment_service.attachment_info(vault, attachment_id)
    assert info["media_type"] == "audio/x-matroska"
    decoded = play(qtbot, vault, attachment_id)
    assert decoded["frames"] == []
    assert abs(len(decoded["samples"]) / RATE - 2.0) < 0.3
    assert abs(crossings_hz(decoded["samples"], RATE) - TONE_HZ) < 10
