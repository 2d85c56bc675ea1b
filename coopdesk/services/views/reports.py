"""What the Reports page offers to choose from, read in one snapshot.

The programs of the database, the one the form works on and the specialists a contract sheet
can be made for. Choosing another program is one more read of the same function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import programs, specialists
from coopdesk.services.programs import ProgramDTO


@dataclass(frozen=True)
class SpecialistChoice:
    """A person a contract sheet can be made for."""

    id: int
    full_name: str


@dataclass(frozen=True)
class ReportChoices:
    """The report form's choices for the program asked for."""

    programs: tuple[ProgramDTO, ...]
    #: The program chosen: the one asked for if the database has it, else the first; None
    #: when there is no program.
    program_id: int | None
    #: The roster's people (``specialists.roster``) of that program, in Spanish order.
    specialists: tuple[SpecialistChoice, ...]


def report_choices(uow: UnitOfWork, program_id: int | None, as_of: date) -> ReportChoices:
    """The form's choices, for ``program_id`` (or the first program)."""
    found = tuple(programs.list_programs(uow))
    chosen = next((p.id for p in found if p.id == program_id), found[0].id if found else None)
    people = () if chosen is None else tuple(
        SpecialistChoice(row.specialist_id, row.full_name)
        for row in specialists.roster(uow, chosen, as_of)
    )
    return ReportChoices(found, chosen, people)
