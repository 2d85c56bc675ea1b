"""What makes an SQLite file a working copy of an office server's programs.

A working copy is an ordinary CoopDesk database holding the programs it was checked out
with, row for row as the server had them (ids included), and the server's audit entries of
those records. Two tables of its own say what it is a copy of:

* ``sync_state``: the server (its address without password), the login that checked it
  out and that login's role, the programs, and the point of the server's history it last
  reflected (the server's newest audit entry then);
* ``sync_base``: every record as it stood at the last sync (a ``Record`` of
  ``domain/sync_changes.py``), the common ancestor a sync compares both sides with.

They are created by the checkout, on the copy only: a server and an ordinary file never
have them, so the schema's migrations do not either.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    inspect,
    select,
    update,
)

from coopdesk.domain.sync_changes import Record, RecordKey, Snapshot
from coopdesk.persistence.models import AuditEntry, Base
from coopdesk.persistence.sync_snapshot import ids_in_scope, synced_tables
from coopdesk.persistence.types import UTCDateTime

T = TypeVar("T")

SYNC_METADATA = MetaData()
SYNC_STATE = Table(
    "sync_state", SYNC_METADATA,
    Column("id", Integer, primary_key=True),
    Column("server", String(300), nullable=False),
    Column("login", String(120), nullable=False),
    Column("role", String(40), nullable=False),
    Column("programs", Text, nullable=False),
    Column("server_point", Integer, nullable=False),
    Column("copy_point", Integer, nullable=False),
    Column("held", Text, nullable=False, default="[]"),
    Column("checked_out_at", UTCDateTime(), nullable=False),
    Column("synced_at", UTCDateTime(), nullable=False),
    CheckConstraint("id = 1", name="one_row"),
)
SYNC_BASE = Table(
    "sync_base", SYNC_METADATA,
    Column("entity", String(60), primary_key=True),
    Column("uid", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("fields", Text, nullable=False),
)
#: An approved revision takes no new lines nor award changes (migration 0002): they are
#: copied while it is a draft, and it is approved again once they are in.
_REVISION, _APPROVED, _DRAFT = "revision", "approved", "draft"
#: Uids asked for in one ``IN (…)``: well below every database's limit of parameters.
_CHUNK = 500


@dataclass(frozen=True)
class CopyState:
    """What a working copy is a copy of, and when it last met its server."""

    server: str
    login: str
    role: str
    programs: tuple[str, ...]
    server_point: int
    checked_out_at: datetime
    synced_at: datetime
    #: The copy's own newest audit entry at the last sync: the entries after it are the
    #: changes made offline since.
    copy_point: int = 0
    #: Audit entries made offline before ``copy_point`` whose records a conflict held back:
    #: the server gets them once their records are written.
    held: tuple[str, ...] = ()


def is_working_copy(connection: Connection) -> bool:
    return inspect(connection).has_table(SYNC_STATE.name)


def copy_state(connection: Connection) -> CopyState | None:
    """The copy's state, or None for a database that is not a working copy."""
    if not is_working_copy(connection):
        return None
    row = connection.execute(select(SYNC_STATE)).one()
    return CopyState(row.server, row.login, row.role, tuple(row.programs.split(",")),
                     row.server_point, row.checked_out_at, row.synced_at, row.copy_point,
                     tuple(json.loads(row.held)))


def server_point(connection: Connection) -> int:
    """A database's newest audit entry: where its history stands now."""
    return connection.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc())
                              .limit(1)).scalar() or 0


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def copy_programs(server: Connection, copy: Connection, codes: Sequence[str] | None) -> int:
    """Copy the programs ``codes`` (every one when None), their records and the audit
    entries of those records, from ``server`` to the empty database ``copy``; the number of
    records copied."""
    uids: list[str] = []
    approved: list[int] = []
    for table in synced_tables():
        rows = [dict(row._mapping) for row in server.execute(
            select(table).where(table.c.id.in_(ids_in_scope(table, codes))))]
        if table.name == _REVISION:
            approved = [row["id"] for row in rows if row["status"] == _APPROVED]
            rows = [{**row, "status": _DRAFT} if row["id"] in approved else row for row in rows]
        if rows:
            copy.execute(insert(table), rows)
        uids.extend(row["uid"] for row in rows)
    revision = Base.metadata.tables[_REVISION]
    for ids in _chunks(approved):
        copy.execute(update(revision).where(revision.c.id.in_(ids)).values(status=_APPROVED))
    pull_audit(server, copy, 0, uids)
    return len(uids)


