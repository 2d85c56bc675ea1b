"""Charts of the status report, drawn with ``reportlab.graphics``.

Amounts are plotted in whole currency units (``int`` of the exact ``Decimal``): a chart
needs positions, not cents, and no money value ever becomes a float. The axes are marked
where ``coopdesk.domain.chart_ticks`` says, with its labels (months in the report's language,
grouped thousands), so a chart on paper is marked as the same chart on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from coopdesk.domain.chart_ticks import Tick, month_ticks, value_ticks
from coopdesk.domain.formats import Conventions
from coopdesk.reports import styles as st

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.graphics.charts.axes import ValueAxis
    from reportlab.graphics.shapes import Drawing

WIDTH = 495
HEIGHT = 190


def _units(amount: Decimal) -> int:
    return int(amount.to_integral_value())


def _mark(axis: ValueAxis, ticks: Sequence[Tick], shift: int = 0) -> None:
    """Mark ``axis`` at ``ticks`` (positions moved by ``shift``), each with its own label."""
    labels = {tick.at + shift: tick.label for tick in ticks}
    label_style = axis.labels  # type: ignore[attr-defined]  # types-reportlab leaves it out
    label_style.fontName = st.FONT
    label_style.fontSize = 7
    axis.valueSteps = list(labels)
    axis.valueMin, axis.valueMax = min(labels), max(labels)
    axis.labelTextFormat = lambda v: labels.get(int(round(v)), "")


def _legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, str]]) -> None:
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib import colors

    for label, colour in items:
        # types-reportlab declares Rect's **kw without Unpack, refusing every keyword
        drawing.add(Rect(x, y, 10, 6, fillColor=colors.HexColor(colour), strokeColor=None))  # type: ignore[arg-type]
        drawing.add(String(x + 14, y, label, fontName=st.FONT, fontSize=7.5))
        x += 24 + 4.3 * len(label)


def line_chart(
    series: Sequence[tuple[str, str, Sequence[tuple[int, int]]]],
    x_ticks: Sequence[Tick],
    y_ticks: Sequence[Tick],
    x_max: int,
) -> Drawing:
    """Lines (label, colour, points (x, y)) over 1..``x_max``, x marked at ``x_ticks`` + 1."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    drawing = Drawing(WIDTH, HEIGHT)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 62, 34, WIDTH - 80, HEIGHT - 56
    plot.data = [list(points) or [(1, 0)] for _, _, points in series]
    for index, (_, colour, _) in enumerate(series):
        plot.lines[index].strokeColor = colors.HexColor(colour)
        plot.lines[index].strokeWidth = 1.8
    _mark(plot.xValueAxis, x_ticks, shift=1)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, max(x_max, 2)
    _mark(plot.yValueAxis, y_ticks)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor(st.RULE)
    plot.yValueAxis.gridStrokeWidth = 0.3
    drawing.add(plot)
    _legend(drawing, 62, HEIGHT - 12, [(label, colour) for label, colour, _ in series])
    return drawing


def rhythm_chart(
    months: Sequence[date],
    planned: Sequence[Decimal],
    actual: Sequence[Decimal | None],
    labels: tuple[str, str],
    conventions: Conventions,
) -> Drawing:
    """Cumulative planned vs actual expenditure by month; the actual line stops at as-of."""
    steps = list(range(1, len(months) + 1))
    planned_points = [(i, _units(v)) for i, v in zip(steps, planned, strict=True)]
    actual_points = [(i, _units(v)) for i, v in zip(steps, actual, strict=True) if v is not None]
    top = max(y for _, y in planned_points + actual_points)
    return line_chart(
        [(labels[0], st.PLANNED, planned_points), (labels[1], st.ACCENT, actual_points)],
        month_ticks(months, conventions), value_ticks(top, conventions), len(months),
    )


def headcount_chart(series: Sequence[tuple[date, int]], label: str,
                    conventions: Conventions) -> Drawing:
    """Specialists under contract at each month end, marked by month, quarter or year."""
    points = [(i, count) for i, (_, count) in enumerate(series, start=1)]
    return line_chart(
        [(label, st.ACCENT, points)],
        month_ticks([day for day, _ in series], conventions),
        value_ticks(max(count for _, count in series), conventions), len(series),
    )


