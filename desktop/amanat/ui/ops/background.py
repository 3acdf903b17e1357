"""One way for a screen to run background work (as Orange's ConcurrentWidgetMixin).

A screen makes one :class:`Background` for each kind of long work it offers and calls
``start(fn, on_success)``. The helper:

- runs at most one op at a time (``start`` returns False while one runs);
- shows the busy indicator (a ``BusyBar`` of the kit, or anything with ``start``,
  ``set_fraction`` and ``stop``) and relays progress to it;
- shows the Cancel button while the op runs, and relays its click to the op;
- emits ``running_changed(bool)``, to which the screen connects what it disables;
- routes errors: a ``Cancelled`` to ``on_cancelled``, anything else to ``on_error``
  (usually ``notice.show_error``), unless the call gives its own ``on_failure``;
- drops the results once the screen is deleted (the worker checks the owner) or after
  ``discard()`` (a dialog closed while a check that changes nothing runs).

What the op changed is still broadcast by the session (``Session.changes_applied``),
whatever happens to the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from amanat.domain.changes import Changes
from amanat.domain.errors import Cancelled
from amanat.storage.vault import Vault
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import Op, TaskState, unhandled_error


class BusyIndicator(Protocol):
    def start(self) -> None: ...

    def set_fraction(self, fraction: float) -> None: ...

    def stop(self) -> None: ...


class Background(QObject):
    """A screen's background work: one op at a time, busy, Cancel, errors, close.

    It is a child of the screen and keeps no Python reference to it (the screen is
    ``parent()``; ``on_error`` and ``on_cancelled`` become signal connections, which
    Qt drops with it), so the screen is freed as soon as Qt deletes it.
    """

    running_changed = Signal(bool)
    failed = Signal(object)  # an error other than Cancelled (to on_error)
    cancelled = Signal()

    def __init__(
        self,
        owner: QWidget,
        session: Session,
        *,
        busy: BusyIndicator | None = None,
        cancel: QAbstractButton | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self.session = session
        self.busy = busy
        self.cancel_button = cancel
        self._op: Op | None = None
        # Without on_error, errors go to the window (the worker's unhandled_error).
        self._routes_errors = on_error is not None
        if on_error is not None:
            self.failed.connect(on_error)
        if on_cancelled is not None:
            self.cancelled.connect(on_cancelled)
        if cancel is not None:
            cancel.clicked.connect(self.cancel)
            cancel.hide()

    @property
    def running(self) -> bool:
        return self._op is not None

    def start(
        self,
        fn: Callable[[Vault, TaskState], Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        on_done: Callable[[], None] | None = None,
        changes: Changes | None = None,
    ) -> bool:
        """Queue ``fn`` against the open vault; False when one runs or it is locked."""
        if self._op is not None:
            return False
        succeeded, failed, done = self._callbacks(on_success, on_failure, on_done)
        op = self.session.op(
            fn,
            on_success=succeeded,
            on_failure=failed,
            on_progress=self.busy.set_fraction if self.busy is not None else None,
            on_done=done,
            owner=self.parent(),
            changes=changes,
        )
        if op is None:
            return False
        self._began(op)
        return True

    def run(
        self,
        fn: Callable[[TaskState], Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        on_done: Callable[[], None] | None = None,
        owned: bool = True,
    ) -> bool:
        """Queue work that needs no open vault (creating, unlocking, recovering one).

        ``owned=False``: the results are delivered even when the screen is gone (a vault
        just opened must reach the window, which adopts or locks it)."""
        if self._op is not None:
            return False
        succeeded, failed, done = self._callbacks(on_success, on_failure, on_done)
        op = self.session.run(
            fn,
            on_success=succeeded,
            on_failure=failed,
            on_progress=self.busy.set_fraction if self.busy is not None else None,
            on_done=done,
            owner=self.parent() if owned else None,
        )
        self._began(op)
        return True

    def cancel(self) -> None:
        """Ask the op to stop (the core polls the flag; its cleanup still runs)."""
        if self._op is not None:
            self._op.cancel()

    def discard(self) -> None:
        """Stop it and ignore whatever it still delivers (the screen is closing)."""
        op = self._op
        if op is not None:
            op.discard()
            self._finished(None)

    # -- internals ------------------------------------------------------------------------
    def _callbacks(
        self,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_done: Callable[[], None] | None,
    ) -> tuple[Callable[[Any], None], Callable[[BaseException], None], Callable[[], None]]:
        """The screen is idle again (busy hidden, controls enabled) before its own
        callbacks run, so that they can move the focus or start the next op."""
        handle_failure = on_failure or self._failed

        def succeeded(result: Any) -> None:
            self._finished(on_done)
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            self._finished(on_done)
            handle_failure(error)

        return succeeded, failed, lambda: self._finished(on_done)

    def _began(self, op: Op) -> None:
        self._op = op
        if self.busy is not None:
            self.busy.start()
        if self.cancel_button is not None:
            self.cancel_button.show()
        self.running_changed.emit(True)

    def _finished(self, on_done: Callable[[], None] | None) -> None:
        if self._op is None:
            return
        self._op = None
        if self.busy is not None:
            self.busy.stop()
        if self.cancel_button is not None:
            self.cancel_button.hide()
        self.running_changed.emit(False)
        if on_done is not None:
            on_done()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif self._routes_errors:
            self.failed.emit(error)
        else:
            unhandled_error(error)  # the window shows it
