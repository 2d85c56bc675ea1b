"""What changes between two budget states, line by line, with the award before and after.

A revision is compared with the approved state before it, or any two revisions with each
other; the states themselves come from :mod:`coopdesk.services.budget_state`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from coopdesk.persistence.models import Revision
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.budget_state import (
    award_minor,
    find_revision,
    ids_as_of,
    ids_before,
    plan_cells,
    program_currency,
    result_names,
    revision_chain,
)
from coopdesk.services.common import get, minor_to_decimal


@dataclass(frozen=True)
class DiffLine:
    result_code: str
    result_title: str
    fund: str
    donor: str
    year: int
    before: Decimal
    after: Decimal

    @property
    def change(self) -> Decimal:
        return self.after - self.before


@dataclass(frozen=True)
class BudgetDiff:
    """What changes between two budget states, line by line, with the award before/after."""

    before_label: str
    after_label: str
    lines: list[DiffLine]
    budget_before: Decimal
    budget_after: Decimal
    award_before: Decimal
    award_after: Decimal
    currency: str

    @property
    def award_change(self) -> Decimal:
        return self.award_after - self.award_before

    @property
    def budget_change(self) -> Decimal:
        return self.budget_after - self.budget_before


def _diff(
    session: Session,
    program_id: int,
    before_ids: list[int],
    after_ids: list[int],
    labels: tuple[str, str],
) -> BudgetDiff:
    currency = program_currency(session, program_id)
    results = result_names(session, program_id)
    before, after = plan_cells(session, before_ids), plan_cells(session, after_ids)
    lines = [
        DiffLine(
            results[cell.result_id][0], results[cell.result_id][1], cell.fund, cell.donor,
            cell.year, minor_to_decimal(before.get(cell, 0), currency),
            minor_to_decimal(after.get(cell, 0), currency),
        )
        for cell in set(before) | set(after)
        if before.get(cell, 0) != after.get(cell, 0)
    ]
    lines.sort(key=lambda d: (d.result_code, d.fund, d.donor, d.year))
    return BudgetDiff(
        labels[0], labels[1], lines,
        minor_to_decimal(sum(before.values()), currency),
        minor_to_decimal(sum(after.values()), currency),
        minor_to_decimal(award_minor(session, before_ids), currency),
        minor_to_decimal(award_minor(session, after_ids), currency),
        currency,
    )


def revision_diff(uow: UnitOfWork, revision_id: int) -> BudgetDiff:
    """A revision against the approved state before it: before, after, change per line."""
    session = uow.session
    program_id = get(uow, Revision, revision_id).program_id
    revs = revision_chain(session, program_id)
    target = find_revision(revs, revision_id)
    previous = [r for r in revs if r.id in set(ids_before(revs, revision_id))]
    before_label = previous[-1].label if previous else "(empty)"
    return _diff(
        session, program_id, ids_before(revs, revision_id), ids_as_of(revs, revision_id),
        (before_label, target.label),
    )


def compare_revisions(
    uow: UnitOfWork, program_id: int, first_id: int, second_id: int
) -> BudgetDiff:
    """The budget as of one revision against the budget as of another, always the older
    before the newer (in the order they take effect), whichever is given first: a change
    reads forward in time, as the board reads a revision's own changes."""
    session = uow.session
    revs = revision_chain(session, program_id)
    first, second = sorted((find_revision(revs, first_id), find_revision(revs, second_id)),
                           key=lambda rev: rev.key)
    return _diff(
        session, program_id, ids_as_of(revs, first.id), ids_as_of(revs, second.id),
        (first.label, second.label),
    )
