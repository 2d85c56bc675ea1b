"""Reading the audit trail: who changed which field of a record, from what to what, when."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from coopdesk.persistence.models import AuditEntry
from coopdesk.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_uid: str
    action: str
    changes: tuple[FieldChange, ...]


def entry_dto(row: Any) -> AuditEntryDTO:
    """An audit row (id, at, actor, entity, entity_uid, action, changes) as a DTO."""
    changes = json.loads(row.changes)
    return AuditEntryDTO(
        row.id, row.at, row.actor, row.entity, row.entity_uid, row.action.value,
        tuple(FieldChange(k, v[0], v[1]) for k, v in sorted(changes.items())),
    )


def history_of(uow: UnitOfWork, entity_uids: Iterable[str]) -> list[AuditEntryDTO]:
    """Every audit entry of the given records, oldest first."""
    uids = list(entity_uids)
    if not uids:
        return []
    rows = uow.session.execute(
        select(
            AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.entity,
            AuditEntry.entity_uid, AuditEntry.action, AuditEntry.changes,
        )
        .where(AuditEntry.entity_uid.in_(uids))
        .order_by(AuditEntry.id)
    )
    return [entry_dto(row) for row in rows]


def field_label(name: str) -> str:
    """A column name as a reader says it: ``fee_minor`` → "fee", ``unit_id`` → "unit"."""
    for suffix in ("_minor", "_id"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.replace("_", " ")


def value_text(name: str, value: Any) -> str:
    """A recorded value as text; minor units of money are shown as amounts (2 decimals)."""
    if value is None:
        return ""
    if name.endswith("_minor") and isinstance(value, int) and not isinstance(value, bool):
        sign = "-" if value < 0 else ""
        whole, cents = divmod(abs(value), 100)
        return f"{sign}{whole:,}.{cents:02d}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
