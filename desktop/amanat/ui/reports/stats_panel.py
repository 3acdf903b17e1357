"""The statistics dashboard: documented persons, not estimates (issue 13).

One chart at a time (QtCharts, no web view), chosen from the list; every chart follows
the same filters (dates, status, review state, place) and says what it counts. Counts
come from ``services.stats`` on the worker. Charts export as PNG and SVG through
``services.stats.write_stats`` (atomic, 0600, logged) after the once-per-session
warning.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from amanat.domain.changes import Changes
from amanat.domain.vocab import codes
from amanat.services import stats
from amanat.storage.vault import Vault
from amanat.ui.kit.file_dialogs import FileDialogs
from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill
from amanat.ui.kit.plaintext import confirm_plaintext
from amanat.ui.kit.review_words import STATES, state_text
from amanat.ui.kit.widgets import Notice, button, hint_label, named
from amanat.ui.ops.session import Session
from amanat.ui.ops.worker import TaskState

MAX_BARS = 25  # the rest of a long list (facilities, counties) is in `amanat stats`
LABEL_KINDS = {"status": "person_status", "sex": "sex"}


class StatsPanel(QWidget):
    status_message = Signal(str, int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("statsPanel")
        self.session = session
        self.result: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.caption = named(QLabel(), "statsCaption", self.tr("What the chart counts"))
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.chart_view = named(QChartView(), "statsChart", self.tr("Chart"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        layout.addWidget(self.chart_view, 1)
        layout.addLayout(self._build_exports())
        self.notice = Notice("statsNotice")
        layout.addWidget(self.notice)
        session.changes_applied.connect(self._apply_changes)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.chart_choice = named(QComboBox(), "statsChartChoice", self.tr("Chart"))
        for name, text in (
            ("status", self.tr("By current status")),
            ("facility", self.tr("By detention facility")),
            ("prefecture", self.tr("By prefecture of origin")),
            ("county", self.tr("By county of origin")),
            ("detention_year", self.tr("By year of first detention")),
            ("sex", self.tr("By sex")),
            ("age", self.tr("By age at the events")),
            ("over_time", self.tr("Documented over time")),
        ):
            self.chart_choice.addItem(text, name)
        row.addWidget(self.chart_choice)
        self.date_from = named(QLineEdit(), "statsFrom", self.tr("Events from"))
        self.date_from.setPlaceholderText(self.tr("from (2018)"))
        self.date_to = named(QLineEdit(), "statsTo", self.tr("Events until"))
        self.date_to.setPlaceholderText(self.tr("until (2019-06)"))
        self.status = named(QComboBox(), "statsStatus", self.tr("Current status"))
        self.status.addItem(self.tr("Any status"), "")
        for code in codes("person_status"):
            self.status.addItem(label("person_status", code), code)
        self.review = named(QComboBox(), "statsReview", self.tr("Review state"))
        self.review.addItem(self.tr("Any review state"), "")
        for code in STATES:  # this vault's review of the case (docs/review.md §2)
            self.review.addItem(state_text(code), code)
        for widget in (self.date_from, self.date_to, self.status, self.review):
            row.addWidget(widget)
        self.apply_button = button(self.tr("Apply"), "statsApply", self.tr("Apply the filters"))
        row.addWidget(self.apply_button)
        self.apply_button.clicked.connect(self.refresh)
        self.chart_choice.currentIndexChanged.connect(lambda _i: self._show())
        for combo in (self.status, self.review):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.returnPressed.connect(self.refresh)
        return row

    def _build_exports(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(
            hint_label(self.tr("Documented persons, not estimates."), "statsNotEstimates"), 1
        )
        self.png_button = button(self.tr("Save as PNG..."), "statsPng", self.tr("Save as PNG"))
        self.svg_button = button(self.tr("Save as SVG..."), "statsSvg", self.tr("Save as SVG"))
        row.addWidget(self.png_button)
        row.addWidget(self.svg_button)
        self.png_button.clicked.connect(lambda: self.save("png"))
        self.svg_button.clicked.connect(lambda: self.save("svg"))
        return row

    # -- counting -------------------------------------------------------------------------
    def current_filter(self) -> dict[str, Any]:
        status = str(self.status.currentData() or "")
        review = str(self.review.currentData() or "")
        return {
            "date_from": self.date_from.text().strip() or None,
            "date_to": self.date_to.text().strip() or None,
            "statuses": [status] if status else [],
            "review": [review] if review else [],
        }

    def refresh(self) -> None:
        words = self.current_filter()

        def count(vault: Vault, _state: TaskState) -> dict[str, Any]:
            return stats.statistics(vault, stats.make_filter(**words))

        self.session.op(
            count, on_success=self._counted, on_failure=self.notice.show_error, owner=self
        )

    def _apply_changes(self, changes: Changes) -> None:
        if (changes.cases or changes.persons) and self.result is not None and self.isVisible():
            self.refresh()

    def _counted(self, result: dict[str, Any]) -> None:
        self.notice.clear()
        self.result = result
        self._show()

    def current_chart(self) -> dict[str, Any] | None:
        if self.result is None:
            return None
        name = self.chart_choice.currentData()
        return next((c for c in self.result["charts"] if c["name"] == name), None)

    def _show(self) -> None:
        shown = self.current_chart()
        if shown is None or self.result is None:
            return
        kind = LABEL_KINDS.get(shown["name"])
        bars = shown["bars"][:MAX_BARS]
        names = [label(kind, b["key"]) if kind else str(b["label"]) for b in bars]
        chart = QChart()
        chart.setTitle(self.chart_choice.currentText())
        chart.legend().hide()
        counts = [int(b["count"]) for b in bars]
        if shown["kind"] == "line":
            self._line(chart, names, counts)
        else:
            self._bars(chart, names, counts)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.caption.setText(
            fill(
                self.tr("%1 documented persons, not estimates, match the filters. %2"),
                str(self.result["persons"]),
                self._counts_words(shown["name"]),
            )
        )

    def _counts_words(self, name: str) -> str:
        words = {
            "status": self.tr("Each person is counted once, by their current status."),
            "facility": self.tr("A person held in two facilities is counted in each."),
            "prefecture": self.tr("Each person is counted once, by the prefecture of origin."),
            "county": self.tr("Each person is counted once, by the county of origin."),
            "detention_year": self.tr("Each person is counted once, by their first detention."),
            "sex": self.tr("Each person is counted once."),
            "age": self.tr("Age at the first event of the case."),
            "over_time": self.tr("Persons by the month their first case was recorded."),
        }
        return words.get(name, "")

    def _bars(self, chart: QChart, names: list[str], counts: list[int]) -> None:
        """Horizontal bars, the largest on top: a facility's or a county's whole name
        fits beside its bar, where under a vertical bar it was cut to a few letters."""
        bar_set = QBarSet(self.tr("Persons"))
        bar_set.append([float(c) for c in reversed(counts)])
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(names)))
        categories.setTruncateLabels(False)  # a name is shown whole or the bar is unnamed
        if len(names) > 12:  # a smaller type, so that no second name is skipped
            font = categories.labelsFont()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 0.8)
                categories.setLabelsFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        self._value_axis(chart, series, counts, Qt.AlignmentFlag.AlignBottom)

    def _line(self, chart: QChart, names: list[str], counts: list[int]) -> None:
        series = QLineSeries()
        for i, c in enumerate(counts):
            series.append(float(i), float(c))
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(names)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        self._value_axis(chart, series, counts)

    def _value_axis(
        self,
        chart: QChart,
        series: Any,
        counts: list[int],
        side: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        value_axis.setRange(0, max([1, *counts]))
        value_axis.applyNiceNumbers()
        chart.addAxis(value_axis, side)
        series.attachAxis(value_axis)

    # -- exporting --------------------------------------------------------------------------
    def image_bytes(self, fmt: str) -> bytes:
        """The chart on screen as PNG or SVG, in memory."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if fmt == "png":
            self.chart_view.grab().save(buffer, "PNG")
        else:
            size = self.chart_view.size()
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(QSize(size.width(), size.height()))
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.chart_choice.currentText())
            painter = QPainter(generator)
            self.chart_view.render(painter)
            painter.end()
        buffer.close()
        return bytes(data.data())

    def save(self, fmt: str) -> None:
        if self.current_chart() is None:
            self.notice.show_message("info", self.tr("Apply the filters to count first."))
            return
        if not confirm_plaintext(self, self.session):
            return
        target = FileDialogs.save_as(self, self.tr("Save the chart"), f"chart.{fmt}")
        if target is None:
            return
        data = self.image_bytes(fmt)
        replace = target.exists()

        def write(vault: Vault, _state: TaskState) -> Any:
            return stats.write_stats(vault, target, data, what="chart", replace=replace)

        self.session.op(
            write,
            on_success=lambda _o: self.status_message.emit(
                self.tr("The chart was saved and the export was logged."), 6000
            ),
            on_failure=self.notice.show_error,
            owner=self,
        )
