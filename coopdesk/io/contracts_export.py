"""Export of the contracts and the roster to XLSX (two sheets) or CSV (contracts only).

The contracts sheet uses the import's column labels first, so an exported file edited and
imported again changes exactly what was edited. The columns after them (kind, fee basis,
currency, status, days left) are for reading and are ignored by the import.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopdesk.domain.contracts import contract_status, days_left
from coopdesk.io.contracts_import import CONTRACT_COLUMNS
from coopdesk.io.table_writer import OutSheet, write_table
from coopdesk.services import contract_reads, specialists
from coopdesk.services.database import UnitOfWork

#: Columns written after the importable ones, for reading only.
EXTRA_HEADERS = ["Kind", "Fee basis", "Currency", "Status", "Days left"]

ROSTER_HEADERS = [
    "Name", "E-mail", "Reference", "Unit", "Position", "Start date", "End date", "Days left",
    "Monthly fee", "Currency", "Status",
]


def contract_sheet(uow: UnitOfWork, program_id: int, as_of: date) -> OutSheet:
    emails = {s.id: s.email for s in specialists.list_specialists(uow, program_id)}
    rows: list[list[object]] = []
    for c in contract_reads.list_contracts(uow, program_id):
        values: dict[str, object] = {
            "reference": c.reference, "full_name": c.specialist_name,
            "email": emails[c.specialist_id],
            "unit": c.unit, "position": c.position, "start_date": c.start_date,
            "end_date": c.end_date, "fee": c.fee, "component": c.component,
            "renews": c.renewed_from_reference, "termination_date": c.termination_date,
            "termination_reason": c.termination_reason,
            "validity_exception": c.validity_exception,
        }
        rows.append([values[col.key] for col in CONTRACT_COLUMNS] + [
            c.kind.value, c.fee_basis.value, c.currency,
            contract_status(c.dates, as_of).label, days_left(c.dates, as_of),
        ])
    return OutSheet("Contracts", [col.label for col in CONTRACT_COLUMNS] + EXTRA_HEADERS, rows)


def roster_sheet(uow: UnitOfWork, program_id: int, as_of: date) -> OutSheet:
    rows: list[list[object]] = [
        [r.full_name, r.email, r.reference, r.unit, r.position, r.start_date, r.end_date,
         r.days_left, r.fee, r.currency, r.status.label]
        for r in specialists.roster(uow, program_id, as_of)
    ]
    return OutSheet(f"Roster {as_of:%d-%m-%Y}", ROSTER_HEADERS, rows)


def export_contracts(uow: UnitOfWork, program_id: int, path: str | Path, as_of: date) -> int:
    """Write the file (format by its suffix); return the number of contracts written."""
    sheets = [contract_sheet(uow, program_id, as_of)]
    if Path(path).suffix.lower() != ".csv":
        sheets.append(roster_sheet(uow, program_id, as_of))
    write_table(path, sheets)
    return len(sheets[0].rows)
