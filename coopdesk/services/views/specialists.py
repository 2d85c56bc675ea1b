"""What the Specialists & contracts page shows beside its roster, read in one snapshot.

The roster itself is read a page at a time (``services/roster_pages.py``). Beside it, the
expiry alerts, the headcount series over the program's life, the committed fees set against
the budget (year × component) and the filters' choices come from one unit of work, read
behind the window once the list shows (``ui.operations.LatestRead``), so they describe one
state of the database; the page only shows them. Selecting a person reads their detail
(contract chain and history) with one more call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.collation import collation_key
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, committed_fees, programs, specialists, staffing
from coopdesk.services.contract_chain import ChainEventDTO, contract_chain
from coopdesk.services.history import OperationEntry, record_history
from coopdesk.services.roster_pages import unit_names


@dataclass(frozen=True)
class CostRow:
    """Committed fees of one year and component beside that year's budget."""

    year: int
    component: str
    committed: Decimal
    #: None when the budget plans nothing for that year and component.
    budget: Decimal | None
    currency: str

    @property
    def share(self) -> Decimal | None:
        """Committed fees as a share of the budget (above 1: the fees exceed it)."""
        return self.committed / self.budget if self.budget else None

    @property
    def over_budget(self) -> bool:
        """The contracts commit more than the budget plans for that year and component."""
        return self.budget is not None and self.committed > self.budget


@dataclass(frozen=True)
class SpecialistsView:
    """What the page shows beside the roster for a program, an as-of date and the alert
    thresholds."""

    currency: str
    #: The units the service contracts name, in Spanish order: the unit filter's choices.
    units: tuple[str, ...]
    #: (days, contracts ending within them), one per threshold asked for, in its order.
    ending: tuple[tuple[int, int], ...]
    #: Active service contracts at each month end of the program's life.
    headcount: tuple[tuple[date, int], ...]
    cost: tuple[CostRow, ...]
    #: The components the cost rows name: the component filter's choices.
    components: tuple[str, ...]


@dataclass(frozen=True)
class SpecialistDetail:
    """A selected person: their contract chain and every operation that changed their records."""

    chain: tuple[ChainEventDTO, ...]
    history: tuple[OperationEntry, ...]


def cost_against_budget(
    uow: UnitOfWork, program_id: int, currency: str, as_of: date
) -> tuple[CostRow, ...]:
    """Committed fees per (year, component) beside the budget, both as they stood on
    ``as_of`` (the contracts and revisions in force then, ``services.as_of``).

    A row for every year and component that contracts commit fees to, and for every other
    year the budget plans for a component that has committed fees somewhere (so a year
    planned but not yet contracted shows as 0 against its budget).
    """
    committed = committed_fees.committed_cost_by_year(uow, program_id, as_of)
    planned = budget.budget_by_year_component(uow, program_id, as_of=as_of)
    contracted = {code for _, code in committed}
    keys = sorted(set(committed) | {key for key in planned if key[1] in contracted})
    return tuple(
        CostRow(year, code, committed.get((year, code), Decimal(0)), planned.get((year, code)),
                currency)
        for year, code in keys
    )


def specialists_view(
    uow: UnitOfWork, program_id: int, as_of: date, thresholds: Sequence[int]
) -> SpecialistsView:
    """The page's data for a program as of a day; ``thresholds`` are the alerts' days."""
    program = programs.program_as_of(uow, program_id, as_of)
    counts = staffing.expiry_counts(uow, program_id, as_of, thresholds)
    cost = cost_against_budget(uow, program_id, program.currency, as_of)
    return SpecialistsView(
        currency=program.currency,
        units=tuple(unit_names(uow, program_id)),
        ending=tuple((days, counts.get(days, 0)) for days in thresholds),
        headcount=tuple(staffing.headcount_series(uow, program_id, program.start_date,
                                                  program.end_date, as_of)),
        cost=cost,
        components=tuple(sorted({r.component for r in cost}, key=collation_key)),
    )


def specialist_detail(uow: UnitOfWork, specialist_id: int) -> SpecialistDetail:
    """The detail shown beside the roster for one person."""
    return SpecialistDetail(
        chain=tuple(contract_chain(uow, specialist_id)),
        history=tuple(record_history(uow, specialists.record_uids(uow, specialist_id))),
    )
