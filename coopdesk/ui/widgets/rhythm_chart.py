"""The rhythm of expenditure: cumulative planned vs actual per month, as a QtCharts line chart.

The actual line stops at the as-of date; amounts become floats only as chart coordinates.
The axes are marked by month (or quarter, or year) in the window's language and at round
amounts with grouped thousands, as the report's chart is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from coopdesk.services.delivery import RhythmPoint
from coopdesk.ui.widgets.chart_axes import chart_x, mark_months, mark_values, marked_axis


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
        self.x_axis = marked_axis()
        self.y_axis = marked_axis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.planned, self.actual):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setChart(chart)

    def set_points(self, points: Sequence[RhythmPoint], title: str = "") -> None:
        """Show the points; an empty list clears the chart."""
        self.chart().setTitle(title)
        # one call per line: appending point by point redraws the chart at every point
        self.planned.replace([QPointF(chart_x(p.month), float(p.planned_cumulative))
                              for p in points])
        self.actual.replace([QPointF(chart_x(p.month), float(p.actual_cumulative))
                             for p in points if p.past])
        if not points:
            return
        months = [p.month for p in points]
        mark_months(self.x_axis, months, chart_x, chart_x(months[0]), chart_x(months[-1]))
        top = max(max(p.planned_cumulative, p.actual_cumulative) for p in points)
        mark_values(self.y_axis, int(top.to_integral_value()))
