"""What the Audit page shows, read in one snapshot: the filters' choices and the operations.

The choices (users, record types, operations the trail names) and the operations matching
the filter come from one unit of work, so a filter never offers a value the list was not
read with. A filter value the trail does not name (another database was opened) is dropped,
and the view says which filter it applied: the page shows that one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coopdesk.domain.operations import Operation
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.audit_log import (
    DEFAULT_LIMIT,
    AuditFilter,
    audit_actors,
    audit_entities,
    audit_entries,
    audit_operations,
)
from coopdesk.services.history import OperationEntry


@dataclass(frozen=True)
class AuditView:
    """The filters' choices and the newest operations matching the filter applied."""

    actors: tuple[str, ...]
    entities: tuple[str, ...]
    operations: tuple[Operation, ...]
    #: The filter the entries were read with (``where`` less any value the trail lacks).
    filter: AuditFilter
    #: Newest first, at most ``limit``.
    entries: tuple[OperationEntry, ...]
    #: Older operations matched too: the filters must narrow to see them.
    truncated: bool
    limit: int


def audit_view(
    uow: UnitOfWork, where: AuditFilter = AuditFilter(), limit: int = DEFAULT_LIMIT  # noqa: B008
) -> AuditView:
    """The Audit page's data for the filter ``where``."""
    actors = tuple(audit_actors(uow))
    entities = tuple(audit_entities(uow))
    operations = tuple(audit_operations(uow))
    applied = replace(
        where,
        actor=where.actor if where.actor in actors else None,
        entity=where.entity if where.entity in entities else None,
        operation=where.operation if where.operation in operations else None,
    )
    data = audit_entries(uow, applied, limit)
    return AuditView(actors, entities, operations, applied, tuple(data.entries),
                     data.truncated, limit)
