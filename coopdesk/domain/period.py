"""Date periods and the "as of" arithmetic every status in CoopDesk is computed with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """A closed interval of days: both the start and the end day belong to it."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def within(self, other: Period) -> bool:
        return other.start <= self.start and self.end <= other.end

    def intersection(self, other: Period) -> Period | None:
        if not self.overlaps(other):
            return None
        return Period(max(self.start, other.start), min(self.end, other.end))


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def month_starts(period: Period) -> Iterator[date]:
    """First day of every month touching the period, in order."""
    current = period.start.replace(day=1)
    while current <= period.end:
        yield current
        current = month_end(current) + timedelta(days=1)


def clamp_as_of(today: date, program_end: date | None) -> date:
    """The window's default as-of date: today, or the end of a program already closed."""
    if program_end is not None and today > program_end:
        return program_end
    return today
