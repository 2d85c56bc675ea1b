"""The mapping the user settles on: the suggested one, with the columns they chose instead.

On the command line ``--map "Fee=Honorarios mensuales"`` (a field by any of its names, a
column by its header or its letter; nothing after ``=`` leaves the field out); in the window
a combo per field. Either way every field's column and the reason it was taken are said
(``mapping_lines``) before anything is imported, in the words of the front end.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopdesk.domain.errors import FieldKey, Message
from coopdesk.domain.matching import match_key
from coopdesk.io.column_match import (
    ColumnMatch,
    MatchKind,
    column_index,
    find_field,
    header_words,
    match_columns,
)
from coopdesk.io.tabular import Column, Table, TabularError, header_name

#: A choice of the user's: (the field as they named it, the column as they named it).
Override = tuple[str, str]


def parse_override(text: str) -> Override:
    """``FIELD=COLUMN`` as typed after ``--map``."""
    field, sign, column = text.partition("=")
    if not sign or not field.strip():
        raise TabularError("map_syntax", text=text)
    return field.strip(), column.strip()


def _header_index(headers: Sequence[str], text: str) -> int | None:
    """The column a user names: by its header as written, its words, or its letter."""
    wanted = match_key(text)
    for index, header in enumerate(headers):
        if header and match_key(header) == wanted:
            return index
    for index, header in enumerate(headers):
        if header and header_words(header) == header_words(text):
            return index
    return column_index(text)


def settle_mapping(table: Table, columns: Sequence[Column], overrides: Sequence[Override] = ()
                   ) -> dict[str, ColumnMatch | None]:
    """Each field's column: the user's choice where they made one, else the closest header.

    A column the user gives to a field is taken from the field it was suggested for; two
    fields the user gives the same column are refused, naming both.
    """
    suggested = match_columns(table.headers, columns)
    settled: dict[str, ColumnMatch | None] = {c.key: suggested.get(c.key) for c in columns}
    chosen: dict[int, str] = {}
    for field_text, column_text in overrides:
        column = find_field(field_text, columns)
        if column is None:
            raise TabularError("map_unknown_field", field=field_text,
                               fields=[FieldKey(c.key) for c in columns])
        if not column_text:
            settled[column.key] = None
            continue
        index = _header_index(table.headers, column_text)
        if index is None:
            raise TabularError("map_unknown_column", column=column_text,
                               headers=[h for h in table.headers if h])
        if index in chosen and chosen[index] != column.key:
            raise TabularError("mapping_twice", column=header_name(table.headers, index),
                               fields=[FieldKey(chosen[index]), FieldKey(column.key)])
        chosen[index] = column.key
        for key, found in settled.items():
            if found is not None and found.index == index:
                settled[key] = None
        settled[column.key] = ColumnMatch(index, MatchKind.CHOSEN, column_text, 0)
    return settled


def indexes(settled: dict[str, ColumnMatch | None]) -> dict[str, int | None]:
    """The mapping as the conversion takes it: a column index per field."""
    return {key: None if found is None else found.index for key, found in settled.items()}


def reason(found: ColumnMatch) -> Message:
    """Why a column was taken for a field, worded by the front end."""
    return Message(f"matched_{found.kind.value}", name=found.name)


def mapping_lines(table: Table, columns: Sequence[Column],
                  settled: dict[str, ColumnMatch | None]) -> list[Message]:
    """One line per field: the column feeding it and why, or that the file has none."""
    lines = []
    for column in columns:
        found = settled.get(column.key)
        if found is None:
            lines.append(Message("field_not_in_file", field=FieldKey(column.key)))
        else:
            lines.append(Message("field_from_column", field=FieldKey(column.key),
                                 column=header_name(table.headers, found.index),
                                 reason=reason(found)))
    return lines

