"""The open vault as the GUI sees it: the worker, locking and auto-lock.

The :class:`Vault` object is only ever *used* on the worker thread; the GUI thread
keeps a reference so it can queue work against it. Lock order (docs/design.md §3.4, §9):

1. drop the callbacks of queued work and ask running work to stop;
2. ``locking`` is emitted: editors queue a last save of their drafts;
3. a final op closes the worker's connection ON the worker, then locks the vault
   (checkpoint, close, drop keys, release the folder);
4. ``locked`` is emitted: the window tears down every model and view.

Because the worker runs work in order, the drafts are written before the lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from amanat.crypto.kdf import TEST_PARAMS, Argon2Params
from amanat.domain.changes import Changes
from amanat.services import settings as settings_service
from amanat.services.settings import AUTOLOCK_MINUTES, Setting
from amanat.storage.vault import Vault
from amanat.ui.ops.worker import DbWorker, Op, TaskState

# Test hook, documented in docs/user-guide-app.md: when AMANAT_TEST_KDF=1 new vaults use
# the cheapest Argon2id parameters the core accepts (still the 64 MiB floor). Only the
# test suite sets it; it never weakens an existing vault (unlock reads the parameters
# stored in vault.keys).
TEST_KDF_ENV = "AMANAT_TEST_KDF"


def new_vault_kdf() -> Argon2Params | None:
    """Parameters for a new vault: None means calibrate to about 1 s on this machine."""
    if os.environ.get(TEST_KDF_ENV) == "1":
        return TEST_PARAMS
    return None


class IdleWatcher(QObject):
    """Fires ``idle`` after a period without keyboard, mouse or touch input."""

    idle = Signal()

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.InputMethod,
        }
    )

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        # The clock is a parameter so that tests can move time by hand.
        self.clock = clock
        self.timeout_ms = AUTOLOCK_MINUTES.default * 60_000
        self._last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setObjectName("autolockTimer")
        self._timer.timeout.connect(self.check)
        self._active = False

    def start(self, timeout_ms: int) -> None:
        self.timeout_ms = max(100, int(timeout_ms))
        self._last_activity = self.clock()
        # Checking a timestamp a few times per period is cheaper than restarting a
        # timer on every mouse move.
        self._timer.start(max(50, min(1000, self.timeout_ms // 10)))
        if not self._active:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._active = True

    def stop(self) -> None:
        self._timer.stop()
        if self._active:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._active = False

    def poke(self) -> None:
        self._last_activity = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every object passes here: input comes from the window system
        # (spontaneous), and testing that flag first avoids building an enum object
        # for the thousands of internal events per second.
        if event.spontaneous() and event.type() in self._ACTIVITY:
            self._last_activity = self.clock()
        return False

    def check(self) -> None:
        """Lock if the period has passed (the timer calls this a few times per period)."""
        if (self.clock() - self._last_activity) * 1000 >= self.timeout_ms:
            self.stop()
            self.idle.emit()


def changes_of(result: object) -> Changes | None:
    """The ``Changes`` a service returned: itself, or a result's ``.changes``."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


class HeldWork:
    """Work a lock must not drop without a word (files being encrypted into the vault):
    the lock waits for it (auto-lock, "Wait, then lock") or says what was lost. ``done``
    of ``total`` steps are written; the worker counts them as it goes."""

    def __init__(self, kind: str, total: int) -> None:
        self.kind = kind  # "attachment": the only kind so far
        self.total = total
        self.done = 0
        self.dropped = False  # the vault was locked before it ended
        self.waited = False  # a lock waited for it to end

    @property
    def lost(self) -> int:
        return self.total - self.done


