"""Active specialists per month over the program's life, as a QtCharts line.

The chart is given the month-end points of ``services.staffing.headcount_series``; it
keeps them so the value read at any month end is the value drawn (and testable). Its axes
are marked by month, quarter or year and at round counts, as the report's chart is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QChart, QChartView, QLineSeries
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from coopdesk.ui.widgets.chart_axes import chart_x, mark_months, mark_values, marked_axis


def _ms(day: date) -> float:
    """A point's place: noon of its day."""
    return chart_x(day, 12)


#: Intervals on the count axis: the chart is as short as 220 pixels, where Qt elides the
#: labels of more, closer marks.
SHORT_AXIS_STEPS = 4


class HeadcountChart(QChartView):
    """A line of the active service contracts at each month end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, int]] = []
        self.series = QLineSeries()
        self.series.setName(self.tr("Active specialists (month end)"))
        chart = QChart()
        chart.addSeries(self.series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.x_axis = marked_axis()
        self.y_axis = marked_axis()
        self.y_axis.setTitleText(self.tr("Specialists"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def set_points(self, points: Sequence[tuple[date, int]]) -> None:
        self.points = list(points)
        # one call for the whole line: appending point by point redraws it at every point
        self.series.replace([QPointF(_ms(day), count) for day, count in self.points])
        if not self.points:
            return
        first, last = self.points[0][0], self.points[-1][0]
        mark_months(self.x_axis, [day for day, _ in self.points], _ms, chart_x(first),
                    chart_x(last, 23 + 59 / 60))
        mark_values(self.y_axis, max(count for _, count in self.points), most=SHORT_AXIS_STEPS)

    def value_at(self, day: date) -> int | None:
        """The count drawn at month end ``day`` (None if it is not one of the points)."""
        target = _ms(day)
        for i in range(self.series.count()):
            point = self.series.at(i)
            if point.x() == target:
                return int(point.y())
        return None
