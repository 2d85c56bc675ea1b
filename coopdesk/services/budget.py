"""Reads of a program's budget itself: the award and its ledger, the budget grid, its rows.

This module exists so that screens, reports and other services can ask what the budget
is, as of a revision or a date, apart from the revision log that changes it
(:mod:`coopdesk.services.revisions`). Which revisions make the state, and the state's
SQL, come from :mod:`coopdesk.services.budget_state`; what was spent against it is in
:mod:`coopdesk.services.delivery`, and the closed years in
:mod:`coopdesk.services.year_locks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select

from coopdesk.domain.enums import RevisionKind, RevisionPurpose
from coopdesk.persistence.models import AwardChange, BudgetLine, Result, Revision
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.budget_state import (
    award_minor,
    ids_approved_by,
    ids_as_of,
    line_state,
    program_currency,
    revision_chain,
    sum_minor,
)
from coopdesk.services.common import minor_to_decimal


@dataclass(frozen=True)
class AwardLedgerRow:
    revision_id: int
    number: int
    kind: RevisionKind
    revision_date: date
    purposes: list[RevisionPurpose]
    change: Decimal
    total: Decimal
    currency: str
    justification: str
    label: str = ""


@dataclass(frozen=True)
class BudgetGridRow:
    result_code: str
    result_title: str
    fund: str
    donor: str
    amounts: dict[int, Decimal]
    total: Decimal
    result_id: int = 0


@dataclass(frozen=True)
class BudgetGrid:
    years: list[int]
    rows: list[BudgetGridRow]
    totals_by_year: dict[int, Decimal]
    total: Decimal
    currency: str


def award_total(uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None) -> Decimal:
    """The award after the given revision (default: the latest approved one)."""
    session = uow.session
    ids = ids_as_of(revision_chain(session, program_id), as_of_revision_id)
    return minor_to_decimal(award_minor(session, ids), program_currency(session, program_id))


def award_ledger(
    uow: UnitOfWork, program_id: int, as_of: date | None = None
) -> list[AwardLedgerRow]:
    """Each approved revision in order with its award change and the award after it; with
    ``as_of``, only the revisions in force on that day (approved and dated by then)."""
    session = uow.session
    currency = program_currency(session, program_id)
    chain = revision_chain(session, program_id)
    in_force = set(ids_approved_by(chain, as_of) if as_of is not None else
                   (r.id for r in chain if r.approved))
    revs = [r for r in chain if r.id in in_force]
    changes: dict[int, int] = dict(
        session.execute(
            select(AwardChange.revision_id, sum_minor(AwardChange.amount_minor))
            .join(Revision, Revision.id == AwardChange.revision_id)
            .where(Revision.program_id == program_id)
            .group_by(AwardChange.revision_id)
        ).all()
    )
    details = {
        row.id: row
        for row in session.execute(
            select(Revision.id, Revision.purposes, Revision.justification).where(
                Revision.program_id == program_id
            )
        )
    }
    ledger: list[AwardLedgerRow] = []
    running = 0
    for rev in revs:
        change = changes.get(rev.id, 0) or 0
        running += change
        ledger.append(
            AwardLedgerRow(
                rev.id, rev.number, rev.kind, rev.revision_date, list(details[rev.id].purposes),
                minor_to_decimal(change, currency), minor_to_decimal(running, currency),
                currency, details[rev.id].justification, rev.label,
            )
        )
    return ledger


def _grid_select(revision_ids: list[int]) -> Select[*tuple[Any, ...]]:
    state = line_state(revision_ids)
    return (
        select(
            Result.id, Result.code, Result.title, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year, sum_minor(state.c.amount),
        )
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .join(Result, Result.id == BudgetLine.result_id)
        .group_by(
            Result.id, Result.code, Result.title, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year,
        )
    )


def budget_grid(
    uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None
) -> BudgetGrid:
    """The budget as of a revision: rows = component/result × fund/donor, columns = years.

    ``as_of_revision_id`` None means the latest approved state; a draft's id shows the
    state its approval would give.
    """
    session = uow.session
    currency = program_currency(session, program_id)
    ids = ids_as_of(revision_chain(session, program_id), as_of_revision_id)
    cells: dict[tuple[int, str, str, str, str], dict[int, int]] = {}
    for rid, code, title, fund, donor, year, amount in session.execute(_grid_select(ids)):
        cells.setdefault((rid, code, title, fund, donor), {})[year] = amount
    return _grid(cells, currency)


def _grid(cells: dict[tuple[int, str, str, str, str], dict[int, int]], currency: str) -> BudgetGrid:
    years = sorted({y for amounts in cells.values() for y in amounts})
    rows = []
    by_year = dict.fromkeys(years, 0)
    for (rid, code, title, fund, donor), amounts in sorted(
        cells.items(), key=lambda item: (item[0][1], item[0][3], item[0][4])
    ):
        for year, amount in amounts.items():
            by_year[year] += amount
        rows.append(
            BudgetGridRow(
                code, title, fund, donor,
                {y: minor_to_decimal(a, currency) for y, a in sorted(amounts.items())},
                minor_to_decimal(sum(amounts.values()), currency), rid,
            )
        )
    return BudgetGrid(
        years, rows, {y: minor_to_decimal(a, currency) for y, a in by_year.items()},
        minor_to_decimal(sum(by_year.values()), currency), currency,
    )


def budget_by_year_component(
    uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None,
    *, as_of: date | None = None,
) -> dict[tuple[int, str], Decimal]:
    """The budget summed over funds and donors, keyed (year, component/result code): after
    a revision, or (``as_of``) as the revisions in force on a day make it, or the latest."""
    session = uow.session
    currency = program_currency(session, program_id)
    chain = revision_chain(session, program_id)
    ids = (ids_approved_by(chain, as_of) if as_of is not None
           else ids_as_of(chain, as_of_revision_id))
    state = line_state(ids)
    rows = session.execute(
        select(BudgetLine.year, Result.code, sum_minor(state.c.amount))
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .join(Result, Result.id == BudgetLine.result_id)
        .group_by(BudgetLine.year, Result.code)
    )
    return {(year, code): minor_to_decimal(amount, currency) for year, code, amount in rows}


def budget_rows(uow: UnitOfWork, program_id: int) -> list[tuple[int, str, str, str]]:
    """Every row (result id, code, fund, donor) any budget line was ever planned on."""
    rows = uow.session.execute(
        select(Result.id, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(BudgetLine, BudgetLine.result_id == Result.id)
        .where(BudgetLine.program_id == program_id)
        .distinct()
        .order_by(Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    return [(result_id, code, fund, donor) for result_id, code, fund, donor in rows]
