"""Streaming keeps memory flat: 200 MB through encrypt and decrypt at once, in a fresh
process, via a pipe (so nothing can be buffered on disk or read in one go)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import hashlib, json, os, resource, sys, threading, tracemalloc
    from amanat.crypto import age

    size_mb, armor = int(sys.argv[1]), sys.argv[2] == "armor"
    identity = age.X25519Identity.generate()
    block = os.urandom(1 << 20)
    expected = hashlib.sha256()
    for _ in range(size_mb):
        expected.update(block)

    def max_rss_kb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    read_end, write_end = os.pipe()

    def produce():
        with os.fdopen(write_end, "wb") as sink:
            with age.encrypt([identity.to_public()], sink, armor=armor) as writer:
                for _ in range(size_mb):
                    writer.write(block)

    # Warm up every code path once so that imports and caches are in the baseline.
    age.decrypt_bytes([identity], age.encrypt_bytes([identity.to_public()], block, armor=armor))
    baseline = max_rss_kb()
    tracemalloc.start()
    producer = threading.Thread(target=produce)
    producer.start()
    digest, total = hashlib.sha256(), 0
    with os.fdopen(read_end, "rb") as source:
        with age.open_decryptor([identity], source) as reader:
            for chunk in reader:
                digest.update(chunk)
                total += len(chunk)
            done = reader.done
    producer.join()
    _, traced_peak = tracemalloc.get_traced_memory()
    print(json.dumps({
        "baseline_kb": baseline, "peak_kb": max_rss_kb(), "traced_peak": traced_peak,
        "total": total, "ok": done and digest.digest() == expected.digest(),
    }))
    """
)


def run(size_mb: int, armor: bool) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(size_mb), "armor" if armor else "binary"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures: dict[str, int] = json.loads(result.stdout)
    return figures


def test_200_mb_binary_stream_in_constant_memory() -> None:
    figures = run(200, armor=False)
    assert figures["ok"] and figures["total"] == 200 << 20
    # Two 64 KiB chunk buffers per side plus the caller's 1 MiB block: a few MB at most,
    # against 200 MB of data.
    assert figures["traced_peak"] < 4 << 20, figures
    assert figures["peak_kb"] - figures["baseline_kb"] < 16 << 10, figures


def test_armored_stream_in_constant_memory() -> None:
    figures = run(48, armor=True)
    assert figures["ok"] and figures["total"] == 48 << 20
    assert figures["traced_peak"] < 8 << 20, figures
    assert figures["peak_kb"] - figures["baseline_kb"] < 24 << 10, figures
