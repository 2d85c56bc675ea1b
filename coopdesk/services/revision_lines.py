"""The lines and award changes of a draft revision, and the helpers that compute them.

The helpers (carry the remainder, adjust to the CDR, transfer between lines, change the
award) only write a draft's lines, through :func:`_write_cells`, which checks every cell
before writing any; the state they start from comes from
:mod:`coopdesk.services.budget_state` and the arithmetic from ``domain/budget.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.money import minor_digits
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import AwardChange, BudgetLine, Program, Revision, RevisionLine
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import programs
from coopdesk.services.budget_state import (
    Cell,
    cell_name,
    ids_as_of,
    ids_before,
    plan_cells,
    program_currency,
    result_names,
    revision_chain,
    spent_select,
)
from coopdesk.services.common import amount_to_minor, get, minor_to_decimal
from coopdesk.services.revisions import draft_revision

#: A row of the budget grid, as ``Cell.row`` gives it: (result id, fund, donor).
_Row = tuple[int, str, str]


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
            errors.add(cell_name("?", cell), "line_not_in_program")
            continue
        name = cell_name(results[cell.result_id][0], cell)
        if not cell.fund.strip() or not cell.donor.strip():
            errors.add(name, "needs_fund_donor")
        elif len(cell.fund) > 40 or len(cell.donor) > 120:
            errors.add(name, "fund_donor_too_long", fund_limit=40, donor_limit=120)
        if not first <= cell.year <= last:
            errors.add(name, "year_outside_validity", year=cell.year, first=first, last=last)


def _write_cells(uow: UnitOfWork, revision: Revision, new: Mapping[Cell, int | None]) -> None:
    """Set a draft's lines; a cell equal to the approved state before it is no change."""
    session = uow.session
    program = get(uow, Program, revision.program_id)
    results = result_names(session, program.id)
    errors = ErrorCollector()
    _check_cells(program, revision, results, new, errors)
    errors.raise_if_any()
    before = plan_cells(session, ids_before(revision_chain(session, program.id), revision.id))
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


@audited_as(Operation.SET_REVISION_AMOUNTS)
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
    revision = draft_revision(uow, revision_id, expected_version)
    currency = program_currency(uow.session, revision.program_id)
    results = result_names(uow.session, revision.program_id)
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
    revs = revision_chain(uow.session, revision.program_id)
    return plan_cells(uow.session, ids_as_of(revs, revision.id))


def _apply(
    uow: UnitOfWork, revision: Revision, changed: Mapping[tuple[_Row, int], int]
) -> dict[Cell, Decimal]:
    """Write amounts computed by a domain helper (keyed (row, year)) into the draft."""
    session = uow.session
    currency = program_currency(session, revision.program_id)
    results = result_names(session, revision.program_id)
    cells = {Cell(*row, year): amount for (row, year), amount in changed.items()}
    rules.check_not_negative(
        cells, lambda c: cell_name(results.get(c.result_id, ("?", ""))[0], c),
        minor_digits(currency),
    )
    _write_cells(uow, revision, cells)
    return {cell: minor_to_decimal(amount, currency) for cell, amount in cells.items()}


def _by_row(plan: Mapping[Cell, int]) -> dict[tuple[_Row, int], int]:
    return {(cell.row, cell.year): amount for cell, amount in plan.items()}


def _spent_by_row(session: Session, program_id: int, year: int) -> dict[_Row, int]:
    rows = session.execute(
        spent_select(program_id, None, year, BudgetLine.result_id, BudgetLine.fund,
                      BudgetLine.donor)
    )
    return {(r[0], r[1], r[2]): r[3] for r in rows}


@audited_as(Operation.CARRY_REMAINDER)
def carry_remainder(
    uow: UnitOfWork, revision_id: int, *, from_year: int, into_years: Iterable[int]
) -> dict[Cell, Decimal]:
    """Draft lines moving the unspent remainder of a closed year into chosen later years.

    The closed year keeps what was spent; each row's remainder is split evenly over the
    chosen years of the same row. Returns the cells set.
    """
    revision = draft_revision(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, from_year)
    return _apply(uow, revision, rules.carry_remainder(plan, spent, from_year, into_years))


@audited_as(Operation.ADJUST_TO_CDR)
def adjust_to_cdr(uow: UnitOfWork, revision_id: int, *, year: int) -> dict[Cell, Decimal]:
    """Draft lines replacing a closed year's planned amounts with the actual expenditure."""
    revision = draft_revision(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, year)
    return _apply(uow, revision, rules.adjust_to_actuals(plan, spent, year))


@audited_as(Operation.TRANSFER_BETWEEN_LINES)
def transfer_between_lines(
    uow: UnitOfWork, revision_id: int, *, source: Cell, target: Cell, amount: object
) -> dict[Cell, Decimal]:
    """Draft lines moving an amount from one cell to another; the total does not change."""
    revision = draft_revision(uow, revision_id)
    currency = program_currency(uow.session, revision.program_id)
    errors = ErrorCollector()
    minor = amount_to_minor(errors, "amount", amount, currency, allow_zero=False)
    errors.raise_if_any()
    plan = _working_plan(uow, revision)
    moved = rules.transfer(plan, source, target, minor, minor_digits(currency))
    return _apply(uow, revision, {(c.row, c.year): v for c, v in moved.items()})


def _validated_award_change(
    uow: UnitOfWork, revision: Revision, amount: object, source: str, description: str
) -> AwardChange:
    currency = program_currency(uow.session, revision.program_id)
    errors = ErrorCollector()
    minor = amount_to_minor(
        errors, "amount", amount, currency, allow_negative=True, allow_zero=False
    )
    source = clean_text(errors, "source", source, 200)
    errors.check(bool(source), "source", "source_required")
    errors.raise_if_any()
    return AwardChange(
        revision_id=revision.id, amount_minor=minor, source=source,
        description=(description or "").strip(),
    )


@audited_as(Operation.ADD_AWARD_CHANGE)
def add_award_change(
    uow: UnitOfWork, revision_id: int, *, amount: object, source: str, description: str = ""
) -> int:
    """Record a change of the award (signed) in a draft, with where the money comes from."""
    revision = draft_revision(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    revision.award_changes.append(change)
    uow.flush()
    return change.id


@audited_as(Operation.REMOVE_AWARD_CHANGE)
def remove_award_change(uow: UnitOfWork, award_change_id: int) -> None:
    change = get(uow, AwardChange, award_change_id)
    revision = draft_revision(uow, change.revision_id)
    revision.award_changes.remove(change)
    uow.flush()


@audited_as(Operation.CHANGE_AWARD)
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
    revision = draft_revision(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    plan = _by_row(_working_plan(uow, revision))
    changed = rules.add_split(plan, (result_id, fund, donor), years, change.amount_minor)
    cells = _apply(uow, revision, changed)
    revision.award_changes.append(change)
    uow.flush()
    return cells
