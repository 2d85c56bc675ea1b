"""A use case's transaction, as every front end runs it: a read in one snapshot, or a write
committed all or nothing that says which kinds of data it changed.

The window (``ui/operations.py``) runs these on a worker thread; nothing here knows of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from coopdesk.services.changes import kinds_written

if TYPE_CHECKING:  # the window imports this module before it shows: no database code yet
    from coopdesk.persistence.db import Database
    from coopdesk.persistence.uow import UnitOfWork

T = TypeVar("T")


def in_snapshot(database: Database, actor: str | None, work: Callable[[UnitOfWork], T]) -> T:
    """``work(uow)`` reading one state of the database; nothing it does is committed."""
    with database.unit_of_work(actor, snapshot=True) as uow:
        return work(uow)


def committed(
    database: Database, actor: str | None, work: Callable[[UnitOfWork], T]
) -> tuple[T, frozenset[str]]:
    """``work(uow)``, committed; its value and the kinds of data it changed (from the tables
    its unit of work wrote, so no caller has to list them)."""
    with database.unit_of_work(actor) as uow:
        value = work(uow)
        uow.commit()
    return value, kinds_written(uow.changed_tables)
