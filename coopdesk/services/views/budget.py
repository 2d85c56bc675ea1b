"""What the Budget & revisions page shows, read in one snapshot.

The revision log, the award ledger and the budget grid as of the revision chosen come from
one unit of work; choosing another revision reads only its grid (``budget_shown``). Which
revision is the latest approved one, whether the one shown is a draft and which years a
draft may be typed into are decided here, not in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, programs, revision_reads
from coopdesk.services.budget import AwardLedgerRow, BudgetGrid
from coopdesk.services.budget_state import Cell, ids_as_of, revision_chain
from coopdesk.services.programs import ProgramDTO
from coopdesk.services.revision_reads import RevisionDTO


@dataclass(frozen=True)
class BudgetShown:
    """The budget as of one revision, as the grid shows it."""

    #: The revision shown; None for the latest approved state.
    revision: RevisionDTO | None
    grid: BudgetGrid
    #: The award after that revision.
    award: Decimal
    #: The grid's year columns: the budget's years and, for a draft, every year of the
    #: program's validity (through the end the draft would give it) to type amounts into.
    years: tuple[int, ...]
    #: The cells a draft itself sets (highlighted in its editor); empty for an approved one.
    draft_cells: frozenset[Cell]

    @property
    def draft(self) -> RevisionDTO | None:
        """The revision shown when it is a draft: the grid is then its editor."""
        return self.revision if self.revision is not None and not self.revision.is_approved \
            else None


@dataclass(frozen=True)
class BudgetView:
    """Everything the page shows for a program and the revision chosen."""

    currency: str
    #: Every revision, drafts included, in the order they take effect.
    revisions: tuple[RevisionDTO, ...]
    #: The latest approved revision (what "the budget" means when none is chosen).
    latest_approved_id: int | None
    ledger: tuple[AwardLedgerRow, ...]
    shown: BudgetShown


def _shown(
    uow: UnitOfWork, program: ProgramDTO, revisions: tuple[RevisionDTO, ...],
    revision_id: int | None,
) -> BudgetShown:
    revision = next((r for r in revisions if r.id == revision_id), None)
    rid = revision.id if revision is not None else None
    grid = budget.budget_grid(uow, program.id, rid)
    years = set(grid.years)
    cells: frozenset[Cell] = frozenset()
    if revision is not None and not revision.is_approved:
        first, last = program.start_date.year, program.end_date.year
        end = revision.new_end_date.year if revision.new_end_date is not None else last
        years.update(range(first, max(end, last) + 1))
        cells = frozenset(revision_reads.revision_cells(uow, revision.id))
    return BudgetShown(revision, grid, budget.award_total(uow, program.id, rid),
                       tuple(sorted(years)), cells)


def budget_shown(uow: UnitOfWork, program_id: int, revision_id: int | None) -> BudgetShown:
    """The grid as of ``revision_id`` (None, or one the program does not have: the latest
    approved state)."""
    program = programs.get_program(uow, program_id)
    revisions = tuple(revision_reads.list_revisions(uow, program_id))
    return _shown(uow, program, revisions, revision_id)


def budget_view(uow: UnitOfWork, program_id: int, revision_id: int | None) -> BudgetView:
    """The page's data, the grid as of ``revision_id`` (as ``budget_shown``)."""
    program = programs.get_program(uow, program_id)
    revisions = tuple(revision_reads.list_revisions(uow, program_id))
    approved = ids_as_of(revision_chain(uow.session, program_id), None)
    return BudgetView(
        currency=program.currency,
        revisions=revisions,
        latest_approved_id=approved[-1] if approved else None,
        ledger=tuple(budget.award_ledger(uow, program_id)),
        shown=_shown(uow, program, revisions, revision_id),
    )
