"""WriteBehind (storage/files.py): large files written and hashed on a helper thread, in
order, with the writer's errors (a full disk) raised to the caller; BackgroundHash and
prefetch, the other helper threads of the bundle pipeline."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.domain.errors import IntegrityError
from amanat.storage.files import BackgroundHash, WriteBehind, prefetch


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=5000), max_size=40), st.integers(1, 4096))
def test_bytes_arrive_in_order_and_hashed(pieces: list[bytes], piece: int) -> None:
    out = io.BytesIO()
    behind = WriteBehind(out, hash=True, piece=piece, depth=2)
    reused = bytearray(5000)
    for data in pieces:
        # The caller may reuse its buffer at once: WriteBehind copies what it is given.
        reused[: len(data)] = data
        assert behind.write(memoryview(reused)[: len(data)]) == len(data)
    digest = behind.digest()
    behind.close()
    expected = b"".join(pieces)
    assert out.getvalue() == expected
    assert digest == hashlib.sha256(expected).digest()
    assert behind.size == len(expected)


def test_writes_happen_on_another_thread(tmp_path: Path) -> None:
    writers: set[int] = set()

    class Recording(io.BytesIO):
        def write(self, data: object) -> int:
            writers.add(threading.get_ident())
            return super().write(data)  # type: ignore[arg-type]

    out = Recording()
    with WriteBehind(out, piece=1024) as behind:
        behind.write(os.urandom(10_000))
    assert writers and threading.get_ident() not in writers
    assert len(out.getvalue()) == 10_000


def test_a_full_disk_is_raised_to_the_caller_and_stops_writing() -> None:
    # /dev/full: a real device whose every write fails with ENOSPC.
    with open("/dev/full", "wb", buffering=0) as full:
        behind = WriteBehind(full, piece=4096, depth=2)
        with pytest.raises(OSError) as failure:
            for _ in range(100):  # the error surfaces at a later write, flush or close
                behind.write(b"\x00" * 4096)
            behind.close()
        assert failure.value.errno == errno.ENOSPC
        with pytest.raises(OSError):
            behind.close()


def test_nothing_is_written_after_an_error() -> None:
    class FailsOnce(io.BytesIO):
        calls = 0

        def write(self, data: object) -> int:
            FailsOnce.calls += 1
            if FailsOnce.calls == 2:
                raise OSError(errno.EIO, "I/O error")
            return super().write(data)  # type: ignore[arg-type]

    out = FailsOnce()
    behind = WriteBehind(out, piece=10, depth=1)
    with pytest.raises(OSError):
        for i in range(50):
            behind.write(bytes([i]) * 10)
        behind.flush()
    assert out.getvalue() == b"\x00" * 10  # the first piece only, never a later one
    behind.abort()


def test_periodic_sync_keeps_the_file_whole(tmp_path: Path) -> None:
    data = os.urandom(3 << 20)
    target = tmp_path / "f"
    with open(target, "wb", buffering=0) as fh:
        with WriteBehind(fh, hash=True, sync_every=1 << 20) as behind:
            behind.write(data)
            digest = behind.digest()
        os.fsync(fh.fileno())
    assert target.read_bytes() == data and digest == hashlib.sha256(data).digest()


def test_abort_discards_what_is_buffered() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), WriteBehind(out, piece=100) as behind:
        behind.write(b"a" * 150)  # one full piece handed over, 50 bytes buffered
        raise RuntimeError("caller failed")
    assert out.getvalue() == b"a" * 100  # handed over before the abort: written in order
    with pytest.raises(ValueError):
        behind.write(b"more")


def test_background_hash_is_sha256_of_the_pieces_in_order() -> None:
    pieces = [os.urandom(n) for n in (0, 1, 65536, 1 << 20, 7)] * 5
    hasher = BackgroundHash(depth=2)
    for piece in pieces:
        hasher.update(memoryview(piece))
    assert hasher.digest() == hashlib.sha256(b"".join(pieces)).digest()
    hasher.close()  # idempotent
    with pytest.raises(ValueError):
        hasher.update(b"late")


def test_prefetch_yields_every_item_in_order_then_raises_the_producers_error() -> None:
    def produce() -> Iterator[int]:
        yield from range(50)
        raise IntegrityError(what="blob", id="x")

    got: list[int] = []
    with pytest.raises(IntegrityError):
        for item in prefetch(produce(), depth=3):
            got.append(item)
    assert got == list(range(50))


def test_prefetch_stops_and_closes_the_producer_when_the_consumer_stops() -> None:
    closed = threading.Event()

    def produce() -> Iterator[int]:
        try:
            yield from range(10**9)
        finally:
            closed.set()

    items = prefetch(produce(), depth=2)
    assert [next(items) for _ in range(5)] == list(range(5))
    items.close()  # e.g. the consumer failed or was cancelled
    assert closed.wait(5)
    assert not any(t.name == "amanat-prefetch" for t in threading.enumerate())