def start_copy(copy: Connection, state: CopyState, base: Snapshot) -> None:
    """Mark ``copy`` as a working copy in ``state``, with ``base`` as its common ancestor."""
    SYNC_METADATA.create_all(copy)
    copy.execute(insert(SYNC_STATE).values(
        id=1, server=state.server, login=state.login, role=state.role,
        programs=",".join(state.programs), server_point=state.server_point,
        copy_point=server_point(copy), checked_out_at=state.checked_out_at,
        synced_at=state.synced_at))
    _insert_base(copy, base)


def read_base(copy: Connection) -> dict[RecordKey, Record]:
    return {(row.entity, row.uid): Record(json.loads(row.fields), row.version)
            for row in copy.execute(select(SYNC_BASE))}


def write_base(copy: Connection, records: Mapping[RecordKey, Record | None]) -> None:
    """Set the base of ``records`` (None: the record is gone from both sides)."""
    for entity, uid in records:
        copy.execute(delete(SYNC_BASE).where(SYNC_BASE.c.entity == entity,
                                             SYNC_BASE.c.uid == uid))
    _insert_base(copy, {key: stored for key, stored in records.items() if stored is not None})


def _insert_base(copy: Connection, records: Snapshot) -> None:
    rows: list[dict[str, Any]] = [
        {"entity": entity, "uid": uid, "version": stored.version,
         "fields": json.dumps(dict(stored.fields), ensure_ascii=False, sort_keys=True)}
        for (entity, uid), stored in records.items()]
    if rows:
        copy.execute(insert(SYNC_BASE), rows)


def pull_audit(server: Connection, copy: Connection, since: int, uids: Collection[str]) -> None:
    """Copy the server's audit entries newer than its point ``since`` of the records
    ``uids`` (the copy's programs) that the copy does not have yet. One query reads what
    the server recorded since (a sync: only the last few), not the trail of every record."""
    audit = cast(Table, AuditEntry.__table__)
    scope = set(uids)
    entries = [{key: value for key, value in row._mapping.items() if key != "id"}
               for row in server.execute(select(audit).where(audit.c.id > since)
                                         .order_by(audit.c.id))
               if row.entity_uid in scope]
    known: set[str] = set()
    for part in _chunks([entry["uid"] for entry in entries]):
        known.update(copy.execute(select(audit.c.uid).where(audit.c.uid.in_(part))).scalars())
    fresh = [entry for entry in entries if entry["uid"] not in known]
    if fresh:
        copy.execute(insert(audit), fresh)


def mark_synced(copy: Connection, point: int, at: datetime, held: Sequence[str]) -> None:
    """Record a sync: the server stood at ``point``, and what the copy's trail holds now
    (the server's entries just pulled included) is on the server but the entries ``held``."""
    copy.execute(update(SYNC_STATE).values(
        server_point=point, copy_point=server_point(copy), synced_at=at,
        held=json.dumps(list(held))))


def offline_entries(copy: Connection, state: CopyState) -> list[dict[str, Any]]:
    """The copy's audit entries the server has not had yet, oldest first."""
    audit = cast(Table, AuditEntry.__table__)
    unsent = audit.c.id > state.copy_point
    if state.held:
        unsent = unsent | audit.c.uid.in_(state.held)
    return [dict(row._mapping) for row in copy.execute(
        select(audit).where(unsent).order_by(audit.c.id))]
