"""What the Milestones page shows, read in one snapshot.

The milestones with their slip and status as of a date, the timeline of one year and the
consultancies a milestone may be linked to (the form's choices), and the detail of the
milestone selected when the page was read. Selecting another milestone reads its detail with
one more call (``milestone_detail``). The detail holds the re-baselines decided by the as-of
date, as the row's baseline and its count of re-baselines do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.period import year_period
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import consultancy_reads, milestones
from coopdesk.services.milestones import MilestoneDTO, RebaselineDTO


@dataclass(frozen=True)
class MilestoneDetail:
    """A selected milestone's re-baselines decided by the as-of date, oldest first."""

    milestone_id: int
    rebaselines: tuple[RebaselineDTO, ...]


@dataclass(frozen=True)
class MilestonesView:
    """A program's milestones as of a date and the timeline of one year."""

    #: By baseline date.
    milestones: tuple[MilestoneDTO, ...]
    #: The timeline's year.
    year: int
    #: The milestones whose baseline, forecast or actual date falls in ``year``.
    timeline: tuple[MilestoneDTO, ...]
    #: (id, "reference — title") of the program's consultancies, for the milestone form.
    consultancies: tuple[tuple[int, str], ...]
    #: The detail of the milestone asked for, if it is still there.
    detail: MilestoneDetail | None = None


def milestones_view(
    uow: UnitOfWork, program_id: int, as_of: date, year: int | None = None,
    selected: int | None = None,
) -> MilestonesView:
    """The page's data as of a day; the timeline shows ``year`` (None: the as-of year), and
    the detail is the ``selected`` milestone's."""
    shown = as_of.year if year is None else year
    rows = tuple(milestones.list_milestones(uow, program_id, as_of))
    return MilestonesView(
        milestones=rows,
        year=shown,
        timeline=tuple(milestones.list_milestones(uow, program_id, as_of,
                                                  within=year_period(shown))),
        consultancies=tuple(consultancy_reads.consultancy_choices(uow, program_id)),
        detail=milestone_detail(uow, selected, as_of)
        if selected is not None and any(row.id == selected for row in rows) else None,
    )


def milestone_detail(uow: UnitOfWork, milestone_id: int, as_of: date) -> MilestoneDetail:
    """The detail shown below the list for one milestone as of a day: a re-baseline decided
    later had not happened yet."""
    return MilestoneDetail(milestone_id, tuple(
        r for r in milestones.list_rebaselines(uow, milestone_id) if r.decided_on <= as_of))
