"""Budget, revisions and the award: the revision log, time travel, helpers and year locks.

The budget as of a revision R is, for each budget line, the amount set by the latest
approved revision up to R (ordered by date, then number) that has a line for it. A draft
asked for explicitly is laid over the approved revisions before it, so the editor and the
diff show what approving it would give. Approved revisions never change: every write path
here goes through :func:`_draft`, which refuses them.

Reads are SQL aggregates over the needed columns (a window function picks each line's
latest amount), so the figures stay fast with a million expenditure rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import BigInteger, Select, cast, func, select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.domain.errors import ErrorCollector, NotFoundError, ValidationError
from coopdesk.domain.money import minor_digits
from coopdesk.domain.period import Period, month_starts
from coopdesk.persistence.models import (
    AwardChange,
    BudgetLine,
    Expenditure,
    Program,
    Result,
    Revision,
    RevisionLine,
    YearLock,
)
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import programs
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal

# --------------------------------------------------------------------------------------
# Values and DTOs
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


@dataclass(frozen=True)
class DeliveryRow:
    """Budget and expenditure of a component in a year (``None``: the program's life)."""

    year: int | None
    result_id: int
    result_code: str
    result_title: str
    budget: Decimal
    expenditure: Decimal
    rate: Decimal | None

    @property
    def over_budget(self) -> bool:
        return self.expenditure > self.budget


@dataclass(frozen=True)
class LineDeliveryRow:
    """Budget and expenditure of one budget line."""

    budget_line_id: int
    year: int
    result_code: str
    fund: str
    donor: str
    budget: Decimal
    expenditure: Decimal
    rate: Decimal | None

    @property
    def over_budget(self) -> bool:
        return self.expenditure > self.budget


@dataclass(frozen=True)
class RhythmPoint:
    """Cumulative planned and actual expenditure at the end of a month.

    ``past`` is False for months after the as-of date, where the actual line stops.
    """

    month: date
    planned_cumulative: Decimal
    actual_cumulative: Decimal
    past: bool = True


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


@dataclass(frozen=True)
class AwardChangeDTO:
    id: int
    version: int
    revision_id: int
    amount: Decimal
    source: str
    description: str


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


def revision_label(kind: RevisionKind, number: int) -> str:
    """How the record names a revision: RG 4 (general), RS 2 (substantive)."""
    return f"{'RG' if RevisionKind(kind) is RevisionKind.GENERAL else 'RS'} {number}"


# --------------------------------------------------------------------------------------
# Which revisions make a budget state
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rev:
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


def _revisions(session: Session, program_id: int) -> list[_Rev]:
    rows = session.execute(
        select(
            Revision.id, Revision.kind, Revision.number, Revision.revision_date,
            Revision.status, Revision.approved_at,
        ).where(Revision.program_id == program_id)
    )
    return sorted((_Rev(*row) for row in rows), key=lambda r: r.key)


def _find(revs: list[_Rev], revision_id: int) -> _Rev:
    for rev in revs:
        if rev.id == revision_id:
            return rev
    raise NotFoundError(f"No revision with id {revision_id} in this program.")


def _included(revs: list[_Rev], as_of_revision_id: int | None) -> list[int]:
    """Approved revisions up to the one asked for, plus that one even if it is a draft."""
    if as_of_revision_id is None:
        return [r.id for r in revs if r.approved]
    target = _find(revs, as_of_revision_id)
    return [r.id for r in revs if r.id == target.id or (r.approved and r.key <= target.key)]


def _before(revs: list[_Rev], revision_id: int) -> list[int]:
    """The approved state a revision starts from: approved revisions ordered before it."""
    target = _find(revs, revision_id)
    return [r.id for r in revs if r.approved and r.id != target.id and r.key < target.key]


def _approved_by(revs: list[_Rev], day: date) -> list[int]:
    return [r.id for r in revs if r.approved and r.revision_date <= day]


def _state(revision_ids: list[int]) -> Any:
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


def _plan(session: Session, revision_ids: list[int]) -> dict[Cell, int]:
    state = _state(revision_ids)
    rows = session.execute(
        select(
            BudgetLine.result_id, BudgetLine.fund, BudgetLine.donor, BudgetLine.year,
            state.c.amount,
        ).join(state, state.c.line_id == BudgetLine.id)
    )
    return {Cell(r[0], r[1], r[2], r[3]): r[4] for r in rows}


def _award_minor(session: Session, revision_ids: list[int]) -> int:
    return session.scalar(
        select(func.coalesce(_sum(AwardChange.amount_minor), 0)).where(
            AwardChange.revision_id.in_(revision_ids)
        )
    ) or 0


def _currency(session: Session, program_id: int) -> str:
    currency = session.scalar(select(Program.currency).where(Program.id == program_id))
    if currency is None:
        raise NotFoundError(f"No program with id {program_id}: it may have been deleted.")
    return currency


def _results(session: Session, program_id: int) -> dict[int, tuple[str, str]]:
    rows = session.execute(
        select(Result.id, Result.code, Result.title).where(Result.program_id == program_id)
    )
    return {r.id: (r.code, r.title) for r in rows}


def _sum(column: Any) -> Any:
    """SUM of minor units as an integer: PostgreSQL sums BIGINT into NUMERIC (a Decimal)."""
    return cast(func.sum(column), BigInteger)


def cell_name(code: str, cell: Cell) -> str:
    """How a cell is named in messages: ``C1 · 30000/AMEXCID · 2014``."""
    return f"{code} · {cell.fund}/{cell.donor} · {cell.year}"


# --------------------------------------------------------------------------------------
# Reads: award, grid, diff
# --------------------------------------------------------------------------------------


def award_total(uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None) -> Decimal:
    """The award after the given revision (default: the latest approved one)."""
    session = uow.session
    ids = _included(_revisions(session, program_id), as_of_revision_id)
    return minor_to_decimal(_award_minor(session, ids), _currency(session, program_id))


def award_ledger(uow: UnitOfWork, program_id: int) -> list[AwardLedgerRow]:
    """Each approved revision in order with its award change and the award after it."""
    session = uow.session
    currency = _currency(session, program_id)
    revs = [r for r in _revisions(session, program_id) if r.approved]
    changes = dict(
        session.execute(
            select(AwardChange.revision_id, _sum(AwardChange.amount_minor))
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


def _grid_select(revision_ids: list[int]) -> Select[Any]:
    state = _state(revision_ids)
    return (
        select(
            Result.id, Result.code, Result.title, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year, _sum(state.c.amount),
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
    currency = _currency(session, program_id)
    ids = _included(_revisions(session, program_id), as_of_revision_id)
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
    uow: UnitOfWork, program_id: int, as_of_revision_id: int | None = None
) -> dict[tuple[int, str], Decimal]:
    """The budget summed over funds and donors, keyed (year, component/result code)."""
    session = uow.session
    currency = _currency(session, program_id)
    ids = _included(_revisions(session, program_id), as_of_revision_id)
    state = _state(ids)
    rows = session.execute(
        select(BudgetLine.year, Result.code, _sum(state.c.amount))
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .join(Result, Result.id == BudgetLine.result_id)
        .group_by(BudgetLine.year, Result.code)
    )
    return {(year, code): minor_to_decimal(amount, currency) for year, code, amount in rows}


def _diff(
    session: Session,
    program_id: int,
    before_ids: list[int],
    after_ids: list[int],
    labels: tuple[str, str],
) -> BudgetDiff:
    currency = _currency(session, program_id)
    results = _results(session, program_id)
    before, after = _plan(session, before_ids), _plan(session, after_ids)
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
        minor_to_decimal(_award_minor(session, before_ids), currency),
        minor_to_decimal(_award_minor(session, after_ids), currency),
        currency,
    )


def revision_diff(uow: UnitOfWork, revision_id: int) -> BudgetDiff:
    """A revision against the approved state before it: before, after, change per line."""
    session = uow.session
    program_id = get(uow, Revision, revision_id).program_id
    revs = _revisions(session, program_id)
    target = _find(revs, revision_id)
    previous = [r for r in revs if r.id in set(_before(revs, revision_id))]
    before_label = previous[-1].label if previous else "(empty)"
    return _diff(
        session, program_id, _before(revs, revision_id), _included(revs, revision_id),
        (before_label, target.label),
    )


def compare_revisions(
    uow: UnitOfWork, program_id: int, first_id: int, second_id: int
) -> BudgetDiff:
    """The budget as of one revision against the budget as of another."""
    session = uow.session
    revs = _revisions(session, program_id)
    first, second = _find(revs, first_id), _find(revs, second_id)
    return _diff(
        session, program_id, _included(revs, first_id), _included(revs, second_id),
        (first.label, second.label),
    )


# --------------------------------------------------------------------------------------
# Reads: delivery and rhythm
# --------------------------------------------------------------------------------------


def _spent_select(program_id: int, as_of: date | None, year: int | None, *columns: Any) -> Any:
    query = (
        select(*columns, _sum(Expenditure.amount_minor))
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


def _budget_select(revision_ids: list[int], year: int | None, *columns: Any) -> Any:
    state = _state(revision_ids)
    query = (
        select(*columns, _sum(state.c.amount))
        .select_from(BudgetLine)
        .join(state, state.c.line_id == BudgetLine.id)
        .group_by(*columns)
    )
    if year is not None:
        query = query.where(BudgetLine.year == year)
    return query


def _delivery_rows(
    session: Session, program_id: int, year: int | None, as_of: date, by_year: bool
) -> list[DeliveryRow]:
    currency = _currency(session, program_id)
    results = _results(session, program_id)
    ids = _approved_by(_revisions(session, program_id), as_of)
    columns = (BudgetLine.year, BudgetLine.result_id) if by_year else (BudgetLine.result_id,)
    budget = {tuple(r[:-1]): r[-1] for r in session.execute(_budget_select(ids, year, *columns))}
    spent = {
        tuple(r[:-1]): r[-1]
        for r in session.execute(_spent_select(program_id, as_of, year, *columns))
    }
    rows = []
    for key in sorted(set(budget) | set(spent), key=lambda k: (k[:-1], results[k[-1]][0])):
        b = minor_to_decimal(budget.get(key, 0), currency)
        s = minor_to_decimal(spent.get(key, 0), currency)
        code, title = results[key[-1]]
        rows.append(
            DeliveryRow(
                key[0] if by_year else year, key[-1], code, title, b, s,
                rules.delivery_rate(s, b),
            )
        )
    return rows


def delivery(uow: UnitOfWork, program_id: int, year: int | None, as_of: date) -> list[DeliveryRow]:
    """Delivery per component in a year (``None``: the program's life) as of a date.

    The budget is the one approved by ``as_of``; expenditure counts periods begun by then.
    """
    return _delivery_rows(uow.session, program_id, year, as_of, by_year=False)


def delivery_by_year(uow: UnitOfWork, program_id: int, as_of: date) -> list[DeliveryRow]:
    """Delivery per year × component as of a date, ordered by year then component."""
    return _delivery_rows(uow.session, program_id, None, as_of, by_year=True)


def line_delivery(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date
) -> list[LineDeliveryRow]:
    """Delivery per budget line, so lines over budget can be picked out."""
    session = uow.session
    currency = _currency(session, program_id)
    ids = _approved_by(_revisions(session, program_id), as_of)
    budget = dict(session.execute(_budget_select(ids, year, BudgetLine.id)).all())
    spent = dict(session.execute(_spent_select(program_id, as_of, year, BudgetLine.id)).all())
    wanted = set(budget) | set(spent)
    lines = session.execute(
        select(BudgetLine.id, BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(Result, Result.id == BudgetLine.result_id)
        .where(BudgetLine.program_id == program_id)
        .order_by(BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    rows = []
    for line_id, line_year, code, fund, donor in lines:
        if line_id not in wanted:
            continue
        b = minor_to_decimal(budget.get(line_id, 0), currency)
        s = minor_to_decimal(spent.get(line_id, 0), currency)
        rows.append(
            LineDeliveryRow(line_id, line_year, code, fund, donor, b, s, rules.delivery_rate(s, b))
        )
    return rows


def expenditure_rhythm(
    uow: UnitOfWork, program_id: int, year: int | None, as_of: date
) -> list[RhythmPoint]:
    """Cumulative planned vs actual expenditure per month, for a year or the program's life.

    Planned: each year's budget (approved by ``as_of``) spread evenly over its twelve months.
    Actual: each expenditure amount spread evenly over the months of its period.
    """
    session = uow.session
    program = get(uow, Program, program_id)
    currency = program.currency
    if year is None:
        span = Period(program.start_date, program.end_date)
    else:
        span = Period(date(year, 1, 1), date(year, 12, 31))
    months = list(month_starts(span))
    ids = _approved_by(_revisions(session, program_id), as_of)
    planned: dict[date, int] = {}
    for budget_year, amount in session.execute(_budget_select(ids, year, BudgetLine.year)):
        planned.update(
            rules.spread_by_month(Period(date(budget_year, 1, 1), date(budget_year, 12, 31)),
                                  amount)
        )
    actual: dict[date, int] = {}
    spent = session.execute(
        _spent_select(program_id, as_of, year, Expenditure.period_start, Expenditure.period_end)
    )
    for start, end, amount in spent:
        for month, share in rules.spread_by_month(Period(start, end), amount).items():
            actual[month] = actual.get(month, 0) + share
    points, plan_sum, actual_sum = [], 0, 0
    for month in months:
        plan_sum += planned.get(month, 0)
        actual_sum += actual.get(month, 0)
        points.append(
            RhythmPoint(
                month, minor_to_decimal(plan_sum, currency),
                minor_to_decimal(actual_sum, currency), month <= as_of,
            )
        )
    return points


# --------------------------------------------------------------------------------------
# Reads: revisions
# --------------------------------------------------------------------------------------


def _revision_query() -> Select[Any]:
    award = (
        select(func.coalesce(_sum(AwardChange.amount_minor), 0))
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
        raise NotFoundError(f"No revision with id {revision_id}: it may have been deleted.")
    return _revision_dto(row)


def list_award_changes(uow: UnitOfWork, revision_id: int) -> list[AwardChangeDTO]:
    rows = uow.session.execute(
        select(
            AwardChange.id, AwardChange.version, AwardChange.revision_id,
            AwardChange.amount_minor, AwardChange.source, AwardChange.description,
            Program.currency,
        )
        .join(Revision, Revision.id == AwardChange.revision_id)
        .join(Program, Program.id == Revision.program_id)
        .where(AwardChange.revision_id == revision_id)
        .order_by(AwardChange.id)
    )
    return [
        AwardChangeDTO(r[0], r[1], r[2], minor_to_decimal(r[3], r[6]), r[4], r[5]) for r in rows
    ]


def revision_cells(uow: UnitOfWork, revision_id: int) -> dict[Cell, Decimal]:
    """The lines a revision itself sets (not the whole state): what the editor marks."""
    session = uow.session
    revision = get(uow, Revision, revision_id)
    currency = _currency(session, revision.program_id)
    rows = session.execute(
        select(
            BudgetLine.result_id, BudgetLine.fund, BudgetLine.donor, BudgetLine.year,
            RevisionLine.amount_minor,
        )
        .join(BudgetLine, BudgetLine.id == RevisionLine.budget_line_id)
        .where(RevisionLine.revision_id == revision_id)
    )
    return {Cell(r[0], r[1], r[2], r[3]): minor_to_decimal(r[4], currency) for r in rows}


# --------------------------------------------------------------------------------------
# Writes: revision header, approval
# --------------------------------------------------------------------------------------


def _merge(errors: ErrorCollector, check: Any, *args: Any) -> None:
    """Run a domain check that raises, adding its messages to the form's errors."""
    try:
        check(*args)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            errors.add(field, message)


def _latest_approved_date(revs: list[_Rev], own_id: int | None) -> date | None:
    dates = [r.revision_date for r in revs if r.approved and r.id != own_id]
    return max(dates) if dates else None


def _draft(uow: UnitOfWork, revision_id: int, expected_version: int | None = None) -> Revision:
    """The revision to change, refused if approved: an approved revision never changes."""
    revision = get(uow, Revision, revision_id)
    check_version(uow, revision, expected_version)
    if revision.status is RevisionStatus.APPROVED:
        day = revision.approved_at.date().isoformat() if revision.approved_at else "?"
        raise ValidationError(
            {
                "revision": f"{revision_label(revision.kind, revision.number)} was approved on "
                f"{day} and can no longer be changed; correct it with a new revision"
            }
        )
    return revision


def _validate_header(
    uow: UnitOfWork,
    program: Program,
    *,
    kind: Any,
    number: int | None,
    revision_date: date | None,
    purposes: Iterable[Any],
    new_end_date: date | None,
    own_id: int | None,
) -> tuple[RevisionKind, int, list[RevisionPurpose]]:
    errors = ErrorCollector()
    revs = _revisions(uow.session, program.id)
    try:
        kind = RevisionKind(kind)
    except ValueError:
        errors.add("kind", f"{kind!r} is not general or substantive")
        kind = RevisionKind.GENERAL
    chosen: list[RevisionPurpose] = []
    for purpose in purposes:
        try:
            if RevisionPurpose(purpose) not in chosen:
                chosen.append(RevisionPurpose(purpose))
        except ValueError:
            errors.add("purposes", f"{purpose!r} is not a purpose of a revision")
    errors.check(bool(chosen), "purposes", "choose at least one purpose")
    same_kind = [r for r in revs if r.kind is kind and r.id != own_id]
    if number is None:
        number = max((r.number for r in same_kind), default=0) + 1
    if number < 1:
        errors.add("number", "must be 1 or more")
    elif any(r.number == number for r in same_kind):
        errors.add("number", f"{revision_label(kind, number)} already exists")
    else:
        last = max((r.number for r in same_kind if r.approved), default=0)
        errors.check(
            number > last, "number",
            f"must come after {revision_label(kind, last)}, the last approved one",
        )
    if revision_date is None:
        errors.add("revision_date", "is required")
    else:
        _merge(errors, rules.check_revision_date, revision_date,
               _latest_approved_date(revs, own_id))
    extends = RevisionPurpose.EXTEND_VALIDITY in chosen
    if extends:
        _merge(errors, rules.check_new_end_date, new_end_date, program.end_date)
    elif new_end_date is not None:
        errors.add("new_end_date", "is only set when the revision extends validity")
    errors.raise_if_any()
    return kind, number, chosen


def create_revision(
    uow: UnitOfWork,
    program_id: int,
    *,
    kind: RevisionKind | str,
    revision_date: date,
    purposes: Iterable[RevisionPurpose | str],
    justification: str = "",
    number: int | None = None,
    new_end_date: date | None = None,
) -> int:
    """Open a draft revision; ``number`` defaults to the next one of its kind."""
    program = get(uow, Program, program_id)
    kind, number, chosen = _validate_header(
        uow, program, kind=kind, number=number, revision_date=revision_date,
        purposes=purposes, new_end_date=new_end_date, own_id=None,
    )
    revision = Revision(
        program_id=program_id, kind=kind, number=number, revision_date=revision_date,
        purposes=chosen, justification=(justification or "").strip(),
        status=RevisionStatus.DRAFT, new_end_date=new_end_date,
    )
    uow.session.add(revision)
    uow.flush()
    return revision.id


def update_revision(
    uow: UnitOfWork,
    revision_id: int,
    *,
    expected_version: int | None,
    kind: RevisionKind | str,
    number: int,
    revision_date: date,
    purposes: Iterable[RevisionPurpose | str],
    justification: str = "",
    new_end_date: date | None = None,
) -> None:
    revision = _draft(uow, revision_id, expected_version)
    program = get(uow, Program, revision.program_id)
    kind, number, chosen = _validate_header(
        uow, program, kind=kind, number=number, revision_date=revision_date,
        purposes=purposes, new_end_date=new_end_date, own_id=revision.id,
    )
    revision.kind, revision.number, revision.revision_date = kind, number, revision_date
    revision.purposes = chosen
    revision.justification = (justification or "").strip()
    revision.new_end_date = new_end_date
    uow.flush()


def delete_revision(uow: UnitOfWork, revision_id: int, *, expected_version: int | None) -> None:
    """Throw away a draft (its lines and award changes go with it)."""
    revision = _draft(uow, revision_id, expected_version)
    uow.session.delete(revision)
    uow.flush()


def approve_revision(
    uow: UnitOfWork, revision_id: int, *, expected_version: int | None = None
) -> None:
    """Approve a draft: from now on it is part of the record and never changes.

    A revision extending validity moves the program's end date.
    """
    revision = get(uow, Revision, revision_id)
    check_version(uow, revision, expected_version)
    label = revision_label(revision.kind, revision.number)
    if revision.status is RevisionStatus.APPROVED:
        day = revision.approved_at.date().isoformat() if revision.approved_at else "?"
        raise ValidationError(
            {"revision": f"{label} is already approved (on {day}); nothing was changed"}
        )
    program = get(uow, Program, revision.program_id)
    revs = _revisions(uow.session, program.id)
    errors = ErrorCollector()
    _merge(errors, rules.check_revision_date, revision.revision_date,
           _latest_approved_date(revs, revision.id))
    last = max((r.number for r in revs if r.approved and r.kind is revision.kind), default=0)
    errors.check(
        revision.number > last, "number",
        f"must come after {revision_label(revision.kind, last)}, the last approved one",
    )
    if RevisionPurpose.EXTEND_VALIDITY in revision.purposes:
        _merge(errors, rules.check_new_end_date, revision.new_end_date, program.end_date)
    award_after = _award_minor(uow.session, _included(revs, revision.id))
    errors.check(
        award_after >= 0, "award",
        f"would become negative ({minor_to_decimal(award_after, program.currency)}); "
        "lower the decrease",
    )
    errors.raise_if_any()
    revision.status = RevisionStatus.APPROVED
    revision.approved_at = datetime.now(UTC)
    if revision.new_end_date is not None and RevisionPurpose.EXTEND_VALIDITY in revision.purposes:
        program.end_date = revision.new_end_date
    uow.flush()


# --------------------------------------------------------------------------------------
# Writes: lines and award changes of a draft
# --------------------------------------------------------------------------------------


def _line_ids(session: Session, program_id: int) -> dict[Cell, int]:
    rows = session.execute(
        select(
            BudgetLine.id, BudgetLine.result_id, BudgetLine.fund, BudgetLine.donor,
            BudgetLine.year,
        ).where(BudgetLine.program_id == program_id)
    )
    return {Cell(r[1], r[2], r[3], r[4]): r[0] for r in rows}


def _check_cells(
    program: Program, revision: Revision, results: dict[int, tuple[str, str]],
    cells: Iterable[Cell], errors: ErrorCollector,
) -> None:
    """Cells must be of this program's results, have a fund and donor, and lie in validity."""
    last_day = max(program.end_date, revision.new_end_date or program.end_date)
    first, last = program.start_date.year, last_day.year
    for cell in cells:
        if cell.result_id not in results:
            errors.add(f"line {cell.fund}/{cell.donor} {cell.year}",
                       "is not on a component or result of this program")
            continue
        name = cell_name(results[cell.result_id][0], cell)
        if not cell.fund.strip() or not cell.donor.strip():
            errors.add(name, "needs a fund and a donor")
        elif len(cell.fund) > 40 or len(cell.donor) > 120:
            errors.add(name, "fund (40) or donor (120) is too long")
        if not first <= cell.year <= last:
            errors.add(
                name, f"{cell.year} is outside the program's validity ({first}–{last}); "
                "extend validity in this revision first",
            )


def _write_cells(uow: UnitOfWork, revision: Revision, new: Mapping[Cell, int | None]) -> None:
    """Set a draft's lines; a cell equal to the approved state before it is no change."""
    session = uow.session
    program = get(uow, Program, revision.program_id)
    results = _results(session, program.id)
    errors = ErrorCollector()
    _check_cells(program, revision, results, new, errors)
    errors.raise_if_any()
    before = _plan(session, _before(_revisions(session, program.id), revision.id))
    line_ids = _line_ids(session, program.id)
    existing = {line.budget_line_id: line for line in revision.lines}
    for cell, minor in new.items():
        line_id = line_ids.get(cell)
        if minor is None or minor == before.get(cell, 0):
            if line_id in existing:
                revision.lines.remove(existing.pop(line_id))
            continue
        if line_id is None:
            line_id = programs.add_budget_line(
                uow, program.id, year=cell.year, result_id=cell.result_id,
                fund=cell.fund.strip(), donor=cell.donor.strip(),
            )
            line_ids[cell] = line_id
        if line_id in existing:
            existing[line_id].amount_minor = minor
        else:
            existing[line_id] = RevisionLine(budget_line_id=line_id, amount_minor=minor)
            revision.lines.append(existing[line_id])
    uow.flush()


def set_revision_amounts(
    uow: UnitOfWork,
    revision_id: int,
    amounts: Mapping[Cell, object],
    *,
    expected_version: int | None = None,
) -> None:
    """Set the new amounts of cells in a draft; an empty value drops the cell from it.

    Every amount is checked before anything is written: one bad cell writes nothing.
    """
    revision = _draft(uow, revision_id, expected_version)
    currency = _currency(uow.session, revision.program_id)
    results = _results(uow.session, revision.program_id)
    errors = ErrorCollector()
    parsed: dict[Cell, int | None] = {}
    for cell, value in amounts.items():
        code = results.get(cell.result_id, ("?", ""))[0]
        if value is None or (isinstance(value, str) and not value.strip()):
            parsed[cell] = None
        else:
            parsed[cell] = amount_to_minor(errors, cell_name(code, cell), value, currency)
    errors.raise_if_any()
    _write_cells(uow, revision, parsed)


def _working_plan(uow: UnitOfWork, revision: Revision) -> dict[Cell, int]:
    revs = _revisions(uow.session, revision.program_id)
    return _plan(uow.session, _included(revs, revision.id))


def _apply(uow: UnitOfWork, revision: Revision, changed: Mapping[Any, int]) -> dict[Cell, Decimal]:
    """Write amounts computed by a domain helper (keyed (row, year)) into the draft."""
    session = uow.session
    currency = _currency(session, revision.program_id)
    results = _results(session, revision.program_id)
    cells = {Cell(*row, year): amount for (row, year), amount in changed.items()}
    rules.check_not_negative(
        cells, lambda c: cell_name(results.get(c.result_id, ("?", ""))[0], c),
        minor_digits(currency),
    )
    _write_cells(uow, revision, cells)
    return {cell: minor_to_decimal(amount, currency) for cell, amount in cells.items()}


def _by_row(plan: Mapping[Cell, int]) -> dict[tuple[tuple[int, str, str], int], int]:
    return {(cell.row, cell.year): amount for cell, amount in plan.items()}


def _spent_by_row(session: Session, program_id: int, year: int) -> dict[tuple[int, str, str], int]:
    rows = session.execute(
        _spent_select(program_id, None, year, BudgetLine.result_id, BudgetLine.fund,
                      BudgetLine.donor)
    )
    return {(r[0], r[1], r[2]): r[3] for r in rows}


def carry_remainder(
    uow: UnitOfWork, revision_id: int, *, from_year: int, into_years: Iterable[int]
) -> dict[Cell, Decimal]:
    """Draft lines moving the unspent remainder of a closed year into chosen later years.

    The closed year keeps what was spent; each row's remainder is split evenly over the
    chosen years of the same row. Returns the cells set.
    """
    revision = _draft(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, from_year)
    return _apply(uow, revision, rules.carry_remainder(plan, spent, from_year, into_years))


def adjust_to_cdr(uow: UnitOfWork, revision_id: int, *, year: int) -> dict[Cell, Decimal]:
    """Draft lines replacing a closed year's planned amounts with the actual expenditure."""
    revision = _draft(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, year)
    return _apply(uow, revision, rules.adjust_to_actuals(plan, spent, year))


def transfer_between_lines(
    uow: UnitOfWork, revision_id: int, *, source: Cell, target: Cell, amount: object
) -> dict[Cell, Decimal]:
    """Draft lines moving an amount from one cell to another; the total does not change."""
    revision = _draft(uow, revision_id)
    currency = _currency(uow.session, revision.program_id)
    errors = ErrorCollector()
    minor = amount_to_minor(errors, "amount", amount, currency, allow_zero=False)
    errors.raise_if_any()
    plan = _working_plan(uow, revision)
    moved = rules.transfer(plan, source, target, minor, minor_digits(currency))
    return _apply(uow, revision, {(c.row, c.year): v for c, v in moved.items()})


def _validated_award_change(
    uow: UnitOfWork, revision: Revision, amount: object, source: str, description: str
) -> AwardChange:
    currency = _currency(uow.session, revision.program_id)
    errors = ErrorCollector()
    minor = amount_to_minor(
        errors, "amount", amount, currency, allow_negative=True, allow_zero=False
    )
    source = (source or "").strip()
    errors.check(bool(source), "source", "is required (the donor or project the money is from)")
    errors.check(len(source) <= 200, "source", "is longer than 200 characters")
    errors.raise_if_any()
    return AwardChange(
        revision_id=revision.id, amount_minor=minor, source=source,
        description=(description or "").strip(),
    )


def add_award_change(
    uow: UnitOfWork, revision_id: int, *, amount: object, source: str, description: str = ""
) -> int:
    """Record a change of the award (signed) in a draft, with where the money comes from."""
    revision = _draft(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    revision.award_changes.append(change)
    uow.flush()
    return change.id


def remove_award_change(uow: UnitOfWork, award_change_id: int) -> None:
    change = get(uow, AwardChange, award_change_id)
    revision = _draft(uow, change.revision_id)
    revision.award_changes.remove(change)
    uow.flush()


def change_award(
    uow: UnitOfWork,
    revision_id: int,
    *,
    amount: object,
    source: str,
    description: str = "",
    result_id: int,
    fund: str,
    donor: str,
    years: Iterable[int],
) -> dict[Cell, Decimal]:
    """Increase (or decrease) the award with a contribution and budget it in one row.

    Records the award change with its source and adds the amount to the row, split evenly
    over the chosen years; returns the cells set.
    """
    revision = _draft(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    plan = _by_row(_working_plan(uow, revision))
    changed = rules.add_split(plan, (result_id, fund, donor), years, change.amount_minor)
    cells = _apply(uow, revision, changed)
    revision.award_changes.append(change)
    uow.flush()
    return cells


# --------------------------------------------------------------------------------------
# Year locks
# --------------------------------------------------------------------------------------


def locked_years(uow: UnitOfWork, program_id: int) -> list[int]:
    return list(
        uow.session.scalars(
            select(YearLock.year).where(YearLock.program_id == program_id).order_by(YearLock.year)
        )
    )


def is_locked(uow: UnitOfWork, program_id: int, year: int) -> bool:
    return year in locked_years(uow, program_id)


def lock_year(uow: UnitOfWork, program_id: int, year: int) -> int:
    """Close a year: its expenditure can no longer be entered, imported or changed."""
    get(uow, Program, program_id)
    if is_locked(uow, program_id, year):
        raise ValidationError({"year": f"{year} is already locked"})
    lock = YearLock(program_id=program_id, year=year)
    uow.session.add(lock)
    uow.flush()
    return lock.id


def unlock_year(uow: UnitOfWork, program_id: int, year: int) -> None:
    lock = uow.session.scalar(
        select(YearLock).where(YearLock.program_id == program_id, YearLock.year == year)
    )
    if lock is None:
        raise ValidationError({"year": f"{year} is not locked"})
    uow.session.delete(lock)
    uow.flush()


def budget_rows(uow: UnitOfWork, program_id: int) -> list[tuple[int, str, str, str]]:
    """Every row (result id, code, fund, donor) any budget line was ever planned on."""
    rows = uow.session.execute(
        select(Result.id, Result.code, BudgetLine.fund, BudgetLine.donor)
        .join(BudgetLine, BudgetLine.result_id == Result.id)
        .where(BudgetLine.program_id == program_id)
        .distinct()
        .order_by(Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    return [tuple(r) for r in rows]
