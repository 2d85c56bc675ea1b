"""Actual expenditure per budget line and month/quarter: entry, correction and listing.

Expenditure in a locked (closed) year is refused on every write path; the import of a
file's rows is :mod:`coopdesk.services.expenditure_import`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import ExpenditureSource
from coopdesk.domain.errors import ErrorCollector, ValidationError, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import BudgetLine, Expenditure, Program, Result
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal
from coopdesk.services.year_locks import locked_years


@dataclass(frozen=True)
class ExpenditureDTO:
    id: int
    version: int
    budget_line_id: int
    year: int
    result_code: str
    fund: str
    donor: str
    period_start: date
    period_end: date
    amount: Decimal
    source: ExpenditureSource
    reference: str


@dataclass(frozen=True)
class LineChoice:
    """A budget line as offered in an entry form."""

    id: int
    year: int
    result_code: str
    fund: str
    donor: str

    @property
    def label(self) -> str:
        return line_label(self.year, self.result_code, self.fund, self.donor)


def line_label(year: int, code: str, fund: str, donor: str) -> str:
    """A budget line as forms and import previews name it: year · component · fund/donor."""
    return f"{year} · {code} · {fund}/{donor}"


def _line(uow: UnitOfWork, budget_line_id: int) -> tuple[BudgetLine, str]:
    line = get(uow, BudgetLine, budget_line_id)
    currency = uow.session.scalar(select(Program.currency).where(Program.id == line.program_id))
    return line, currency or "USD"


def _check_unlocked(errors: ErrorCollector, locked: Sequence[int], year: int) -> None:
    errors.check(year not in locked, "year", "year_locked", year=year)


def _check_entry(
    uow: UnitOfWork, line: BudgetLine, currency: str, period_start: date | None,
    period_end: date | None, amount: object, reference: str,
) -> tuple[int, str]:
    errors = ErrorCollector()
    _check_unlocked(errors, locked_years(uow, line.program_id), line.year)
    minor = amount_to_minor(errors, "amount", amount, currency, allow_negative=True)
    if period_start is None or period_end is None:
        errors.add("period", "period_required")
    elif period_end < period_start:
        errors.add("period_end", "before_start")
    else:
        try:
            rules.check_expenditure_period(Period(period_start, period_end), line.year)
        except ValidationError as exc:
            errors.merge(exc)
    reference = clean_text(errors, "reference", reference, 120)
    errors.raise_if_any()
    return minor, reference


@audited_as(Operation.ADD_EXPENDITURE)
def add_expenditure(
    uow: UnitOfWork,
    budget_line_id: int,
    *,
    period_start: date,
    period_end: date,
    amount: object,
    source: ExpenditureSource = ExpenditureSource.MANUAL,
    reference: str = "",
) -> int:
    """Record actual expenditure on a budget line for whole months of the line's year."""
    line, currency = _line(uow, budget_line_id)
    minor, reference = _check_entry(
        uow, line, currency, period_start, period_end, amount, reference
    )
    entry = Expenditure(
        budget_line_id=line.id, period_start=period_start, period_end=period_end,
        amount_minor=minor, source=ExpenditureSource(source), reference=reference,
    )
    uow.session.add(entry)
    uow.flush()
    return entry.id


@audited_as(Operation.EDIT_EXPENDITURE)
def update_expenditure(
    uow: UnitOfWork,
    expenditure_id: int,
    *,
    expected_version: int | None,
    period_start: date,
    period_end: date,
    amount: object,
    reference: str = "",
) -> None:
    entry = get(uow, Expenditure, expenditure_id)
    check_version(uow, entry, expected_version)
    line, currency = _line(uow, entry.budget_line_id)
    minor, reference = _check_entry(
        uow, line, currency, period_start, period_end, amount, reference
    )
    entry.period_start, entry.period_end = period_start, period_end
    entry.amount_minor, entry.reference = minor, reference
    uow.flush()


@audited_as(Operation.DELETE_EXPENDITURE)
def delete_expenditure(
    uow: UnitOfWork, expenditure_id: int, *, expected_version: int | None = None
) -> None:
    entry = get(uow, Expenditure, expenditure_id)
    check_version(uow, entry, expected_version)
    line = get(uow, BudgetLine, entry.budget_line_id)
    errors = ErrorCollector()
    _check_unlocked(errors, locked_years(uow, line.program_id), line.year)
    errors.raise_if_any()
    uow.session.delete(entry)
    uow.flush()


def list_query(
    program_id: int, year: int | None, result_id: int | None, source: ExpenditureSource | None
) -> Select[*tuple[Any, ...]]:
    """The entries' columns (``ExpenditureDTO``'s), filtered, in no order."""
    query = (
        select(
            Expenditure.id, Expenditure.version, Expenditure.budget_line_id, BudgetLine.year,
            Result.code, BudgetLine.fund, BudgetLine.donor, Expenditure.period_start,
            Expenditure.period_end, Expenditure.amount_minor, Expenditure.source,
            Expenditure.reference,
        )
        .join(BudgetLine, BudgetLine.id == Expenditure.budget_line_id)
        .join(Result, Result.id == BudgetLine.result_id)
        .where(BudgetLine.program_id == program_id)
    )
    if year is not None:
        query = query.where(BudgetLine.year == year)
    if result_id is not None:
        query = query.where(BudgetLine.result_id == result_id)
    if source is not None:
        query = query.where(Expenditure.source == ExpenditureSource(source))
    return query


def list_expenditure(
    uow: UnitOfWork,
    program_id: int,
    *,
    year: int | None = None,
    result_id: int | None = None,
    source: ExpenditureSource | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[ExpenditureDTO]:
    """Expenditure entries, filtered in SQL, newest period first; paged for lazy lists."""
    query = (
        list_query(program_id, year, result_id, source)
        .order_by(*DEFAULT_ORDER)
        .offset(offset)
        .limit(limit)
    )
    return entry_rows(uow, program_id, query)


#: The entries' own order, newest period first (and what breaks a sort's ties).
DEFAULT_ORDER = (Expenditure.period_start.desc(), Result.code, Expenditure.id)


def entry_rows(uow: UnitOfWork, program_id: int, query: Select[Any]) -> list[ExpenditureDTO]:
    """The DTOs of a ``list_query`` (ordered and paged as the caller wants)."""
    currency = get(uow, Program, program_id).currency
    return [
        ExpenditureDTO(
            row.id, row.version, row.budget_line_id, row.year, row.code, row.fund, row.donor,
            row.period_start, row.period_end, minor_to_decimal(row.amount_minor, currency),
            row.source, row.reference,
        )
        for row in uow.session.execute(query)
    ]


def count_expenditure(
    uow: UnitOfWork,
    program_id: int,
    *,
    year: int | None = None,
    result_id: int | None = None,
    source: ExpenditureSource | None = None,
) -> int:
    query = list_query(program_id, year, result_id, source).subquery()
    return uow.session.scalar(select(func.count()).select_from(query)) or 0


def line_choices(uow: UnitOfWork, program_id: int, year: int | None = None) -> list[LineChoice]:
    """Budget lines to book expenditure on, ordered by year, component, fund and donor."""
    query = (
        select(BudgetLine.id, BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(Result, Result.id == BudgetLine.result_id)
        .where(BudgetLine.program_id == program_id)
        .order_by(BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    if year is not None:
        query = query.where(BudgetLine.year == year)
    return [LineChoice(*row) for row in uow.session.execute(query)]
