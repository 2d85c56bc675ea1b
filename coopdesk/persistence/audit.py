"""The audit trail: a flush listener that records every insert, update and delete.

Timestamps and uids are filled in before the flush; the audit rows are written after it,
in the same transaction, so an audit entry exists exactly when its change is committed.
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.enums import AuditAction
from coopdesk.persistence.models import AuditEntry, Entity, new_uid

#: Columns every table has; their changes say nothing a reader of the history needs (the
#: uid is the entry's own ``entity_uid``).
_BOOKKEEPING = frozenset({"id", "uid", "created_at", "updated_at", "version"})

ACTOR_KEY = "actor"


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


def _column_keys(obj: Entity) -> list[str]:
    return [
        attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in _BOOKKEEPING
    ]


def _changes(obj: Entity, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    result: dict[str, list[Any]] = {}
    for key in _column_keys(obj):
        if action is AuditAction.UPDATE:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            result[key] = [_plain(old), _plain(new)]
        elif action is AuditAction.INSERT:
            value = getattr(obj, key)
            if value is not None:
                result[key] = [None, _plain(value)]
        else:
            result[key] = [_plain(getattr(obj, key)), None]
    return result


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
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
    now = datetime.now(UTC)
    actor = session.info.get(ACTOR_KEY) or default_actor()
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
            rows.append(
                {
                    "uid": new_uid(),
                    "at": now,
                    "actor": actor,
                    "entity": obj.audit_name,
                    "entity_uid": obj.uid,
                    "action": action,
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install_audit(factory: sessionmaker[Session]) -> None:
    """Attach the audit listeners to every session the factory makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
