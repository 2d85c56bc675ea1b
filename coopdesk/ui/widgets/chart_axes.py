"""QtCharts axes marked where ``coopdesk.domain.chart_ticks`` says, with its labels.

A ``QDateTimeAxis`` spreads its ticks evenly over the range, so month marks fall between
months and repeat, and a ``QValueAxis`` writes "1500000"; a ``QCategoryAxis`` instead carries
the very labels the PDF prints (months in the window's language, grouped thousands), each
at its own position, and they can be read back from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import QCategoryAxis

from coopdesk.domain.chart_ticks import MOST_VALUE_STEPS, month_ticks, value_ticks
from coopdesk.ui.formatting import conventions

_EPOCH = date(1970, 1, 1)


def chart_x(day: date, hour: float = 0) -> float:
    """Where a day (at ``hour``) sits on a time axis: milliseconds from 1 Jan 1970.

    Plain arithmetic, no time zone: the axes are category axes placed by these same numbers,
    and Qt's local-time conversion costs ~0.1 ms a call, which a 13-year series pays on the
    GUI thread at every refresh.
    """
    return ((day - _EPOCH).days * 24 + hour) * 3_600_000.0


def marked_axis() -> QCategoryAxis:
    """An axis whose labels sit on their values, as ticks do (not between them)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    return axis


def _mark(axis: QCategoryAxis, marks: Sequence[tuple[float, str]], low: float,
          high: float) -> None:
    for label in axis.categoriesLabels():
        axis.remove(label)
    axis.setStartValue(low)
    for at, label in marks:
        axis.append(label, at)
    axis.setRange(low, high)


def mark_months(axis: QCategoryAxis, months: Sequence[date], x_of: Callable[[date], float],
                low: float, high: float) -> None:
    """Mark the months of a series (one point per month, at ``x_of(month)``)."""
    ticks = month_ticks(months, conventions())
    _mark(axis, [(x_of(months[t.at]), t.label) for t in ticks], low, high)


def mark_values(axis: QCategoryAxis, top: int, most: int = MOST_VALUE_STEPS) -> None:
    """Mark round values from 0 to at least ``top`` (whole people or currency units), in at
    most ``most`` intervals: a short chart needs fewer, or Qt elides every label to "…"."""
    ticks = value_ticks(top, conventions(), most)
    _mark(axis, [(float(t.at), t.label) for t in ticks], 0.0, float(ticks[-1].at))
