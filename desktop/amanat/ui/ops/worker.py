"""The one database worker and the operation API (docs/design.md §12.2-12.3).

SQLCipher connections belong to the thread that opened them, so every piece of
database work of the GUI runs, in order, on ONE worker thread: unlock (the KDF), case
queries, autosaves, imports, demo generation, lock. The GUI thread only queues work
and receives results through queued signals, so it never waits on the disk or the KDF.

    Op(worker, fn, on_success=..., on_failure=..., on_progress=..., owner=widget).run()

``fn`` receives a :class:`TaskState` with the plain ``progress(fraction)`` and
``is_cancelled()`` callables that the services take; it never sees Qt. Results and
progress come back on the GUI thread. When ``owner`` has been deleted (for example the
view was torn down at lock) or the op was discarded, the callbacks are skipped.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from amanat.domain.errors import AmanatError, Cancelled

# Only exception type names are logged: an exception's text might quote case content.
_log = logging.getLogger("amanat.ui.ops.worker")

# Progress is relayed at most this often: a tight loop in the core must not flood the
# GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


class TaskState:
    """What a background function sees: progress(fraction) and is_cancelled()."""

    def __init__(self, relay: Callable[[float], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._relay = relay
        self._last_sent = 0.0

    def progress(self, fraction: float) -> None:
        if self._relay is None:
            return
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_sent >= PROGRESS_INTERVAL_S:
            self._last_sent = now
            self._relay(max(0.0, min(1.0, float(fraction))))

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives on the GUI thread and delivers what the worker produced, in order.

    Results and progress travel in a plain Python queue, in the order the worker made
    them; the signal only wakes the GUI thread and carries nothing, so no Python object
    has to be wrapped for Qt's queued-connection machinery.
    """

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._items: queue.SimpleQueue[tuple[str, Op, object, object]] = queue.SimpleQueue()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # Called on the worker thread.
    def post(self, kind: str, op: Op, value: object, error: object = None) -> None:
        self._items.put((kind, op, value, error))
        self.wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                kind, op, value, error = self._items.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                op._deliver_progress(float(value))  # type: ignore[arg-type]
            else:
                op._deliver_result(value, error)


_STOP = object()


class DbWorker(QThread):
    """A single thread that runs queued operations one after another."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbWorker")
        self._queue: queue.Queue[Any] = queue.Queue()
        self._relay = _Relay()
        self._pending: set[Op] = set()
        self._pending_guard = threading.Lock()
        self._ids = itertools.count(1)
        self.thread_ident: int | None = None

    # -- GUI thread ------------------------------------------------------------------
    def submit(self, op: Op) -> None:
        if not self.isRunning():
            self.start()
        with self._pending_guard:
            self._pending.add(op)
            first = len(self._pending) == 1
        if first:
            self.busy_changed.emit(True)
        self._queue.put(op)

    def cancel_all(self) -> None:
        """Ask every queued or running op to stop (they still run their cleanup)."""
        with self._pending_guard:
            ops = list(self._pending)
        for op in ops:
            op.state.cancel()

    def discard_all(self) -> None:
        """Cancel everything and drop the callbacks of what is queued or running."""
        with self._pending_guard:
            ops = list(self._pending)
        for op in ops:
            op.discard()

    @property
    def pending_count(self) -> int:
        with self._pending_guard:
            return len(self._pending)

    def stop(self, timeout_ms: int = 30000) -> None:
        if self.isRunning():
            self._queue.put(_STOP)
            self.wait(timeout_ms)

    # -- worker thread -----------------------------------------------------------------
    def run(self) -> None:
        self.thread_ident = threading.get_ident()
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            op: Op = item
            result: object = None
            error: BaseException | None = None
            if op.state.is_cancelled() and op.skip_if_cancelled:
                error = Cancelled()
            else:
                try:
                    result = op.fn(op.state)
                except BaseException as exc:  # delivered to the GUI thread, never lost
                    error = exc
            if error is not None and not isinstance(error, AmanatError):
                # Only the type: an unexpected error's text might quote case content.
                _log.error("background error (%s)", type(error).__name__)
            self._relay.post("result", op, result, error)

    def _finished(self, op: Op) -> None:
        with self._pending_guard:
            self._pending.discard(op)
            empty = not self._pending
        if empty:
            self.busy_changed.emit(False)


class Op:
    """One piece of background work with its GUI-thread callbacks."""

    def __init__(
        self,
        worker: DbWorker,
        fn: Callable[[TaskState], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_done: Callable[[], None] | None = None,
        on_settled: Callable[[object, BaseException | None], None] | None = None,
        owner: QObject | None = None,
        skip_if_cancelled: bool = False,
    ) -> None:
        self.worker = worker
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.on_done = on_done
        # Called last, with the result or the error, even when the owner is gone (only a
        # discarded op skips it): the session's broadcast of what changed hangs here.
        self.on_settled = on_settled
        self.owner = owner
        self.skip_if_cancelled = skip_if_cancelled
        self.state = TaskState(self._relay_progress if on_progress else None)
        self.discarded = False
        self.done = False

    def run(self) -> Op:
        self.worker.submit(self)
        return self

    def cancel(self) -> None:
        self.state.cancel()

    def discard(self) -> None:
        self.discarded = True
        self.state.cancel()

    # Called on the worker thread.
    def _relay_progress(self, fraction: float) -> None:
        self.worker._relay.post("progress", self, fraction)

    def _alive(self) -> bool:
        if self.discarded:
            return False
        return self.owner is None or shiboken6.isValid(self.owner)

    def _deliver_progress(self, fraction: float) -> None:
        if self.on_progress is not None and not self.done and self._alive():
            self.on_progress(fraction)

    def _deliver_result(self, result: object, error: object) -> None:
        self.done = True
        self.worker._finished(self)
        try:
            self._deliver_to_owner(result, error)
        finally:
            if self.on_settled is not None and not self.discarded:
                self.on_settled(result, error if isinstance(error, BaseException) else None)

    def _deliver_to_owner(self, result: object, error: object) -> None:
        if not self._alive():
            return
        try:
            if error is None:
                if self.on_success is not None:
                    self.on_success(result)
            elif self.on_failure is not None:
                assert isinstance(error, BaseException)
                self.on_failure(error)
            elif not isinstance(error, Cancelled):
                unhandled_error(error)  # type: ignore[arg-type]
        finally:
            if self.on_done is not None and self._alive():
                self.on_done()


# The application installs a handler that shows the error to the person; until then
# (and in tests that do not care) the error is reported by type only.
_unhandled: Callable[[BaseException], None] | None = None


def set_unhandled_error_handler(handler: Callable[[BaseException], None] | None) -> None:
    global _unhandled
    _unhandled = handler


def unhandled_error(error: BaseException) -> None:
    if _unhandled is not None:
        _unhandled(error)
    else:
        _log.error("unhandled background error (%s)", type(error).__name__)
