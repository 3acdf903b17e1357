"""Start the desktop application."""

from __future__ import annotations


def run_gui(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["amanat", *argv])
    label = QLabel("Amanat")
    label.setObjectName("placeholder")
    label.show()
    return app.exec()
