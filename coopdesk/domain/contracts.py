"""Rules of contracts: overlap, status at a date, renewal dates, pro-rated fees, headcount.

Everything here is computed from a contract's dates for an as-of day; nothing is stored.
The *effective end* of a contract is its termination date when it was terminated, else its
end date: a terminated contract stops counting the day after its termination.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.errors import ErrorCollector, ValidationError
from coopdesk.domain.period import Period, month_end, month_starts

#: Days before its end from which an active contract shows as "ending soon" by default.
ENDING_SOON_DAYS = 30

#: Length of a renewal when the renewed contract was not a whole number of months.
DEFAULT_RENEWAL_MONTHS = 12


class ContractStatus(LabelledEnum):
    """Where a specialist's contract stands on a given day (derived, never stored)."""

    ACTIVE = "active"
    ENDING_SOON = "ending_soon"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    UPCOMING = "upcoming"  #: signed, not started yet
    NO_CONTRACT = "no_contract"


class OutsideValidityError(ValidationError):
    """A contract period outside the program's validity: allowed only as a recorded exception.

    Raised alone, after every other rule passed, so a form can ask the user to confirm
    the exception and retry with its text.
    """


@dataclass(frozen=True)
class ContractDates:
    """The dates of one contract that every status and count is computed from."""

    start: date
    end: date
    termination: date | None = None

    @property
    def effective_end(self) -> date:
        return effective_end(self.end, self.termination)

    @property
    def period(self) -> Period:
        return Period(self.start, self.effective_end)

    def active_on(self, day: date) -> bool:
        return self.start <= day <= self.effective_end


def effective_end(end: date, termination: date | None) -> date:
    """The last day a contract runs: its termination date, if any, else its end date."""
    return termination if termination is not None and termination < end else end


def check_period(start: date | None, end: date | None, errors: ErrorCollector) -> Period | None:
    """The contract's period, or None after recording why it is not one (end before start)."""
    errors.check(start is not None, "start_date", "required")
    errors.check(end is not None, "end_date", "required")
    if start is None or end is None:
        return None
    if end < start:
        errors.add("end_date", "before_start")
        return None
    return Period(start, end)


def outside_validity(period: Period, validity: Period) -> bool:
    """A contract must lie within the program's validity unless an exception is recorded."""
    return not period.within(validity)


def find_overlap(
    candidate: Period, others: Iterable[tuple[int, Period]], ignore: int | None = None
) -> int | None:
    """The first of ``others`` overlapping ``candidate``: a specialist never has two at once."""
    for other_id, period in others:
        if other_id != ignore and candidate.overlaps(period):
            return other_id
    return None


def contract_status(
    dates: ContractDates, day: date, ending_soon_days: int = ENDING_SOON_DAYS
) -> ContractStatus:
    """Status of one contract on ``day``."""
    if day < dates.start:
        return ContractStatus.UPCOMING
    if dates.termination is not None and dates.termination < day:
        return ContractStatus.TERMINATED
    end = dates.effective_end
    if day > end:
        return ContractStatus.EXPIRED
    if (end - day).days <= ending_soon_days:
        return ContractStatus.ENDING_SOON
    return ContractStatus.ACTIVE


def days_left(dates: ContractDates, day: date) -> int | None:
    """Days from ``day`` to the effective end (0 on the last day); None once it has ended."""
    left = (dates.effective_end - day).days
    return left if left >= 0 else None


def is_open(termination: date | None, renewed: bool) -> bool:
    """Whether a contract can still be renewed, amended or terminated.

    History is kept, not overwritten: a contract that was terminated (even on a date still to
    come) or already renewed is closed; a change from then on is made on its renewal. Every
    screen, form and write asks this one rule.
    """
    return termination is None and not renewed


def ends_within(
    left: int | None, termination: date | None, renewed: bool, within_days: int
) -> bool:
    """Whether a contract with ``left`` days to go (``days_left``; None once ended) counts
    among those ending within ``within_days``: the expiry alerts count only an open
    contract, one that nothing follows."""
    return is_open(termination, renewed) and left is not None and left <= within_days


