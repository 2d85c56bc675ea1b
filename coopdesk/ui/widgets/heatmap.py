"""The 5×5 risk heat map: likelihood up, impact across, the count of active risks per cell.

A click on a cell asks the page to list the risks of that cell.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopdesk.domain.monitoring import RISK_SCALE, risk_level, risk_score
from coopdesk.services.risks import HeatMap
from coopdesk.ui.style import RISK_LEVELS

#: Room left of and under the grid for the axis labels, in pixels.
_MARGIN = 28


class HeatMapWidget(QWidget):
    """Paints a ``HeatMap``; the selected cell is outlined."""

    sig_cell_clicked = Signal(int, int)
    """A cell was clicked: (likelihood, impact)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat: HeatMap | None = None
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Risk heat map"))

    def set_heat_map(self, heat: HeatMap) -> None:
        self.heat = heat
        self.setToolTip(self.tr("%n active risks; click a cell to list them", "",
                                sum(sum(row.values()) for row in heat.counts.values())))
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        self.selected = cell
        self.update()

    def _cell_size(self) -> float:
        return max(10.0, min(self.width(), self.height()) - _MARGIN) / len(RISK_SCALE)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        """Where a cell is painted: impact grows to the right, likelihood upwards."""
        size = self._cell_size()
        return QRectF(_MARGIN + (impact - 1) * size, (5 - likelihood) * size, size, size)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        for likelihood in RISK_SCALE:
            for impact in RISK_SCALE:
                if self.cell_rect(likelihood, impact).contains(x, y):
                    return likelihood, impact
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self._cell_size()
        for likelihood in RISK_SCALE:
            for impact in RISK_SCALE:
                rect = self.cell_rect(likelihood, impact)
                colour = RISK_LEVELS[risk_level(risk_score(likelihood, impact))]
                painter.fillRect(rect, QColor(colour))
                painter.setPen(QColor("#888888"))
                painter.drawRect(rect)
                count = self.heat.count(likelihood, impact) if self.heat else 0
                if count:
                    font = painter.font()
                    font.setBold(True)
                    painter.setFont(font)
                    painter.setPen(QColor("#000000"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        if self.selected is not None:
            pen = painter.pen()
            pen.setColor(QColor("#1f4e9c"))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(self.cell_rect(*self.selected).adjusted(1, 1, -1, -1))
        painter.setPen(QColor("#333333"))
        for n in RISK_SCALE:
            painter.drawText(QRectF(0, (5 - n) * size, _MARGIN - 4, size),
                             Qt.AlignmentFlag.AlignCenter, str(n))
            painter.drawText(QRectF(_MARGIN + (n - 1) * size, 5 * size, size, _MARGIN),
                             Qt.AlignmentFlag.AlignCenter, str(n))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None:
            self.set_selected(cell)
            self.sig_cell_clicked.emit(*cell)
        super().mousePressEvent(event)
