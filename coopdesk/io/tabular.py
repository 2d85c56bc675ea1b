"""Generic reading of spreadsheets (XLSX or CSV) into typed rows, for every import.

An import describes its columns once (``Column``: key, English label, Spanish/English
synonyms, kind, required) and then:

1. ``read_table(path, columns)`` reads the file into a ``Table`` of raw cells, refusing
   what is not a table we can trust (empty, binary junk, too large, wrong sheet, no
   header row naming the required columns) with a ``TabularError`` saying why;
2. ``suggest_mapping(table.headers, columns)`` guesses which file column holds which key
   (the user may correct it in the window's mapping step);
3. ``convert_rows(table, columns, mapping, currency)`` turns each data row into a
   ``ParsedRow`` of typed values (``str``, ``date``, ``Decimal``, ``int``) with one message
   per bad cell, naming the row and the column. Blank cells are simply absent, so an
   import never overwrites a stored value with a blank.

Every refusal and every row's note is a ``Message`` (``domain/errors.py``), worded by the
front end that shows it: the window in its language, the command line in the locale's.

Dates are real Excel dates or text ``dd/mm/yyyy`` (also ``dd-mm-yyyy``, ``dd.mm.yyyy`` and
ISO ``yyyy-mm-dd``); amounts go through ``domain.money.parse_amount`` (``18500``,
``"$18,500.00"``, ``"18 500,00"``; never a float); formula cells are refused, since the value
a formula shows is not in the file for certain, while text that merely begins with ``=`` is
text (and a CSV cell an export neutralised with an apostrophe reads back as its text, see
``domain.spreadsheet``). A workbook is measured before it is parsed (unpacked size, packing
ratio, the cells a sheet spans) and its cells counted while read, against ``Limits``: a
small file made to unpack to gigabytes is refused at once.

Each import then plans its rows into an ``ImportPlan`` of ``PlanRow`` (new / update /
unchanged / error) that the window and the command line show before anything is written.
"""

from __future__ import annotations

import csv
import errno
import gc
import io
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from coopdesk.domain.errors import CoopDeskError, FieldKey, InvalidValue, Message, text_problem
from coopdesk.domain.messages import ValueFormat, plain, say
from coopdesk.domain.money import AmountError, parse_amount
from coopdesk.domain.spreadsheet import restore
from coopdesk.files import replacing, write_csv


