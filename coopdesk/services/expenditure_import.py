"""The expenditure import's use case: check a file's rows, then write them all or none.

The rows come typed from ``io/expenditure_import.py``; each is resolved to a budget line
(by component code or title, fund and donor) and a period, and nothing is written while
one row is in error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import ExpenditureSource
from coopdesk.domain.errors import ErrorCollector, FieldKey, InvalidValue, Message, ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import BudgetLine, Expenditure, Program, Result
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import amount_to_minor, get, minor_to_decimal
from coopdesk.services.expenditure import line_label
from coopdesk.services.imports import ImportPlan, ImportTable, ParsedRow, PlanRow, RowStatus
from coopdesk.services.year_locks import locked_years


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
                row.row_number, line_id, line_label(year, code, str(row.fund), donor),
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


def _row(parsed: ParsedRow) -> ExpenditureRow:
    v = parsed.values
    return ExpenditureRow(
        parsed.row, v.get("year"), str(v.get("line", "")), str(v.get("fund", "")),
        str(v.get("donor", "")), v.get("amount"), v.get("month"), v.get("quarter"),
        str(v.get("reference", "")),
    )


@audited_as(Operation.IMPORT_EXPENDITURE)
def plan_expenditure_rows(
    uow: UnitOfWork,
    program_id: int,
    table: ImportTable,
    *,
    apply: bool = False,
    source: ExpenditureSource = ExpenditureSource.IMPORT,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Check every row; write them all when ``apply`` and no row is in error.

    The caller commits the unit of work after an applied plan.
    """
    currency = get(uow, Program, program_id).currency
    parsed = table.rows
    if progress is not None:
        progress(0, len(parsed))
    cell_errors = {p.row: tuple(p.errors.values()) for p in parsed if p.errors}
    rows = [_row(p) for p in parsed if not p.errors]
    checked, row_errors = check_import(uow, program_id, rows)
    by_row = {c.row_number: c for c in checked}
    plan_rows: list[PlanRow] = []
    for p in parsed:
        key = " · ".join(str(p.values.get(k, "")) for k in ("year", "line", "fund"))
        problems = cell_errors.get(p.row) or (
            (row_errors[p.row],) if p.row in row_errors else ())
        if problems:
            plan_rows.append(PlanRow(p.row, RowStatus.ERROR, key, problems))
            continue
        done = by_row[p.row]
        plan_rows.append(PlanRow(p.row, RowStatus.NEW, done.line_label, (
            Message("spent", start=done.period_start, end=done.period_end,
                    amount=Money(Decimal(done.amount), currency)),
        )))
    plan = ImportPlan(plan_rows)
    if apply and not plan.has_errors:
        import_expenditure(uow, program_id, rows, source=source)
        plan = ImportPlan(plan_rows, applied=True)
    if progress is not None:
        progress(len(parsed), len(parsed))
    return plan
