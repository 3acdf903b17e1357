"""Benchmark: Amanat's streaming age API against /usr/bin/age on the same bytes, same run.

    pytest -s tests/bench/bench_age.py        (AMANAT_BENCH_AGE_MB=1024 by default)

Input is synthetic random data in a temp file. Each tool runs in its own process, so its
peak RSS is its own (GNU time). Times are wall clock including process start-up (about
0.1 s for Python, milliseconds for Go), best of AMANAT_BENCH_AGE_ROUNDS (3); Amanat's
in-process time is shown next to it. Each tool decrypts the other's output, checked in
full, so interop is tested at size too. Nothing here passes or fails on speed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"
TIME = "/usr/bin/time"  # GNU time, for the peak RSS of each run
SIZE_MB = int(os.environ.get("AMANAT_BENCH_AGE_MB", "1024"))
ROUNDS = int(os.environ.get("AMANAT_BENCH_AGE_ROUNDS", "3"))

AMANAT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from amanat.crypto import age
    from amanat.crypto.stream import read_full
    operation, key_file, source, target = sys.argv[1:5]
    identities = age.parse_identity_file(open(key_file).read())
    start = time.perf_counter()
    with open(source, "rb") as src, open(target, "wb") as dst:
        if operation == "encrypt":
            buffer = memoryview(bytearray(1 << 20))
            with age.encrypt([identities[0].to_public()], dst) as writer:
                while n := read_full(src, buffer):
                    writer.write(buffer[:n])
        else:
            with age.open_decryptor(identities, src) as reader:
                reader.copy_to(dst)
    print(time.perf_counter() - start)
    """
)


@dataclass
class Run:
    tool: str
    operation: str
    seconds: float
    peak_rss_mb: float
    inner_seconds: float | None = None


