"""The Review section: the reviewer's tabs (the queue, conflicts, follow-ups).

Each tab is a panel of this package; a panel that wants a case shown emits
``open_case`` and one that has news for the status bar emits ``status_message``, and
the section passes both on to the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from amanat.ui.ops.session import Session
from amanat.ui.review.conflicts_panel import ConflictsPanel
from amanat.ui.review.followups_panel import FollowupsPanel
from amanat.ui.review.inbox_panel import InboxPanel
from amanat.ui.review.queue_panel import QueuePanel


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
        self._add(QueuePanel(self.session), self.tr("Queue"))
        self._add(ConflictsPanel(self.session), self.tr("Conflicts"))
        self._add(FollowupsPanel(self.session), self.tr("Follow-ups"))

    def _add(self, panel: QWidget, title: str) -> None:
        for name in ("open_case", "status_message"):
            signal = getattr(panel, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        self.tabs.addTab(panel, title)

    def panel(self, object_name: str) -> QWidget:
        """The tab whose panel has this object name (tests and the screenshots find
        panels by name, not by their place among the tabs)."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == object_name:
                return widget
        raise KeyError(object_name)
