"""Reads of a program's budget: award, budget grid, delivery, expenditure rhythm, year locks.

This module exists so that screens, reports and other services can ask what the budget
is, as of a revision or a date, apart from the revision log that changes it
(:mod:`coopdesk.services.revisions`). Which revisions make the state, and the state's
SQL, come from :mod:`coopdesk.services.budget_state`. Year locks live here too: a lock
closes a year's expenditure, it is no revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionPurpose
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period, month_starts
from coopdesk.persistence.models import (
    AwardChange,
    BudgetLine,
    Expenditure,
    Program,
    Result,
    Revision,
    YearLock,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.budget_state import (
    award_minor,
    ids_approved_by,
    ids_as_of,
    line_state,
    program_currency,
    result_names,
    revision_chain,
    spent_select,
    sum_minor,
)
from coopdesk.services.common import get, minor_to_decimal

# --------------------------------------------------------------------------------------
# DTOs
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AwardLedgerRow:
    revision_id: int
    number: int
    kind: RevisionKind
    revision_date: date
    purposes: list[RevisionPurpose]
    change: Decimal
    total: Decimal
    currency: str
    justification: str
    label: str = ""


@dataclass(frozen=True)
class BudgetGridRow:
    result_code: str
    result_title: str
    fund: str
    donor: str
    amounts: dict[int, Decimal]
    total: Decimal
    result_id: int = 0


@dataclass(frozen=True)
class BudgetGrid:
    years: list[int]
    rows: list[BudgetGridRow]
    totals_by_year: dict[int, Decimal]
    total: Decimal
    currency: str


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


# --------------------------------------------------------------------------------------
# Award and grid
# --------------------------------------------------------------------------------------


def award_total(uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None) -> Decimal:
    """The award after the given revision (default: the latest approved one)."""
    session = uow.session
    ids = ids_as_of(revision_chain(session, program_id), as_of_revision_id)
    return minor_to_decimal(award_minor(session, ids), program_currency(session, program_id))


def award_ledger(uow: UnitOfWork, program_id: int) -> list[AwardLedgerRow]:
    """Each approved revision in order with its award change and the award after it."""
    session = uow.session
    currency = program_currency(session, program_id)
    revs = [r for r in revision_chain(session, program_id) if r.approved]
    changes = dict(
        session.execute(
            select(AwardChange.revision_id, sum_minor(AwardChange.amount_minor))
            .join(Revision, Revision.id == AwardChange.revision_id)
            .where(Revision.program_id == program_id)
            .group_by(AwardChange.revision_id)
        ).all()
    )
    details = {
        row.id: row
        for row in session.execute(
            select(Revision.id, Revision.purposes, Revision.justification).where(
                Revision.program_id == program_id
            )
        )
    }
    ledger: list[AwardLedgerRow] = []
    running = 0
    for rev in revs:
        change = changes.get(rev.id, 0) or 0
        running += change
        ledger.append(
            AwardLedgerRow(
                rev.id, rev.number, rev.kind, rev.revision_date, list(details[rev.id].purposes),
                minor_to_decimal(change, currency), minor_to_decimal(running, currency),
                currency, details[rev.id].justification, rev.label,
            )
        )
    return ledger


def _grid_select(revision_ids: list[int]) -> Select[Any]:
    state = line_state(revision_ids)
    return (
        select(
            Result.id, Result.code, Result.title, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year, sum_minor(state.c.amount),
        )
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .join(Result, Result.id == BudgetLine.result_id)
        .group_by(
            Result.id, Result.code, Result.title, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year,
        )
    )


def budget_grid(
    uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None
) -> BudgetGrid:
    """The budget as of a revision: rows = component/result × fund/donor, columns = years.

    ``as_of_revision_id`` None means the latest approved state; a draft's id shows the
    state its approval would give.
    """
    session = uow.session
    currency = program_currency(session, program_id)
    ids = ids_as_of(revision_chain(session, program_id), as_of_revision_id)
    cells: dict[tuple[int, str, str, str, str], dict[int, int]] = {}
    for rid, code, title, fund, donor, year, amount in session.execute(_grid_select(ids)):
        cells.setdefault((rid, code, title, fund, donor), {})[year] = amount
    return _grid(cells, currency)


def _grid(cells: dict[tuple[int, str, str, str, str], dict[int, int]], currency: str) -> BudgetGrid:
    years = sorted({y for amounts in cells.values() for y in amounts})
    rows = []
    by_year = dict.fromkeys(years, 0)
    for (rid, code, title, fund, donor), amounts in sorted(
        cells.items(), key=lambda item: (item[0][1], item[0][3], item[0][4])
    ):
        for year, amount in amounts.items():
            by_year[year] += amount
        rows.append(
            BudgetGridRow(
                code, title, fund, donor,
                {y: minor_to_decimal(a, currency) for y, a in sorted(amounts.items())},
                minor_to_decimal(sum(amounts.values()), currency), rid,
            )
        )
    return BudgetGrid(
        years, rows, {y: minor_to_decimal(a, currency) for y, a in by_year.items()},
        minor_to_decimal(sum(by_year.values()), currency), currency,
    )


def budget_by_year_component(
    uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None
) -> dict[tuple[int, str], Decimal]:
    """The budget summed over funds and donors, keyed (year, component/result code)."""
    session = uow.session
    currency = program_currency(session, program_id)
    ids = ids_as_of(revision_chain(session, program_id), as_of_revision_id)
    state = line_state(ids)
    rows = session.execute(
        select(BudgetLine.year, Result.code, sum_minor(state.c.amount))
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .join(Result, Result.id == BudgetLine.result_id)
        .group_by(BudgetLine.year, Result.code)
    )
    return {(year, code): minor_to_decimal(amount, currency) for year, code, amount in rows}


# --------------------------------------------------------------------------------------
# Delivery and rhythm
# --------------------------------------------------------------------------------------


def _budget_select(revision_ids: list[int], year: int | None, *columns: Any) -> Any:
    state = line_state(revision_ids)
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
    session: Session, program_id: int, year: int | None, as_of: date, by_year: bool
) -> list[DeliveryRow]:
    currency = program_currency(session, program_id)
    results = result_names(session, program_id)
    ids = ids_approved_by(revision_chain(session, program_id), as_of)
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


def delivery(uow: UnitOfWork, program_id: int, year: int | None, as_of: date) -> list[DeliveryRow]:
    """Delivery per component in a year (``None``: the program's life) as of a date.

    The budget is the one approved by ``as_of``; expenditure counts periods begun by then.
    """
    return _delivery_rows(uow.session, program_id, year, as_of, by_year=False)


def delivery_by_year(uow: UnitOfWork, program_id: int, as_of: date) -> list[DeliveryRow]:
    """Delivery per year × component as of a date, ordered by year then component."""
    return _delivery_rows(uow.session, program_id, None, as_of, by_year=True)


def line_delivery(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date
) -> list[LineDeliveryRow]:
    """Delivery per budget line, so lines over budget can be picked out."""
    session = uow.session
    currency = program_currency(session, program_id)
    ids = ids_approved_by(revision_chain(session, program_id), as_of)
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
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date
) -> list[RhythmPoint]:
    """Cumulative planned vs actual expenditure per month, for a year or the program's life.

    Planned: each year's budget (approved by ``as_of``) spread evenly over its twelve months.
    Actual: each expenditure amount spread evenly over the months of its period.
    """
    session = uow.session
    program = get(uow, Program, program_id)
    currency = program.currency
    if year is None:
        span = Period(program.start_date, program.end_date)
    else:
        span = Period(date(year, 1, 1), date(year, 12, 31))
    months = list(month_starts(span))
    ids = ids_approved_by(revision_chain(session, program_id), as_of)
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


# --------------------------------------------------------------------------------------
# Year locks
# --------------------------------------------------------------------------------------


def locked_years(uow: UnitOfWork, program_id: int) -> list[int]:
    return list(
        uow.session.scalars(
            select(YearLock.year).where(YearLock.program_id == program_id).order_by(YearLock.year)
        )
    )


def is_locked(uow: UnitOfWork, program_id: int, year: int) -> bool:
    return year in locked_years(uow, program_id)


@audited_as(Operation.CLOSE_YEAR)
def lock_year(uow: UnitOfWork, program_id: int, year: int) -> int:
    """Close a year: its expenditure can no longer be entered, imported or changed."""
    get(uow, Program, program_id)
    if is_locked(uow, program_id, year):
        raise ValidationError({"year": Message("year_already_locked", year=year)})
    lock = YearLock(program_id=program_id, year=year)
    uow.session.add(lock)
    uow.flush()
    return lock.id


@audited_as(Operation.REOPEN_YEAR)
def unlock_year(uow: UnitOfWork, program_id: int, year: int) -> None:
    lock = uow.session.scalar(
        select(YearLock).where(YearLock.program_id == program_id, YearLock.year == year)
    )
    if lock is None:
        raise ValidationError({"year": Message("year_not_locked", year=year)})
    uow.session.delete(lock)
    uow.flush()


def budget_rows(uow: UnitOfWork, program_id: int) -> list[tuple[int, str, str, str]]:
    """Every row (result id, code, fund, donor) any budget line was ever planned on."""
    rows = uow.session.execute(
        select(Result.id, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(BudgetLine, BudgetLine.result_id == Result.id)
        .where(BudgetLine.program_id == program_id)
        .distinct()
        .order_by(Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    return [tuple(r) for r in rows]