def measure(tool: str, operation: str, command: list[str], rss_file: Path) -> Run:
    os.sync()  # start each run from a quiet disk
    # GNU time reports the peak RSS of the command alone; ru_maxrss from wait4 would also
    # count the forked copy of this (large) pytest process before exec.
    start = time.perf_counter()
    result = subprocess.run(
        [TIME, "-f", "%M", "-o", str(rss_file), *command], capture_output=True, check=False
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    inner = float(result.stdout.decode().strip()) if tool == "amanat" else None
    peak_kb = int(rss_file.read_text().split()[-1])
    return Run(tool, operation, seconds, peak_kb / 1024, inner)


def sha256_file(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.digest()


@pytest.mark.skipif(
    not (Path(AGE).exists() and Path(TIME).exists()),
    reason="needs the age tool and GNU time (apt install age time)",
)
def test_bench_age_against_the_age_tool(tmp_path: Path) -> None:
    key = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], capture_output=True, check=True)
    recipient = subprocess.run(
        [AGE_KEYGEN, "-y", str(key)], capture_output=True, check=True, text=True
    ).stdout.strip()
    plain = tmp_path / "plain.bin"
    with plain.open("wb") as fh:
        for _ in range(SIZE_MB):
            fh.write(os.urandom(1 << 20))
    expected = sha256_file(plain)
    python = [sys.executable, "-c", AMANAT_SCRIPT]
    by_amanat, by_age = tmp_path / "amanat.age", tmp_path / "age.age"
    # The inputs each tool decrypts: the other tool's output.
    subprocess.run([*python, "encrypt", str(key), str(plain), str(by_amanat)], check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run([AGE, "-r", recipient, "-o", str(by_age), str(plain)], check=True)
    # Both tools decrypt the other's file, checked in full (not timed).
    opened = subprocess.run([AGE, "-d", "-i", str(key), str(by_amanat)], capture_output=True,
                            check=True).stdout  # fmt: skip
    assert hashlib.sha256(opened).digest() == expected
    del opened
    check = tmp_path / "check.bin"
    subprocess.run([*python, "decrypt", str(key), str(by_age), str(check)], check=True,
                   capture_output=True)  # fmt: skip
    assert sha256_file(check) == expected
    check.unlink()
    for path in (plain, by_amanat, by_age):
        sha256_file(path)  # warm the page cache so every timed run reads from memory

    # Outputs go to /dev/null: the disk is the same for both tools, and on a shared or
    # virtual machine its write-back stalls would drown the difference between them.
    rss = tmp_path / "rss.txt"
    commands = {
        ("amanat", "encrypt"): [*python, "encrypt", str(key), str(plain), os.devnull],
        ("age", "encrypt"): [AGE, "-r", recipient, "-o", os.devnull, str(plain)],
        ("amanat", "decrypt"): [*python, "decrypt", str(key), str(by_age), os.devnull],
        ("age", "decrypt"): [AGE, "-d", "-i", str(key), "-o", os.devnull, str(by_amanat)],
    }
    best: dict[tuple[str, str], Run] = {}
    for _ in range(ROUNDS):
        for (tool, operation), command in commands.items():
            run = measure(tool, operation, command, rss)
            if (tool, operation) not in best or run.seconds < best[tool, operation].seconds:
                best[tool, operation] = run

    print(f"\nage v1, {SIZE_MB} MiB of random data, X25519, binary; input from the page "
          f"cache, output to /dev/null; best of {ROUNDS} runs")  # fmt: skip
    print(f"{'tool':8} {'operation':9} {'wall s':>7} {'MB/s':>8} {'in-process MB/s':>16} "
          f"{'peak RSS MB':>12}")  # fmt: skip
    for run in best.values():
        inner = f"{SIZE_MB / run.inner_seconds:16.0f}" if run.inner_seconds else f"{'-':>16}"
        print(f"{run.tool:8} {run.operation:9} {run.seconds:7.2f} {SIZE_MB / run.seconds:8.0f} "
              f"{inner} {run.peak_rss_mb:12.1f}")  # fmt: skip
    for operation in ("encrypt", "decrypt"):
        ours, theirs = best["amanat", operation], best["age", operation]
        print(f"{operation}: amanat / age wall-time ratio {ours.seconds / theirs.seconds:.2f} "
              "(below 1 means amanat is faster)")  # fmt: skip


CLI_SIZES_MB = [int(s) for s in os.environ.get("AMANAT_BENCH_AGE_CLI_MB", "512,2048").split(",")]
CLI_ROUNDS = int(os.environ.get("AMANAT_BENCH_AGE_CLI_ROUNDS", "5"))


def _tmpfs_folder(size: int) -> Path | None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or shutil.disk_usage(shm).free < 4 * size + (1 << 30):
        return None
    return Path(tempfile.mkdtemp(prefix="amanat-bench-age-", dir=shm))


@pytest.mark.skipif(
    not (Path(AGE).exists() and Path(TIME).exists()),
    reason="needs the age tool and GNU time (apt install age time)",
)
@pytest.mark.parametrize("size_mb", CLI_SIZES_MB)
def test_bench_amanat_age_cli_on_tmpfs(size_mb: int) -> None:
    """``amanat age encrypt|decrypt`` against ``age -e|-d``, whole processes (start-up
    included), every file on tmpfs, output to a real file (Amanat's is fsynced and
    linked into place, free on tmpfs). Median of interleaved rounds, and the ratio."""
    size = size_mb << 20
    folder = _tmpfs_folder(size)
    if folder is None:
        pytest.skip("no tmpfs with room for the run at /dev/shm")
    amanat = [sys.executable, "-m", "amanat.main", "age"]
    try:
        key = folder / "key.txt"
        subprocess.run([AGE_KEYGEN, "-o", str(key)], capture_output=True, check=True)
        recipient = subprocess.run(
            [AGE_KEYGEN, "-y", str(key)], capture_output=True, check=True, text=True
        ).stdout.strip()
        plain = folder / "plain.bin"
        with plain.open("wb") as fh:
            for _ in range(size_mb):
                fh.write(os.urandom(1 << 20))
        reference = folder / "reference.age"
        subprocess.run([AGE, "-r", recipient, "-o", str(reference), str(plain)], check=True)
        out = folder / "out"
        to_out, ident = ["-o", str(out)], ["-i", str(key)]
        commands = {
            ("amanat", "encrypt"): [*amanat, "encrypt", "-r", recipient, *to_out, str(plain)],
            ("age", "encrypt"): [AGE, "-e", "-r", recipient, *to_out, str(plain)],
            ("amanat", "decrypt"): [*amanat, "decrypt", *ident, *to_out, str(reference)],
            ("age", "decrypt"): [AGE, "-d", *ident, *to_out, str(reference)],
        }
        runs: dict[tuple[str, str], list[Run]] = {}
        rss = folder / "rss.txt"
        for _ in range(CLI_ROUNDS):
            for (tool, operation), command in commands.items():
                run = measure("age", operation, command, rss)  # no in-process figure
                runs.setdefault((tool, operation), []).append(
                    Run(tool, operation, run.seconds, run.peak_rss_mb)
                )
                out.unlink()
        # What Amanat wrote opens with age and holds the input (not timed).
        subprocess.run(
            [*amanat, "encrypt", "-r", recipient, "-o", str(out), str(plain)], check=True
        )
        opened = subprocess.run(
            [AGE, "-d", "-i", str(key), str(out)], capture_output=True, check=True
        ).stdout
        assert hashlib.sha256(opened).digest() == sha256_file(plain)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"\n`amanat age` vs `age`, {size_mb} MiB, files on tmpfs, whole processes, median of"
          f" {CLI_ROUNDS} interleaved rounds (min in brackets)")  # fmt: skip
    print(
        f"{'tool':8} {'operation':9} {'median s':>9} {'(min)':>8} {'MB/s':>7} {'peak RSS MB':>12}"
    )
    for (tool, operation), items in runs.items():
        median = statistics.median(r.seconds for r in items)
        print(f"{tool:8} {operation:9} {median:9.3f} {f'({min(r.seconds for r in items):.3f})':>8}"
              f" {size / 1e6 / median:7.0f} {max(r.peak_rss_mb for r in items):12.1f}")  # fmt: skip
    for operation in ("encrypt", "decrypt"):
        ours = statistics.median(r.seconds for r in runs["amanat", operation])
        theirs = statistics.median(r.seconds for r in runs["age", operation])
        print(f"amanat age {operation} / age: {ours / theirs:.2f}x (median; target <= 1.0)")
