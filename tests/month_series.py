"""The first days of consecutive months, as chart tests need them."""

from __future__ import annotations

from datetime import date, timedelta


def first_days(first: date, count: int) -> list[date]:
    """``count`` first-of-month days from ``first`` (itself a first of month)."""
    days, day = [], first
    for _ in range(count):
        days.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return days
