"""Benchmark: sealed bundles against /usr/bin/age on the same bytes, in the same run.

    pytest -s tests/bench/bench_bundles.py        (or `make bench`)

1. A case carrying AMANAT_BENCH_BUNDLE_MB (default 512 and 2048 on tmpfs, 512 on the
   disk) MiB of attachments (four
   random files, in the vault's encrypted blob store) is sealed for one contact and
   opened (verified and imported) by it. Reference: `age -e` / `age -d` of the same
   bytes as one file, to an X25519 key (the bundle uses X25519 too). Every run is a
   separate process (so its peak RSS is its own, from GNU time) writing a real file
   in the same folder; the bundle is fsynced and renamed into place, so age's time is
   shown with and without a `sync -d` of its output. Amanat's runs are repeated at
   1/8 of the size to show that memory does not grow with it.
2. A bundle of AMANAT_BENCH_BUNDLE_CASES (default 10,000) synthetic demo cases is sealed
   (`--all`) and imported into an empty vault.

Figures are printed, never asserted: timings on a shared VM move by 20 % or more. On
the development VM, writing to page-cache memory that was never used since boot costs
several times more kernel time than reusing it ("sys s"); the first GB written in a
run is slower for every tool, so rounds are interleaved and the best is shown.
"""

from __future__ import annotations

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

from amanat.crypto.kdf import TEST_PARAMS
from amanat.services import attachments as attachment_service
from amanat.services import cases as case_service
from amanat.services import contacts as contact_service
from amanat.services import demo
from amanat.storage.vault import Vault

AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"
TIME = "/usr/bin/time"
# Sizes of the attachment runs: every one on tmpfs ("memory"), the first on the disk.
SIZES_MB = [int(s) for s in os.environ.get("AMANAT_BENCH_BUNDLE_MB", "512,2048").split(",")]
CASES = int(os.environ.get("AMANAT_BENCH_BUNDLE_CASES", "10000"))
PASSPHRASE = "bench passphrase"
PARTS = 4
ROUNDS = int(os.environ.get("AMANAT_BENCH_BUNDLE_ROUNDS", "3"))

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from amanat.services import bundles
    from amanat.storage.vault import Vault
    operation, vault_dir, passphrase, target = sys.argv[1:5]
    vault = Vault.unlock(Path(vault_dir), passphrase)

    # Unlocking runs Argon2id (64 MiB at least): reset the high-water mark so that the
    # peak RSS that GNU time reports is the bundle operation's own.
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")
    start = time.perf_counter()
    if operation == "seal":
        case_ids = sys.argv[5:]
        result = bundles.seal_bundle(
            vault, ["HQ"], target, case_ids=case_ids or None, all_cases=not case_ids,
            x25519=True,
        )
        detail = f"{result.records} records, {result.size} bytes"
    else:
        result = bundles.open_bundle(vault, target)
        detail = f"{result.records} records, {result.attachments_stored} attachments"
    seconds = time.perf_counter() - start
    vault.lock()
    print(seconds)
    print(detail)
    """
)


@dataclass
class Run:
    label: str
    seconds: float
    peak_rss_mb: float  # GNU time (Amanat: after the unlock, see below)
    user_seconds: float
    system_seconds: float  # kernel time: page cache, file system, fsync
    inner_seconds: float | None = None
    detail: str = ""


def measure(label: str, command: list[str], rss_file: Path, *, amanat: bool) -> Run:
    os.sync()
    start = time.perf_counter()
    result = subprocess.run(
        [TIME, "-f", "%U %S %M", "-o", str(rss_file), *command], capture_output=True, check=False
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    user, system, peak = rss_file.read_text().split()[-3:]
    peak_kb = int(peak)
    inner = detail = None
    if amanat:
        lines = result.stdout.decode().splitlines()
        inner, detail = float(lines[0]), lines[1]
    return Run(label, seconds, peak_kb / 1024, float(user), float(system), inner, detail or "")


def amanat_command(*args: str) -> list[str]:
    return [sys.executable, "-c", SCRIPT, *args]


def make_pair(folder: Path) -> tuple[Path, Path]:
    field, _ = Vault.create(folder / "field", PASSPHRASE, name="Field office", kdf=TEST_PARAMS)
    hq, _ = Vault.create(folder / "hq", PASSPHRASE, name="HQ", kdf=TEST_PARAMS)
    contact_service.add_contact(field, contact_service.own_card(hq), verified=True)
    contact_service.add_contact(hq, contact_service.own_card(field), verified=True)
    field.lock()
    hq.lock()
    return folder / "field", folder / "hq"


class _Slice:
    """A window of a file, read as a stream (each attachment is a quarter of it)."""

    def __init__(self, path: Path, offset: int, size: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._file.seek(offset)
        self._left = size

    def readinto(self, buffer: memoryview) -> int:
        if self._left <= 0:
            return 0
        n = self._file.readinto(buffer[: min(len(buffer), self._left)]) or 0
        self._left -= n
        return n

    def close(self) -> None:
        self._file.close()


def _random_file(path: Path, size: int) -> None:
    block = 1 << 20
    with open(path, "wb") as out:
        written = 0
        while written < size:
            n = min(block, size - written)
            out.write(os.urandom(n))
            written += n


def _attachment_case(field_dir: Path, plain: Path, size: int) -> str:
    field = Vault.unlock(field_dir, PASSPHRASE)
    try:
        case_id = case_service.add_case(
            field, {"title": "Bench", "person": {"names": ["Bench person"]}}
        ).id
        part = size // PARTS
        for i in range(PARTS):
            source = _Slice(plain, i * part, part if i < PARTS - 1 else size - i * part)
            try:
                attachment_service.attach_file(field, case_id, source, original_name=f"p{i}.bin")
            finally:
                source.close()
        return case_id
    finally:
        field.lock()


def _best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


def _prepare(folder: Path, size: int) -> tuple[Path, Path, Path, str]:
    folder.mkdir()
    field_dir, hq_dir = make_pair(folder)
    plain = folder / "plain.bin"
    _random_file(plain, size)
    return field_dir, hq_dir, plain, _attachment_case(field_dir, plain, size)


def _amanat_round(folder: Path, field_dir: Path, hq_dir: Path, case_id: str, n: int) -> list[Run]:
    bundle = folder / f"bundle-{n}.age"
    receiver = folder / f"hq-{n}"
    shutil.copytree(hq_dir, receiver)  # a receiver that has not seen this bundle yet
    seal = measure(
        "amanat seal",
        amanat_command("seal", str(field_dir), PASSPHRASE, str(bundle), case_id),
        folder / "rss",
        amanat=True,
    )
    opened = measure(
        "amanat open",
        amanat_command("open", str(receiver), PASSPHRASE, str(bundle)),
        folder / "rss",
        amanat=True,
    )
    bundle.unlink()
    shutil.rmtree(receiver)
    return [seal, opened]


def _age_round(folder: Path, plain: Path, key: Path, recipient: str, *, sync: bool) -> list[Run]:
    encrypted = folder / "age.age"
    decrypted = folder / "age.out"
    rss = folder / "rss"
    runs = [
        measure("age -e", [AGE, "-e", "-r", recipient, "-o", str(encrypted), str(plain)],
                rss, amanat=False),
        measure("age -d", [AGE, "-d", "-i", str(key), "-o", str(decrypted), str(encrypted)],
                rss, amanat=False),
    ]  # fmt: skip
    encrypted.unlink()
    decrypted.unlink()
    if not sync:  # on tmpfs there is nothing to sync
        return runs
    runs += [
        measure(
            "age -e + sync",
            ["sh", "-c", f'"{AGE}" -e -r {recipient} -o "{encrypted}" "{plain}"'
                         f' && sync -d "{encrypted}"'],
            rss, amanat=False,
        ),
        measure(
            "age -d + sync",
            ["sh", "-c", f'"{AGE}" -d -i "{key}" -o "{decrypted}" "{encrypted}"'
                         f' && sync -d "{decrypted}"'],
            rss, amanat=False,
        ),
    ]  # fmt: skip
    encrypted.unlink()
    decrypted.unlink()
    return runs


def _memory_folder(tmp_path: Path, size: int) -> Path | None:
    """A folder on tmpfs (/dev/shm) with room for the run, or None."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shutil.disk_usage(shm).free < 7 * size + (1 << 30):
        return None
    folder = Path(tempfile.mkdtemp(prefix="amanat-bench-", dir=shm))
    return folder


@pytest.mark.skipif(not Path(AGE).exists() or not Path(TIME).exists(), reason="needs age, time")
@pytest.mark.parametrize(
    ("place", "size_mb"),
    [("memory", size) for size in SIZES_MB] + [("disk", SIZES_MB[0])],
)
def test_bundle_of_attachments_against_age(tmp_path: Path, place: str, size_mb: int) -> None:
    """``memory``: every file on tmpfs, so the figures compare the work each tool does
    (fsync costs nothing there, for either). ``disk``: what a user sees on this VM's
    virtual disk, whose write-back varies from run to run more than anything else."""
    size = size_mb << 20
    base = _memory_folder(tmp_path, size) if place == "memory" else tmp_path
    if base is None:
        pytest.skip("no tmpfs with room for the run at /dev/shm")
    try:
        _attachments_against_age(base, size, place, size_mb)
    finally:
        if base != tmp_path:
            shutil.rmtree(base, ignore_errors=True)