@dataclass(frozen=True)
class DeliveryBar:
    """One component's budget and expenditure, with the texts printed beside its bars."""

    code: str
    budget: Decimal
    spent: Decimal
    budget_text: str
    spent_text: str
    rate_text: str


def delivery_bars(bars: Sequence[DeliveryBar], labels: tuple[str, str]) -> Drawing:
    """Horizontal bars of budget and expenditure, one panel per component, each drawn to
    its own component's scale and labelled with its amounts and delivery rate.

    On one scale for all, a component a fiftieth the size of another shows as a sliver
    (Component 2 beside Component 1); per component, every bar says how far its own
    budget is spent, and the printed amounts say how big it is.
    """
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    row, label, values, rate = 30, 44, 78, 44
    top = 16
    drawing = Drawing(WIDTH, top + row * len(bars) + 4)
    span = WIDTH - label - values - rate
    for index, bar in enumerate(bars):
        y = drawing.height - top - row * (index + 1)
        scale = max(bar.budget, bar.spent, Decimal(1))
        drawing.add(String(0, y + 11, bar.code, fontName=st.FONT_BOLD, fontSize=8))
        for offset, amount, text, colour in ((15, bar.budget, bar.budget_text, st.PLANNED),
                                             (5, bar.spent, bar.spent_text, st.ACCENT)):
            length = max(float(amount / scale) * span, 0.8) if amount > 0 else 0
            # types-reportlab declares Rect's **kw without Unpack, refusing every keyword
            fill = colors.HexColor(colour)
            drawing.add(Rect(label, y + offset, length, 8, fillColor=fill,  # type: ignore[arg-type]
                             strokeColor=None))  # type: ignore[arg-type]
            drawing.add(String(label + length + 4, y + offset + 1.5, text, fontName=st.FONT,
                               fontSize=7))
        drawing.add(String(WIDTH, y + 11, bar.rate_text, fontName=st.FONT_BOLD, fontSize=8,
                           textAnchor="end"))
    _legend(drawing, label, drawing.height - 10,
            [(labels[0], st.PLANNED), (labels[1], st.ACCENT)])
    return drawing


def heat_map(
    counts: dict[tuple[int, int], int],
    level_of: Callable[[int], str],
    likelihood: str,
    impact: str,
) -> Drawing:
    """The 5×5 risk matrix: likelihood up, impact across, each cell coloured by its band."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    cell, left, bottom = 34, 70, 30
    drawing = Drawing(left + 5 * cell + 20, bottom + 5 * cell + 16)
    for likely in range(1, 6):
        for hit in range(1, 6):
            x, y = left + (hit - 1) * cell, bottom + (likely - 1) * cell
            colour = st.LEVEL_COLOURS[level_of(likely * hit)]
            # types-reportlab declares Rect's **kw without Unpack, refusing every keyword
            drawing.add(Rect(x, y, cell, cell, fillColor=colors.HexColor(colour),  # type: ignore[arg-type]
                             strokeColor=colors.white, strokeWidth=1.5))  # type: ignore[arg-type]
            count = counts.get((likely, hit), 0)
            if count:
                drawing.add(String(x + cell / 2, y + cell / 2 - 4, str(count),
                                   fontName=st.FONT_BOLD, fontSize=10, textAnchor="middle"))
        drawing.add(String(left - 6, bottom + (likely - 1) * cell + cell / 2 - 3, str(likely),
                           fontName=st.FONT, fontSize=7.5, textAnchor="end"))
        drawing.add(String(left + (likely - 1) * cell + cell / 2, bottom - 11, str(likely),
                           fontName=st.FONT, fontSize=7.5, textAnchor="middle"))
    drawing.add(String(left + 2.5 * cell, 4, impact, fontName=st.FONT_BOLD, fontSize=8,
                       textAnchor="middle"))
    drawing.add(String(left - 22, bottom + 5 * cell + 5, likelihood, fontName=st.FONT_BOLD,
                       fontSize=8, textAnchor="start"))
    return drawing
