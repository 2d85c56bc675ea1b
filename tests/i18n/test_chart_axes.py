"""The window's charts mark months once each in the window's language, years whole, and
amounts with grouped thousands, as the report's charts do; the milestone timeline names
its months in the window's language too."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCharts import QAbstractAxis, QCategoryAxis, QChartView, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from coopdesk.services.database import Database
from coopdesk.services.delivery import RhythmPoint
from coopdesk.ui import formatting
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.widgets.gantt import GanttWidget
from coopdesk.ui.widgets.headcount_chart import HeadcountChart
from coopdesk.ui.widgets.rhythm_chart import RhythmChart
from tests.month_series import first_days as _months
from tests.reports.conftest import build_sample

MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
YEARS = [str(year) for year in range(2013, 2026)]


def shown_labels(axis: QAbstractAxis) -> list[str]:
    """The labels ``axis`` draws at its ticks, whatever kind of axis it is."""
    if isinstance(axis, QCategoryAxis):
        return axis.categoriesLabels()
    count = axis.tickCount()
    if isinstance(axis, QDateTimeAxis):
        low, high = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
        return [QLocale().toString(
            QDateTime.fromMSecsSinceEpoch(round(low + i * (high - low) / (count - 1))),
            axis.format()) for i in range(count)]
    assert isinstance(axis, QValueAxis)
    low, high = axis.min(), axis.max()
    return [axis.labelFormat() % (low + i * (high - low) / (count - 1)) for i in range(count)]


def _rhythm(months: list[date], step: Decimal) -> list[RhythmPoint]:
    return [RhythmPoint(m, step * (i + 1), step * i, i < 9) for i, m in enumerate(months)]


def _axes(view: QChartView) -> tuple[QAbstractAxis, QAbstractAxis]:
    chart = view.chart()
    return (chart.axes(Qt.Orientation.Horizontal)[0], chart.axes(Qt.Orientation.Vertical)[0])


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_year_of_expenditure_marks_each_month_once(qtbot, language):
    formatting.configure(language)
    chart = RhythmChart()
    qtbot.addWidget(chart)
    months = _months(date(2019, 1, 1), 12)
    chart.set_points(_rhythm(months, Decimal("372142.34")), "2019")
    x_axis, y_axis = _axes(chart)
    assert shown_labels(x_axis) == MONTHS[language]
    # each month is marked where its point is drawn, not somewhere between two months
    assert [x_axis.endValue(label) for label in MONTHS[language]] == [
        chart.planned.at(i).x() for i in range(12)]
    assert shown_labels(y_axis) == ["0", "1,000,000", "2,000,000", "3,000,000", "4,000,000",
                                    "5,000,000"]


def test_the_program_life_is_marked_by_whole_years(qtbot):
    formatting.configure("es")
    chart = RhythmChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_points(_rhythm(_months(date(2013, 1, 1), 156), Decimal("60000")), "2013–2025")
    chart.show()
    x_axis, _ = _axes(chart)
    labels = shown_labels(x_axis)
    assert labels == YEARS
    widest = max(QFontMetricsF(x_axis.labelsFont()).horizontalAdvance(t) for t in labels)
    assert widest < chart.chart().plotArea().width() / len(labels)  # room for "2019" whole


def test_headcount_marks_years_and_grouped_counts(qtbot):
    formatting.configure("en")
    chart = HeadcountChart()
    qtbot.addWidget(chart)
    month_ends = [m - timedelta(days=1) for m in _months(date(2013, 2, 1), 156)]
    chart.set_points([(day, 1000 + 3 * i) for i, day in enumerate(month_ends)])
    x_axis, y_axis = _axes(chart)
    assert shown_labels(x_axis) == YEARS
    assert shown_labels(y_axis) == ["0", "500", "1,000", "1,500"]
    assert chart.value_at(month_ends[-1]) == 1000 + 3 * 155


def test_a_short_headcount_marks_its_months(qtbot):
    formatting.configure("es")
    chart = HeadcountChart()
    qtbot.addWidget(chart)
    month_ends = [m - timedelta(days=1) for m in _months(date(2019, 8, 1), 6)]
    chart.set_points([(day, 3) for day in month_ends])
    x_axis, y_axis = _axes(chart)
    assert shown_labels(x_axis) == MONTHS["es"][6:]
    assert shown_labels(y_axis) == ["0", "1", "2", "3"]


def test_the_dashboards_rhythm_chart_speaks_the_windows_language(qtbot, db: Database):
    sample = build_sample(db)
    formatting.configure("es")
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(sample.program_id)
    ctx.set_as_of(date(2019, 9, 30))
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    view = page.rhythm.findChild(QChartView)
    x_axis, y_axis = _axes(view)
    assert shown_labels(x_axis) == MONTHS["es"]
    assert shown_labels(y_axis)[-1] == "200,000"  # 180,000 planned for 2019


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_milestone_timeline_names_its_months_in_the_windows_language(
    qtbot, monkeypatch, language
):
    """The timeline paints its month names itself: what it paints is read by letting each
    ``drawText`` through and noting its text."""
    formatting.configure(language)
    painted: list[str] = []
    draw = QPainter.drawText

    def noting(painter: QPainter, *args) -> None:
        painted.extend(a for a in args if isinstance(a, str))
        draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", noting)
    gantt = GanttWidget()
    qtbot.addWidget(gantt)
    gantt.resize(900, 120)
    gantt.set_milestones(2019, [])
    gantt.grab()
    assert painted[:12] == MONTHS[language]
