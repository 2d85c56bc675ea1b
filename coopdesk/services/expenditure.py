"""Actual expenditure per budget line and month/quarter: entry, listing and import.

Expenditure in a locked (closed) year is refused on every write path. An import is
validated whole before anything is written: one bad row writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import ExpenditureSource
from coopdesk.domain.errors import (
    ErrorCollector,
    FieldKey,
    InvalidValue,
    Message,
    ValidationError,
    clean_text,
)
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import BudgetLine, Expenditure, Program, Result
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.budget import locked_years
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal


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
        return f"{self.year} · {self.result_code} · {self.fund}/{self.donor}"


@dataclass(frozen=True)
class ExpenditureRow:
    """One row of an expenditure file, as read: values are raw until validated."""

    row_number: int
    year: object
    line: str
    fund: str
    donor: str = ""
    amount: object = None
    month: object = None
    quarter: object = None
    reference: str = ""


@dataclass(frozen=True)
class CheckedRow:
    """A validated import row, ready to write or to preview."""

    row_number: int
    budget_line_id: int
    line_label: str
    period_start: date
    period_end: date
    amount: Decimal
    reference: str


def _line_label(year: int, code: str, fund: str, donor: str) -> str:
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


def _list_query(
    program_id: int, year: int | None, result_id: int | None, source: ExpenditureSource | None
) -> Select[Any]:
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
    currency = get(uow, Program, program_id).currency
    query = (
        _list_query(program_id, year, result_id, source)
        .order_by(Expenditure.period_start.desc(), Result.code, Expenditure.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        ExpenditureDTO(*row[:9], minor_to_decimal(row[9], currency), row[10], row[11])
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
    query = _list_query(program_id, year, result_id, source).subquery()
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


# --------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------


def _int_or_none(value: object) -> int | None:
    """A whole number from a cell: 3, 3.0 or "3"; None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    if isinstance(value, int):
        return value
    return int(str(value).strip())


def _month_and_quarter(month: object, quarter: object) -> tuple[int | None, int | None]:
    """Month and quarter of a row; a period cell reading "Q3" or "T3" is a quarter."""
    text = str(month).strip().upper() if month is not None else ""
    if text[:1] in {"Q", "T"} and quarter in (None, ""):
        return None, _int_or_none(text[1:])
    quarter_text = str(quarter).strip().upper() if quarter is not None else ""
    return _int_or_none(month), _int_or_none(quarter_text.lstrip("QT") or None)


class _Lines:
    """Budget lines of a program indexed for resolving file rows (code or title, fund)."""

    def __init__(self, session: Session, program_id: int) -> None:
        rows = session.execute(
            select(
                BudgetLine.id, BudgetLine.year, Result.code, Result.title, BudgetLine.fund,
                BudgetLine.donor,
            )
            .join(Result, Result.id == BudgetLine.result_id)
            .where(BudgetLine.program_id == program_id)
        )
        self.by_key: dict[tuple[int, str, str], list[tuple[int, str, str]]] = {}
        for line_id, year, code, title, fund, donor in rows:
            for name in {code.casefold(), title.casefold()}:
                self.by_key.setdefault((year, name, fund.casefold()), []).append(
                    (line_id, code, donor)
                )

    def find(self, year: int, line: str, fund: str, donor: str) -> tuple[int, str, str]:
        """The line's (id, code, donor), or ``InvalidValue`` naming what to fix."""
        matches = self.by_key.get((year, line.strip().casefold(), fund.strip().casefold()), [])
        if donor.strip():
            matches = [m for m in matches if m[2].casefold() == donor.strip().casefold()]
        if not matches:
            who = f"/{donor}" if donor.strip() else ""
            raise InvalidValue(Message("no_budget_line", line=f"{year} · {line} · {fund}{who}"))
        if len(matches) > 1:
            raise InvalidValue(Message("several_donors", line=line, fund=fund, year=year,
                                       donors=sorted(m[2] for m in matches)))
        return matches[0]


def _several(problems: list[Message]) -> Message:
    return problems[0] if len(problems) == 1 else Message("fields", problems=tuple(problems))


def check_import(
    uow: UnitOfWork, program_id: int, rows: Sequence[ExpenditureRow]
) -> tuple[list[CheckedRow], dict[int, Message]]:
    """Validate every row: the rows ready to write and what is wrong, by row number."""
    program = get(uow, Program, program_id)
    lines = _Lines(uow.session, program_id)
    locked = set(locked_years(uow, program_id))
    checked: list[CheckedRow] = []
    errors: dict[int, Message] = {}
    for row in rows:
        key = row.row_number
        problems: list[Message] = []
        try:
            year = _int_or_none(row.year)
            if year is None:
                raise ValueError
        except ValueError:
            errors[key] = Message("field_problem", field=FieldKey("year"),
                                  problem=Message("not_year", value=str(row.year or "")))
            continue
        try:
            month, quarter = _month_and_quarter(row.month, row.quarter)
            period = rules.expenditure_period(year, month, quarter)
        except ValidationError as exc:
            errors[key] = Message("fields", problems=exc)
            continue
        except ValueError:
            errors[key] = Message("bad_month_quarter", month=str(row.month or ""),
                                  quarter=str(row.quarter or ""))
            continue
        if year in locked:
            problems.append(Message("year_locked_import", year=year))
        line_id, code, donor = 0, "", ""
        try:
            line_id, code, donor = lines.find(year, str(row.line or ""), str(row.fund or ""),
                                              str(row.donor or ""))
        except InvalidValue as exc:
            problems.append(exc.message)
        field_errors = ErrorCollector()
        minor = amount_to_minor(
            field_errors, "amount", row.amount, program.currency, allow_negative=True
        )
        problems.extend(Message("field_problem", field=FieldKey("amount"), problem=message)
                        for message in field_errors.problems.values())
        if problems:
            errors[key] = _several(problems)
            continue
        checked.append(
            CheckedRow(
                row.row_number, line_id, _line_label(year, code, str(row.fund), donor),
                period.start, period.end, minor_to_decimal(minor, program.currency),
                (row.reference or "").strip()[:120],
            )
        )
    return checked, errors


@audited_as(Operation.IMPORT_EXPENDITURE)
def import_expenditure(
    uow: UnitOfWork,
    program_id: int,
    rows: Sequence[ExpenditureRow],
    *,
    source: ExpenditureSource = ExpenditureSource.IMPORT,
) -> int:
    """Write every row or none: any invalid row raises naming the rows to fix."""
    if not rows:
        raise ValidationError({"file": Message("no_rows")})
    checked, errors = check_import(uow, program_id, rows)
    if errors:
        raise ValidationError({"rows": Message("rows_refused", count=len(errors), rows=tuple(
            Message("in_row", row=row, problem=problem) for row, problem in errors.items()
        ))})
    currency = get(uow, Program, program_id).currency
    uow.session.add_all(
        Expenditure(
            budget_line_id=row.budget_line_id, period_start=row.period_start,
            period_end=row.period_end,
            amount_minor=Money(row.amount, currency).minor,
            source=ExpenditureSource(source), reference=row.reference,
        )
        for row in checked
    )
    uow.flush()
    return len(checked)