def current_contract(
    contracts: Iterable[tuple[int, ContractDates]], day: date
) -> tuple[int, ContractDates] | None:
    """The contract that describes a specialist on ``day``.

    The one running that day; otherwise the last one that started before it (expired or
    terminated); otherwise the first one still to start.
    """
    running: tuple[int, ContractDates] | None = None
    past: tuple[int, ContractDates] | None = None
    future: tuple[int, ContractDates] | None = None
    for item in contracts:
        dates = item[1]
        if dates.active_on(day):
            if running is None or dates.start > running[1].start:
                running = item
        elif dates.start <= day:
            if past is None or dates.start > past[1].start:
                past = item
        elif future is None or dates.start < future[1].start:
            future = item
    return running or past or future


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months(period: Period) -> int | None:
    """Number of calendar months when the period runs from a 1st to a month's end, else None."""
    if period.start.day != 1 or period.end != month_end(period.end):
        return None
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def renewal_period(previous: Period) -> Period:
    """Default dates of a renewal: from the day after the previous end, for as long again.

    A contract of whole calendar months is renewed for the same number of months (the
    yearly SC of 1 Jan–31 Dec becomes next year's); any other for twelve months.
    """
    start = previous.end + timedelta(days=1)
    months = whole_months(previous) or DEFAULT_RENEWAL_MONTHS
    return Period(start, add_months(start, months) - timedelta(days=1))


def months_by_year(period: Period) -> dict[int, Fraction]:
    """Months-equivalent of a period in each calendar year, pro-rated by days.

    Convention: every calendar month the period touches counts as (days covered) / (days in
    that month). A whole month is exactly 1 whatever its length, so a monthly fee × this
    figure gives the fee for whole months and a fair day share for partial ones.
    """
    result: dict[int, Fraction] = {}
    for year in range(period.start.year, period.end.year + 1):
        first = max(period.start, date(year, 1, 1))
        last = min(period.end, date(year, 12, 31))
        result[year] = _months_within_year(first, last)
    return result


def _months_within_year(first: date, last: date) -> Fraction:
    """Months-equivalent of the days ``first``..``last`` of one year: its whole months count
    1 each (summed, not looped over), the partial first and last by days."""
    first_days, last_days = month_end(first).day, month_end(last).day
    if first.month == last.month:
        return Fraction(last.day - first.day + 1, first_days)
    head = Fraction(first_days - first.day + 1, first_days)
    return head + (last.month - first.month - 1) + Fraction(last.day, last_days)


def days_by_year(period: Period) -> dict[int, Fraction]:
    """Share of a period's days falling in each calendar year (sums to 1): lump sums."""
    result: dict[int, Fraction] = {}
    for year in range(period.start.year, period.end.year + 1):
        covered = Period(max(period.start, date(year, 1, 1)), min(period.end, date(year, 12, 31)))
        result[year] = Fraction(covered.days, period.days)
    return result


def month_ends(start: date, end: date) -> list[date]:
    """Every month end from the month of ``start`` to the month of ``end``."""
    return [month_end(m) for m in month_starts(Period(start, end))]


def headcount(contracts: Iterable[ContractDates], day: date) -> int:
    """Contracts running on ``day`` (start <= day <= effective end)."""
    return sum(1 for dates in contracts if dates.active_on(day))


def headcount_series(
    contracts: Iterable[ContractDates], start: date, end: date
) -> list[tuple[date, int]]:
    """Headcount at every month end from ``start`` to ``end``.

    Counted from sorted starts and ends (running on a day = started by it, less ended before
    it), so a program's 13 years of month ends cost a sort, not months × contracts checks.
    """
    items = [dates for dates in contracts if dates.start <= dates.effective_end]
    starts = sorted(dates.start for dates in items)
    ends = sorted(dates.effective_end for dates in items)
    return [(day, bisect_right(starts, day) - bisect_left(ends, day))
            for day in month_ends(start, end)]


def count_within(days: Iterable[int], thresholds: Iterable[int]) -> dict[int, int]:
    """For each threshold, how many of ``days`` (days left) are at most that many."""
    values = list(days)
    return {t: sum(1 for d in values if d <= t) for t in thresholds}


def fee_segments(
    period: Period, current_fee: int, fee_changes: Iterable[tuple[date, int, int]]
) -> list[tuple[Period, int]]:
    """The fee in force over each part of a contract, given its amendments.

    ``fee_changes`` are (effective date, old fee, new fee): the old fee applied before the
    effective date. Without amendments the whole period carries ``current_fee``.
    """
    changes = sorted(c for c in fee_changes if period.start < c[0] <= period.end)
    if not changes:
        return [(period, current_fee)]
    segments: list[tuple[Period, int]] = []
    start, fee = period.start, changes[0][1]
    for effective, _old, new in changes:
        segments.append((Period(start, effective - timedelta(days=1)), fee))
        start, fee = effective, new
    segments.append((Period(start, period.end), fee))
    return segments
