"""Reading an XLSX or CSV file into a ``Table`` of raw cells, refusing what is not a table.

Text that merely begins with ``=`` is text (and a CSV cell an export neutralised with an
apostrophe reads back as its text, see ``domain.spreadsheet``); formula cells are marked
(``Formula``) for the conversion to refuse. A workbook is measured before it is parsed
(unpacked size, packing ratio, the cells a sheet spans) and its cells counted while read,
against ``Limits``: a small file made to unpack to gigabytes is refused at once.
"""

from __future__ import annotations

import csv
import errno
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.domain.errors import FieldKey
from coopdesk.domain.spreadsheet import restore
from coopdesk.io.tabular import (
    Column,
    Formula,
    Limits,
    Table,
    TabularError,
    is_blank,
    missing_required,
    suggest_mapping,
)


def read_table(
    path: str | Path,
    columns: Sequence[Column],
    *,
    sheet: str | None = None,
    limits: Limits | None = None,
    strict: bool = True,
) -> Table:
    """Read the sheet holding ``columns`` (or the named one) of an XLSX or CSV file.

    Without a sheet name, the first sheet whose header row names every required column is
    taken, so a workbook with a cover sheet still imports. When none does, ``strict``
    refuses the file naming the missing columns (the command line); otherwise the sheet
    naming most of them is returned for the user to map by hand (the window's mapping step).
    """
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable_file(path, exc) from exc
    if size == 0:
        raise TabularError("file_empty", file=path.name)
    if size > limits.max_bytes:
        raise TabularError("file_too_large", file=path.name, size=_megabytes(size, 1),
                           limit=_megabytes(limits.max_bytes))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TabularError("old_excel", file=path.name)
    if suffix in {".xlsx", ".xlsm"} or (suffix not in {".csv", ".txt"} and
                                         zipfile.is_zipfile(path)):
        candidates = _xlsx_sheets(path, limits)
    else:
        candidates = [(path.stem, _csv_rows(path, limits))]
    return _choose_sheet(path.name, candidates, columns, sheet, limits, strict)


def _megabytes(size: int, places: int = 0) -> Decimal:
    """A size in MB as messages show it (rounded; grouped by the front end)."""
    return round(Decimal(size) / 1_048_576, places)


def _unreadable_file(path: Path, error: OSError) -> TabularError:
    if error.errno == errno.ENOENT:
        return TabularError("file_missing", file=path.name)
    if error.errno == errno.EACCES:
        return TabularError("file_no_permission", file=path.name)
    return TabularError("cannot_read", file=path.name)


def _choose_sheet(
    file_name: str,
    candidates: list[tuple[str, Iterable[list[object]]]],
    columns: Sequence[Column],
    wanted: str | None,
    limits: Limits,
    strict: bool,
) -> Table:
    names = [name for name, _ in candidates]
    if wanted is not None and wanted not in names:
        raise TabularError("no_sheet", file=file_name, sheet=wanted, sheets=names)
    first_problem: TabularError | None = None
    best: tuple[int, Table] | None = None
    for name, rows in candidates:
        if wanted is not None and name != wanted:
            continue
        table = _table(name, rows, limits, names)
        if table is None:
            first_problem = first_problem or TabularError("sheet_empty", sheet=name,
                                                          file=file_name)
            continue
        mapping = suggest_mapping(table.headers, columns)
        missing = missing_required(mapping, columns)
        if not table.rows:
            first_problem = first_problem or TabularError("sheet_no_data", sheet=name,
                                                          file=file_name)
            if not missing:
                raise first_problem
            continue
        if not missing:
            return table
        found = sum(1 for index in mapping.values() if index is not None)
        if best is None or found > best[0]:
            best = (found, table)
        first_problem = first_problem or TabularError(
            "sheet_missing_columns", sheet=name, file=file_name,
            columns=[FieldKey(c.key) for c in missing], sheets=names,
        )
    if best is not None and not strict:
        return best[1]
    raise first_problem or TabularError("no_table", file=file_name)


