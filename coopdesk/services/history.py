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


def _dto(row: Any) -> AuditEntryDTO:
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
    return [_dto(row) for row in rows]
