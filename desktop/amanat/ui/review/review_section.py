"""The Review section: the reviewer's tabs (the queue, conflicts, follow-ups).

Each tab is a panel of this package; a panel that wants a case shown emits
``open_case`` and one that has news for the status bar emits ``status_message``, and
the section passes both on to the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from amanat.ui.ops.session import Session
from amanat.ui.review.inbox_panel import InboxPanel


class ReviewSection(QWidget):
    open_case = Signal(str)
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("reviewSection")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self._build_tabs()

    def _build_tabs(self) -> None:
        """One line per panel, in the order a reviewer works: the queue first."""
        self._add(InboxPanel(self.session), self.tr("Inbox"))

    def _add(self, panel: QWidget, title: str) -> None:
        for name in ("open_case", "status_message"):
            signal = getattr(panel, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        self.tabs.addTab(panel, title)