def _table(
    name: str, rows: Iterable[list[object]], limits: Limits, sheets: list[str]
) -> Table | None:
    headers: list[str] | None = None
    data: list[tuple[int, list[object]]] = []
    for number, cells in enumerate(rows, start=1):
        end = len(cells)
        while end and is_blank(cells[end - 1]):
            end -= 1
        cells = cells[:end]
        if len(cells) > limits.max_columns:
            raise TabularError("too_many_columns", sheet=name, row=number,
                               limit=limits.max_columns)
        if all(is_blank(c) for c in cells):
            continue
        if headers is None:
            if number > limits.header_search:
                return None
            headers = [str(c).strip() if not is_blank(c) else "" for c in cells]
            continue
        if len(data) >= limits.max_rows:
            raise TabularError("too_many_rows", sheet=name, limit=Decimal(limits.max_rows))
        data.append((number, cells))
    if headers is None:
        return None
    return Table(name, headers, data, sheets)


#: Parts smaller than this may pack any number of times over: they cannot exhaust anything.
_RATIO_FROM = 1024 * 1024
#: What openpyxl raises on a damaged workbook, while opening it or reading a sheet (a
#: ``ParseError`` of broken XML is a ``SyntaxError``).
_XLSX_ERRORS = (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, EOFError)


def _xlsx_sheets(path: Path, limits: Limits) -> list[tuple[str, Iterable[list[object]]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unpacked(path, limits)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, *_XLSX_ERRORS) as exc:
        raise _unreadable(path, exc) from exc
    return [(ws.title, _xlsx_rows(ws, path, limits)) for ws in workbook.worksheets]


def _check_unpacked(path: Path, limits: Limits) -> None:
    """Refuse a workbook that unpacks to too much, from its zip directory alone.

    Sizes a part lies about cannot slip through: the zip reader stops at the size a part
    declares, and its checksum then fails.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _unreadable(path, exc) from exc
    total = sum(part.file_size for part in parts)
    if total > limits.max_unpacked_bytes:
        raise TabularError("unpacks_too_large", file=path.name, size=_megabytes(total),
                           limit=_megabytes(limits.max_unpacked_bytes))
    for part in parts:
        ratio = Decimal(part.file_size) / max(part.compress_size, 1)
        if part.file_size > _RATIO_FROM and ratio > limits.max_ratio:
            raise TabularError("packed_too_much", file=path.name, ratio=round(ratio),
                               part=part.filename, limit=limits.max_ratio)


def _xlsx_rows(worksheet: Any, path: Path, limits: Limits) -> Iterator[list[object]]:
    """The sheet's rows, refused once its cells (blank ones and empty rows too) pass
    ``limits.max_cells``: before reading when its ``<dimension>`` says so, else on the way."""
    where = {"sheet": worksheet.title, "file": path.name}
    limit = Decimal(limits.max_cells)
    if worksheet.max_row is not None and worksheet.max_column is not None:
        spans = ((worksheet.max_row - worksheet.min_row + 1)
                 * (worksheet.max_column - worksheet.min_column + 1))
        if spans > limits.max_cells:
            raise TabularError("sheet_spans_too_much", **where,
                               dimension=worksheet.calculate_dimension(),
                               cells=Decimal(spans), limit=limit)
    # Read to the end whatever the dimension says: a wrong one would silently drop rows.
    worksheet.reset_dimensions()
    seen = 0
    try:
        for row in worksheet.iter_rows():
            seen += max(len(row), 1)
            if seen > limits.max_cells:
                raise TabularError("sheet_too_many_cells", **where, limit=limit)
            yield [Formula(cell.value) if cell.data_type == "f" else cell.value
                   for cell in row]
    except _XLSX_ERRORS as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: BaseException) -> TabularError:
    """A damaged workbook. What the reader said is in ``exc`` (chained, for the log): it
    is an English programmer's sentence ("File is not a zip file"), not for the user."""
    return TabularError("not_workbook", file=path.name)


def _csv_rows(path: Path, limits: Limits) -> Iterator[list[object]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise TabularError("csv_binary", file=path.name)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything; kept for clarity
        raise TabularError("csv_encoding", file=path.name)
    if sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\r\n\t") > 8:
        raise TabularError("csv_control", file=path.name)
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ","
    csv.field_size_limit(limits.max_text * 4)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield [_csv_value(cell) for cell in row]
    except csv.Error as exc:
        raise TabularError("csv_malformed", file=path.name, line=reader.line_num) from exc


def _csv_value(cell: str) -> object:
    """A CSV cell as imports see it: a formula marked, neutralised text given back."""
    if cell.lstrip().startswith("="):
        return Formula(cell)
    return restore(cell)
