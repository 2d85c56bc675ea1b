"""Import of actual expenditure from a CDR-like XLSX or CSV extract.

Each row is an amount spent on a budget line: year, line (component/result code or
title), fund, optional donor, amount, and optionally a month (1–12) or a quarter (1–4,
"Q1"…); without either the amount covers the whole year. The file is read with the
generic ``io.tabular`` reader, every row is checked by ``services.expenditure`` and the
rows are written only when none is in error: nothing is ever half-imported.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.domain.errors import Message
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.io.tabular import (
    CellKind,
    Column,
    ImportPlan,
    ParsedRow,
    PlanRow,
    RowStatus,
    Table,
    convert_rows,
    read_table,
    suggest_mapping,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import programs
from coopdesk.services.expenditure import ExpenditureRow, check_import, import_expenditure

_T, _A = CellKind.TEXT, CellKind.AMOUNT

#: The columns of an expenditure extract (English label first, then synonyms).
EXPENDITURE_COLUMNS: tuple[Column, ...] = (
    Column("year", "Year", _T, True, ("año", "ano", "ejercicio", "fiscal year", "yr")),
    Column("line", "Component", _T, True,
           ("componente", "line", "budget line", "linea", "linea presupuestal", "resultado",
            "result", "output", "producto", "activity", "actividad")),
    Column("fund", "Fund", _T, True, ("fondo", "fund code", "codigo de fondo")),
    Column("donor", "Donor", _T, False, ("donante", "donor name", "donante nombre")),
    Column("amount", "Amount", _A, True,
           ("monto", "importe", "gasto", "expenditure", "expenses", "total expenditure",
            "ejercido", "monto ejercido", "usd")),
    Column("month", "Month", _T, False, ("mes", "period", "periodo")),
    Column("quarter", "Quarter", _T, False, ("trimestre", "qtr", "q")),
    Column("reference", "Reference", _T, False, ("referencia", "ref", "voucher", "document")),
)


def read_expenditure_file(path: str | Path, sheet: str | None = None) -> Table:
    """The sheet of the file holding expenditure (see ``tabular.read_table``)."""
    return read_table(path, EXPENDITURE_COLUMNS, sheet=sheet)


def _row(parsed: ParsedRow) -> ExpenditureRow:
    v = parsed.values
    return ExpenditureRow(
        parsed.row, v.get("year"), str(v.get("line", "")), str(v.get("fund", "")),
        str(v.get("donor", "")), v.get("amount"), v.get("month"), v.get("quarter"),
        str(v.get("reference", "")),
    )


@audited_as(Operation.IMPORT_EXPENDITURE)
def plan_expenditure_import(
    uow: UnitOfWork,
    program_id: int,
    table: Table,
    mapping: dict[str, int | None] | None = None,
    *,
    apply: bool = False,
    source: ExpenditureSource = ExpenditureSource.IMPORT,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Check every row; write them all when ``apply`` and no row is in error.

    The caller commits the unit of work after an applied plan.
    """
    mapping = mapping or suggest_mapping(table.headers, EXPENDITURE_COLUMNS)
    currency = programs.get_program(uow, program_id).currency
    parsed = convert_rows(table, EXPENDITURE_COLUMNS, mapping, currency=currency)
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


def import_expenditure_file(
    uow: UnitOfWork,
    program_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    sheet: str | None = None,
    source: ExpenditureSource = ExpenditureSource.IMPORT,
) -> ImportPlan:
    """Read and plan (``dry_run``) or import a file in one call; the caller commits."""
    table = read_expenditure_file(path, sheet)
    return plan_expenditure_import(uow, program_id, table, apply=not dry_run, source=source)
