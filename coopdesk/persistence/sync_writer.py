"""A sync's changes written to one database, as ``domain.sync_changes.apply`` writes them.

Records are found by ``uid``; a reference held as the uid of another record is turned into
this database's id of it, a record created here getting its id as it is inserted (parents
first: ``in_write_order``). An update sets only the fields it changes and bumps the
version; an update or delete finding another version than the merge read is refused
(``StaleWriteError``) so the caller rolls back and reads again: an edit made meanwhile is
never written over. A specialist's name keys follow its name, as the ORM keeps them.

An approved budget revision takes no new lines nor award changes (migration 0002): one
arriving approved with its parts is created as a draft and approved once they are in, and a
revision approved by the other side is approved after this side's changes to its parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, UniqueConstraint, delete, insert, select, update

from coopdesk.collation import sort_bytes
from coopdesk.domain.enums import RevisionStatus
from coopdesk.domain.sync_changes import Change, ChangeKind, StaleWriteError, in_write_order
from coopdesk.persistence.models import Base
from coopdesk.persistence.models.contracts import specialist_search_text
from coopdesk.persistence.sync_snapshot import decoded, reference_of, synced_tables

_REVISION = "revision"
_SPECIALIST = "specialist"


class _Ids:
    """This database's ids of records named by uid, looked up a table at a time."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._known: dict[str, dict[str, int]] = {}

    def _table(self, table: Table) -> dict[str, int]:
        """Every id of ``table``, read once: a record created here is added to them, so a
        table must be read before its first create, not left holding that record only."""
        if table.name not in self._known:
            self._known[table.name] = dict(
                self._connection.execute(select(table.c.uid, table.c.id)).all())
        return self._known[table.name]

    def of(self, table: Table, uid: str) -> int:
        return self._table(table)[uid]

    def add(self, table: Table, uid: str, record_id: int) -> None:
        self._table(table)[uid] = record_id


def _values(table: Table, fields: dict[str, Any], ids: _Ids) -> dict[str, Any]:
    """A change's fields as ``table``'s columns take them."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        column = table.c[name]
        parent = reference_of(column)
        if parent is not None and value is not None:
            values[name] = ids.of(parent, value)
        else:
            values[name] = decoded(column, value)
    return values


def _name_keys(connection: Connection, table: Table, uid: str,
               values: dict[str, Any]) -> dict[str, Any]:
    """A specialist's sort and search keys for a name or e-mail the change writes."""
    if table.name != _SPECIALIST or not {"full_name", "email"} & values.keys():
        return {}
    held = connection.execute(select(table.c.full_name, table.c.email)
                              .where(table.c.uid == uid)).one()
    name = values.get("full_name", held.full_name)
    return {"name_key": sort_bytes(name),
            "search_text": specialist_search_text(name, values.get("email", held.email))}


def _parents_first(changes: list[Change], tables: dict[str, Table]) -> list[Change]:
    """``changes`` with each record created after a record of its own table it refers to
    and that is created too (a renewal of a contract hired in the same sync)."""
    created = {change.key for change in changes if change.kind is ChangeKind.CREATE}
    depth: dict[tuple[str, str], int] = {}

    def depth_of(change: Change) -> int:
        if change.key not in depth:
            depth[change.key] = 0
            table = tables[change.table]
            parents = [(change.table, value) for name, value in change.fields.items()
                       if reference_of(table.c[name]) is table and isinstance(value, str)]
            depth[change.key] = 1 + max((depth_of(by_key[parent]) for parent in parents
                                         if parent in created), default=-1)
        return depth[change.key]

    by_key = {change.key: change for change in changes}
    rank = {change.key: position for position, change in enumerate(changes)}
    order = list(tables)
    return sorted(changes, key=lambda change: (
        (0, order.index(change.table), depth_of(change)) if change.kind is ChangeKind.CREATE
        else (1, 0, 0), rank[change.key]))


def unique_keys() -> dict[str, list[tuple[str, ...]]]:
    """Table → the fields of each of its unique constraints but ``uid``: what two records
    may not share, which the sync checks before writing (``domain.sync_checks``)."""
    return {table.name: keys for table in synced_tables() if (keys := [
        names for constraint in table.constraints if isinstance(constraint, UniqueConstraint)
        if (names := tuple(column.key for column in constraint.columns)) != ("uid",)])}


def write_changes(connection: Connection, changes: Sequence[Change], now: datetime) -> None:
    """Write ``changes`` in an order the foreign keys and triggers accept."""
    tables = {table.name: table for table in synced_tables()}
    ids = _Ids(connection)
    sealed: list[str] = []
    for change in _parents_first(in_write_order(changes, list(tables)), tables):
        table = tables[change.table]
        values = _values(table, dict(change.fields), ids)
        if table.name == _REVISION and values.get("status") == RevisionStatus.APPROVED:
            values.pop("status")
            sealed.append(change.uid)
            if change.kind is ChangeKind.CREATE:
                values["status"] = RevisionStatus.DRAFT
        if change.kind is ChangeKind.CREATE:
            inserted = connection.execute(insert(table).values(
                **values, uid=change.uid, created_at=now, updated_at=now, version=1,
            ).returning(table.c.id)).scalar_one()
            ids.add(table, change.uid, inserted)
            continue
        held = (table.c.uid == change.uid) & (table.c.version == change.expected_version)
        if change.kind is ChangeKind.DELETE:
            written = connection.execute(delete(table).where(held))
        else:
            values.update(_name_keys(connection, table, change.uid, values))
            written = connection.execute(update(table).where(held).values(
                **values, updated_at=now, version=table.c.version + 1))
        if written.rowcount != 1:
            raise StaleWriteError(change, None)
    revision = Base.metadata.tables[_REVISION]
    for uid in sealed:
        connection.execute(update(revision).where(revision.c.uid == uid)
                           .values(status=RevisionStatus.APPROVED))
