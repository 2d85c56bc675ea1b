"""The overview of a program at a glance, gathered in one DTO for the Overview page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, contracts, programs

#: Days ahead the overview lists contracts ending in.
ENDING_WITHIN_DAYS = 90


@dataclass(frozen=True)
class OverviewData:
    program: programs.ProgramDTO
    phases: list[programs.PhaseDTO]
    as_of: date
    award_total: Decimal
    award_ledger: list[budget.AwardLedgerRow]
    #: (year, component or result code) → amount, as of the last revision by the as-of date.
    budget: dict[tuple[int, str], Decimal]
    active_specialists: int
    #: Specialists active on 31 December of each program year up to the as-of year.
    headcount_year_end: list[tuple[int, int]]
    ending_soon: list[contracts.EndingContractDTO]


def program_overview(uow: UnitOfWork, program_id: int, as_of: date) -> OverviewData:
    program = programs.get_program(uow, program_id)
    last_year = min(as_of.year, program.end_date.year)
    # only what was approved and dated by the as-of date: a later revision changes nothing
    ledger = [row for row in budget.award_ledger(uow, program_id) if row.revision_date <= as_of]
    last = ledger[-1] if ledger else None
    return OverviewData(
        program=program,
        phases=programs.list_phases(uow, program_id),
        as_of=as_of,
        award_total=last.total if last else Decimal(0),
        award_ledger=ledger,
        budget=budget.budget_by_year_component(uow, program_id, last.revision_id) if last else {},
        active_specialists=contracts.headcount_at(uow, program_id, as_of),
        headcount_year_end=[
            (year, contracts.headcount_at(uow, program_id, date(year, 12, 31)))
            for year in range(program.start_date.year, last_year + 1)
        ],
        ending_soon=contracts.contracts_ending(uow, program_id, as_of, ENDING_WITHIN_DAYS),
    )