def _attachments_against_age(base: Path, size: int, place: str, size_mb: int) -> None:
    folder = base / "large"
    field_dir, hq_dir, plain, case_id = _prepare(folder, size)
    key = folder / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], capture_output=True, check=True)
    recipient = subprocess.run(
        [AGE_KEYGEN, "-y", str(key)], capture_output=True, text=True, check=True
    ).stdout.strip()
    runs: dict[str, list[Run]] = {}
    for n in range(ROUNDS):  # interleaved, so that both tools see the same disk weather
        for run in _amanat_round(folder, field_dir, hq_dir, case_id, n):
            runs.setdefault(run.label, []).append(run)
        for run in _age_round(folder, plain, key, recipient, sync=place == "disk"):
            runs.setdefault(run.label, []).append(run)
    small = base / "small"
    small_dirs = _prepare(small, size // 8)
    small_seal, small_open = _amanat_round(small, small_dirs[0], small_dirs[1], small_dirs[3], 0)
    best = {label: _best(items) for label, items in runs.items()}
    mb = size / 1e6
    print(f"\n\nSealed bundle of {size_mb} MiB of attachments ({PARTS} files) vs age, same run,"
          f" files in {place} ({'tmpfs' if place == 'memory' else 'the test folder'}),"
          f" best of {ROUNDS} (median in brackets)")  # fmt: skip
    print(f"{'run':<16} {'wall s':>8} {'MB/s':>8} {'(median)':>9} {'user s':>7} {'sys s':>7}"
          f" {'peak RSS':>10}  in-process")  # fmt: skip
    for label, run in best.items():
        median = statistics.median(r.seconds for r in runs[label])
        inner = f"{run.inner_seconds:.2f} s" if run.inner_seconds is not None else ""
        print(
            f"{run.label:<16} {run.seconds:8.2f} {mb / run.seconds:8.0f} {f'({median:.2f})':>9}"
            f" {run.user_seconds:7.2f} {run.system_seconds:7.2f} {run.peak_rss_mb:7.0f} MB"
            f"  {inner} {run.detail}"
        )
    print(
        "Amanat's peak RSS counts from after the vault was unlocked (Argon2id takes 64 MiB"
        " for a moment): the high-water mark is reset there (/proc/self/clear_refs)"
    )
    seal, opened = best["amanat seal"], best["amanat open"]

    def median(label: str) -> float:
        return statistics.median(r.seconds for r in runs[label])

    print(
        f"seal / age -e: {median('amanat seal') / median('age -e'):.2f}x median,"
        f" {seal.seconds / best['age -e'].seconds:.2f}x best;"
        f" open / age -d: {median('amanat open') / median('age -d'):.2f}x median,"
        f" {opened.seconds / best['age -d'].seconds:.2f}x best (wall, {ROUNDS} interleaved"
        " rounds; below 1 is faster than age; targets: seal <= 1.0, open <= 1.2)"
    )
    print(f"Peak RSS at {size_mb // 8} MiB: seal {small_seal.peak_rss_mb:.0f} MB, "
          f"open {small_open.peak_rss_mb:.0f} MB; at {size_mb} MiB: seal "
          f"{seal.peak_rss_mb:.0f} MB, open {opened.peak_rss_mb:.0f} MB "
          "(target < 100 MB at any size)")  # fmt: skip


def test_import_of_many_cases(tmp_path: Path) -> None:
    field_dir, hq_dir = make_pair(tmp_path)
    field = Vault.unlock(field_dir, PASSPHRASE)
    start = time.perf_counter()
    try:
        demo.generate_demo(field, CASES, with_attachments=False)
    finally:
        field.lock()
    generated = time.perf_counter() - start
    bundle = tmp_path / "cases.age"
    seal = measure(
        "amanat seal --all",
        amanat_command("seal", str(field_dir), PASSPHRASE, str(bundle)),
        tmp_path / "rss",
        amanat=True,
    )
    opened = measure(
        "amanat open",
        amanat_command("open", str(hq_dir), PASSPHRASE, str(bundle)),
        tmp_path / "rss",
        amanat=True,
    )
    print(f"\n\nBundle of {CASES} demo cases ({bundle.stat().st_size / 1e6:.0f} MB; generating "
          f"them took {generated:.1f} s)")  # fmt: skip
    for run in (seal, opened):
        print(f"{run.label:<18} {run.seconds:7.2f} s wall, {run.inner_seconds:.2f} s in-process,"
              f" {run.user_seconds:.2f} s user, {run.system_seconds:.2f} s sys,"
              f" peak RSS {run.peak_rss_mb:.0f} MB"
              f"  ({run.detail})")  # fmt: skip
    print("target: import < 30 s")
