"""A program's records as a sync compares them: by ``uid``, in values both databases share.

A working copy and the office server number their rows each in their own way, so a record
is known by its ``uid`` and a reference to another record by that record's ``uid``. Values
are kept as JSON holds them (dates in ISO form, enumerations by their value, bytes in hex),
so the copy can store the state of its last sync and compare it with either side later;
``decoded`` turns them back into what a column takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Date, LargeBinary, Select, Table, select

from coopdesk.domain.sync_changes import Record
from coopdesk.persistence.audit import INTERNAL_COLUMNS
from coopdesk.persistence.models import Base
from coopdesk.persistence.server import AUDIT_TABLE
from coopdesk.persistence.types import StrEnumList, UTCDateTime

#: Columns a sync does not carry: each database keeps its own, and works out the keys kept
#: beside a specialist's name (``INTERNAL_COLUMNS``) when the name is written.
OWN_COLUMNS = frozenset({"id", "uid", "created_at", "updated_at", "version"}) | INTERNAL_COLUMNS
#: Tables that are not records of a program: the audit trail travels apart, and the marker
#: says what a database is.
NOT_SYNCED = frozenset({AUDIT_TABLE, "coopdesk_database"})
PROGRAM_TABLE = "program"


def synced_tables() -> list[Table]:
    """Every table a sync carries, parents before children."""
    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_SYNCED]


def reference_of(column: Column[Any]) -> Table | None:
    """The table a foreign key column points at, or None."""
    for key in column.foreign_keys:
        return key.column.table
    return None


def _path_to_program(table: Table) -> Column[Any] | None:
    """The foreign key by which the records of ``table`` belong to a program (directly or
    through their parent), or None for a table of every program (exchange rates)."""
    for column in table.columns:
        parent = reference_of(column)
        if parent is None or parent is table or column.nullable:
            continue
        if parent.name == PROGRAM_TABLE or _path_to_program(parent) is not None:
            return column
    return None


def references() -> dict[str, dict[str, str]]:
    """Table → {column: table it refers to}, for every table a sync carries."""
    return {table.name: {column.key: parent.name for column in table.columns
                         if (parent := reference_of(column)) is not None}
            for table in synced_tables()}


def ids_in_scope(table: Table, codes: Sequence[str] | None) -> Select[Any]:
    """The ids of the records of ``table`` that belong to the programs ``codes`` (all
    programs when None)."""
    if table.name == PROGRAM_TABLE:
        query = select(table.c.id)
        return query if codes is None else query.where(table.c.code.in_(codes))
    column = _path_to_program(table)
    if column is None:
        return select(table.c.id)
    parent = reference_of(column)
    assert parent is not None
    return select(table.c.id).where(column.in_(ids_in_scope(parent, codes)))


def encoded(column: Column[Any], value: Any) -> Any:
    """A column's value as a sync keeps it (JSON's types)."""
    if value is None or isinstance(value, bool | int | str) and not isinstance(value, Enum):
        return value
    if isinstance(column.type, StrEnumList):
        return ",".join(item.value for item in value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def decoded(column: Column[Any], value: Any) -> Any:
    """What ``column`` takes for a value ``encoded`` gave."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, StrEnumList):
        return value.split(",") if value else []
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return bytes.fromhex(value)
    return value


def _carried(column: Column[Any], value: Any, uids: dict[int, str] | None) -> Any:
    """A value as the snapshot holds it: a reference by the uid of the record it names."""
    if uids is None or value is None:
        return encoded(column, value)
    return uids[value]


def read_snapshot(connection: Connection, codes: Sequence[str] | None = None,
                  tables: Iterable[Table] | None = None) -> dict[tuple[str, str], Record]:
    """The records of the programs ``codes`` (every program when None) as they stand."""
    snapshot: dict[tuple[str, str], Record] = {}
    uid_of: dict[str, dict[int, str]] = {}
    pending: list[tuple[Table, Sequence[Any]]] = []
    for table in tables or synced_tables():
        rows = connection.execute(
            select(table).where(table.c.id.in_(ids_in_scope(table, codes)))).all()
        uid_of[table.name] = {row.id: row.uid for row in rows}
        pending.append((table, rows))
    for table, rows in pending:
        carried = [column for column in table.columns if column.key not in OWN_COLUMNS]
        references = {column.key: uid_of[parent.name] for column in carried
                      if (parent := reference_of(column)) is not None}
        for row in rows:
            values = row._mapping
            snapshot[(table.name, row.uid)] = Record({
                column.key: _carried(column, values[column.key], references.get(column.key))
                for column in carried}, row.version)
    return snapshot
