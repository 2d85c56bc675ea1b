"""Generic spreadsheet columns for every import: describe, map, and convert cells to values.

An import describes its columns once (``Column``: key, English label, Spanish/English
synonyms, kind, required) and then:

1. ``table_reader.read_table(path, columns)`` reads the file into a ``Table`` of raw cells,
   refusing what is not a table we can trust (empty, binary junk, too large, wrong sheet,
   no header row naming the required columns) with a ``TabularError`` saying why;
2. ``suggest_mapping(table.headers, columns)`` guesses which file column holds which key
   (the user may correct it in the window's mapping step);
3. ``convert_table(table, columns, mapping, currency)`` turns each data row into a
   ``ParsedRow`` of typed values (``str``, ``date``, ``Decimal``, ``int``) with one message
   per bad cell, naming the row and the column. Blank cells are simply absent, so an
   import never overwrites a stored value with a blank.

Every refusal and every row's note is a ``Message`` (``domain/errors.py``), worded by the
front end that shows it: the window in its language, the command line in the locale's.

Dates are real Excel dates or text ``dd/mm/yyyy`` (also ``dd-mm-yyyy``, ``dd.mm.yyyy`` and
ISO ``yyyy-mm-dd``); amounts go through ``domain.money.parse_amount`` (``18500``,
``"$18,500.00"``, ``"18 500,00"``; never a float); formula cells are refused, since the value
a formula shows is not in the file for certain.

The rows then go to the import's use case in ``services/`` (``contract_import``,
``expenditure_import``), which plans them into an ``ImportPlan`` of ``PlanRow`` (new / update /
unchanged / error) that the window and the command line show before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from coopdesk.domain.errors import CoopDeskError, FieldKey, InvalidValue, Message, text_problem
from coopdesk.domain.money import AmountError, parse_amount
from coopdesk.io.column_match import column_letter, match_columns
from coopdesk.services import programs
from coopdesk.services.database import UnitOfWork
from coopdesk.services.imports import ImportTable, ParsedRow, cell_message


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
    #: The header row's number (rows above it, titles and notes, are not data).
    header_row: int = 1
    #: Other rows that named the fields as well as the header row taken.
    alike: tuple[int, ...] = ()
    #: What the user should know of the reading (a column with data but no header).
    notes: tuple[Message, ...] = ()
    #: The file's bytes as read (``table_reader``): a file saved again since is noticed.
    fingerprint: str = ""


def suggest_mapping(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int | None]:
    """Which file column (index) holds each key: the closest headers (``column_match``)."""
    matched = match_columns(headers, columns)
    return {column.key: matched[column.key].index if column.key in matched else None
            for column in columns}


def check_mapping(mapping: dict[str, int | None], columns: Sequence[Column],
                  headers: Sequence[str] = ()) -> None:
    """Refuse a mapping that leaves a required column out or uses one file column twice."""
    missing = missing_required(mapping, columns)
    if missing:
        raise TabularError("mapping_missing", columns=[FieldKey(c.key) for c in missing])
    for index in {i for i in mapping.values() if i is not None}:
        fields = [FieldKey(key) for key, used in mapping.items() if used == index]
        if len(fields) > 1:
            raise TabularError("mapping_twice", column=header_name(headers, index),
                               fields=fields)


def header_name(headers: Sequence[str], index: int) -> str:
    """A file column as the user knows it: its header, else its letter."""
    if index < len(headers) and str(headers[index]).strip():
        return f"“{str(headers[index]).strip()}” ({column_letter(index)})"
    return column_letter(index)


def missing_required(mapping: dict[str, int | None], columns: Sequence[Column]) -> list[Column]:
    return [c for c in columns if c.required and mapping.get(c.key) is None]


def column_name(headers: Sequence[str], mapping: dict[str, int | None], column: Column) -> str:
    """The column as the user knows it: its header in the file, else our name for it (a
    ``FieldKey``, worded in the reader's language)."""
    index = mapping.get(column.key)
    if index is not None and index < len(headers) and str(headers[index]).strip():
        return str(headers[index]).strip()
    return FieldKey(column.key)


def is_blank(cell: object) -> bool:
    """An empty cell, or one holding only spaces: read as absent, never as a value."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


class Formula(str):
    """The text of a formula cell, read but never evaluated: imports refuse it, since the
    value a formula shows is not in the file for certain. Text merely beginning with "="
    (a text cell, or a neutralised CSV cell) is plain text, not this."""


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
    if type(value) is str:
        return value.strip()
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


def convert_table(
    table: Table,
    columns: Sequence[Column],
    mapping: dict[str, int | None],
    *,
    currency: str = "USD",
    limits: Limits | None = None,
) -> ImportTable:
    """Typed values of every data row, each bad cell reported with its row and column."""
    limits = limits or Limits()
    names = {column.key: column_name(table.headers, mapping, column) for column in columns}
    mapped = [(column.key, index, column.kind) for column in columns
              if (index := mapping.get(column.key)) is not None]
    parsed: list[ParsedRow] = []
    for number, cells in table.rows:
        row = ParsedRow(number)
        for key, index, kind in mapped:
            if index >= len(cells) or is_blank(value := cells[index]):
                continue
            try:
                row.values[key] = convert_cell(value, kind, currency, limits.max_text)
            except InvalidValue as exc:
                row.errors[key] = cell_message(number, names[key], exc.message)
        parsed.append(row)
    return ImportTable(parsed, names)


def program_rows(
    uow: UnitOfWork,
    program_id: int,
    table: Table,
    columns: Sequence[Column],
    mapping: dict[str, int | None] | None = None,
) -> ImportTable:
    """The table's rows typed for one program (amounts in its currency), once the mapping
    is checked: what an import's use case in ``services/`` takes."""
    mapping = mapping or suggest_mapping(table.headers, columns)
    check_mapping(mapping, columns, table.headers)
    currency = programs.get_program(uow, program_id).currency
    return convert_table(table, columns, mapping, currency=currency)
