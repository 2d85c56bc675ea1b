"""Budget arithmetic: delivery rate, carry-over, transfers, the not-negative rule, ordering.

Amounts here are integer minor units (cents): every helper that moves money between
lines must conserve the total to the cent, which integer arithmetic makes true by
construction. Cells are keyed by any hashable value the caller chooses (the services use
``(row, year)`` pairs), so the rules stay free of databases.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TypeVar

from coopdesk.domain.errors import ErrorCollector, Message, ValidationError
from coopdesk.domain.period import Period, month_end, month_starts

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=Hashable)

#: Delivery rates are kept to four decimals of the fraction (0.9234 = 92.34 %).
RATE_QUANTUM = Decimal("0.0001")


def delivery_rate(expenditure: Decimal, budget: Decimal) -> Decimal | None:
    """Expenditure / budget as a fraction; ``None`` when nothing was budgeted (no rate)."""
    if budget == 0:
        return None
    return (expenditure / budget).quantize(RATE_QUANTUM)


def split_evenly(total_minor: int, parts: int) -> list[int]:
    """Split an amount into ``parts`` shares differing by at most one cent, summing exactly.

    The first shares get the extra cents, so the earliest year or month carries the odd cent.
    """
    if parts <= 0:
        raise ValueError("cannot split into no parts")
    sign = -1 if total_minor < 0 else 1
    base, extra = divmod(abs(total_minor), parts)
    return [sign * (base + (1 if i < extra else 0)) for i in range(parts)]


def _amount(minor: int, digits: int) -> Decimal:
    """Minor units as the amount a message shows (with its decimals: -1.50, not -1.5)."""
    return Decimal(minor).scaleb(-digits)


def check_not_negative(
    amounts: Mapping[K, int], describe: Callable[[K], str], digits: int = 2
) -> None:
    """Refuse a budget state that leaves any line below zero, naming each such line."""
    errors = ErrorCollector()
    for key, amount in amounts.items():
        if amount < 0:
            errors.add(describe(key), "line_negative", amount=_amount(amount, digits))
    errors.raise_if_any()


def transfer(
    plan: Mapping[K, int], source: K, target: K, amount_minor: int, digits: int = 2
) -> dict[K, int]:
    """Move an amount from one line to another: the new amounts of both lines.

    The total is conserved exactly; a source that would go below zero is refused.
    """
    errors = ErrorCollector()
    errors.check(amount_minor > 0, "amount", "not_positive")
    errors.check(source != target, "target", "same_line")
    errors.raise_if_any()
    available = plan.get(source, 0)
    if available < amount_minor:
        raise ValidationError(
            {"amount": Message("more_than_available", available=_amount(available, digits))}
        )
    return {source: available - amount_minor, target: plan.get(target, 0) + amount_minor}


def _check_later_years(from_year: int, into_years: Iterable[int]) -> list[int]:
    years = sorted(set(into_years))
    errors = ErrorCollector()
    errors.check(bool(years), "into_years", "choose_year_carry")
    errors.check(all(y > from_year for y in years), "into_years", "years_after", year=from_year)
    errors.raise_if_any()
    return years


def carry_remainder(
    plan: Mapping[tuple[R, int], int],
    spent: Mapping[R, int],
    from_year: int,
    into_years: Iterable[int],
) -> dict[tuple[R, int], int]:
    """Move exactly the unspent remainder of ``from_year`` into later years, row by row.

    For each row budgeted in ``from_year`` the year keeps what was spent, and the remainder
    (budget − spent) is split evenly over ``into_years`` of the same row. Returns the new
    amounts of every cell touched; the sum over the plan does not change.
    """
    years = _check_later_years(from_year, into_years)
    changed: dict[tuple[R, int], int] = {}
    for (row, year), amount in plan.items():
        if year != from_year:
            continue
        used = spent.get(row, 0)
        remainder = amount - used
        if remainder == 0:
            continue
        changed[(row, from_year)] = used
        for target_year, share in zip(years, split_evenly(remainder, len(years)), strict=True):
            key = (row, target_year)
            changed[key] = changed.get(key, plan.get(key, 0)) + share
    return changed


def adjust_to_actuals(
    plan: Mapping[tuple[R, int], int], spent: Mapping[R, int], year: int
) -> dict[tuple[R, int], int]:
    """Replace the planned amounts of a closed year with what was actually spent (the CDR)."""
    rows = {row for row, y in plan if y == year} | set(spent)
    return {
        (row, year): spent.get(row, 0)
        for row in rows
        if plan.get((row, year)) != spent.get(row, 0)
    }


def add_split(
    plan: Mapping[tuple[R, int], int], row: R, years: Iterable[int], amount_minor: int
) -> dict[tuple[R, int], int]:
    """Add an amount (a new contribution) to one row, split evenly over the chosen years."""
    chosen = sorted(set(years))
    if not chosen:
        raise ValidationError({"years": Message("choose_year_budget")})
    shares = split_evenly(amount_minor, len(chosen))
    return {(row, y): plan.get((row, y), 0) + s for y, s in zip(chosen, shares, strict=True)}


def revision_order_key(revision_date: date, number: int, revision_id: int) -> tuple[date, int, int]:
    """Revisions take effect by date, then number; the id only breaks exact ties."""
    return (revision_date, number, revision_id)


def check_revision_date(revision_date: date, latest_approved: date | None) -> None:
    """A revision may not be dated before the last approved one: the log runs forward."""
    if latest_approved is not None and revision_date < latest_approved:
        raise ValidationError(
            {"revision_date": Message("before_last_approved_date", date=latest_approved)}
        )


def check_new_end_date(new_end_date: date | None, current_end: date) -> None:
    """Extending validity needs an end date later than the program's current one."""
    if new_end_date is None:
        raise ValidationError({"new_end_date": Message("required_to_extend")})
    if new_end_date <= current_end:
        raise ValidationError({"new_end_date": Message("after_program_end", date=current_end)})


def expenditure_period(year: int, month: int | None = None, quarter: int | None = None) -> Period:
    """The period an expenditure amount covers: a month, a calendar quarter or the whole year."""
    if month is not None and quarter is not None:
        raise ValidationError({"period": Message("month_or_quarter")})
    if month is not None:
        if not 1 <= month <= 12:
            raise ValidationError({"month": Message("not_month", value=month)})
        start = date(year, month, 1)
        return Period(start, month_end(start))
    if quarter is not None:
        if not 1 <= quarter <= 4:
            raise ValidationError({"quarter": Message("not_quarter", value=quarter)})
        start = date(year, 3 * quarter - 2, 1)
        return Period(start, month_end(date(year, 3 * quarter, 1)))
    return Period(date(year, 1, 1), date(year, 12, 31))


def check_expenditure_period(period: Period, year: int) -> None:
    """Expenditure is booked on a line of one year, for whole months inside that year."""
    errors = ErrorCollector()
    errors.check(period.start.year == year and period.end.year == year,
                 "period", "within_line_year", year=year)
    errors.check(period.start.day == 1, "period_start", "first_of_month")
    errors.check(period.end == month_end(period.end), "period_end", "last_of_month")
    errors.raise_if_any()


def spread_by_month(period: Period, amount_minor: int) -> dict[date, int]:
    """An amount of a period spread evenly over the months it covers (first day of each)."""
    months = list(month_starts(period))
    return dict(zip(months, split_evenly(amount_minor, len(months)), strict=True))
