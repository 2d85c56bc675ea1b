"""The audit trail: every insert, update and delete is recorded in the same transaction.

Timestamps and uids are filled in before the flush. On SQLite, a flush listener writes the
audit rows after it, so an audit entry exists exactly when its change is committed. On a
PostgreSQL server the database's own triggers write them (migration 0003), for plain SQL
too, with the login as actor; the listener only tells them the actor a superuser names
(maintenance, tests), which the triggers ignore for a login.

Each entry also names the user operation it belongs to (``OperationTag``, kept by the unit of
work in the session): the listener writes it on SQLite, and tells it the triggers on a
server as it tells them the actor, so both group a hire or an import the same way.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Table, event, insert, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.enums import AuditAction
from coopdesk.persistence.bulk_insert import insert_returning_ids, insert_rows
from coopdesk.persistence.models import AuditEntry, Entity, new_uid, new_uids

#: Keys stored beside other columns and derived from them, for sorting and filtering
#: (a specialist's ``name_key`` and ``search_text``): not what anyone changed. The server's
#: audit triggers record every column, so the history reads them out (``recorded_changes``).
INTERNAL_COLUMNS = frozenset({"name_key", "search_text"})
#: Columns every table has, and the internal ones; their changes say nothing a reader of
#: the history needs (the uid is the entry's own ``entity_uid``).
_BOOKKEEPING = frozenset({"id", "uid", "created_at", "updated_at", "version"}) | INTERNAL_COLUMNS

ACTOR_KEY = "actor"
#: The setting the server's audit triggers read for the actor of a superuser's changes.
SERVER_ACTOR_SETTING = "coopdesk.actor"
#: Key of ``Session.info`` holding the ``OperationTag`` of the changes being flushed.
OPERATION_KEY = "coopdesk.operation"
#: The settings the server's audit triggers read for the operation (migration 0005).
SERVER_OPERATION_SETTING = "coopdesk.operation"
SERVER_OPERATION_NAME_SETTING = "coopdesk.operation_name"


class OperationTag(NamedTuple):
    """The operation the changes being flushed belong to: its uid and, when a service named
    it, what it is (a ``domain.operations.Operation`` value)."""

    uid: str
    name: str | None = None


def default_actor() -> str:
    """The OS login, which is who acts on a single-user SQLite database."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def recorded_changes(changes: str) -> dict[str, list[Any]]:
    """An entry's ``changes`` (JSON: column → [old, new]) without the internal columns."""
    return {field: pair for field, pair in json.loads(changes).items()
            if field not in INTERNAL_COLUMNS}


@cache
def _column_keys(model: type[Entity]) -> tuple[str, ...]:
    """The audited columns of a model, worked out once: a flush may audit thousands."""
    return tuple(
        attr.key for attr in inspect(model).column_attrs if attr.key not in _BOOKKEEPING
    )


