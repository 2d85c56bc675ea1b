"""The state of the budget along a program's revision chain: what the reads and the log share.

The budget as of a revision R is, for each budget line, the amount set by the latest
approved revision up to R (ordered by date, then number) that has a line for it. A draft
asked for explicitly is laid over the approved revisions before it, so the editor and the
diff show what approving it would give.

This module exists because both :mod:`coopdesk.services.budget` (the reads) and the
revision log (:mod:`coopdesk.services.revisions`, ``revision_lines``, ``revision_reads``,
``budget_diff``) compute that state; with it here, neither of them imports the other.
The state is an SQL aggregate over the needed columns (a window function picks each line's
latest amount), so the figures stay fast with a million expenditure rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import BigInteger, cast, func, select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionStatus
from coopdesk.persistence.models import (
    AwardChange,
    BudgetLine,
    Expenditure,
    Program,
    Result,
    Revision,
    RevisionLine,
)
from coopdesk.services.common import not_found

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


class Cell(NamedTuple):
    """One cell of the budget grid: a row (component/result × fund/donor) in a year."""

    result_id: int
    fund: str
    donor: str
    year: int

    @property
    def row(self) -> tuple[int, str, str]:
        return (self.result_id, self.fund, self.donor)


def revision_label(kind: RevisionKind, number: int) -> str:
    """How the record names a revision: RG 4 (general), RS 2 (substantive)."""
    return f"{'RG' if RevisionKind(kind) is RevisionKind.GENERAL else 'RS'} {number}"


def cell_name(code: str, cell: Cell) -> str:
    """How a cell is named in messages: ``C1 · 30000/AMEXCID · 2014``."""
    return f"{code} · {cell.fund}/{cell.donor} · {cell.year}"


# --------------------------------------------------------------------------------------
# Which revisions make a budget state, and its SQL
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rev:
    """One revision as the chain needs it: its place in the order and whether it is approved."""

    id: int
    kind: RevisionKind
    number: int
    revision_date: date
    status: RevisionStatus
    approved_at: datetime | None

    @property
    def key(self) -> tuple[date, int, int]:
        return rules.revision_order_key(self.revision_date, self.number, self.id)

    @property
    def approved(self) -> bool:
        return self.status is RevisionStatus.APPROVED

    @property
    def label(self) -> str:
        return revision_label(self.kind, self.number)


def revision_chain(session: Session, program_id: int) -> list[Rev]:
    """The program's revisions, drafts included, in the order they take effect."""
    rows = session.execute(
        select(
            Revision.id, Revision.kind, Revision.number, Revision.revision_date,
            Revision.status, Revision.approved_at,
        ).where(Revision.program_id == program_id)
    )
    return sorted((Rev(*row) for row in rows), key=lambda r: r.key)


def find_revision(revs: list[Rev], revision_id: int) -> Rev:
    """The revision with this id in the chain; NotFoundError if it is not there."""
    for rev in revs:
        if rev.id == revision_id:
            return rev
    raise not_found(Revision.audit_name, revision_id)


def ids_as_of(revs: list[Rev], as_of_revision_id: int | None) -> list[int]:
    """Approved revisions up to the one asked for, plus that one even if it is a draft."""
    if as_of_revision_id is None:
        return [r.id for r in revs if r.approved]
    target = find_revision(revs, as_of_revision_id)
    return [r.id for r in revs if r.id == target.id or (r.approved and r.key <= target.key)]


def ids_before(revs: list[Rev], revision_id: int) -> list[int]:
    """The approved state a revision starts from: approved revisions ordered before it."""
    target = find_revision(revs, revision_id)
    return [r.id for r in revs if r.approved and r.id != target.id and r.key < target.key]


def ids_approved_by(revs: list[Rev], day: date) -> list[int]:
    """The revisions making the budget on a day: those approved and dated by then."""
    return [r.id for r in revs if r.approved and r.revision_date <= day]


def line_state(revision_ids: list[int]) -> Any:
    """Subquery (line_id, amount): each budget line's amount in the latest of these revisions."""
    ranked = (
        select(
            RevisionLine.budget_line_id.label("line_id"),
            RevisionLine.amount_minor.label("amount"),
            func.row_number()
            .over(
                partition_by=RevisionLine.budget_line_id,
                order_by=(
                    Revision.revision_date.desc(), Revision.number.desc(), Revision.id.desc()
                ),
            )
            .label("rank"),
        )
        .join(Revision, Revision.id == RevisionLine.revision_id)
        .where(RevisionLine.revision_id.in_(revision_ids))
        .subquery()
    )
    return select(ranked.c.line_id, ranked.c.amount).where(ranked.c.rank == 1).subquery()


def plan_cells(session: Session, revision_ids: list[int]) -> dict[Cell, int]:
    """The budget of these revisions in minor units per cell."""
    state = line_state(revision_ids)
    rows = session.execute(
        select(
            BudgetLine.result_id, BudgetLine.fund, BudgetLine.donor, BudgetLine.year,
            state.c.amount,
        ).join(state, state.c.line_id == BudgetLine.id)
    )
    return {Cell(r[0], r[1], r[2], r[3]): r[4] for r in rows}


def award_minor(session: Session, revision_ids: list[int]) -> int:
    """The award after these revisions, in minor units: the sum of their award changes."""
    return session.scalar(
        select(func.coalesce(sum_minor(AwardChange.amount_minor), 0)).where(
            AwardChange.revision_id.in_(revision_ids)
        )
    ) or 0


def program_currency(session: Session, program_id: int) -> str:
    """The program's currency; NotFoundError if the program is gone."""
    currency = session.scalar(select(Program.currency).where(Program.id == program_id))
    if currency is None:
        raise not_found(Program.audit_name, program_id)
    return currency


def result_names(session: Session, program_id: int) -> dict[int, tuple[str, str]]:
    """The program's components/results by id: (code, title)."""
    rows = session.execute(
        select(Result.id, Result.code, Result.title).where(Result.program_id == program_id)
    )
    return {r.id: (r.code, r.title) for r in rows}


def sum_minor(column: Any) -> Any:
    """SUM of minor units as an integer: PostgreSQL sums BIGINT into NUMERIC (a Decimal)."""
    return cast(func.sum(column), BigInteger)


def spent_select(program_id: int, as_of: date | None, year: int | None, *columns: Any) -> Any:
    """SELECT the columns and the program's spent minor units, grouped by the columns."""
    query = (
        select(*columns, sum_minor(Expenditure.amount_minor))
        .select_from(Expenditure)
        .join(BudgetLine, BudgetLine.id == Expenditure.budget_line_id)
        .where(BudgetLine.program_id == program_id)
        .group_by(*columns)
    )
    if as_of is not None:
        query = query.where(Expenditure.period_start <= as_of)
    if year is not None:
        query = query.where(BudgetLine.year == year)
    return query

