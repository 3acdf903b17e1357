"""Python's cyclic garbage collector, run on the GUI thread only.

A cycle holding a Qt widget (a lambda that refers to its own screen, a section and its
models) is freed by Python's cyclic collector whenever the allocation counters say so,
on whichever thread is allocating at that moment. When that is the database worker,
the widget's C++ object is destroyed outside the GUI thread, which Qt does not allow:
the process crashes (seen as a segmentation fault "Garbage-collecting" on the worker
after a lock). As Anki does, automatic collection is turned off and a timer on the GUI
thread collects when the counters say it is due; reference counting still frees
everything that is not in a cycle at once, on the thread that drops it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Owns automatic collection for the life of the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()[0]
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setObjectName("gcTimer")
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        """Collect if as many objects were allocated as the collector would wait for."""
        if gc.get_count()[0] >= self.threshold:
            self.collect()

    def collect(self) -> int:
        """Collect now (on the GUI thread): after a lock, so the old workspace goes."""
        return gc.collect()