def _changes(obj: Entity, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    loaded = state.dict
    result: dict[str, list[Any]] = {}
    for key in _column_keys(type(obj)):
        if action is AuditAction.UPDATE:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            result[key] = [_plain(old), _plain(new)]
        elif action is AuditAction.INSERT:  # the values just written, read without the ORM
            value = loaded[key] if key in loaded else getattr(obj, key)
            if value is not None:
                result[key] = [None, _plain(value)]
        else:
            result[key] = [_plain(getattr(obj, key)), None]
    return result


def _server_writes_audit(session: Session) -> bool:
    """Whether the database's triggers write the audit entries (a PostgreSQL server)."""
    return session.get_bind().dialect.name == "postgresql"


def _actor(session: Session) -> str:
    return session.info.get(ACTOR_KEY) or default_actor()


def _operation(session: Session) -> OperationTag:
    """The operation of this flush; a session made outside a unit of work names none."""
    return session.info.get(OPERATION_KEY) or OperationTag("")


def _tell_server(session: Session) -> None:
    """Give the server's audit triggers the actor and operation of what follows."""
    tell_server(session.connection(), _actor(session), _operation(session))


def tell_server(connection: Connection, actor: str, operation: OperationTag) -> None:
    """Give the server's audit triggers the actor (for a superuser: a login is always its
    own actor) and the operation of what ``connection`` writes next in its transaction."""
    connection.execute(
        text("SELECT set_config(:actor_setting, :actor, true), "
             "set_config(:operation_setting, :operation, true), "
             "set_config(:name_setting, :name, true)"),
        {"actor_setting": SERVER_ACTOR_SETTING, "actor": actor,
         "operation_setting": SERVER_OPERATION_SETTING, "operation": operation.uid,
         "name_setting": SERVER_OPERATION_NAME_SETTING, "name": operation.name or ""},
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if _server_writes_audit(session):
        _tell_server(session)
    now = datetime.now(UTC)
    for obj in session.new:
        if isinstance(obj, Entity):
            obj.uid = obj.uid or new_uid()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now


def _after_flush(session: Session, _context: Any) -> None:
    if _server_writes_audit(session):
        return
    now = datetime.now(UTC)
    actor = _actor(session)
    operation = _operation(session)
    rows: list[dict[str, Any]] = []
    groups = (
        (AuditAction.INSERT, session.new),
        (AuditAction.UPDATE, session.dirty),
        (AuditAction.DELETE, session.deleted),
    )
    for action, objects in groups:
        for obj in objects:
            if not isinstance(obj, Entity):
                continue
            changes = _changes(obj, action)
            if action is AuditAction.UPDATE and not changes:
                continue
            rows.append(_entry(new_uid(), now, actor, operation, obj.audit_name, obj.uid, action,
                               json.dumps(changes, ensure_ascii=False, sort_keys=True)))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _entry(entry_uid: str, now: datetime, actor: str, operation: OperationTag, entity: str,
           uid: str, action: AuditAction, changes: str) -> dict[str, Any]:
    """The audit entry of one record's change (``changes`` in JSON), as a row of
    ``audit_entry``."""
    return {
        "uid": entry_uid,
        "at": now,
        "actor": actor,
        "entity": entity,
        "entity_uid": uid,
        "action": action,
        "changes": changes,
        "operation_uid": operation.uid or None,
        "operation": operation.name,
    }


#: The encoder of new records' changes, made once: ``json.dumps`` makes one a call when given
#: any option.
_JSON = json.JSONEncoder(ensure_ascii=False)
#: Values JSON writes as they are: ``_plain`` is for the others.
_JSON_READY = frozenset({str, int, float, bool})


def _inserted_changes(row: dict[str, Any], keys: tuple[str, ...]) -> str:
    """A new record's audit changes in JSON, as ``_changes`` and ``_after_flush`` write them
    (``keys`` sorted, so no sorting per entry)."""
    return _JSON.encode({key: [None, value if type(value) in _JSON_READY else _plain(value)]
                         for key in keys if (value := row.get(key)) is not None})


@cache
def _scalar_defaults(model: type[Entity]) -> dict[str, Any]:
    """The plain default values of a model's columns, as a flush gives a new record: its
    audit entry then holds them too."""
    return {column.key: column.default.arg for column in model.__table__.columns
            if column.default is not None and column.default.is_scalar}


def insert_audited(session: Session, model: type[Entity], rows: Sequence[dict[str, Any]]
                   ) -> list[int]:
    """Insert new records of ``model`` in one statement, with the audit entries a flush
    would give them; their ids, in the order of ``rows``.

    An import adds thousands of records: an object and a flush each cost more than the rest
    of the import. The records get what ``_before_flush`` gives a new one (uid, times,
    version 1); SQLite's entries are written here, a server's by its triggers.
    """
    if not rows:
        return []
    now = datetime.now(UTC)
    defaults = _scalar_defaults(model)
    prepared = [{**defaults, **row, "uid": uid, "created_at": now, "updated_at": now,
                 "version": 1} for row, uid in zip(rows, new_uids(len(rows)), strict=True)]
    table = cast(Table, model.__table__)
    connection = session.connection()
    if _server_writes_audit(session):
        _tell_server(session)
        return insert_returning_ids(connection, table, prepared)
    ids = insert_returning_ids(connection, table, prepared)
    actor, operation = _actor(session), _operation(session)
    keys = tuple(sorted(_column_keys(model)))
    insert_rows(connection, cast(Table, AuditEntry.__table__), [
        _entry(entry_uid, now, actor, operation, model.audit_name, row["uid"],
               AuditAction.INSERT, _inserted_changes(row, keys))
        for row, entry_uid in zip(prepared, new_uids(len(prepared)), strict=True)])
    return ids


def install_audit(factory: sessionmaker[Session]) -> None:
    """Attach the audit listeners to every session the factory makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
