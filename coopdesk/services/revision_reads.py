"""The revision log as rows: every revision of a program, one revision, the lines it sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.persistence.models import AwardChange, BudgetLine, Program, Revision, RevisionLine
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.budget_state import Cell, program_currency, revision_label, sum_minor
from coopdesk.services.common import get, minor_to_decimal, not_found


@dataclass(frozen=True)
class RevisionDTO:
    id: int
    version: int
    program_id: int
    kind: RevisionKind
    number: int
    label: str
    revision_date: date
    purposes: tuple[RevisionPurpose, ...]
    justification: str
    status: RevisionStatus
    approved_at: datetime | None
    new_end_date: date | None
    award_change: Decimal
    line_count: int

    @property
    def is_approved(self) -> bool:
        return self.status is RevisionStatus.APPROVED


def _revision_query() -> Select[*tuple[Any, ...]]:
    award = (
        select(func.coalesce(sum_minor(AwardChange.amount_minor), 0))
        .where(AwardChange.revision_id == Revision.id)
        .scalar_subquery()
    )
    lines = (
        select(func.count(RevisionLine.id))
        .where(RevisionLine.revision_id == Revision.id)
        .scalar_subquery()
    )
    return select(
        Revision.id, Revision.version, Revision.program_id, Revision.kind, Revision.number,
        Revision.revision_date, Revision.purposes, Revision.justification, Revision.status,
        Revision.approved_at, Revision.new_end_date, award, lines, Program.currency,
    ).join(Program, Program.id == Revision.program_id)


def _revision_dto(row: Any) -> RevisionDTO:
    return RevisionDTO(
        row[0], row[1], row[2], row[3], row[4], revision_label(row[3], row[4]), row[5],
        tuple(row[6]), row[7], row[8], row[9], row[10], minor_to_decimal(row[11], row[13]),
        row[12],
    )


def list_revisions(uow: UnitOfWork, program_id: int) -> list[RevisionDTO]:
    """Every revision of the program, drafts included, in the order they take effect."""
    rows = uow.session.execute(_revision_query().where(Revision.program_id == program_id))
    dtos = [_revision_dto(row) for row in rows]
    return sorted(dtos, key=lambda d: rules.revision_order_key(d.revision_date, d.number, d.id))


def get_revision(uow: UnitOfWork, revision_id: int) -> RevisionDTO:
    row = uow.session.execute(_revision_query().where(Revision.id == revision_id)).first()
    if row is None:
        raise not_found(Revision.audit_name, revision_id)
    return _revision_dto(row)


def revision_cells(uow: UnitOfWork, revision_id: int) -> dict[Cell, Decimal]:
    """The lines a revision itself sets (not the whole state): what the editor marks."""
    session = uow.session
    revision = get(uow, Revision, revision_id)
    currency = program_currency(session, revision.program_id)
    rows = session.execute(
        select(
            BudgetLine.result_id, BudgetLine.fund, BudgetLine.donor, BudgetLine.year,
            RevisionLine.amount_minor,
        )
        .join(BudgetLine, BudgetLine.id == RevisionLine.budget_line_id)
        .where(RevisionLine.revision_id == revision_id)
    )
    return {Cell(r[0], r[1], r[2], r[3]): minor_to_decimal(r[4], currency) for r in rows}
