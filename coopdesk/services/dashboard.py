"""The joint monitoring dashboard: the figures the program's evaluation asked for, as of a date.

"A simple mechanism for joint monitoring that shows delays in the follow-up of
consultancies, rhythm of expenditure execution, and joint institutional risks"
(DOMAIN.md). Each figure is a list built by the service behind its own page, so a click on
it leads to the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.monitoring import ACTIVE_RISK_STATUSES, DeliverableStatus
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, contracts
from coopdesk.services.budget import RhythmPoint
from coopdesk.services.consultancies import DeliverableDTO, list_deliverables
from coopdesk.services.contracts import EndingContractDTO
from coopdesk.services.milestones import MilestoneDTO, list_milestones
from coopdesk.services.programs import get_program
from coopdesk.services.risks import RiskDTO, list_risks

#: How many risks the "top risks" figure shows.
TOP_RISKS = 5

#: Windows of the "contracts ending" figure, in days.
ENDING_WINDOWS = (90, 30)


@dataclass(frozen=True)
class DashboardData:
    """Every figure of the dashboard for one program and as-of date."""

    as_of: date
    currency: str
    late_deliverables: list[DeliverableDTO]
    slipping_milestones: list[MilestoneDTO]
    rhythm: list[RhythmPoint]
    top_risks: list[RiskDTO]
    overdue_risks: list[RiskDTO]
    ending: dict[int, list[EndingContractDTO]]


def late_deliverables(uow: UnitOfWork, program_id: int, as_of: date) -> list[DeliverableDTO]:
    """Deliverables late on the date, most days late first; a terminated consultancy owes none."""
    rows = [
        d for d in list_deliverables(uow, program_id, as_of, status=DeliverableStatus.LATE)
        if not d.contract_terminated
    ]
    return sorted(rows, key=lambda d: (-d.days_late, d.reference, d.id))


def slipping_milestones(uow: UnitOfWork, program_id: int, as_of: date) -> list[MilestoneDTO]:
    """Milestones not done whose baseline passed or whose forecast lies after it."""
    rows = [m for m in list_milestones(uow, program_id, as_of) if m.slipping]
    return sorted(rows, key=lambda m: (-m.slip_days, m.baseline_date, m.id))


def dashboard(uow: UnitOfWork, program_id: int, as_of: date) -> DashboardData:
    risks = list_risks(uow, program_id, as_of)
    return DashboardData(
        as_of=as_of,
        currency=get_program(uow, program_id).currency,
        late_deliverables=late_deliverables(uow, program_id, as_of),
        slipping_milestones=slipping_milestones(uow, program_id, as_of),
        rhythm=budget.expenditure_rhythm(uow, program_id, as_of.year, as_of),
        top_risks=[r for r in risks if r.data.status in ACTIVE_RISK_STATUSES][:TOP_RISKS],
        overdue_risks=[r for r in risks if r.review_overdue],
        ending={
            days: contracts.contracts_ending(uow, program_id, as_of, days)
            for days in ENDING_WINDOWS
        },
    )
