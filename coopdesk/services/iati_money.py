"""The money of a program's IATI activity as of a date: budgets from the revision log,
incoming commitments from the award changes, expenditure per quarter from the ledger
(docs/iati.md).

Every amount is summed in integer minor units and turned into a ``Decimal`` once, so the
file carries the record's cents exactly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.period import month_end
from coopdesk.persistence.models import (
    AwardChange,
    BudgetLine,
    Expenditure,
    RevisionLine,
)
from coopdesk.services.budget_state import (
    Cell,
    Rev,
    award_minor,
    ids_approved_by,
    plan_cells,
    revision_chain,
    spent_select,
)
from coopdesk.services.common import minor_to_decimal

#: BudgetType codes: the first approved revision's figure for a year, and the latest's.
ORIGINAL, REVISED = "1", "2"


@dataclass(frozen=True)
class IatiBudget:
    """One ``budget``: a year's original (type 1) or revised (type 2) figure, dated by the
    revision that set it."""

    type: str
    year: int
    period_start: date
    period_end: date
    amount: Decimal
    value_date: date
    revision: str


@dataclass(frozen=True)
class IatiCommitment:
    """An award change as an incoming commitment (TransactionType 11)."""

    revision: str
    value_date: date
    amount: Decimal
    source: str
    description: str


@dataclass(frozen=True)
class IatiExpenditure:
    """The expenditure of one calendar quarter (TransactionType 4), as known on the day."""

    quarter: str
    value_date: date
    amount: Decimal


@dataclass(frozen=True)
class IatiMoney:
    """The activity's money as of a day, with the record's own totals to check it against."""

    budgets: list[IatiBudget]
    commitments: list[IatiCommitment]
    expenditure: list[IatiExpenditure]
    budget_total: Decimal
    award: Decimal
    spent: Decimal
    revisions_in_force: int


def _years_set(session: Session, ids: list[int]) -> dict[int, set[int]]:
    """Revision id → the years it set an amount for."""
    found: dict[int, set[int]] = defaultdict(set)
    rows = session.execute(
        select(RevisionLine.revision_id, BudgetLine.year)
        .join(BudgetLine, BudgetLine.id == RevisionLine.budget_line_id)
        .where(RevisionLine.revision_id.in_(ids)).distinct()
    )
    for revision_id, year in rows:
        found[revision_id].add(year)
    return found


def _by_year(cells: dict[Cell, int]) -> dict[int, int]:
    totals: dict[int, int] = defaultdict(int)
    for cell, amount in cells.items():
        totals[cell.year] += amount
    return totals


def budgets(session: Session, chain: list[Rev], ids: list[int], currency: str,
            ) -> list[IatiBudget]:
    """Per year, the original budget (the state after the first approved revision that set
    the year) and the revised one (the state after every revision in force), each dated
    by the revision that set it last."""
    in_force = [r for r in chain if r.id in set(ids)]
    years_set = _years_set(session, ids)
    revised = _by_year(plan_cells(session, ids))
    first: dict[int, int] = {}
    last: dict[int, Rev] = {}
    for place, rev in enumerate(in_force):
        for year in years_set.get(rev.id, ()):
            first.setdefault(year, place)
            last[year] = rev
    found: list[IatiBudget] = []
    for year in sorted(revised):
        opening = in_force[first[year]]
        original = _by_year(
            plan_cells(session, [r.id for r in in_force[:first[year] + 1]])).get(year, 0)
        start, end = date(year, 1, 1), date(year, 12, 31)
        found.append(IatiBudget(ORIGINAL, year, start, end,
                                minor_to_decimal(original, currency), opening.revision_date,
                                opening.label))
        found.append(IatiBudget(REVISED, year, start, end,
                                minor_to_decimal(revised[year], currency),
                                last[year].revision_date, last[year].label))
    return found


def commitments(session: Session, chain: list[Rev], ids: list[int], currency: str,
                ) -> list[IatiCommitment]:
    """Each award change of the revisions in force, in the revisions' order."""
    place = {r.id: (n, r) for n, r in enumerate(chain)}
    rows = session.execute(
        select(AwardChange.revision_id, AwardChange.id, AwardChange.amount_minor,
               AwardChange.source, AwardChange.description)
        .where(AwardChange.revision_id.in_(ids))
    ).all()
    rows = sorted(rows, key=lambda r: (place[r.revision_id][0], r.id))
    return [
        IatiCommitment(place[r.revision_id][1].label, place[r.revision_id][1].revision_date,
                       minor_to_decimal(r.amount_minor, currency), r.source, r.description)
        for r in rows
    ]


def quarter_end(day: date) -> date:
    """The last day of ``day``'s calendar quarter."""
    return month_end(date(day.year, 3 * ((day.month - 1) // 3) + 3, 1))


def expenditure(session: Session, program_id: int, as_of: date, currency: str,
                ) -> list[IatiExpenditure]:
    """The ledger's expenditure known on ``as_of`` (an entry counts from its period's first
    day), per calendar quarter of that day; dated the quarter's last day, or ``as_of``
    while the quarter runs."""
    totals: dict[date, int] = defaultdict(int)
    rows = session.execute(
        select(Expenditure.period_start, Expenditure.amount_minor)
        .join(BudgetLine, BudgetLine.id == Expenditure.budget_line_id)
        .where(BudgetLine.program_id == program_id, Expenditure.period_start <= as_of)
    )
    for start, amount in rows:
        totals[quarter_end(start)] += amount
    return [
        IatiExpenditure(f"{end.year}Q{(end.month - 1) // 3 + 1}", min(end, as_of),
                        minor_to_decimal(amount, currency))
        for end, amount in sorted(totals.items())
    ]


def iati_money(session: Session, program_id: int, as_of: date, currency: str) -> IatiMoney:
    """The budgets, commitments and expenditure of the program as of ``as_of``, and the
    revision log's and ledger's totals they must add up to."""
    chain = revision_chain(session, program_id)
    ids = ids_approved_by(chain, as_of)
    cells = plan_cells(session, ids)
    spent = session.execute(spent_select(program_id, as_of, None)).scalar() or 0
    return IatiMoney(
        budgets(session, chain, ids, currency) if ids else [],
        commitments(session, chain, ids, currency),
        expenditure(session, program_id, as_of, currency),
        minor_to_decimal(sum(cells.values()), currency),
        minor_to_decimal(award_minor(session, ids), currency),
        minor_to_decimal(spent, currency),
        len(ids),
    )
