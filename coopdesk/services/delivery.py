"""The budget against what was spent: delivery per year, per line, and the monthly rhythm.

Budget and expenditure come from one SQL aggregate each (the budget state of
:mod:`coopdesk.services.budget_state`, summed expenditure), so the figures stay fast
with a million expenditure rows; the rate itself is ``domain/budget.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import select

from coopdesk.domain import budget as rules
from coopdesk.domain.period import Period, month_starts
from coopdesk.persistence.models import BudgetLine, Expenditure, Program, Result
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.budget_state import (
    ids_approved_by,
    line_state,
    program_currency,
    result_names,
    revision_chain,
    spent_select,
    sum_minor,
)
from coopdesk.services.common import get, minor_to_decimal


class Basis(NamedTuple):
    """What every figure of a program as of a date starts from: its currency and the
    revisions making its budget. A page showing several figures reads it once and hands it
    to each (``basis``); a figure asked for alone reads it itself."""

    currency: str
    revision_ids: tuple[int, ...]


def basis(uow: UnitOfWork, program_id: int, as_of: date) -> Basis:
    """The program's currency and the revisions approved and dated by ``as_of``."""
    session = uow.session
    chain = revision_chain(session, program_id)
    return Basis(program_currency(session, program_id), tuple(ids_approved_by(chain, as_of)))


@dataclass(frozen=True)
class DeliveryRow:
    """Budget and expenditure of a component in a year (``None``: the program's life)."""

    year: int | None
    result_id: int
    result_code: str
    result_title: str
    budget: Decimal
    expenditure: Decimal
    rate: Decimal | None

    @property
    def over_budget(self) -> bool:
        return self.expenditure > self.budget


@dataclass(frozen=True)
class LineDeliveryRow:
    """Budget and expenditure of one budget line."""

    budget_line_id: int
    year: int
    result_code: str
    fund: str
    donor: str
    budget: Decimal
    expenditure: Decimal
    rate: Decimal | None

    @property
    def over_budget(self) -> bool:
        return self.expenditure > self.budget


@dataclass(frozen=True)
class RhythmPoint:
    """Cumulative planned and actual expenditure at the end of a month.

    ``past`` is False for months after the as-of date, where the actual line stops.
    """

    month: date
    planned_cumulative: Decimal
    actual_cumulative: Decimal
    past: bool = True


def _budget_select(revision_ids: tuple[int, ...], year: int | None, *columns: Any) -> Any:
    state = line_state(list(revision_ids))
    query = (
        select(*columns, sum_minor(state.c.amount))
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .group_by(*columns)
    )
    if year is not None:
        query = query.where(BudgetLine.year == year)
    return query


def _delivery_rows(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date, by_year: bool,
    given: Basis | None,
) -> list[DeliveryRow]:
    session = uow.session
    currency, ids = given or basis(uow, program_id, as_of)
    results = result_names(session, program_id)
    columns = (BudgetLine.year, BudgetLine.result_id) if by_year else (BudgetLine.result_id,)
    budget = {tuple(r[:-1]): r[-1] for r in session.execute(_budget_select(ids, year, *columns))}
    spent = {
        tuple(r[:-1]): r[-1]
        for r in session.execute(spent_select(program_id, as_of, year, *columns))
    }
    rows = []
    for key in sorted(set(budget) | set(spent), key=lambda k: (k[:-1], results[k[-1]][0])):
        b = minor_to_decimal(budget.get(key, 0), currency)
        s = minor_to_decimal(spent.get(key, 0), currency)
        code, title = results[key[-1]]
        rows.append(
            DeliveryRow(
                key[0] if by_year else year, key[-1], code, title, b, s,
                rules.delivery_rate(s, b),
            )
        )
    return rows


def delivery(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date,
    given: Basis | None = None,
) -> list[DeliveryRow]:
    """Delivery per component in a year (``None``: the program's life) as of a date.

    The budget is the one approved by ``as_of``; expenditure counts periods begun by then.
    """
    return _delivery_rows(uow, program_id, year, as_of, False, given)


def delivery_by_year(
    uow: UnitOfWork, program_id: int, as_of: date, given: Basis | None = None
) -> list[DeliveryRow]:
    """Delivery per year × component as of a date, ordered by year then component."""
    return _delivery_rows(uow, program_id, None, as_of, True, given)


def line_delivery(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date,
    given: Basis | None = None,
) -> list[LineDeliveryRow]:
    """Delivery per budget line, so lines over budget can be picked out."""
    session = uow.session
    currency, ids = given or basis(uow, program_id, as_of)
    budget = dict(session.execute(_budget_select(ids, year, BudgetLine.id)).all())
    spent = dict(session.execute(spent_select(program_id, as_of, year, BudgetLine.id)).all())
    wanted = set(budget) | set(spent)
    lines = session.execute(
        select(BudgetLine.id, BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(Result, Result.id == BudgetLine.result_id)
        .where(BudgetLine.program_id == program_id)
        .order_by(BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    rows = []
    for line_id, line_year, code, fund, donor in lines:
        if line_id not in wanted:
            continue
        b = minor_to_decimal(budget.get(line_id, 0), currency)
        s = minor_to_decimal(spent.get(line_id, 0), currency)
        rows.append(
            LineDeliveryRow(line_id, line_year, code, fund, donor, b, s, rules.delivery_rate(s, b))
        )
    return rows


def expenditure_rhythm(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date,
    given: Basis | None = None,
) -> list[RhythmPoint]:
    """Cumulative planned vs actual expenditure per month, for a year or the program's life.

    Planned: each year's budget (approved by ``as_of``) spread evenly over its twelve months.
    Actual: each expenditure amount spread evenly over the months of its period.
    """
    session = uow.session
    currency, ids = given or basis(uow, program_id, as_of)
    if year is None:
        program = get(uow, Program, program_id)
        span = Period(program.start_date, program.end_date)
    else:
        span = Period(date(year, 1, 1), date(year, 12, 31))
    months = list(month_starts(span))
    planned: dict[date, int] = {}
    for budget_year, amount in session.execute(_budget_select(ids, year, BudgetLine.year)):
        planned.update(
            rules.spread_by_month(Period(date(budget_year, 1, 1), date(budget_year, 12, 31)),
                                  amount)
        )
    actual: dict[date, int] = {}
    spent = session.execute(
        spent_select(program_id, as_of, year, Expenditure.period_start, Expenditure.period_end)
    )
    for start, end, amount in spent:
        for month, share in rules.spread_by_month(Period(start, end), amount).items():
            actual[month] = actual.get(month, 0) + share
    points, plan_sum, actual_sum = [], 0, 0
    for month in months:
        plan_sum += planned.get(month, 0)
        actual_sum += actual.get(month, 0)
        points.append(
            RhythmPoint(
                month, minor_to_decimal(plan_sum, currency),
                minor_to_decimal(actual_sum, currency), month <= as_of,
            )
        )
    return points
