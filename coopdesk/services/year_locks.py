"""Closing a year: a locked year's expenditure can no longer be entered, imported or changed.

A lock is no revision of the budget: it closes the books of a year, and reopening it is
recorded in the audit like closing it.
"""

from __future__ import annotations

from sqlalchemy import select

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Program, YearLock
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import get


def locked_years(uow: UnitOfWork, program_id: int) -> list[int]:
    return list(
        uow.session.scalars(
            select(YearLock.year).where(YearLock.program_id == program_id).order_by(YearLock.year)
        )
    )


def is_locked(uow: UnitOfWork, program_id: int, year: int) -> bool:
    return year in locked_years(uow, program_id)


@audited_as(Operation.CLOSE_YEAR)
def lock_year(uow: UnitOfWork, program_id: int, year: int) -> int:
    """Close a year: its expenditure can no longer be entered, imported or changed."""
    get(uow, Program, program_id)
    if is_locked(uow, program_id, year):
        raise ValidationError({"year": Message("year_already_locked", year=year)})
    lock = YearLock(program_id=program_id, year=year)
    uow.session.add(lock)
    uow.flush()
    return lock.id


@audited_as(Operation.REOPEN_YEAR)
def unlock_year(uow: UnitOfWork, program_id: int, year: int) -> None:
    lock = uow.session.scalar(
        select(YearLock).where(YearLock.program_id == program_id, YearLock.year == year)
    )
    if lock is None:
        raise ValidationError({"year": Message("year_not_locked", year=year)})
    uow.session.delete(lock)
    uow.flush()
