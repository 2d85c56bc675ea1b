"""A simple timeline of milestones for one year: where each was planned and where it stands.

For each milestone a grey diamond marks the baseline and a coloured diamond the forecast (or
the actual date once done); a bar joins them, red when the milestone slipped later, green
when it moved earlier. Dates outside the year are clipped to its edges. The months are
named in the window's language, as every chart's are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopdesk.domain.monitoring import MilestoneStatus
from coopdesk.domain.period import Period, year_period
from coopdesk.services.milestones import MilestoneDTO
from coopdesk.ui.formatting import conventions

_ROW = 22
_LABEL = 220
_HEADER = 20
_STATUS_COLOURS = {
    MilestoneStatus.DONE: "#2e7d32", MilestoneStatus.LATE: "#c62828",
    MilestoneStatus.AT_RISK: "#ef6c00", MilestoneStatus.ON_TRACK: "#1565c0",
}


class GanttWidget(QWidget):
    """Baseline vs forecast of each milestone across the months of one year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.rows: list[MilestoneDTO] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Milestone timeline"))
        self._resize()

    def set_milestones(self, year: int, rows: Sequence[MilestoneDTO]) -> None:
        self.year, self.rows = year, list(rows)
        self._resize()
        self.update()

    def _resize(self) -> None:
        self.setMinimumHeight(_HEADER + _ROW * max(1, len(self.rows)) + 4)

    @property
    def period(self) -> Period:
        return year_period(self.year)

    def x_of(self, day: date) -> float:
        """Horizontal position of a day, clipped to the year."""
        span = self.period
        day = min(max(day, span.start), span.end)
        width = max(1, self.width() - _LABEL - 8)
        return _LABEL + width * (day - span.start).days / (span.days - 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#666666"))
        for month in range(1, 13):
            x = self.x_of(date(self.year, month, 1))
            painter.drawLine(QPointF(x, _HEADER - 4), QPointF(x, self.height()))
            painter.drawText(QRectF(x + 2, 0, 40, _HEADER), Qt.AlignmentFlag.AlignLeft,
                             conventions().short_month(month))
        if not self.rows:
            painter.drawText(QRectF(_LABEL, _HEADER, 300, _ROW), Qt.AlignmentFlag.AlignLeft,
                             self.tr("No milestone in %d") % self.year)
        for n, row in enumerate(self.rows):
            y = _HEADER + n * _ROW + _ROW / 2
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(4, y - _ROW / 2, _LABEL - 8, _ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(
                                 row.title, Qt.TextElideMode.ElideRight, _LABEL - 8))
            expected = row.actual_date if row.status is MilestoneStatus.DONE else (
                row.forecast_date or row.baseline_date)
            expected = expected or row.baseline_date
            x0, x1 = self.x_of(row.baseline_date), self.x_of(expected)
            if x1 != x0:
                colour = "#e57373" if expected > row.baseline_date else "#81c784"
                painter.fillRect(QRectF(min(x0, x1), y - 3, abs(x1 - x0), 6), QColor(colour))
            self._diamond(painter, x0, y, "#9e9e9e")
            self._diamond(painter, x1, y, _STATUS_COLOURS[row.status])
        painter.end()

    @staticmethod
    def _diamond(painter: QPainter, x: float, y: float, colour: str) -> None:
        painter.setPen(QColor(colour))
        painter.setBrush(QColor(colour))
        painter.drawPolygon(QPolygonF([
            QPointF(x, y - 6), QPointF(x + 6, y), QPointF(x, y + 6), QPointF(x - 6, y),
        ]))
