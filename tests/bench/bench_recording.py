"""Benchmark: recording 720p video into the vault, then playing it back (issue 14).

    make bench
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -s tests/bench/bench_recording.py
    AMANAT_BENCH_RECORDING_MINUTES=60 ...        (the issue's hour; default 1 minute)

Generated 1280x720 frames at 25 fps and a 48 kHz tone, paced by the clock as a camera
and microphone would be, go through the real pipeline (QMediaRecorder, Matroska with
AAC and MPEG-4, the pipe, RecordingWriter: encrypted as written). Every few seconds it
prints this process's CPU use (CPU time over wall time, 100% = one core) and resident
memory: both should stay flat over the whole recording. Then, from the vault through
the decrypting device: the time from play() to the first decoded frame (target
< 500 ms) and, for random positions, from setPosition() to the first frame there
(target < 300 ms). Nothing passes or fails on speed.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["AMANAT_TEST_KDF"] = "1"

from PySide6.QtCore import QElapsedTimer, QUrl
from PySide6.QtMultimedia import (
    QAudioBufferOutput,
    QMediaCaptureSession,
    QMediaPlayer,
    QVideoSink,
)

from amanat.services import recordings as recording_service
from amanat.storage.vault import Vault
from amanat.ui.kit.media_device import open_device
from amanat.ui.recording.pipeline import VaultRecorder, codec_name
from support.media import GeneratedMedia
from support.vaults import add_case

MINUTES = float(os.environ.get("AMANAT_BENCH_RECORDING_MINUTES", "1"))
SAMPLE_S = 5.0
SEEKS = 10


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def test_record_720p_then_play_and_seek(qtbot, vault: Vault) -> None:
    case_id = add_case(vault)
    seconds = MINUTES * 60
    capture = QMediaCaptureSession()
    media = GeneratedMedia(capture, seconds=seconds, video=True, size=(1280, 720), realtime=True)
    writer = recording_service.start(
        vault, case_id, testimony_id=None, video=True, codec=codec_name(True),
        devices={"audio": "Generated tone", "video": "Generated 720p"},
    )  # fmt: skip
    recorder = VaultRecorder(capture, writer, video=True)
    recorder.record()
    media.start()
    samples: list[tuple[float, float, float, int]] = []
    wall0, cpu0 = time.monotonic(), _cpu_s()
    last_wall, last_cpu = wall0, cpu0
    print(f"\nrecording {MINUTES:g} min of 1280x720 at 25 fps into the vault")
    print(f"{'t (s)':>8} {'CPU %':>7} {'RSS MB':>8} {'stored MB':>10}")
    while media.sending:
        qtbot.wait(int(SAMPLE_S * 1000))
        wall, cpu = time.monotonic(), _cpu_s()
        percent = 100 * (cpu - last_cpu) / max(1e-6, wall - last_wall)
        stored = writer.plaintext_bytes
        samples.append((wall - wall0, percent, _rss_mb(), stored))
        print(f"{wall - wall0:8.0f} {percent:7.0f} {_rss_mb():8.0f} {stored / 1e6:10.1f}")
        last_wall, last_cpu = wall, cpu
    with qtbot.waitSignal(recorder.stopped, timeout=120_000):
        recorder.stop()
    done = recording_service.finish(vault, writer, duration_ms=recorder.duration())
    steady = samples[1:] or samples
    cpus = [s[1] for s in steady]
    rss = [s[2] for s in steady]
    size = writer.plaintext_bytes
    print(
        f"CPU: median {statistics.median(cpus):.0f}%, min {min(cpus):.0f}%, max {max(cpus):.0f}%;"
        f" RSS: first {rss[0]:.0f} MB, last {rss[-1]:.0f} MB, max {max(rss):.0f} MB;"
        f" recorded {recorder.duration() / 1000:.1f} s, {size / 1e6:.1f} MB"
        f" ({size * 8 / max(1.0, seconds) / 1e6:.2f} Mbit/s), frames {media.frames}"
    )

    device = open_device(recording_service.open_media(vault, done.id))
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    audio_out = QAudioBufferOutput()
    player.setAudioBufferOutput(audio_out)
    frames: list[int] = []
    first_sound: list[int] = []
    clock = QElapsedTimer()
    sink.videoFrameChanged.connect(lambda f: frames.append(f.startTime()) if f.isValid() else None)
    audio_out.audioBufferReceived.connect(
        lambda _b: first_sound.append(clock.elapsed()) if not first_sound else None
    )
    clock.start()
    player.setSourceDevice(device, QUrl("memory:recording.mkv"))
    player.play()
    qtbot.waitUntil(lambda: bool(frames) and bool(first_sound), timeout=30_000)
    first_frame_ms = clock.elapsed()
    seek_ms = []
    rng = random.Random(14)
    first_us = frames[0]
    for _ in range(SEEKS):
        target = rng.randrange(0, max(1, int(seconds * 1000) - 2000))
        frames.clear()
        clock.restart()
        player.setPosition(target)
        qtbot.waitUntil(
            lambda t=target: any(abs((f - first_us) / 1000 - t) < 1500 for f in frames),
            timeout=30_000,
        )
        seek_ms.append(clock.elapsed())
    player.stop()
    print(
        f"playback: first sound {first_sound[0]} ms after play() (target < 500 ms), first"
        f" frame {first_frame_ms} ms (Qt's muxer starts the video track about 1 s in);"
        f" seeking: median {statistics.median(seek_ms):.0f} ms, worst {max(seek_ms)} ms"
        f" over {SEEKS} random positions (target < 300 ms)"
    )
