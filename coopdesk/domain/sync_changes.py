"""What offline sync compares and writes: records as plain values, snapshots, changes.

The working copy (SQLite) and the office server (PostgreSQL) hold the same program; the sync
layer reads each side as a *snapshot* and the merge (``domain/sync_merge.py``) works on
snapshots only, so the rules of docs/sync.md are checked without a database. A record is
named by its table and its ``uid``, which both sides share (the integer ``id`` does not);
its fields are plain values that compare equal across the two databases (foreign keys
already turned into the referenced record's uid, dates as ISO text).

The ``version`` of a record is kept apart from its fields: each side bumps its own, so two
records holding the same fields are the same record whatever their versions. The version a
side holds travels with every change written to it (``Change.expected_version``) so that
side can refuse a write over an edit made since it was read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TypeAlias

#: A field's value as both databases can compare it. The values of one field share one type
#: (its column's), so ``1`` and ``True`` never meet.
Value: TypeAlias = str | int | bool | None
#: The fields of a record, without ``id``, ``created_at``, ``updated_at`` or ``version``.
Fields: TypeAlias = Mapping[str, Value]
#: (table name, uid): a record's name on both sides.
RecordKey: TypeAlias = tuple[str, str]


def _frozen(fields: Fields) -> Fields:
    """A read-only copy, so a record handed around cannot change under the merge."""
    return MappingProxyType(dict(fields))


@dataclass(frozen=True)
class Record:
    """A record's fields and the version its side holds; equal records hold equal fields.

    The version is left out of equality because the two sides number their versions
    independently: what decides whether a record changed is what it holds.
    """

    fields: Fields
    version: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _frozen(self.fields))


#: One side's records, by key: what a working copy or the server holds, or held at a sync.
Snapshot: TypeAlias = Mapping[RecordKey, Record]


class ChangeKind(StrEnum):
    """What a write does to one record."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class Change:
    """One write to one side: create a record, set some of its fields, or delete it.

    An update carries only the fields it changes, so it cannot undo a change made to another
    field on that side; ``expected_version`` is the version that side held when the merge
    read it (``None`` for a create), for the same optimistic check as a form's save.
    """

    kind: ChangeKind
    key: RecordKey
    fields: Fields = field(default_factory=dict)
    expected_version: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _frozen(self.fields))

    @property
    def table(self) -> str:
        return self.key[0]

    @property
    def uid(self) -> str:
        return self.key[1]


def changes_between(source: Snapshot, target: Snapshot,
                    skip: Iterable[RecordKey] = ()) -> tuple[Change, ...]:
    """The writes that turn ``source`` into ``target``, leaving the keys in ``skip`` alone.

    ``skip`` holds the records in conflict: each side keeps its own until the user decides.
    The changes come sorted by key, so the same merge always gives the same list.
    """
    left_alone = frozenset(skip)
    found: list[Change] = []
    for key in sorted((source.keys() | target.keys()) - left_alone):
        before, after = source.get(key), target.get(key)
        if before is None and after is not None:
            found.append(Change(ChangeKind.CREATE, key, after.fields))
        elif before is not None and after is None:
            found.append(Change(ChangeKind.DELETE, key, expected_version=before.version))
        elif before is not None and after is not None and before != after:
            changed = {name: value for name, value in after.fields.items()
                       if name not in before.fields or before.fields[name] != value}
            found.append(Change(ChangeKind.UPDATE, key, changed, before.version))
    return tuple(found)


class StaleWriteError(Exception):
    """A change meant for a record the side no longer holds as the merge read it.

    The sync reads, merges and writes; a user editing the server in between makes the
    merge's writes stale. The write is refused, never applied over that edit: the next
    sync reads again and merges the newer record.
    """

    def __init__(self, change: Change, held: Record | None) -> None:
        self.change = change
        self.held = held
        version = None if held is None else held.version
        super().__init__(f"{change.kind} of {change.key} expected version "
                         f"{change.expected_version}, the side holds {version}")


def apply(snapshot: Snapshot, changes: Iterable[Change]) -> dict[RecordKey, Record]:
    """``snapshot`` with ``changes`` written as a database writes them: the reference.

    A create takes version 1 and an update bumps the version, as SQLAlchemy's version
    column does; a change whose expected version is not the one held raises
    ``StaleWriteError``, as the optimistic check does. The persistence layer must give
    the same result on a real database.
    """
    result = dict(snapshot)
    for change in changes:
        held = result.get(change.key)
        if change.kind is ChangeKind.CREATE:
            if held is not None:
                raise StaleWriteError(change, held)
            result[change.key] = Record(change.fields)
            continue
        if held is None or held.version != change.expected_version:
            raise StaleWriteError(change, held)
        if change.kind is ChangeKind.DELETE:
            del result[change.key]
        else:
            result[change.key] = Record({**held.fields, **change.fields}, held.version + 1)
    return result


def in_write_order(changes: Iterable[Change], tables: Sequence[str]) -> list[Change]:
    """``changes`` in an order the database's foreign keys accept.

    ``tables`` lists the tables parents first (a program before its contracts). Creates go
    first, parents first, so a new contract finds its new specialist; updates next; deletes
    last, children first, so a risk goes before its program. Within a table, by uid, so the
    order is always the same. A table missing from ``tables`` is an error, not a guess.
    """
    rank = {table: position for position, table in enumerate(tables)}
    writes = list(changes)
    missing = {change.table for change in writes} - rank.keys()
    if missing:
        raise ValueError(f"no write order for tables {sorted(missing)}")

    def order(change: Change) -> tuple[int, int, str]:
        table = rank[change.table]
        if change.kind is ChangeKind.CREATE:
            return (0, table, change.uid)
        if change.kind is ChangeKind.UPDATE:
            return (1, table, change.uid)
        return (2, -table, change.uid)

    return sorted(writes, key=order)
