"""Reading the audit trail: who did what, to which records, from what to what, and when.

Two readings. ``history_of`` gives the entries as recorded, one per record and flush, with
the raw values (column names, ids, minor units): what checks and tests compare.
``operations`` and ``record_history`` give what a person reads: one ``OperationEntry`` per
user operation (a hire is one entry, with its specialist and its contract), each record
named as people know it and each value typed (``services.audit_records``). Entries written
before operations were recorded (migration 0005) are grouped by record and moment.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AuditAction
from coopdesk.domain.operations import Operation
from coopdesk.persistence.audit import recorded_changes
from coopdesk.persistence.models import AuditEntry
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.audit_records import Change, RecordBook, RecordRef, chunks


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEntryDTO:
    """One audit entry as recorded: one record, its raw changed values."""

    id: int
    at: datetime
    actor: str
    entity: str
    entity_uid: str
    action: str
    changes: tuple[FieldChange, ...]


_COLUMNS = (
    AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.entity, AuditEntry.entity_uid,
    AuditEntry.action, AuditEntry.changes, AuditEntry.operation_uid, AuditEntry.operation,
)


def entry_dto(row: Any) -> AuditEntryDTO:
    """An audit row (id, at, actor, entity, entity_uid, action, changes) as a DTO."""
    changes = recorded_changes(row.changes)
    return AuditEntryDTO(
        row.id, row.at, row.actor, row.entity, row.entity_uid, row.action.value,
        tuple(FieldChange(k, v[0], v[1]) for k, v in sorted(changes.items())),
    )


def history_of(uow: UnitOfWork, entity_uids: Iterable[str]) -> list[AuditEntryDTO]:
    """Every audit entry of the given records as recorded, oldest first."""
    uids = list(entity_uids)
    if not uids:
        return []
    rows = uow.session.execute(
        select(*_COLUMNS).where(AuditEntry.entity_uid.in_(uids)).order_by(AuditEntry.id)
    )
    return [entry_dto(row) for row in rows]


# -- as a person reads it --------------------------------------------------------------------
@dataclass(frozen=True)
class RecordChange:
    """What one operation did to one record."""

    record: RecordRef
    uid: str
    action: AuditAction
    changes: tuple[Change, ...]


#: Which record an operation is about when it writes several: a hire writes a specialist
#: and a contract and is about the contract; an approval is about its revision, not its
#: lines; an amendment about its contract.
SUBJECT_ORDER = (
    "contract", "revision", "milestone", "risk", "initiative", "funding scenario", "program",
    "specialist", "phase", "result", "unit", "budget line", "deliverable", "expenditure",
    "contract amendment", "award change", "revision line", "milestone re-baseline",
    "milestone forecast", "risk assessment", "scenario fund", "year lock", "exchange rate",
)


def _subject_rank(change: RecordChange) -> tuple[int, bool]:
    entity = change.record.entity
    rank = SUBJECT_ORDER.index(entity) if entity in SUBJECT_ORDER else len(SUBJECT_ORDER)
    return (rank, change.action is not AuditAction.INSERT)


@dataclass(frozen=True)
class OperationEntry:
    """One user operation: who, when, what it was, and what it did to each record."""

    #: The operation's uid; for entries older than operations, record and moment.
    key: str
    at: datetime
    actor: str
    #: What the operation was, when its service named it.
    operation: Operation | None
    #: Every record written, in the order written.
    records: tuple[RecordChange, ...]
    #: The newest audit entry's id: the order of the trail.
    last_id: int

    @functools.cached_property
    def subject(self) -> RecordChange:
        """The record the operation is about (``SUBJECT_ORDER``; inserts first)."""
        return min(self.records, key=_subject_rank)


def _key(operation_uid: str | None, entity_uid: str, at: datetime, actor: str) -> str:
    """What groups entries: the operation, or for older entries the record and moment."""
    return operation_uid or f"{entity_uid}|{at.isoformat()}|{actor}"


def _operation(value: str | None) -> Operation | None:
    """The operation named by an entry; None when unnamed, or named by a later CoopDesk."""
    try:
        return Operation(value) if value else None
    except ValueError:
        return None


def _newest_groups(
    session: Session, where: Sequence[ColumnElement[bool]], limit: int | None
) -> tuple[list[str], list[int], bool]:
    """Operation uids and ids of older entries of the newest ``limit`` groups that have an
    entry matching ``where``; and whether older groups were left out."""
    query = (select(AuditEntry.id, AuditEntry.operation_uid, AuditEntry.entity_uid,
                    AuditEntry.at, AuditEntry.actor)
             .where(*where).order_by(AuditEntry.id.desc()))
    seen: set[str] = set()
    operation_uids: list[str] = []
    old_ids: list[int] = []
    result = session.execute(query.execution_options(yield_per=1000))
    try:
        for row in result:
            key = _key(row.operation_uid, row.entity_uid, row.at, row.actor)
            if key not in seen:
                if limit is not None and len(seen) >= limit:
                    return operation_uids, old_ids, True
                seen.add(key)
                if row.operation_uid:
                    operation_uids.append(row.operation_uid)
            if not row.operation_uid:
                old_ids.append(row.id)
    finally:
        result.close()
    return operation_uids, old_ids, False


def _rows(session: Session, operation_uids: Sequence[str], old_ids: Sequence[int]) -> list[Any]:
    """Every entry of the operations, and the older entries, oldest first."""
    rows: list[Any] = []
    for column, values in ((AuditEntry.operation_uid, operation_uids), (AuditEntry.id, old_ids)):
        for chunk in chunks(values):
            rows += session.execute(select(*_COLUMNS).where(column.in_(chunk))).all()
    return sorted(rows, key=lambda row: row.id)


def _entries(session: Session, rows: Sequence[Any]) -> list[OperationEntry]:
    """The rows grouped into operations, records named and values typed; newest first."""
    parsed = [(row, recorded_changes(row.changes)) for row in rows]
    book = RecordBook(session)
    book.load((row.entity, row.entity_uid, changes) for row, changes in parsed)
    groups: dict[str, list[tuple[Any, RecordChange]]] = {}
    for row, changes in parsed:
        change = RecordChange(book.record(row.entity, row.entity_uid), row.entity_uid,
                              row.action, book.changes(row.entity, row.entity_uid, changes))
        key = _key(row.operation_uid, row.entity_uid, row.at, row.actor)
        groups.setdefault(key, []).append((row, change))
    entries = [
        OperationEntry(key, members[0][0].at, members[0][0].actor,
                       _operation(members[0][0].operation),
                       tuple(change for _row, change in members), members[-1][0].id)
        for key, members in groups.items()
    ]
    return sorted(entries, key=lambda entry: entry.last_id, reverse=True)


def operations(
    uow: UnitOfWork, where: Sequence[ColumnElement[bool]] = (), limit: int | None = None
) -> tuple[list[OperationEntry], bool]:
    """The newest ``limit`` operations having an entry that matches ``where``, each whole,
    newest first; and whether older ones matched too."""
    operation_uids, old_ids, more = _newest_groups(uow.session, where, limit)
    return _entries(uow.session, _rows(uow.session, operation_uids, old_ids)), more


def record_history(uow: UnitOfWork, entity_uids: Iterable[str]) -> list[OperationEntry]:
    """Every operation that changed one of the records, whole, newest first."""
    uids = list(dict.fromkeys(entity_uids))
    found: list[OperationEntry] = []
    keys: set[str] = set()
    for chunk in chunks(uids):
        for entry in operations(uow, [AuditEntry.entity_uid.in_(chunk)])[0]:
            if entry.key not in keys:
                keys.add(entry.key)
                found.append(entry)
    return sorted(found, key=lambda entry: entry.last_id, reverse=True)
