"""ui/ops/background.py: one op at a time, busy and Cancel, errors routed, results
dropped once the screen is gone; and the session's broadcast of what changed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from amanat.domain.changes import Changes
from amanat.domain.errors import NotFound
from amanat.services.base import Created, check_cancelled
from amanat.ui.kit.widgets import BusyBar
from amanat.ui.ops import worker as worker_module
from amanat.ui.ops.background import Background
from support.gui import idle, unlock


@pytest.fixture
def open_session(qtbot, home_vault, window_factory):
    home_vault()
    window = window_factory()
    unlock(qtbot, window)
    idle(qtbot, window)
    return window.session


def screen_with_work(qtbot, session, *, track: bool = True, **kwargs):
    screen = QWidget()
    if track:  # closed by qtbot at the end (not for a screen the test deletes itself)
        qtbot.addWidget(screen)
    busy = BusyBar("testBusy", "Working")
    cancel = QPushButton("Cancel", screen)
    busy.setParent(screen)
    screen.show()
    work = Background(screen, session, busy=busy, cancel=cancel, **kwargs)
    return screen, busy, cancel, work


def test_one_op_at_a_time_with_busy_progress_and_cancel(qtbot, open_session) -> None:
    cancelled: list[bool] = []
    states: list[bool] = []
    _screen, busy, cancel, work = screen_with_work(
        qtbot, open_session, on_cancelled=lambda: cancelled.append(True)
    )
    work.running_changed.connect(states.append)
    assert cancel.isHidden()
    release = threading.Event()

    def slow(_vault, state):
        state.progress(0.5)
        release.wait(10)
        check_cancelled(state.is_cancelled)

    succeeded: list[object] = []
    assert work.start(slow, succeeded.append)
    assert work.running and busy.isVisible() and cancel.isVisible()
    assert not work.start(slow, succeeded.append)  # one at a time
    qtbot.waitUntil(lambda: busy.value() == 500, timeout=5000)
    cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not work.running, timeout=5000)
    assert cancelled == [True] and succeeded == []
    assert not busy.isVisible() and cancel.isHidden()
    assert states == [True, False]


def test_errors_go_to_on_error_or_else_to_the_window(qtbot, open_session, monkeypatch) -> None:
    errors: list[BaseException] = []
    _screen, _busy, _cancel, work = screen_with_work(qtbot, open_session, on_error=errors.append)

    def boom(_vault, _state):
        raise NotFound(what="case")

    work.start(boom)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], NotFound)

    shown: list[BaseException] = []
    monkeypatch.setattr(worker_module, "_unhandled", shown.append)
    _screen, _busy, _cancel, quiet = screen_with_work(qtbot, open_session)
    quiet.start(boom)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], NotFound)


def test_a_closed_screen_gets_no_result_but_the_change_is_broadcast(qtbot, open_session) -> None:
    broadcast: list[Changes] = []
    open_session.changes_applied.connect(broadcast.append)
    screen, _busy, _cancel, work = screen_with_work(qtbot, open_session, track=False)
    release = threading.Event()

    def change(_vault, _state):
        release.wait(10)
        return Created("case-1", Changes(cases={"case-1"}))

    delivered: list[object] = []
    work.start(change, delivered.append)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not _alive(work), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: bool(broadcast), timeout=5000)
    assert delivered == []
    assert broadcast[0].cases == {"case-1"}


def test_nothing_is_broadcast_when_nothing_changed(qtbot, open_session) -> None:
    broadcast: list[Changes] = []
    open_session.changes_applied.connect(broadcast.append)
    _screen, _busy, _cancel, work = screen_with_work(qtbot, open_session)
    done: list[object] = []
    work.start(lambda _v, _s: Changes(), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    # A collector filled by the function itself is broadcast even after a failure.
    collected = Changes()

    def partly(_vault, _state):
        collected.attachments.add("attachment-1")
        raise NotFound(what="case")

    errors: list[BaseException] = []
    work2 = Background(_screen, open_session, on_error=errors.append)
    work2.start(partly, changes=collected)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert [c.attachments for c in broadcast] == [{"attachment-1"}]


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
