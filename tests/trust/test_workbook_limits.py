"""Workbooks made to exhaust the computer are refused before they are parsed, with a message
naming the limit; real workbooks still import.

Each hostile file is a real XLSX: openpyxl writes it, then one part is rewritten the way an
attacker would (a huge, highly compressible sheet; a sheet claiming millions of cells).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from coopdesk.cli import main
from coopdesk.io.contracts_import import CONTRACT_COLUMNS
from coopdesk.io.table_reader import read_table
from coopdesk.io.tabular import Limits, TabularError

HEADER = ["Reference", "Name", "Start date", "End date", "Monthly fee"]
SHEET = "xl/worksheets/sheet1.xml"
#: One row of a bomb: the same bytes over and over pack more than 300 times.
BOMB_ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
MB = 1024 * 1024


def workbook(path: Path, rows: int = 3) -> Path:
    """A plain workbook of contracts, as a person would save it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Contracts"
    sheet.append(HEADER)
    for n in range(1, rows + 1):
        sheet.append([f"SC-2014-{n:03}", f"Person {n}", "01/01/2014", "31/12/2014", 2500])
    book.save(path)
    return path


def rewrite_part(path: Path, name: str, write: Callable[[IO[bytes]], None]) -> Path:
    """Replace one part of the workbook's zip with what ``write`` streams into it."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
        path, "w", zipfile.ZIP_DEFLATED, compresslevel=6
    ) as new:
        for item in old.infolist():
            if item.filename != name:
                new.writestr(item, old.read(item.filename))
        with new.open(name, "w") as part:
            write(part)
    source.unlink()
    return path


def bomb(path: Path, unpacked_mb: int) -> Path:
    """A workbook whose sheet unpacks to ``unpacked_mb`` MB of identical rows."""
    chunk = BOMB_ROW * (MB // len(BOMB_ROW))

    def write(part: IO[bytes]) -> None:
        part.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                   b'main"><sheetData>')
        for _ in range(unpacked_mb):
            part.write(chunk)
        part.write(b"</sheetData></worksheet>")

    return rewrite_part(workbook(path), SHEET, write)


def with_dimension(path: Path, ref: str | None) -> Path:
    """The workbook with its sheet's ``<dimension ref=...>`` set to ``ref`` (None: left out,
    as many programs do)."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(SHEET).decode()
    start = xml.index("<dimension ")
    end = xml.index("/>", start) + 2
    dimension = f'<dimension ref="{ref}"/>' if ref else ""
    changed = xml[:start] + dimension + xml[end:]
    return rewrite_part(path, SHEET, lambda part: part.write(changed.encode()))


def test_a_workbook_unpacking_to_hundreds_of_megabytes_is_refused(db, db_path, program_id,
                                                                   tmp_path, capsys) -> None:
    path = bomb(tmp_path / "bomb.xlsx", unpacked_mb=300)
    assert path.stat().st_size < 2 * MB
    assert main(["import", "contracts", str(path), "--database", str(db_path)]) == 2
    error = capsys.readouterr().err
    assert "bomb.xlsx unpacks to 300 MB" in error
    assert "above 200 MB unpacked are refused" in error
    assert "Traceback" not in error


def test_a_part_packed_hundreds_of_times_over_is_refused(tmp_path) -> None:
    path = bomb(tmp_path / "bomb.xlsx", unpacked_mb=30)
    with pytest.raises(TabularError) as caught:
        read_table(path, CONTRACT_COLUMNS)
    found = re.fullmatch(r"bomb\.xlsx is packed (\d+) times over \(in (\S+)\); above 100 "
                         r"times it is refused: .*", str(caught.value))
    assert found is not None, caught.value
    assert int(found[1]) > 300 and found[2] == SHEET


def test_a_sheet_claiming_millions_of_cells_is_refused_before_reading(tmp_path) -> None:
    path = with_dimension(workbook(tmp_path / "wide.xlsx"), "A1:Z1000000")
    with pytest.raises(TabularError) as caught:
        read_table(path, CONTRACT_COLUMNS)
    assert str(caught.value) == (
        "sheet “Contracts” of wide.xlsx spans A1:Z1000000 (26,000,000 cells); sheets above "
        "4,000,000 cells are refused as too large to be a table."
    )


def test_cells_are_counted_while_reading(tmp_path) -> None:
    path = with_dimension(workbook(tmp_path / "many.xlsx", rows=400), None)
    assert len(read_table(path, CONTRACT_COLUMNS).rows) == 400
    with pytest.raises(TabularError) as caught:
        read_table(path, CONTRACT_COLUMNS, limits=Limits(max_cells=1000))
    assert str(caught.value) == (
        "sheet “Contracts” of many.xlsx holds more than 1,000 cells; sheets above 1,000 "
        "cells are refused as too large to be a table."
    )


def test_a_dimension_smaller_than_the_sheet_loses_no_row(tmp_path) -> None:
    """Some programs write a wrong ``<dimension>``; every row is read all the same."""
    path = with_dimension(workbook(tmp_path / "small.xlsx", rows=5), "A1:E2")
    table = read_table(path, CONTRACT_COLUMNS)
    assert [cells[0] for _, cells in table.rows] == [f"SC-2014-00{n}" for n in range(1, 6)]


def test_a_broken_sheet_is_refused_not_crashed(tmp_path) -> None:
    broken = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    broken += b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Reference</t></is></c>'
    path = rewrite_part(workbook(tmp_path / "broken.xlsx"), SHEET,
                        lambda part: part.write(broken))
    with pytest.raises(TabularError, match="broken.xlsx is not an Excel workbook"):
        read_table(path, CONTRACT_COLUMNS)
