"""Crash-safe file writing: temp file 0600 in the same folder, fsync, rename, fsync folder.

A reader sees either the old file or the new one, never a mix, whatever instant the
process dies at (STYLE.md 5).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from amanat.domain.errors import DiskFull


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_path(target: Path) -> Path:
    # Random, neutral name: it must not reveal what is being written.
    return target.with_name(f".tmp-{secrets.token_hex(8)}")


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a file to write; on clean exit it replaces ``target`` atomically.

    On any error the temp file is removed and ``target`` is untouched. ENOSPC becomes
    DiskFull.
    """
    tmp = _temp_path(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise


def atomic_write(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def read_limited(path: Path, limit: int) -> bytes:
    """Read a small file, refusing one larger than ``limit`` (a tampered file may be huge)."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    return data
