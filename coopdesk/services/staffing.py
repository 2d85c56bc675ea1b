"""Who is under a service contract on a day: headcount, its monthly series, contracts ending.

A contract counts from its start to its effective end (termination date, else end date);
the arithmetic of the series lives in ``domain/contracts.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select

from coopdesk.collation import collation_key
from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import ContractDates
from coopdesk.domain.enums import ContractKind
from coopdesk.persistence.models import Contract, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import as_of as in_force

#: Days ahead a contract counts as ending soon, on screen and on paper (the board's 90-day
#: horizon).
ENDING_WITHIN_DAYS = 90


@dataclass(frozen=True)
class EndingContractDTO:
    contract_id: int
    specialist_id: int
    specialist_name: str
    reference: str
    unit: str
    position: str
    end_date: date
    days_left: int


def effective_end() -> ColumnElement[date]:
    """``domain.contracts.effective_end`` in SQL of the contract as recorded today
    (``services.as_of.effective_end_on`` gives it as it stood on a day)."""
    return in_force.effective_end_of(Contract.end_date, Contract.termination_date)


def headcount_at(uow: UnitOfWork, program_id: int, day: date) -> int:
    """Service contracts running on ``day`` (start <= day <= effective end), as they stood
    that day (``services.as_of``)."""
    return uow.session.scalar(
        select(func.count(Contract.id)).where(
            Contract.program_id == program_id, Contract.kind == ContractKind.SERVICE,
            in_force.contract_exists(day), in_force.effective_end_on(day) >= day,
        )
    ) or 0


def headcount_series(
    uow: UnitOfWork, program_id: int, start: date, end: date, as_of: date | None = None
) -> list[tuple[date, int]]:
    """Headcount of service contracts at every month end from ``start`` to ``end``; with
    ``as_of``, of the contracts as they stood that day (``services.as_of``): a month end
    after it counts the contracts then known to run on."""
    if as_of is None:
        columns: tuple[Any, ...] = (Contract.end_date, Contract.termination_date)
        running = [effective_end() >= start]
    else:
        columns = (in_force.end_in_force(as_of), in_force.termination_on(as_of))
        running = [in_force.effective_end_on(as_of) >= start, in_force.contract_exists(as_of)]
    rows = uow.session.execute(
        select(Contract.start_date, *columns).where(
            Contract.program_id == program_id, Contract.kind == ContractKind.SERVICE,
            Contract.start_date <= end, *running,
        )
    )
    return rules.headcount_series((ContractDates(*row) for row in rows), start, end)


def contracts_ending(
    uow: UnitOfWork, program_id: int, as_of: date, within_days: int
) -> list[EndingContractDTO]:
    """Service contracts ending within ``within_days`` of ``as_of`` that nothing follows
    (``domain.contracts.ends_within``: open, not ended yet), as they stood on ``as_of``
    (``services.as_of``): started by then, with the end date and termination in force, and
    no renewal entered by then.

    SQL only narrows to the contracts whose end date in force falls in the window; the rule
    decides.
    """
    end = in_force.end_in_force(as_of)
    rows = uow.session.execute(
        select(
            Contract.id, Contract.specialist_id, Specialist.full_name, Contract.reference,
            func.coalesce(Unit.name, ""), Contract.position, Contract.start_date,
            end, in_force.termination_on(as_of), in_force.renewal_entered_by(as_of),
        )
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .outerjoin(Unit, Unit.id == Contract.unit_id)
        .where(
            Contract.program_id == program_id, Contract.kind == ContractKind.SERVICE,
            in_force.contract_exists(as_of), end >= as_of,
            end <= as_of + timedelta(days=within_days),
        )
    )
    return sorted(
        (
            EndingContractDTO(*row[:6], row[7], (row[7] - as_of).days)
            for row in rows
            if rules.ends_within(rules.days_left(ContractDates(row[6], row[7], row[8]), as_of),
                                 row[8], row[9], within_days)
        ),
        key=lambda e: (e.end_date, collation_key(e.specialist_name), e.contract_id),
    )


def expiry_counts(
    uow: UnitOfWork, program_id: int, as_of: date, thresholds: Iterable[int]
) -> dict[int, int]:
    """How many contracts end within each threshold of days (90, 30, 15, 7 …)."""
    limits = list(thresholds)
    rows = contracts_ending(uow, program_id, as_of, max(limits, default=0))
    return rules.count_within((r.days_left for r in rows), limits)
