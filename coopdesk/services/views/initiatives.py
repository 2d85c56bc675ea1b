"""What the Initiatives page shows, read in one snapshot.

The initiatives with their classification, the phases to filter them by, and the
consultancies, milestones and risks linked to each, as the lists of their own pages give
them as of the date: selecting an initiative reads nothing more, and its links are the rows
its counts count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import consultancy_reads, initiatives, milestones, programs, risks
from coopdesk.services.consultancy_reads import ConsultancyDTO
from coopdesk.services.initiatives import InitiativeDTO
from coopdesk.services.milestones import MilestoneDTO
from coopdesk.services.programs import PhaseDTO
from coopdesk.services.risks import RiskDTO


@dataclass(frozen=True)
class InitiativeLinks:
    """What links to one initiative."""

    consultancies: tuple[ConsultancyDTO, ...]
    milestones: tuple[MilestoneDTO, ...]
    risks: tuple[RiskDTO, ...]


@dataclass(frozen=True)
class InitiativesView:
    """A program's initiatives, the phase filter's choices and everything linked to them."""

    #: By code.
    initiatives: tuple[InitiativeDTO, ...]
    #: The program's phases, in order: the phase filter's choices.
    phases: tuple[PhaseDTO, ...]
    #: The program's consultancies, milestones and risks linked to an initiative.
    consultancies: tuple[ConsultancyDTO, ...]
    milestones: tuple[MilestoneDTO, ...]
    risks: tuple[RiskDTO, ...]

    def links(self, initiative_id: int) -> InitiativeLinks:
        """The consultancies, milestones and risks of one initiative, in their lists' order."""
        return InitiativeLinks(
            tuple(c for c in self.consultancies if c.initiative_id == initiative_id),
            tuple(m for m in self.milestones if m.initiative_id == initiative_id),
            tuple(r for r in self.risks if r.data.initiative_id == initiative_id),
        )


def initiatives_view(uow: UnitOfWork, program_id: int, as_of: date) -> InitiativesView:
    """The Initiatives page's data for a program as of a day."""
    return InitiativesView(
        initiatives=tuple(initiatives.list_initiatives(uow, program_id, as_of=as_of)),
        phases=tuple(programs.list_phases(uow, program_id)),
        consultancies=tuple(c for c in consultancy_reads.list_consultancies(
            uow, program_id, as_of) if c.initiative_id is not None),
        milestones=tuple(m for m in milestones.list_milestones(uow, program_id, as_of)
                         if m.initiative_id is not None),
        risks=tuple(r for r in risks.list_risks(uow, program_id, as_of)
                    if r.data.initiative_id is not None),
    )