class TabularError(CoopDeskError):
    """A file that cannot be imported at all; the message says why and what to do."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(Message(code, **params))


class CellKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    AMOUNT = "amount"
    INTEGER = "integer"


@dataclass(frozen=True)
class Column:
    """One column an import understands."""

    key: str
    #: Header written by exports and shown in the mapping step.
    label: str
    kind: CellKind = CellKind.TEXT
    #: The file must have this column (its cells may still be blank on some rows).
    required: bool = False
    #: Other headers meaning the same, Spanish and English; compared without case/accents.
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Limits:
    """What a file may hold before it is refused as junk rather than read."""

    max_bytes: int = 20 * 1024 * 1024
    max_rows: int = 200_000
    max_columns: int = 200
    max_text: int = 5_000
    #: Bytes the parts of a workbook may unpack to together. Sheet XML takes some 40 bytes
    #: a cell, so this holds ``max_cells``; a "zip bomb" of a few MB unpacks to gigabytes.
    max_unpacked_bytes: int = 200 * 1024 * 1024
    #: How many times over a part of a workbook may be packed. Real sheets pack 5-20 times
    #: (even 100,000 identical rows, about 16); a bomb's repeated bytes hundreds of times.
    max_ratio: int = 100
    #: Cells a sheet may span or hold, blank ones included (200,000 rows of 20 columns).
    max_cells: int = 4_000_000
    #: Rows searched for the header row.
    header_search: int = 20


@dataclass(frozen=True)
class Table:
    """The raw cells of one sheet: its header row and data rows with their row numbers."""

    sheet: str
    headers: list[str]
    #: (row number as the spreadsheet shows it, cells); blank rows are left out.
    rows: list[tuple[int, list[object]]]
    sheets: list[str] = field(default_factory=list)


@dataclass
class ParsedRow:
    """Typed values of one data row; blank cells are absent from ``values``."""

    row: int
    values: dict[str, object] = field(default_factory=dict)
    #: Column key → what is wrong with its cell (naming the row and the column).
    errors: dict[str, Message] = field(default_factory=dict)


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class PlanRow:
    """What an import does (or would do) with one row of the file."""

    row: int
    status: RowStatus
    #: The record's key in the file (a reference, a code…).
    key: str
    #: What is new or changed, or every error, each naming its column.
    notes: tuple[Message, ...] = ()

    @property
    def detail(self) -> str:
        """The notes in English, for logs and tests."""
        return self.describe()

    def describe(self, language: str = "en", format_value: ValueFormat = plain) -> str:
        """The notes in ``language``, values written by ``format_value``."""
        return "; ".join(say(note, language, format_value) for note in self.notes)


@dataclass(frozen=True)
class ImportPlan:
    """Every row's fate; an import writes only when no row is in error."""

    rows: list[PlanRow]
    applied: bool = False

    @property
    def errors(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status is RowStatus.ERROR]

    @property
    def has_errors(self) -> bool:
        return any(r.status is RowStatus.ERROR for r in self.rows)

    def counts(self) -> dict[RowStatus, int]:
        result = dict.fromkeys(RowStatus, 0)
        for r in self.rows:
            result[r.status] += 1
        return result

    def report_lines(self, language: str = "en", format_value: ValueFormat = plain) -> list[str]:
        """The row-by-row report the command line prints, in ``language``."""
        lines = []
        for r in self.rows:
            row = say(Message("import_row", row=f"{r.row:>6}"), language)
            status = say(Message(f"status_{r.status.value}"), language)
            lines.append(
                f"{row}  {status:<11}  {r.key}  {r.describe(language, format_value)}".rstrip())
        lines.append(", ".join(say(Message(f"count_{status.value}", count=n), language)
                               for status, n in self.counts().items()))
        return lines


# -- headers -------------------------------------------------------------------------------
def normalize_header(text: object) -> str:
    """A header compared without case, accents, punctuation or spacing."""
    plain = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", plain.casefold()).strip()


def suggest_mapping(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int | None]:
    """Which file column (index) holds each key, matching labels, keys and synonyms."""
    wanted = {
        col.key: {normalize_header(n) for n in (col.key, col.label, *col.synonyms)}
        for col in columns
    }
    taken: set[int] = set()
    mapping: dict[str, int | None] = {}
    normalized = [normalize_header(h) for h in headers]
    for col in columns:
        mapping[col.key] = next(
            (i for i, h in enumerate(normalized) if h and h in wanted[col.key] and i not in taken),
            None,
        )
        if mapping[col.key] is not None:
            taken.add(mapping[col.key])  # type: ignore[arg-type]
    return mapping


def check_mapping(mapping: dict[str, int | None], columns: Sequence[Column]) -> None:
    """Refuse a mapping that leaves a required column out or uses one file column twice."""
    missing = missing_required(mapping, columns)
    if missing:
        raise TabularError("mapping_missing", columns=[FieldKey(c.key) for c in missing])
    used = [i for i in mapping.values() if i is not None]
    if len(used) != len(set(used)):
        raise TabularError("mapping_twice")


def missing_required(mapping: dict[str, int | None], columns: Sequence[Column]) -> list[Column]:
    return [c for c in columns if c.required and mapping.get(c.key) is None]


def column_name(headers: Sequence[str], mapping: dict[str, int | None], column: Column) -> str:
    """The column as the user knows it: its header in the file, else our name for it (a
    ``FieldKey``, worded in the reader's language)."""
    index = mapping.get(column.key)
    if index is not None and index < len(headers) and str(headers[index]).strip():
        return str(headers[index]).strip()
    return FieldKey(column.key)


