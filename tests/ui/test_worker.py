"""The database worker: one thread, in order, progress and cancel, safe callbacks."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from amanat.domain.errors import Cancelled, NotFound
from amanat.services.base import check_cancelled
from amanat.ui.kit.heartbeat import Heartbeat
from amanat.ui.ops.worker import DbWorker, Op


@pytest.fixture
def worker():
    w = DbWorker()
    yield w
    w.stop()


def test_ops_run_in_order_on_one_thread(qtbot, worker) -> None:
    seen: list[tuple[int, int]] = []
    results: list[int] = []
    for i in range(20):
        Op(
            worker,
            lambda _s, i=i: seen.append((i, threading.get_ident())) or i,
            on_success=results.append,
        ).run()
    qtbot.waitUntil(lambda: len(results) == 20)
    assert results == list(range(20))
    assert [i for i, _ in seen] == list(range(20))
    threads = {t for _, t in seen}
    assert threads == {worker.thread_ident}
    assert worker.thread_ident != threading.get_ident()


def test_errors_reach_on_failure_on_the_gui_thread(qtbot, worker) -> None:
    failures: list[tuple[BaseException, int]] = []

    def boom(_s):
        raise NotFound(what="case")

    Op(
        worker,
        boom,
        on_failure=lambda e: failures.append((e, threading.get_ident())),
    ).run()
    qtbot.waitUntil(lambda: bool(failures))
    error, thread = failures[0]
    assert isinstance(error, NotFound)
    assert thread == threading.get_ident()


def test_progress_is_relayed_and_cancel_is_polled(qtbot, worker) -> None:
    progress: list[float] = []
    outcome: list[object] = []
    started = threading.Event()

    def long_work(state):
        started.set()
        for i in range(1000):
            check_cancelled(state.is_cancelled)
            state.progress(i / 1000)
            time.sleep(0.002)
        return "finished"

    op = Op(
        worker,
        long_work,
        on_success=outcome.append,
        on_failure=outcome.append,
        on_progress=progress.append,
    ).run()
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(progress) >= 2)
    op.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)
    assert progress == sorted(progress)
    assert 0 < progress[-1] < 1


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, worker) -> None:
    owner = QWidget()
    called: list[object] = []
    gate = threading.Event()
    Op(worker, lambda _s: gate.wait(5), on_success=called.append, owner=owner).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: worker.pending_count == 0)
    assert called == []


def test_the_gui_thread_stays_live_during_long_work(qtbot, worker) -> None:
    beat = Heartbeat()
    done: list[object] = []
    beat.start()
    Op(worker, lambda _s: time.sleep(0.5), on_success=done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    worst = beat.stop()
    # The event loop kept turning while the worker slept (timings themselves are
    # reported by the benchmark, not asserted here).
    assert beat.ticks > 10
    print(f"worst GUI stall during 500 ms of background work: {worst:.1f} ms")
