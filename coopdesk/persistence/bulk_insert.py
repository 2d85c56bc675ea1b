"""Many new rows of one table, handed to SQLite's ``executemany`` as ready tuples.

An import writes tens of thousands of rows (records and their audit entries). Given dicts,
SQLAlchemy builds each row's parameters anew (defaults, one bind processor call per value
through its compiled statement) and, to return the new ids, renders a many-row ``VALUES``
statement per batch: together twice the time SQLite takes to store them. Here the
processors and defaults are looked up once per table, each row becomes one tuple, and the
driver inserts them all with one prepared statement; the new ids are read back after.
SQLite's write lock is held from the first insert to the commit, so the newest ids of the
table are this insert's.

A server keeps SQLAlchemy's way (``INSERT … RETURNING`` in batches), which it runs well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, insert, select


class _RowContext:
    """What a context-sensitive column default reads (``get_current_parameters``), as the
    execution context SQLAlchemy gives it: the row being inserted."""

    __slots__ = ("_row",)

    def __init__(self, row: dict[str, Any]) -> None:
        self._row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict[str, Any]:
        return self._row


def _column_values(column: Column[Any], rows: Sequence[dict[str, Any]],
                   connection: Connection) -> list[Any]:
    """The values of ``column`` in ``rows`` (a missing one its default), bound as the
    dialect stores them: a column at a time, so a value costs no call of its own unless it
    needs converting."""
    key = column.key
    default = column.default
    if default is not None and default.is_callable:
        make = default.arg  # type: ignore[attr-defined]
        values = [row[key] if key in row else make(_RowContext(row)) for row in rows]
    else:
        if default is not None and not default.is_scalar:
            raise TypeError(f"{column}: only plain and Python-made defaults are filled in")
        fallback = default.arg if default is not None else None  # type: ignore[attr-defined]
        values = [row.get(key, fallback) for row in rows]
    dialect = connection.dialect
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    if bind is None:
        return values
    return [None if value is None else bind(value) for value in values]


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (column key → value; a missing key takes the column's default)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    columns = [column for column in table.columns if not column.primary_key]
    quote = connection.dialect.identifier_preparer
    names = ", ".join(quote.quote(column.name) for column in columns)
    statement = (f"INSERT INTO {quote.format_table(table)} ({names}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    values = [_column_values(column, rows, connection) for column in columns]
    connection.exec_driver_sql(statement, list(zip(*values, strict=True)))


def insert_returning_ids(connection: Connection, table: Table,
                         rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows``, each with its ``uid``; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    if connection.dialect.name == "sqlite":
        insert_rows(connection, table, rows)
        newest = select(table.c.uid, table.c.id).order_by(table.c.id.desc()).limit(len(rows))
        inserted = connection.execute(newest)
    else:
        inserted = connection.execute(insert(table).returning(table.c.uid, table.c.id), list(rows))
    ids = {uid: record_id for uid, record_id in inserted}
    return [ids[row["uid"]] for row in rows]
