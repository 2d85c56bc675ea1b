"""The rhythm of expenditure: cumulative planned vs actual per month, as a QtCharts line chart.

The actual line stops at the as-of date; amounts become floats only as chart coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from coopdesk.services.budget import RhythmPoint


def _msecs(point: RhythmPoint) -> float:
    moment = datetime(point.month.year, point.month.month, point.month.day)
    return float(QDateTime(moment).toMSecsSinceEpoch())


class RhythmChart(QChartView):
    """Cumulative planned (dashed) and actual (solid) expenditure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.planned = QLineSeries()
        self.planned.setName(self.tr("Planned (cumulative)"))
        pen = QPen(QColor("#1f5fa8"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        self.planned.setPen(pen)
        self.actual = QLineSeries()
        self.actual.setName(self.tr("Actual (cumulative)"))
        actual_pen = QPen(QColor("#c0392b"))
        actual_pen.setWidth(2)
        self.actual.setPen(actual_pen)
        chart = QChart()
        chart.addSeries(self.planned)
        chart.addSeries(self.actual)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM/yyyy")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.planned, self.actual):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setChart(chart)

    def set_points(self, points: Sequence[RhythmPoint], title: str = "") -> None:
        """Show the points; an empty list clears the chart."""
        self.chart().setTitle(title)
        self.planned.clear()
        self.actual.clear()
        for point in points:
            x = _msecs(point)
            self.planned.append(x, float(point.planned_cumulative))
            if point.past:
                self.actual.append(x, float(point.actual_cumulative))
        if not points:
            return
        first, last = points[0].month, points[-1].month
        self.x_axis.setRange(QDateTime(datetime(first.year, first.month, 1)),
                             QDateTime(datetime(last.year, last.month, 1)))
        self.x_axis.setFormat("MMM" if len(points) <= 12 else "yyyy")
        self.x_axis.setTickCount(min(len(points), 13))
        top = max(max(p.planned_cumulative, p.actual_cumulative) for p in points)
        self.y_axis.setRange(0.0, float(top) * 1.05 or 1.0)
