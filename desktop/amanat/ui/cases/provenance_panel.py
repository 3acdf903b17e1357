"""The case view's History tab: every revision, and under it, in words, where the chosen
one came from (docs/review.md §7): who wrote it and when, which bundle brought it, from
whom, sealed and received when, and which version it replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget

from amanat.services import bundles as bundle_service
from amanat.storage.vault import Vault
from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill, isolate
from amanat.ui.kit.rows_model import ROW_ROLE
from amanat.ui.kit.text import local_time
from amanat.ui.kit.widgets import value_label
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState


def _who(name: object) -> str:
    return isolate(name) if name else QCoreApplication.translate("Provenance", "an unknown key")


def origin_text(origin: dict[str, Any]) -> str:
    """Where one revision came from, in a few calm sentences."""
    author = origin.get("author") or {}
    kind = label("record_kind", origin.get("record_kind"))
    if author.get("who") == "self":
        parts = [
            fill(
                QCoreApplication.translate(
                    "Provenance", "This version of the %1 was written in this vault on %2."
                ),
                kind,
                local_time(origin.get("created")),
                isolated=False,
            )
        ]
    else:
        parts = [
            fill(
                QCoreApplication.translate(
                    "Provenance", "This version of the %1 was written by %2 on %3."
                ),
                kind,
                _who(author.get("name")),
                local_time(origin.get("created")),
                isolated=False,
            )
        ]
    bundle = origin.get("bundle")
    if bundle:
        parts.append(
            fill(
                QCoreApplication.translate(
                    "Provenance",
                    "It came in a bundle from %1, sealed on %2 and received here on %3"
                    " (bundle %4).",
                ),
                _who(bundle.get("sender")),
                local_time(bundle.get("bundle_created")),
                local_time(bundle.get("imported")),
                str(bundle.get("bundle_id", ""))[:12],
                isolated=False,
            )
        )
    elif author.get("who") != "self":
        parts.append(
            QCoreApplication.translate("Provenance", "It did not come in a bundle received here.")
        )
    replaced = origin.get("replaced") or []
    if not replaced:
        parts.append(QCoreApplication.translate("Provenance", "It is the first version."))
    for old in replaced:
        parts.append(
            fill(
                QCoreApplication.translate("Provenance", "It replaced the version of %1 by %2."),
                local_time(old.get("created")),
                _who(old.get("author")),
                isolated=False,
            )
        )
    return " ".join(parts)


class ProvenancePage(QWidget):
    """The history table, and "Where it came from" for the revision chosen in it."""

    def __init__(self, session: Session, table: QTableView) -> None:
        super().__init__()
        self.setObjectName("historyPage")
        self.session = session
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        box = QGroupBox(self.tr("Where it came from"))
        box.setObjectName("provenanceGroup")
        inner = QVBoxLayout(box)
        self.line = value_label("provenanceLine", self.tr("Where it came from"))
        inner.addWidget(self.line)
        layout.addWidget(box)
        self._clear()
        model = table.model()
        model.modelReset.connect(self._clear)
        table.selectionModel().currentRowChanged.connect(self._chosen)

    def _clear(self) -> None:
        self.line.setText(self.tr("Choose a revision in the list to see where it came from."))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, dict) or not row.get("rev_id"):
            self._clear()
            return
        rev_id = str(row["rev_id"])

        def load(vault: Vault, _state: TaskState) -> dict[str, Any]:
            return bundle_service.revision_origin(vault, rev_id)

        self.session.op(load, on_success=self._show, owner=self)

    def _show(self, origin: object) -> None:
        if isinstance(origin, dict):
            self.line.setText(origin_text(origin))
