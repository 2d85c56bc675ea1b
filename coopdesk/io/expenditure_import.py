"""The expenditure import's file: its columns, reading it, and handing its rows to the service.

Each row is an amount spent on a budget line: year, line (component/result code or
title), fund, optional donor, amount, and optionally a month (1–12) or a quarter (1–4,
"Q1"…); without either the amount covers the whole year. Which line and period a row is,
and whether the file is written, is decided by :mod:`coopdesk.services.expenditure_import`:
nothing is ever half-imported. This module only knows the spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.io.table_reader import read_table
from coopdesk.io.tabular import CellKind, Column, Table, program_rows
from coopdesk.services import expenditure_import
from coopdesk.services.database import UnitOfWork
from coopdesk.services.imports import ImportPlan

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


def read_expenditure_file(path: str | Path, sheet: str | None = None, strict: bool = True,
                          header_row: int | None = None) -> Table:
    """The sheet of the file holding expenditure (see ``table_reader.read_table``)."""
    return read_table(path, EXPENDITURE_COLUMNS, sheet=sheet, header_row=header_row, strict=strict)


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
    """The table's rows typed, then planned (and with ``apply`` written) by
    ``services.expenditure_import``; the caller commits after an applied plan."""
    rows = program_rows(uow, program_id, table, EXPENDITURE_COLUMNS, mapping)
    return expenditure_import.plan_expenditure_rows(uow, program_id, rows, apply=apply,
                                                    source=source, progress=progress)


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
