"""Argon2id parameters: calibration at vault creation and sanity limits when reading.

Parameters read from disk are attacker-controlled (a tampered ``vault.keys``); absurd
ones would let an attacker make us allocate many GiB or spin for hours, or weaken the
slot. They are refused before the KDF runs.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from amanat.domain.errors import UnsafeKdfParameters

MIN_MEMORY_KIB = 64 * 1024  # docs/design.md §3.2: floor 64 MiB
MAX_MEMORY_KIB = 4 * 1024 * 1024
DEFAULT_MEMORY_KIB = 256 * 1024
MIN_ITERATIONS = 1  # what a key file may hold (old vaults; tests' TEST_PARAMS)
# RFC 9106 §4, second recommended option: 64 MiB and 3 passes. New passphrase slots
# made by the command line or by calibration are never weaker (docs/keyslots.md).
MIN_NEW_ITERATIONS = 3
MAX_ITERATIONS = 64
MIN_LANES = 1
MAX_LANES = 16
SALT_SIZE = 16
TARGET_SECONDS = 1.0


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        if not (
            MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and MIN_LANES <= self.lanes <= MAX_LANES
            # Argon2 requires at least 8 KiB per lane.
            and self.memory_kib >= 8 * self.lanes
        ):
            raise UnsafeKdfParameters(
                memory_kib=self.memory_kib, iterations=self.iterations, lanes=self.lanes
            )


# Cheap parameters for tests only: the floor memory, one pass.
TEST_PARAMS = Argon2Params(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard layout or OS still opens."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id(passphrase: bytes, salt: bytes, params: Argon2Params, length: int = 32) -> bytes:
    params.check()
    return Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase)


def _total_memory_kib() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (ValueError, OSError, AttributeError):  # pragma: no cover - non-POSIX
        return None


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick parameters that take about ``target_seconds`` on this machine.

    Memory is fixed first (256 MiB, less on small machines but never under the floor),
    then passes are added until the target is met.
    """
    memory = DEFAULT_MEMORY_KIB
    total = _total_memory_kib()
    if total is not None:
        memory = max(MIN_MEMORY_KIB, min(memory, total // 8))
    lanes = max(MIN_LANES, min(4, os.cpu_count() or 1))
    probe = Argon2Params(memory_kib=memory, iterations=1, lanes=lanes)
    start = time.perf_counter()
    argon2id(b"calibration", b"\0" * SALT_SIZE, probe)
    one_pass = max(time.perf_counter() - start, 1e-3)
    iterations = round(target_seconds / one_pass)
    iterations = max(MIN_NEW_ITERATIONS, min(iterations, MAX_ITERATIONS))
    return Argon2Params(memory_kib=memory, iterations=iterations, lanes=lanes)