def cell_message(row: int, column: str, problem: Message) -> Message:
    """What is wrong with one cell, naming its row and column."""
    return Message("cell_problem", row=row, column=column, problem=problem)


# -- reading -------------------------------------------------------------------------------
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
        while end and _blank(cells[end - 1]):
            end -= 1
        cells = cells[:end]
        if len(cells) > limits.max_columns:
            raise TabularError("too_many_columns", sheet=name, row=number,
                               limit=limits.max_columns)
        if all(_blank(c) for c in cells):
            continue
        if headers is None:
            if number > limits.header_search:
                return None
            headers = [str(c).strip() if not _blank(c) else "" for c in cells]
            continue
        if len(data) >= limits.max_rows:
            raise TabularError("too_many_rows", sheet=name, limit=Decimal(limits.max_rows))
        data.append((number, cells))
    if headers is None:
        return None
    return Table(name, headers, data, sheets)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


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


class Formula(str):
    """The text of a formula cell, read but never evaluated: imports refuse it, since the
    value a formula shows is not in the file for certain. Text merely beginning with "="
    (a text cell, or a neutralised CSV cell) is plain text, not this."""


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


# -- converting ----------------------------------------------------------------------------
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")


def convert_cell(value: object, kind: CellKind, currency: str, max_text: int) -> object:
    """The typed value of one non-blank cell; ``InvalidValue`` says what is wrong with it."""
    if isinstance(value, Formula):
        raise InvalidValue(Message("cell_formula"))
    if kind is CellKind.TEXT:
        text = _plain_text(value)
        if len(text) > max_text:
            raise InvalidValue(Message("too_long", limit=max_text))
        if (problem := text_problem(text)) is not None:
            raise InvalidValue(problem)
        return text
    if kind is CellKind.DATE:
        return _date(value)
    if kind is CellKind.AMOUNT:
        try:
            return parse_amount(value, currency)
        except AmountError as exc:
            raise InvalidValue(exc.message) from exc
    return _integer(value)


def _plain_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


def _date(value: object) -> date:
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise InvalidValue(Message("date_has_time", value=f"{value:%d/%m/%Y %H:%M}"))
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise InvalidValue(Message("date_is_number", value=str(value)))
    text = str(value).strip()
    try:
        if match := _DATE_TEXT.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO_DATE.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise InvalidValue(Message("invalid_date", value=text)) from exc
    raise InvalidValue(Message("not_date", value=text))


def _integer(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise InvalidValue(Message("not_whole_number", value=text))


def convert_rows(
    table: Table,
    columns: Sequence[Column],
    mapping: dict[str, int | None],
    *,
    currency: str = "USD",
    limits: Limits | None = None,
) -> list[ParsedRow]:
    """Typed values of every data row, each bad cell reported with its row and column."""
    limits = limits or Limits()
    parsed: list[ParsedRow] = []
    for number, cells in table.rows:
        row = ParsedRow(number)
        for column in columns:
            index = mapping.get(column.key)
            if index is None or index >= len(cells) or _blank(cells[index]):
                continue
            try:
                row.values[column.key] = convert_cell(
                    cells[index], column.kind, currency, limits.max_text
                )
            except InvalidValue as exc:
                row.errors[column.key] = cell_message(
                    number, column_name(table.headers, mapping, column), exc.message
                )
        parsed.append(row)
    return parsed


# -- writing -------------------------------------------------------------------------------
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

    def hook(unraisable: Any) -> None:
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


def _xlsx_cell(worksheet: object, value: object) -> object:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, date):
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = "DD/MM/YYYY"
        return cell
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = "#,##0.00"
        return cell
    if isinstance(value, str):
        # openpyxl makes text beginning with "=" a live formula (and "#N/A" an error):
        # text stays text.
        cell = WriteOnlyCell(worksheet, value=value)
        cell.data_type = "s"
        return cell
    return value
