"""The audit page: entries filtered by user, entity and date, and their CSV export.

Filters run in SQL, newest first, with a limit: the trail of a busy office grows without
end and the window must open the page at the cost of what it shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coopdesk.files import write_csv
from coopdesk.persistence.models import AuditEntry
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.history import AuditEntryDTO, entry_dto

#: Entries the page loads at most; the count label says when more matched.
DEFAULT_LIMIT = 5000
CSV_HEADER = ("time_utc", "user", "entity", "record_uid", "action", "field", "old", "new")


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page asks for; None means "any"."""

    actor: str | None = None
    entity: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def audit_entries(
    uow: UnitOfWork, where: AuditFilter = AuditFilter(), limit: int = DEFAULT_LIMIT  # noqa: B008
) -> list[AuditEntryDTO]:
    """Entries matching ``where``, newest first, at most ``limit``.

    Dates are whole UTC days, both ends included.
    """
    query = select(
        AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.entity,
        AuditEntry.entity_uid, AuditEntry.action, AuditEntry.changes,
    )
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.entity:
        query = query.where(AuditEntry.entity == where.entity)
    if where.date_from:
        query = query.where(AuditEntry.at >= _utc_start(where.date_from))
    if where.date_to:
        query = query.where(AuditEntry.at < _utc_start(where.date_to + timedelta(days=1)))
    rows = uow.session.execute(query.order_by(AuditEntry.id.desc()).limit(limit))
    return [entry_dto(row) for row in rows]


def audit_actors(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(AuditEntry.actor).distinct().order_by(
        AuditEntry.actor)))


def audit_entities(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(AuditEntry.entity).distinct().order_by(
        AuditEntry.entity)))


def _cell(value: Any) -> object:
    """A changed value as a CSV cell: text and numbers as they are, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def csv_rows(entries: Iterable[AuditEntryDTO]) -> list[tuple[object, ...]]:
    """One row per changed field (a delete or an insert with no field still gets one)."""
    rows: list[tuple[object, ...]] = []
    for entry in entries:
        head = (entry.at.astimezone(UTC).isoformat(timespec="seconds"), entry.actor,
                entry.entity, entry.entity_uid, entry.action)
        if not entry.changes:
            rows.append((*head, "", "", ""))
        for change in entry.changes:
            rows.append((*head, change.field, _cell(change.old), _cell(change.new)))
    return rows


def export_csv(entries: Iterable[AuditEntryDTO], path: Path) -> int:
    """Write the entries to a CSV file spreadsheets open safely (``files.write_csv``):
    whole or not at all, and no user's text (a name, a changed value) run as a formula."""
    rows = csv_rows(entries)
    write_csv(path, [CSV_HEADER, *rows])
    return len(rows)
