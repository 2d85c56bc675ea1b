"""The overview of a program at a glance, gathered in one view object for the Overview page.

Everything the page shows is counted and summed here, as of the page's date: the award and
its ledger, the budget by year and component with each year's total, the headcount, and how
many contracts end within each of the user's alert thresholds (``staffing.expiry_counts``,
as the Specialists page counts them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, programs, staffing


@dataclass(frozen=True)
class BudgetYearRow:
    """One year of the budget across components."""

    year: int
    #: The amount of each component, in the order of ``BudgetTable.codes`` (0 when none).
    amounts: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class BudgetTable:
    """The budget by year (rows) and component or result code (columns)."""

    codes: tuple[str, ...]
    years: tuple[BudgetYearRow, ...]


@dataclass(frozen=True)
class OverviewData:
    program: programs.ProgramDTO
    phases: tuple[programs.PhaseDTO, ...]
    as_of: date
    award_total: Decimal
    award_ledger: tuple[budget.AwardLedgerRow, ...]
    #: (year, component or result code) → amount, as of the last revision by the as-of date.
    budget: Mapping[tuple[int, str], Decimal]
    #: The same budget as the page's table: a row per year, a column per code, with totals.
    budget_table: BudgetTable
    active_specialists: int
    #: Specialists active on 31 December of each program year up to the as-of year (the
    #: as-of year's figure on the as-of date: its 31 December has not come yet).
    headcount_year_end: tuple[tuple[int, int], ...]
    ending_soon: tuple[staffing.EndingContractDTO, ...]
    #: (days, contracts ending within them), one per alert threshold asked for, in its order.
    ending_alerts: tuple[tuple[int, int], ...]


def budget_table(amounts: Mapping[tuple[int, str], Decimal]) -> BudgetTable:
    """``amounts`` keyed (year, code) as a table: years and codes in order."""
    codes = tuple(sorted({code for _, code in amounts}))
    rows = []
    for year in sorted({year for year, _ in amounts}):
        row = tuple(amounts.get((year, code), Decimal(0)) for code in codes)
        rows.append(BudgetYearRow(year, row, sum(row, Decimal(0))))
    return BudgetTable(codes, tuple(rows))


def program_overview(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    alert_days: Sequence[int] = (staffing.ENDING_WITHIN_DAYS,),
) -> OverviewData:
    """The Overview page's data for a program as it stood on a day (``services.as_of``): its
    validity and award in force then; ``alert_days`` are the user's thresholds of the
    contracts-ending alerts."""
    program = programs.program_as_of(uow, program_id, as_of)
    last_year = min(as_of.year, program.end_date.year)
    ledger = tuple(budget.award_ledger(uow, program_id, as_of))
    last = ledger[-1] if ledger else None
    amounts = budget.budget_by_year_component(uow, program_id, as_of=as_of)
    counts = staffing.expiry_counts(uow, program_id, as_of, alert_days)
    return OverviewData(
        program=program,
        phases=tuple(programs.list_phases(uow, program_id)),
        as_of=as_of,
        award_total=last.total if last else Decimal(0),
        award_ledger=ledger,
        budget=MappingProxyType(amounts),
        budget_table=budget_table(amounts),
        active_specialists=staffing.headcount_at(uow, program_id, as_of),
        headcount_year_end=tuple(
            (year, staffing.headcount_at(uow, program_id, min(date(year, 12, 31), as_of)))
            for year in range(program.start_date.year, last_year + 1)
        ),
        ending_soon=tuple(staffing.contracts_ending(uow, program_id, as_of,
                                                    staffing.ENDING_WITHIN_DAYS)),
        ending_alerts=tuple((days, counts.get(days, 0)) for days in alert_days),
    )