class Session(QObject):
    """Owns the worker and the open vault; emits unlocked / locking / locked, and
    ``setting_changed(key, value)`` after ``change_setting``, and
    ``changes_applied(Changes)`` after every operation that changed something.

    The broadcast is how views refresh (as Anki's ``operation_did_execute``): each
    section connects to it and decides itself whether what changed concerns it. It is
    emitted on the GUI thread after the op's own callbacks, even when the widget that
    queued the op is gone (a dialog closed while importing), and never for work
    discarded at lock.
    """

    unlocked = Signal()
    locking = Signal()
    locked = Signal()
    setting_changed = Signal(str, object)
    changes_applied = Signal(object)  # Changes
    held_changed = Signal()  # work a lock must wait for began or ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DbWorker()
        self.worker.setParent(self)
        self.vault: Vault | None = None
        # The declared settings of the open vault (services.settings), read at unlock.
        self._settings: dict[str, Any] = {}
        self._held: list[HeldWork] = []
        self._lock_when_done = False
        # What locks met (waited for, or dropped): the window says so after unlock.
        self.after_lock: list[HeldWork] = []
        # Reports and exports warn once that a file leaves the encryption (ui/kit/plaintext.py).
        self.plaintext_warned = False
        self.idle = IdleWatcher(self)
        # Auto-lock finishes a file being attached first, then locks.
        self.idle.idle.connect(self.lock_when_done)
        self.setting_changed.connect(self._follow_setting)

    # -- running work ------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[TaskState], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_done: Callable[[], None] | None = None,
        owner: QObject | None = None,
    ) -> Op:
        """Queue vault-independent work (creating or unlocking a vault)."""
        return Op(
            self.worker,
            fn,
            on_success=on_success,
            on_failure=on_failure,
            on_progress=on_progress,
            on_done=on_done,
            owner=owner,
        ).run()

    def op(
        self,
        fn: Callable[[Vault, TaskState], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_done: Callable[[], None] | None = None,
        owner: QObject | None = None,
        changes: Changes | None = None,
    ) -> Op | None:
        """Queue work against the open vault; returns None when locked.

        What the result says changed (a ``Changes``, or a result's ``.changes``) is
        broadcast with ``changes_applied`` once the op is over. ``changes`` is a
        collector that ``fn`` fills in itself (the legacy ``changes=`` argument of some
        services, or several calls): it is broadcast too, also after a failure or a
        cancel (files attached before the cancel, a bundle kept in quarantine).
        """
        vault = self.vault
        if vault is None:
            return None

        def settled(result: object, _error: BaseException | None) -> None:
            done = Changes()
            if changes is not None:
                done.merge(changes)
            returned = changes_of(result)
            if returned is not None:
                done.merge(returned)
            self.publish(done)

        return Op(
            self.worker,
            lambda state: fn(vault, state),
            on_success=on_success,
            on_failure=on_failure,
            on_progress=on_progress,
            on_done=on_done,
            on_settled=settled,
            owner=owner,
        ).run()

    def publish(self, changes: Changes) -> None:
        """Tell every view what changed (nothing is sent when nothing changed)."""
        if changes and self.vault is not None:
            self.changes_applied.emit(changes)

    # -- opening and locking -----------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.vault is not None

    def open(self, vault: Vault, settings: dict[str, Any] | None = None) -> None:
        """Adopt a vault just unlocked (or created) on the worker, with its settings
        as read there (``services.settings.read_all``)."""
        self.vault = vault
        self._settings = dict(settings or {})
        self.idle.start(self.autolock_minutes * 60_000)
        self.unlocked.emit()

    # -- settings ----------------------------------------------------------------------
    def setting(self, declared: Setting[Any]) -> Any:
        """The open vault's value of a declared setting (its default when locked)."""
        return self._settings.get(declared.key, declared.default)

    def change_setting(self, key: str | Setting[Any], value: object) -> None:
        """Validate (InvalidSetting, nothing changed), take the value at once, store it
        in the vault on the worker, and emit setting_changed."""
        declared = settings_service.setting(key)
        valid = declared.validate(value)
        if self.vault is None:
            return
        self._settings[declared.key] = valid
        self.op(lambda v, _s: settings_service.set(v, declared, valid))
        self.setting_changed.emit(declared.key, valid)

    @property
    def autolock_minutes(self) -> int:
        return int(self.setting(AUTOLOCK_MINUTES))

    def _follow_setting(self, key: str, value: object) -> None:
        if key == AUTOLOCK_MINUTES.key and self.vault is not None:
            self.idle.start(int(str(value)) * 60_000)

    def set_autolock_ms_for_tests(self, milliseconds: int) -> None:
        self.idle.start(milliseconds)

    # -- work a lock waits for ------------------------------------------------------------
    @property
    def held(self) -> list[HeldWork]:
        return list(self._held)

    @property
    def lock_pending(self) -> bool:
        return self._lock_when_done

    def hold(self, work: HeldWork) -> None:
        self._held.append(work)
        self.held_changed.emit()

    def release(self, work: HeldWork) -> None:
        """The work ended (written, failed or cancelled): a lock waiting for it runs."""
        if work not in self._held:
            return
        self._held.remove(work)
        self.held_changed.emit()
        if self._lock_when_done and not self._held:
            for held in self.after_lock:
                held.waited = True
            self.lock()

    def lock_when_done(self) -> None:
        """Lock once the held work has ended (at once when there is none)."""
        if not self._held:
            self.lock()
            return
        self.idle.stop()
        self._lock_when_done = True
        for work in self._held:
            if work not in self.after_lock:
                self.after_lock.append(work)

    def take_after_lock(self) -> list[HeldWork]:
        """What the last lock waited for or dropped, once (shown after unlock)."""
        met, self.after_lock = self.after_lock, []
        return met

    def lock(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.idle.stop()
        self._lock_when_done = False
        for work in self._held:  # locked anyway: it is cancelled, and said so
            work.dropped = True
            if work not in self.after_lock:
                self.after_lock.append(work)
        self._held = []
        self.worker.discard_all()
        self.locking.emit()  # editors queue their last draft saves here

        def close(_state: TaskState) -> None:
            # The worker's connection must be closed on the worker (per-thread objects).
            vault.close_thread()
            vault.lock()

        Op(self.worker, close).run()
        self.vault = None
        self._settings = {}
        self.locked.emit()

    def shutdown(self) -> None:
        """Lock and stop the worker (at quit)."""
        self.lock()
        self.worker.stop()
