"""Reading an XLSX or CSV file into a ``Table`` of raw cells, refusing what is not a table.

Text that merely begins with ``=`` is text (and a CSV cell an export neutralised with an
apostrophe reads back as its text, see ``domain.spreadsheet``); formula cells are marked
(``Formula``) for the conversion to refuse. A workbook is measured before it is parsed
(unpacked size, packing ratio, the cells a sheet spans) and its cells counted while read,
against ``Limits``: a small file made to unpack to gigabytes is refused at once.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.domain.errors import FieldKey, Message
from coopdesk.domain.spreadsheet import restore
from coopdesk.io.column_match import column_letter
from coopdesk.io.header_row import HeaderChoice, find_header_row
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
    header_row: int | None = None,
    limits: Limits | None = None,
    strict: bool = True,
) -> Table:
    """Read the sheet holding ``columns`` (or the named one) of an XLSX or CSV file.

    The header row is the one among the first rows naming most fields (``header_row.py``),
    or the row numbered ``header_row``. Without a sheet name, the first sheet whose header
    row names every required column is taken, so a workbook with a cover sheet still
    imports. When none does, ``strict`` refuses the file naming the missing columns (the
    command line); otherwise the sheet naming most of them is returned for the user to map
    by hand (the window's mapping step). ``strict`` also refuses a sheet where two rows
    could be the header row, which the window only reports.
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
    fingerprint = _fingerprint(path)
    if suffix in {".xlsx", ".xlsm"} or (suffix not in {".csv", ".txt"} and
                                         zipfile.is_zipfile(path)):
        candidates = _xlsx_sheets(path, limits)
    else:
        candidates = [(path.stem, _csv_rows(path, limits))]
    found = _choose_sheet(path.name, candidates, columns,
                          _Wanted(sheet, header_row, strict), limits)
    return dataclasses.replace(found, fingerprint=fingerprint)


def _fingerprint(path: Path) -> str:
    """What the file's bytes are now: a preview and the import that follows it compare
    theirs, so a file saved again in between is noticed."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise _unreadable_file(path, exc) from exc


@dataclass(frozen=True)
class _Wanted:
    """What the user asked of the reading: a sheet, a header row, strictness."""

    sheet: str | None
    header_row: int | None
    strict: bool


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
    wanted: _Wanted,
    limits: Limits,
) -> Table:
    names = [name for name, _ in candidates]
    if wanted.sheet is not None and wanted.sheet not in names:
        raise TabularError("no_sheet", file=file_name, sheet=wanted.sheet, sheets=names)
    first_problem: TabularError | None = None
    best: tuple[int, Table] | None = None
    for name, rows in candidates:
        if wanted.sheet is not None and name != wanted.sheet:
            continue
        table = _table(name, rows, limits, names, columns, wanted.header_row)
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
            if wanted.strict and table.alike:
                raise TabularError("header_rows_alike_cli", sheet=name, file=file_name,
                                   rows=[table.header_row, *table.alike])
            return table
        found = sum(1 for index in mapping.values() if index is not None)
        if best is None or found > best[0]:
            best = (found, table)
        first_problem = first_problem or TabularError(
            "sheet_missing_columns", sheet=name, file=file_name,
            columns=[FieldKey(c.key) for c in missing], sheets=names,
            limit=limits.header_search,
        )
    if best is not None and not wanted.strict:
        return best[1]
    raise first_problem or TabularError("no_table", file=file_name)


def _table(
    name: str, rows: Iterable[list[object]], limits: Limits, sheets: list[str],
    columns: Sequence[Column], header_row: int | None,
) -> Table | None:
    """The sheet's table: its header row (found, or the one asked for), the rows below it.

    The first rows are held until the header row is known; the rest stream through.
    """
    head: list[tuple[int, list[object]]] = []
    search = header_row if header_row is not None else limits.header_search
    choice: HeaderChoice | None = None
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
        if choice is None and number <= search:
            head.append((number, cells))
            continue
        if choice is None:
            choice = _header_of(name, head, columns, header_row)
            if choice is None:
                return None
            data = [row for row in head if row[0] > choice.number]
        if len(data) >= limits.max_rows:
            raise TabularError("too_many_rows", sheet=name, limit=Decimal(limits.max_rows))
        data.append((number, cells))
    if choice is None:
        choice = _header_of(name, head, columns, header_row)
        if choice is None:
            return None
        data = [row for row in head if row[0] > choice.number]
    cells = next(cells for number, cells in head if number == choice.number)
    headers = [str(c).strip() if not is_blank(c) else "" for c in cells]
    notes = [number for number, cells in data if _is_note(cells)]
    if notes:
        data = [row for row in data if not _is_note(row[1])]
    alike = (Message("header_rows_alike", sheet=name, row=choice.number,
                     rows=[choice.number, *choice.alike]),) if choice.alike else ()
    return Table(name, headers, data, sheets, header_row=choice.number, alike=choice.alike,
                 notes=(*alike, *_unnamed_columns(headers, data),
                        *(Message("row_is_note", row=number) for number in notes)))


#: Words a lone text must have to be read as a note ("Nota: cifras en dólares"): a code or
#: a name alone ("SC-014", "Ana Pérez") is a row with its other cells missing.
_NOTE_WORDS = 3


def _is_note(cells: list[object]) -> bool:
    """A row holding only a sentence: a note or a source written under or among the data."""
    if len(cells) > 3:  # trailing blanks are cut: most data rows end here
        return False
    filled = [cell for cell in cells if not is_blank(cell)]
    return (len(filled) == 1 and isinstance(filled[0], str)
            and len(filled[0].split()) >= _NOTE_WORDS)


def _header_of(name: str, head: list[tuple[int, list[object]]], columns: Sequence[Column],
               header_row: int | None) -> HeaderChoice | None:
    """The header row among the first rows, or the one asked for (which must hold text)."""
    if header_row is None:
        return find_header_row(head, columns) if head else None
    if not any(number == header_row for number, _ in head):
        raise TabularError("header_row_blank", sheet=name, row=header_row)
    return HeaderChoice(header_row)


#: Data rows looked at for columns holding data under no header.
_UNNAMED_LOOK = 200


def _unnamed_columns(headers: list[str], data: list[tuple[int, list[object]]]
                     ) -> tuple[Message, ...]:
    """A note for each column holding data under a blank header: a header cell merged over
    two columns leaves the second one nameless, and its data would be silently left out."""
    unnamed: set[int] = set()
    for _, cells in data[:_UNNAMED_LOOK]:
        unnamed.update(index for index, cell in enumerate(cells)
                       if not is_blank(cell) and (index >= len(headers) or not headers[index]))
    return tuple(Message("column_without_header", column=column_letter(index))
                 for index in sorted(unnamed))


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
    ``limits.max_cells``: before reading when its ``<dimension>`` says so, else on the way.

    Values are read without a cell object each, which would take most of the reading's
    time. A formula then reads as its text, like a text cell beginning with "=": from the
    first row holding such a value on, cells are read with their type, so a formula is
    marked (``Formula``) and a text stays text."""
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

    def rows() -> Iterator[list[object]]:
        number = 0
        for values in worksheet.iter_rows(values_only=True):
            number += 1
            if any(isinstance(value, str) and value[:1] == "=" for value in values):
                break
            yield list(values)
        else:
            return
        for cells in worksheet.iter_rows(min_row=number):
            yield [Formula(cell.value) if cell.data_type == "f" else cell.value
                   for cell in cells]

    seen = 0
    try:
        for row in rows():
            seen += max(len(row), 1)
            if seen > limits.max_cells:
                raise TabularError("sheet_too_many_cells", **where, limit=limit)
            yield row
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
