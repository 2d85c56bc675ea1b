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

Dates are real Excel dates or text ``dd/mm/yyyy`` (also ``dd-mm-yyyy``, ``dd.mm.yyyy`` and
ISO ``yyyy-mm-dd``); amounts go through ``domain.money.parse_amount`` (``18500``,
``"$18,500.00"``, ``"18 500,00"``; never a float); formulas are refused, since the value a
formula shows is not in the file for certain. Each import then plans its rows into an
``ImportPlan`` of ``PlanRow`` (new / update / unchanged / error) that the window and the
command line show before anything is written.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import AmountError, parse_amount


class TabularError(CoopDeskError):
    """A file that cannot be imported at all; the message says why and what to do."""


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
    #: Column key → message.
    errors: dict[str, str] = field(default_factory=dict)


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
    detail: str


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

    def report_lines(self) -> list[str]:
        """The row-by-row report the command line prints."""
        lines = [f"row {r.row:>6}  {r.status.value:<9}  {r.key}  {r.detail}".rstrip()
                 for r in self.rows]
        counts = self.counts()
        lines.append(", ".join(f"{n} {status.value}" for status, n in counts.items()))
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
        raise TabularError("Choose the file's column for: "
                           + ", ".join(c.label for c in missing) + ".")
    used = [i for i in mapping.values() if i is not None]
    if len(used) != len(set(used)):
        raise TabularError("One column of the file is mapped to two fields.")


def missing_required(mapping: dict[str, int | None], columns: Sequence[Column]) -> list[Column]:
    return [c for c in columns if c.required and mapping.get(c.key) is None]


def column_name(headers: Sequence[str], mapping: dict[str, int | None], column: Column) -> str:
    """The column as the user knows it: its header in the file, else our label."""
    index = mapping.get(column.key)
    if index is not None and index < len(headers) and str(headers[index]).strip():
        return str(headers[index]).strip()
    return column.label


def cell_message(row: int, column: str, message: str) -> str:
    return f"row {row}, column '{column}': {message}"


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
        raise TabularError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    if size == 0:
        raise TabularError(f"{path.name} is empty.")
    if size > limits.max_bytes:
        raise TabularError(
            f"{path.name} is {size / 1_048_576:.1f} MB; files above "
            f"{limits.max_bytes / 1_048_576:.0f} MB are refused as too large to be a table."
        )
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TabularError(f"{path.name} is an old Excel 97 file: save it as .xlsx or .csv.")
    if suffix in {".xlsx", ".xlsm"} or (suffix not in {".csv", ".txt"} and
                                         zipfile.is_zipfile(path)):
        candidates = _xlsx_sheets(path, limits)
    else:
        candidates = [(path.stem, _csv_rows(path, limits))]
    return _choose_sheet(path.name, candidates, columns, sheet, limits, strict)


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
        raise TabularError(
            f"{file_name} has no sheet {wanted!r}; its sheets are: {', '.join(names)}."
        )
    first_problem: str | None = None
    best: tuple[int, Table] | None = None
    for name, rows in candidates:
        if wanted is not None and name != wanted:
            continue
        table = _table(name, rows, limits, names)
        if table is None:
            first_problem = first_problem or f"sheet {name!r} of {file_name} is empty."
            continue
        mapping = suggest_mapping(table.headers, columns)
        missing = missing_required(mapping, columns)
        if not table.rows:
            first_problem = first_problem or (
                f"sheet {name!r} of {file_name} has a header row but no data rows.")
            if not missing:
                raise TabularError(first_problem)
            continue
        if not missing:
            return table
        found = sum(1 for index in mapping.values() if index is not None)
        if best is None or found > best[0]:
            best = (found, table)
        first_problem = first_problem or (
            f"sheet {name!r} of {file_name} has no column for: "
            + ", ".join(f"{c.label}" for c in missing)
            + f" (row 1 should name them; its sheets are: {', '.join(names)})."
        )
    if best is not None and not strict:
        return best[1]
    raise TabularError(first_problem or f"{file_name} holds no table.")


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
            raise TabularError(f"sheet {name!r}, row {number}: more than "
                               f"{limits.max_columns} columns; this is not a table.")
        if all(_blank(c) for c in cells):
            continue
        if headers is None:
            if number > limits.header_search:
                return None
            headers = [str(c).strip() if not _blank(c) else "" for c in cells]
            continue
        if len(data) >= limits.max_rows:
            raise TabularError(f"sheet {name!r} has more than {limits.max_rows:,} rows.")
        data.append((number, cells))
    if headers is None:
        return None
    return Table(name, headers, data, sheets)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _xlsx_sheets(path: Path, limits: Limits) -> list[tuple[str, Iterable[list[object]]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TabularError(
            f"{path.name} is not an Excel workbook (.xlsx) that can be read: {exc}"
        ) from exc
    return [(ws.title, _xlsx_rows(ws)) for ws in workbook.worksheets]


def _xlsx_rows(worksheet: object) -> Iterator[list[object]]:
    for row in worksheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        yield list(row)


def _csv_rows(path: Path, limits: Limits) -> Iterator[list[object]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise TabularError(f"{path.name} is not a text (CSV) file: it holds binary data.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything; kept for clarity
        raise TabularError(f"{path.name}: unknown text encoding; save it as UTF-8 CSV.")
    if sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\r\n\t") > 8:
        raise TabularError(f"{path.name} is not a text (CSV) file: it holds control characters.")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ","
    csv.field_size_limit(limits.max_text * 4)
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as exc:
        raise TabularError(f"{path.name} is not a well-formed CSV file: {exc}") from exc


# -- converting ----------------------------------------------------------------------------
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")


def convert_cell(value: object, kind: CellKind, currency: str, max_text: int) -> object:
    """The typed value of one non-blank cell; ``ValueError`` says what is wrong with it."""
    if isinstance(value, str) and value.strip().startswith("="):
        raise ValueError("holds a formula; type the value itself (paste as values)")
    if kind is CellKind.TEXT:
        text = _plain_text(value)
        if len(text) > max_text:
            raise ValueError(f"is longer than {max_text} characters")
        return text
    if kind is CellKind.DATE:
        return _date(value)
    if kind is CellKind.AMOUNT:
        try:
            return parse_amount(value, currency)
        except AmountError as exc:
            raise ValueError(str(exc)) from exc
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
            raise ValueError(f"{value:%d/%m/%Y %H:%M} has a time of day; a date is expected")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f"{value!r} is a number; format the cell as a date or type dd/mm/yyyy")
    text = str(value).strip()
    try:
        if match := _DATE_TEXT.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO_DATE.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date") from exc
    raise ValueError(f"{text!r} is not a date (expected dd/mm/yyyy)")


def _integer(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise ValueError(f"{text!r} is not a whole number")


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
            except ValueError as exc:
                row.errors[column.key] = cell_message(
                    number, column_name(table.headers, mapping, column), str(exc)
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
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(sheets[0].headers)
            writer.writerows([_csv_cell(v) for v in row] for row in sheets[0].rows)
        return
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name[:31])
        worksheet.append(sheet.headers)
        for row in sheet.rows:
            worksheet.append([_xlsx_cell(worksheet, v) for v in row])
    workbook.save(path)


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
    return value
