"""Writing sheets of plain values to XLSX or CSV, in the form ``read_table`` reads back.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.files import replacing, write_csv

if TYPE_CHECKING:  # openpyxl is imported on first use, not with the module
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


@dataclass(frozen=True)
class OutSheet:
    """One sheet to write: its name, header row and rows of plain Python values."""

    name: str
    headers: list[str]
    rows: list[list[object]]


def write_table(path: str | Path, sheets: Sequence[OutSheet]) -> None:
    """Write sheets to XLSX (real dates, amounts as numbers) or the first one to CSV.

    CSV is UTF-8 with a byte-order mark (so Excel reads accents right), dates as
    dd/mm/yyyy and amounts as plain ``1234.50``: exactly what ``read_table`` reads back.
    Either way the file appears whole or not at all (``coopdesk.files``), and no text is
    ever a formula: XLSX text cells are typed as text, CSV text is neutralised.
    """
    if Path(path).suffix.lower() == ".csv":
        first = sheets[0]
        write_csv(path, [first.headers, *([_csv_cell(v) for v in row] for row in first.rows)])
        return
    # Inside the block: openpyxl spools each sheet to a temporary file of its own while rows
    # are appended, so a full disk may strike there too.
    with replacing(path) as temporary:
        try:
            _save_workbook(temporary, sheets)
        except OSError as exc:
            _collect_spools(exc)
            raise


def _save_workbook(target: Path, sheets: Sequence[OutSheet]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name[:31])
        worksheet.append([_xlsx_cell(worksheet, v) for v in sheet.headers])
        for row in sheet.rows:
            worksheet.append([_xlsx_cell(worksheet, v) for v in row])
    workbook.save(target)


def _collect_spools(error: OSError) -> None:
    """Close openpyxl's half-written sheet spools now, quietly.

    After a disk error they are closed only when garbage-collected, and closing them fails
    again, which Python prints on stderr as an "ignored" traceback long after the clear
    message. Here that second failure of the same disk is expected and dropped.
    """
    error.__traceback__ = None  # the failed call's frames, which hold the spools
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, OSError):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        gc.collect()
    finally:
        sys.unraisablehook = previous


def _csv_cell(value: object) -> object:
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return "" if value is None else value


def _xlsx_cell(worksheet: WriteOnlyWorksheet, value: object) -> object:
    from openpyxl.cell import WriteOnlyCell

    if not isinstance(value, date | Decimal | str):
        return value
    # Given after the cell is made, as openpyxl itself does: its stubs refuse a date or a
    # Decimal as WriteOnlyCell's argument, not as the cell's value.
    cell = WriteOnlyCell(worksheet)
    cell.value = value
    if isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"
    elif isinstance(value, Decimal):
        cell.number_format = "#,##0.00"
    else:
        # openpyxl makes text beginning with "=" a live formula (and "#N/A" an error):
        # text stays text.
        cell.data_type = "s"
    return cell
