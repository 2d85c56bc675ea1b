"""The contract import's file: its columns, reading it, and handing its rows to the service.

Each row is one contract, keyed by its reference; what a row does (hire, renewal, update,
termination) is decided by :mod:`coopdesk.services.contract_import`, which runs it through
the same services the window uses. This module only knows the spreadsheet: the columns
and their Spanish and English headers, and the typed values of each cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coopdesk.io.table_reader import read_table
from coopdesk.io.tabular import CellKind, Column, Table, program_rows
from coopdesk.services import contract_import
from coopdesk.services.database import UnitOfWork
from coopdesk.services.imports import ImportPlan

_T, _D, _A = CellKind.TEXT, CellKind.DATE, CellKind.AMOUNT

#: The columns an import of contracts understands (English label first, then synonyms).
CONTRACT_COLUMNS: tuple[Column, ...] = (
    Column("reference", "Reference", _T, True,
           ("referencia", "ref", "contrato", "contract", "no contrato", "numero de contrato",
            "contract number", "contract no")),
    Column("full_name", "Name", _T, True,
           ("nombre", "nombre completo", "full name", "especialista", "specialist")),
    Column("email", "E-mail", _T, False, ("email", "correo", "correo electronico")),
    Column("unit", "Unit", _T, False, ("unidad", "unidad administrativa", "area")),
    Column("position", "Position", _T, False, ("puesto", "cargo", "job title")),
    Column("start_date", "Start date", _D, True,
           ("fecha de inicio", "fecha inicio", "inicio", "start", "desde", "from")),
    Column("end_date", "End date", _D, True,
           ("fecha de termino", "fecha termino", "fecha de fin", "fecha fin", "fin", "end",
            "hasta", "to", "termino", "fecha de conclusion", "conclusion")),
    Column("fee", "Monthly fee", _A, True,
           ("honorarios", "honorario mensual", "honorarios mensuales", "fee", "monto mensual",
            "monthly fee usd", "honorarios usd")),
    Column("component", "Component", _T, False, ("componente",)),
    Column("renews", "Renews", _T, False,
           ("renueva", "contrato anterior", "previous contract", "renewal of")),
    Column("termination_date", "Termination date", _D, False,
           ("fecha de terminacion", "fecha de rescision", "terminated on")),
    Column("termination_reason", "Termination reason", _T, False,
           ("motivo de terminacion", "motivo", "reason")),
    Column("validity_exception", "Validity exception", _T, False,
           ("excepcion de vigencia", "exception")),
)


def read_contracts_file(path: str | Path, sheet: str | None = None, strict: bool = True,
                        header_row: int | None = None) -> Table:
    """The sheet of the file holding contracts (see ``table_reader.read_table``)."""
    return read_table(path, CONTRACT_COLUMNS, sheet=sheet, header_row=header_row, strict=strict)


def plan_contract_import(
    uow: UnitOfWork,
    program_id: int,
    table: Table,
    mapping: dict[str, int | None] | None = None,
    *,
    apply: bool = False,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """The table's rows typed, then planned (and with ``apply`` written) by
    ``services.contract_import``; the caller commits after an applied plan."""
    rows = program_rows(uow, program_id, table, CONTRACT_COLUMNS, mapping)
    return contract_import.plan_contract_rows(uow, program_id, rows, apply=apply, source=source,
                                              progress=progress)


def import_contracts(
    uow: UnitOfWork,
    program_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    sheet: str | None = None,
    mapping: dict[str, int | None] | None = None,
) -> ImportPlan:
    """Read and plan (``dry_run``) or import a file in one call; the caller commits."""
    table = read_contracts_file(path, sheet)
    return plan_contract_import(uow, program_id, table, mapping, apply=not dry_run,
                                source=Path(path).name)
