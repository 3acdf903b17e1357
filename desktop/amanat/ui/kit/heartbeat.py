"""A GUI-thread stall meter: a fast timer that records how late each tick fires.

A tick that fires 300 ms late means the event loop was blocked for about 300 ms:
nothing repainted and no key press was handled. Used by the tests and the benchmark
to prove the GUI never freezes (issue: under 100 ms; target while scrolling: 50 ms).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.worst_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.worst_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap_ms = (now - self._last) * 1000.0
        self._last = now
        self.ticks += 1
        self.worst_ms = max(self.worst_ms, gap_ms)
