"""What the Consultancies page shows, read in one snapshot.

The consultancies with the state of their deliverables as of a date, and those deliverables
themselves: the counts on a consultancy's row and the rows shown below it come from the same
read, so they never disagree, and selecting a consultancy reads nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import consultancy_reads, programs
from coopdesk.services.consultancy_reads import ConsultancyDTO, DeliverableDTO


@dataclass(frozen=True)
class ConsultanciesView:
    """A program's consultancies and their deliverables as of a date."""

    currency: str
    #: By reference.
    consultancies: tuple[ConsultancyDTO, ...]
    #: Every deliverable of those consultancies, by due date.
    deliverables: tuple[DeliverableDTO, ...]

    def deliverables_of(self, contract_id: int) -> tuple[DeliverableDTO, ...]:
        """The deliverables of one consultancy, by due date."""
        return tuple(d for d in self.deliverables if d.contract_id == contract_id)


def consultancies_view(uow: UnitOfWork, program_id: int, as_of: date) -> ConsultanciesView:
    """The Consultancies page's data for a program as of a day."""
    return ConsultanciesView(
        currency=programs.get_program(uow, program_id).currency,
        consultancies=tuple(consultancy_reads.list_consultancies(uow, program_id, as_of)),
        deliverables=tuple(consultancy_reads.list_deliverables(uow, program_id, as_of)),
    )
