"""The audit page: operations filtered by user, record type, operation and dates.

Filters run in SQL, newest first, with a limit on the operations shown: the trail of a busy
office grows without end and the window must open the page at the cost of what it shows.
An operation matches when one of its entries does, and is then shown whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, select

from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import AuditEntry
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.history import OperationEntry, operations

#: Operations the page loads at most; the page says when more matched.
DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page asks for; None means "any"."""

    actor: str | None = None
    entity: str | None = None
    operation: Operation | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditPageData:
    """The operations shown, newest first, and whether older ones matched too."""

    entries: list[OperationEntry]
    truncated: bool


def _local_start(day: date) -> datetime:
    """Midnight starting ``day`` on this computer's clock, which the page shows times in."""
    return datetime.combine(day, time.min).astimezone()


def _conditions(where: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.actor:
        conditions.append(AuditEntry.actor == where.actor)
    if where.entity:
        conditions.append(AuditEntry.entity == where.entity)
    if where.operation:
        conditions.append(AuditEntry.operation == where.operation.value)
    if where.date_from:
        conditions.append(AuditEntry.at >= _local_start(where.date_from))
    if where.date_to:
        conditions.append(AuditEntry.at < _local_start(where.date_to + timedelta(days=1)))
    return conditions


def audit_entries(
    uow: UnitOfWork, where: AuditFilter = AuditFilter(), limit: int = DEFAULT_LIMIT  # noqa: B008
) -> AuditPageData:
    """The newest ``limit`` operations matching ``where``. Dates are whole days of this
    computer's calendar, both ends included."""
    entries, truncated = operations(uow, _conditions(where), limit)
    return AuditPageData(entries, truncated)


def audit_actors(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(AuditEntry.actor).distinct().order_by(
        AuditEntry.actor)))


def audit_entities(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(AuditEntry.entity).distinct().order_by(
        AuditEntry.entity)))


def audit_operations(uow: UnitOfWork) -> list[Operation]:
    """The operations the trail names, in the order they are declared."""
    names = set(uow.session.scalars(
        select(AuditEntry.operation).where(AuditEntry.operation.is_not(None)).distinct()))
    return [operation for operation in Operation if operation.value in names]
