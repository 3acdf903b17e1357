"""Cycles holding widgets are collected on the GUI thread only (ui/ops/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QWidget


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot) -> None:
    app = QApplication.instance()
    collector = app.amanat_collector
    assert not gc.isenabled()  # no collection on whichever thread allocates
    freed_on: list[str] = []

    class Screen(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.me = self  # a cycle: only the cyclic collector frees it

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    screen = Screen()
    gone = weakref.ref(screen)
    del screen
    # Allocations on another thread never run the collector there.
    worker = threading.Thread(target=lambda: [object() for _ in range(100_000)], name="w")
    worker.start()
    worker.join()
    assert gone() is not None
    collector.threshold = 1
    try:
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the timer's check
    finally:
        collector.threshold = gc.get_threshold()[0]
    assert freed_on == [threading.main_thread().name]
