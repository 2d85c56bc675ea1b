"""Where a chart marks its axes and what each mark says, for the window and the paper alike.

Left to themselves, QtCharts spreads a count of date ticks evenly over a range, so month
marks fall between months and repeat ("Jan Jan Mar … Aug Aug Oct") and a crowded year reads
"20…"; reportlab picks round values but writes them without thousands separators. Every
chart is therefore given its marks from here: one per month, per quarter or per year, each
named once in the user's language, and value marks at round steps written with grouped
thousands, the same on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.formats import Conventions

#: The most marks an axis of dates carries before it marks quarters, then years.
MOST_DATE_TICKS = 13
#: The most intervals a value axis is divided into.
MOST_VALUE_STEPS = 6
_QUARTER_STARTS = (1, 4, 7, 10)


@dataclass(frozen=True)
class Tick:
    """A mark on an axis: where (an index into the months, or a value) and its label."""

    at: int
    label: str


def month_ticks(
    months: Sequence[date], conventions: Conventions, most: int = MOST_DATE_TICKS
) -> list[Tick]:
    """Marks for consecutive months (any day of each): every month while at most ``most``
    fit, else every quarter, else every year or every few years; ``at`` indexes ``months``.

    Months of one calendar year are named alone ("ene"); across years each mark carries its
    year ("ene 2019"), so no two marks read alike; a year mark is the whole year ("2019").
    """
    if len(months) <= most:
        chosen = list(range(len(months)))
    else:
        chosen = [i for i, m in enumerate(months) if m.month in _QUARTER_STARTS]
    if len(chosen) > most:
        return _year_ticks(months, most)
    one_year = len({m.year for m in months}) == 1
    return [
        Tick(i, conventions.short_month(months[i].month) if one_year
             else f"{conventions.short_month(months[i].month)} {months[i].year}")
        for i in chosen
    ]


def _year_ticks(months: Sequence[date], most: int) -> list[Tick]:
    """Each January (each second or third one if too many), marked with its whole year."""
    januaries = [i for i, m in enumerate(months) if m.month == 1]
    every = -(-len(januaries) // most)
    return [Tick(i, str(months[i].year)) for i in januaries[::every]]


def _round_steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, …"""
    magnitude = 1
    while True:
        yield from (magnitude, 2 * magnitude)
        if magnitude >= 10:
            yield 25 * magnitude // 10
        yield 5 * magnitude
        magnitude *= 10


def value_ticks(
    top: int, conventions: Conventions, most: int = MOST_VALUE_STEPS
) -> list[Tick]:
    """Marks from 0 to at least ``top`` (a whole number: people, or whole currency units) at
    the smallest round step giving at most ``most`` intervals, labelled "1,500,000"."""
    top = max(top, 1)
    step = next(s for s in _round_steps() if -(-top // s) <= most)
    last = -(-top // step) * step
    return [Tick(v, conventions.integer(v)) for v in range(0, last + 1, step)]
