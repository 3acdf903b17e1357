"""Reports in the app: the case view's Dossier..., the statistics dashboard, PNG and
SVG charts, and the once-per-session warning (issue 13)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from amanat.services import cases as case_service
from amanat.ui.kit import dialogs
from amanat.ui.kit import file_dialogs as files
from amanat.ui.reports import report_dialog
from support.gui import unlock
from support.reports import INTERNAL_NARRATIVE, PUBLIC_NARRATIVE, add_report_case


@pytest.fixture
def workspace(qtbot, home_vault, window_factory):
    home_vault("Field team")
    window = window_factory()
    ws = unlock(qtbot, window)
    made: list[str] = []
    window.session.op(lambda v, _s: add_report_case(v), on_success=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    return window, ws, made[0]


def _log(qtbot, window, case_id: str) -> list[dict]:
    out: list[list[dict]] = []
    window.session.op(lambda v, _s: case_service.custody_log(v, case_id), on_success=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def test_dossier_from_the_case_view_warns_once(
    qtbot, workspace, monkeypatch, tmp_path: Path
) -> None:
    window, ws, case_id = workspace
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmDialog, "ask",
        classmethod(lambda cls, parent, title, *a, **k: asked.append(title) or True),
    )  # fmt: skip
    monkeypatch.setattr(
        report_dialog.ReportDialog, "ask", classmethod(lambda cls, parent: ("no-contacts", "legal"))
    )
    out = tmp_path / "out"
    out.mkdir()
    targets = iter([out / "one.pdf", out / "two.pdf"])
    monkeypatch.setattr(
        files.FileDialogs, "save_as", classmethod(lambda cls, parent, title, name: next(targets))
    )
    ws.open_case(case_id)
    view = ws.cases.case_view
    qtbot.waitUntil(lambda: view.case_id == case_id and view.report_button.isVisible())
    view.report_button.click()
    qtbot.waitUntil(lambda: (out / "one.pdf").exists(), timeout=20000)
    view.report_button.click()
    qtbot.waitUntil(lambda: (out / "two.pdf").exists(), timeout=20000)
    assert len(asked) == 1  # once per session
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out / "one.pdf"), "-"], capture_output=True
    ).stdout.decode("utf-8")
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    assert "".join(PUBLIC_NARRATIVE.split()) in flat
    assert INTERNAL_NARRATIVE not in text
    qtbot.waitUntil(lambda: len([e for e in _log(qtbot, window, case_id)
                                 if e["action"] == "exported"]) == 2)  # fmt: skip


def test_the_dashboard_counts_follows_filters_and_exports(
    qtbot, workspace, monkeypatch, tmp_path: Path
) -> None:
    _window, ws, _case_id = workspace
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    ws.show_section("reports")
    panel = ws.stats
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    assert panel.result["persons"] == 1
    assert "documented persons, not estimates" in panel.caption.text()
    panel.status.setCurrentIndex(panel.status.findData("released"))
    qtbot.waitUntil(lambda: panel.result["persons"] == 0, timeout=10000)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("facility"))
    out = tmp_path / "charts"
    out.mkdir()
    targets = iter([out / "c.png", out / "c.svg"])
    monkeypatch.setattr(
        files.FileDialogs, "save_as", classmethod(lambda cls, parent, title, name: next(targets))
    )
    panel.png_button.click()
    qtbot.waitUntil(lambda: (out / "c.png").exists(), timeout=10000)
    panel.svg_button.click()
    qtbot.waitUntil(lambda: (out / "c.svg").exists(), timeout=10000)
    assert (out / "c.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (out / "c.svg").read_bytes()
    panel.status.setCurrentIndex(panel.status.findData("sentenced"))
    qtbot.waitUntil(lambda: panel.result["persons"] == 1, timeout=10000)


def test_a_bar_chart_names_each_bar_whole_the_largest_on_top(qtbot, workspace, monkeypatch) -> None:
    """Facilities and counties have long names: the bars lie down, with each name
    whole beside its bar (vertical bars cut them to a few letters)."""
    from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from support.gui_bundles import on_worker

    window, ws, _case_id = workspace
    window.resize(1180, 780)

    def add_camps(vault) -> None:  # type: ignore[no-untyped-def]
        for i in range(20):
            doc = {
                "title": f"Held at camp {i}",
                "person": {"names": [f"Person {i}"]},
                "events": [{"type": "detention", "date": "2018-05", "place": {
                    "name": f"Kunes County Vocational Training Centre No. {i}",
                    "facility_type": "camp"}}],
            }  # fmt: skip
            case_service.add_case(vault, doc)

    on_worker(qtbot, window, add_camps)
    ws.show_section("reports")
    panel = ws.stats
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("facility"))
    chart = panel.chart_view.chart()
    [series] = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    [axis] = chart.axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QBarCategoryAxis)
    shown = panel.current_chart()
    names = list(axis.categories())
    assert len(names) == 21 and names[-1] == shown["bars"][0]["label"]  # the largest on top
    assert "Kunes County Vocational Training Centre No. 7" in names
    assert not axis.truncateLabels()
    qtbot.waitUntil(lambda: chart.plotArea().width() > 0, timeout=5000)
    metrics = QFontMetrics(axis.labelsFont())
    widest = max(metrics.horizontalAdvance(n) for n in names)
    assert chart.plotArea().left() >= widest  # room for the whole name left of the bars
    # and a line of type per bar, so that Qt skips no name as overlapping the next
    assert chart.plotArea().height() / len(names) >= metrics.height()
