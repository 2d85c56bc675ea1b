"""The joint monitoring dashboard: the figures the program's evaluation asked for, as of a date.

"A simple mechanism for joint monitoring that shows delays in the follow-up of
consultancies, rhythm of expenditure execution, and joint institutional risks"
(docs/domain.md). Each figure is a list built by the service behind its own page, so a click
on it leads to the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.domain.budget import delivery_rate
from coopdesk.domain.contracts import count_within
from coopdesk.domain.monitoring import ACTIVE_RISK_STATUSES, DeliverableStatus
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import delivery, staffing
from coopdesk.services.consultancy_reads import DeliverableDTO, list_deliverables
from coopdesk.services.delivery import RhythmPoint
from coopdesk.services.milestones import MilestoneDTO, list_milestones
from coopdesk.services.programs import get_program
from coopdesk.services.risks import RiskDTO, list_risks
from coopdesk.services.staffing import EndingContractDTO

#: How many risks the "top risks" figure shows.
TOP_RISKS = 5

#: Windows of the "contracts ending" figure, in days: the list shows the first (widest).
ENDING_WINDOWS = (90, 30)


@dataclass(frozen=True)
class RhythmToDate:
    """Where the year's expenditure stands against its plan on the as-of date."""

    #: Spent by the end of the last month up to the as-of date.
    spent: Decimal
    #: Planned by the end of that month.
    planned: Decimal
    #: Planned for the whole year.
    planned_year: Decimal
    #: ``spent / planned`` (``domain.budget.delivery_rate``); None when nothing was planned
    #: by then.
    rate: Decimal | None


@dataclass(frozen=True)
class DashboardData:
    """Every figure of the dashboard for one program and as-of date."""

    as_of: date
    currency: str
    #: Most days late first.
    late_deliverables: tuple[DeliverableDTO, ...]
    #: The most days a deliverable is late (0: none is).
    worst_days_late: int
    slipping_milestones: tuple[MilestoneDTO, ...]
    #: Planned and actual cumulative expenditure, month by month, of the as-of year.
    rhythm: tuple[RhythmPoint, ...]
    #: The rhythm's figures on the as-of date; None when the year plans nothing yet (the
    #: figure is hidden, not faked).
    rhythm_to_date: RhythmToDate | None
    top_risks: tuple[RiskDTO, ...]
    overdue_risks: tuple[RiskDTO, ...]
    #: Contracts ending within the widest window (``ENDING_WINDOWS``) that nothing follows.
    ending: tuple[EndingContractDTO, ...]
    #: (days, how many of ``ending`` end within them), one per window.
    ending_counts: tuple[tuple[int, int], ...]

    def ending_within(self, days: int) -> int:
        """How many contracts end within one of the ``ENDING_WINDOWS``."""
        return dict(self.ending_counts)[days]


def late_deliverables(uow: UnitOfWork, program_id: int, as_of: date) -> list[DeliverableDTO]:
    """Deliverables late on the date, most days late first; a terminated consultancy owes none."""
    rows = [
        d for d in list_deliverables(uow, program_id, as_of, status=DeliverableStatus.LATE)
        if d.owed_late
    ]
    return sorted(rows, key=lambda d: (-d.days_late, d.reference, d.id))


def slipping_milestones(uow: UnitOfWork, program_id: int, as_of: date) -> list[MilestoneDTO]:
    """Milestones not done whose baseline passed or whose forecast lies after it."""
    rows = [m for m in list_milestones(uow, program_id, as_of) if m.slipping]
    return sorted(rows, key=lambda m: (-m.slip_days, m.baseline_date, m.id))


def rhythm_to_date(points: Sequence[RhythmPoint]) -> RhythmToDate | None:
    """The figures of the rhythm on its last month up to the as-of date (its first month
    before the year began); None when the year plans no expenditure."""
    planned_year = points[-1].planned_cumulative if points else Decimal(0)
    if planned_year <= 0:
        return None
    now = [p for p in points if p.past][-1:] or [points[0]]
    spent, planned = now[0].actual_cumulative, now[0].planned_cumulative
    return RhythmToDate(spent, planned, planned_year, delivery_rate(spent, planned))


def dashboard(uow: UnitOfWork, program_id: int, as_of: date) -> DashboardData:
    """The dashboard's figures for a program as of a day, in one snapshot."""
    risks = list_risks(uow, program_id, as_of)
    late = tuple(late_deliverables(uow, program_id, as_of))
    rhythm = tuple(delivery.expenditure_rhythm(uow, program_id, as_of.year, as_of))
    ending = tuple(staffing.contracts_ending(uow, program_id, as_of, max(ENDING_WINDOWS)))
    counts = count_within((c.days_left for c in ending), ENDING_WINDOWS)
    return DashboardData(
        as_of=as_of,
        currency=get_program(uow, program_id).currency,
        late_deliverables=late,
        worst_days_late=max((d.days_late for d in late), default=0),
        slipping_milestones=tuple(slipping_milestones(uow, program_id, as_of)),
        rhythm=rhythm,
        rhythm_to_date=rhythm_to_date(rhythm),
        top_risks=tuple(r for r in risks if r.data.status in ACTIVE_RISK_STATUSES)[:TOP_RISKS],
        overdue_risks=tuple(r for r in risks if r.review_overdue),
        ending=ending,
        ending_counts=tuple((days, counts[days]) for days in ENDING_WINDOWS),
    )
