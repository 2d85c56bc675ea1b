"""Fees the program's contracts commit, per year and component, to set against the budget."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import ContractDates
from coopdesk.domain.enums import FeeBasis
from coopdesk.domain.period import Period, month_end
from coopdesk.persistence.models import Contract, ContractAmendment, Program, Result
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import as_of as in_force
from coopdesk.services.common import get, minor_to_decimal


def committed_cost_by_year(
    uow: UnitOfWork, program_id: int, as_of: date | None = None
) -> dict[tuple[int, str], Decimal]:
    """Fees committed by every contract, per (year, component code), in program currency;
    with ``as_of``, as they stood on that day (``services.as_of``): the contracts started by
    then, with the end, termination and amendments in force then.

    Convention (``domain.contracts.months_by_year``): a monthly fee counts once for every
    whole calendar month a contract runs and a share of days/days-in-month for a partial
    one; a lump sum is spread over its period by days. A terminated contract counts to its
    termination date; an amended fee counts from its amendment's effective date. Contracts
    without a component are under ``""``; contracts in another currency are left out.
    Each total is rounded half up to the cent once, after summing exactly (``Totals``).
    """
    program = get(uow, Program, program_id)
    columns: tuple[Any, ...] = (Contract.end_date, Contract.termination_date, Contract.fee_minor)
    if as_of is not None:
        columns = (in_force.end_in_force(as_of), in_force.termination_on(as_of),
                   in_force.fee_in_force(as_of))
    query = (
        select(Contract.id, Contract.start_date, *columns, Contract.fee_basis,
               func.coalesce(Result.code, ""))
        .outerjoin(Result, Result.id == Contract.component_id)
        .where(Contract.program_id == program_id, Contract.currency == program.currency)
    )
    amendments = select(
        ContractAmendment.contract_id, ContractAmendment.effective_date,
        ContractAmendment.old_fee_minor, ContractAmendment.new_fee_minor,
    ).join(Contract, Contract.id == ContractAmendment.contract_id).where(
        Contract.program_id == program_id, ContractAmendment.new_fee_minor.is_not(None))
    if as_of is not None:
        query = query.where(in_force.contract_exists(as_of))
        amendments = amendments.where(ContractAmendment.effective_date <= as_of)
    rows = uow.session.execute(query).all()
    changes: dict[int, list[tuple[date, int, int]]] = {}
    for a in uow.session.execute(amendments):
        changes.setdefault(a.contract_id, []).append(
            (a.effective_date, a.old_fee_minor, a.new_fee_minor))
    totals: dict[tuple[int, str], Totals] = {}
    for row in rows:
        period = ContractDates(row[1], row[2], row[3]).period
        if row.fee_basis is FeeBasis.LUMP_SUM:
            add_lump_sum(totals, row[6], period, row[4])
            continue
        for part, fee in rules.fee_segments(period, row[4], changes.get(row.id, [])):
            add_monthly(totals, row[6], part, fee)
    return {
        key: minor_to_decimal(value.rounded(), program.currency)
        for key, value in sorted(totals.items())
    }


class Totals:
    """One (year, component) total in integers: whole-month fees, and the shares of fees
    for partial months and lump sums, each kept over its own denominator (days).

    Summing ``Fraction``s costs a gcd per addition (55 % of the page at 100,000
    contracts); here each contract adds integers, and the few denominators (28–31 days a
    month, a lump sum's length) meet once, in ``rounded``. The result is the exact sum the
    convention defines, rounded half up once.
    """

    __slots__ = ("whole", "shares")

    def __init__(self) -> None:
        self.whole = 0
        self.shares: dict[int, int] = {}

    def add_share(self, numerator: int, denominator: int) -> None:
        self.shares[denominator] = self.shares.get(denominator, 0) + numerator

    def rounded(self) -> int:
        exact = self.whole + sum(
            (Fraction(n, d) for d, n in self.shares.items()), Fraction(0))
        return math.floor(exact + Fraction(1, 2))


def _totals(totals: dict[tuple[int, str], Totals], key: tuple[int, str]) -> Totals:
    found = totals.get(key)
    if found is None:
        found = totals[key] = Totals()
    return found


def add_monthly(totals: dict[tuple[int, str], Totals], component: str, period: Period,
                fee: int) -> None:
    """A monthly fee over ``period``: each whole calendar month once, a partial month by
    days covered / days in that month (``domain.contracts.months_by_year``)."""
    for year in range(period.start.year, period.end.year + 1):
        first = max(period.start, date(year, 1, 1))
        last = min(period.end, date(year, 12, 31))
        total = _totals(totals, (year, component))
        first_days, last_days = month_end(first).day, month_end(last).day
        if first.month == last.month:
            _add_days(total, fee, last.day - first.day + 1, first_days)
            continue
        _add_days(total, fee, first_days - first.day + 1, first_days)
        total.whole += fee * (last.month - first.month - 1)
        _add_days(total, fee, last.day, last_days)


def _add_days(total: Totals, fee: int, days: int, month_days: int) -> None:
    if days == month_days:
        total.whole += fee
    else:
        total.add_share(fee * days, month_days)


def add_lump_sum(totals: dict[tuple[int, str], Totals], component: str, period: Period,
                 fee: int) -> None:
    """A lump sum spread over its period by days (``domain.contracts.days_by_year``)."""
    for year in range(period.start.year, period.end.year + 1):
        covered = Period(max(period.start, date(year, 1, 1)), min(period.end, date(year, 12, 31)))
        _totals(totals, (year, component)).add_share(fee * covered.days, period.days)
