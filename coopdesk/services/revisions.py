"""The revision log of a program's budget and award: list, diff, open, edit and approve.

This module exists to keep every change of the budget in one place, apart from the reads
of :mod:`coopdesk.services.budget`. Approved revisions never change: every write path
here goes through :func:`_draft`, which refuses them. The helpers (carry the remainder,
adjust to the CDR, transfer between lines, change the award) only write a draft's lines;
the state they start from comes from :mod:`coopdesk.services.budget_state`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.domain.errors import ErrorCollector, Message, ValidationError, clean_text
from coopdesk.domain.money import Money, minor_digits
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import (
    AwardChange,
    BudgetLine,
    Program,
    Revision,
    RevisionLine,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import programs
from coopdesk.services.budget_state import (
    Cell,
    Rev,
    award_minor,
    cell_name,
    find_revision,
    ids_as_of,
    ids_before,
    plan_cells,
    program_currency,
    result_names,
    revision_chain,
    revision_label,
    spent_select,
    sum_minor,
)
from coopdesk.services.common import (
    amount_to_minor,
    check_version,
    get,
    minor_to_decimal,
    not_found,
)

# --------------------------------------------------------------------------------------
# DTOs
# --------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------
# Diff and compare
# --------------------------------------------------------------------------------------


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
    """The budget as of one revision against the budget as of another."""
    session = uow.session
    revs = revision_chain(session, program_id)
    first, second = find_revision(revs, first_id), find_revision(revs, second_id)
    return _diff(
        session, program_id, ids_as_of(revs, first_id), ids_as_of(revs, second_id),
        (first.label, second.label),
    )


# --------------------------------------------------------------------------------------
# Listing revisions
# --------------------------------------------------------------------------------------


def _revision_query() -> Select[Any]:
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


# --------------------------------------------------------------------------------------
# Writes: revision header, approval
# --------------------------------------------------------------------------------------


def _merge(errors: ErrorCollector, check: Any, *args: Any) -> None:
    """Run a domain check that raises, adding its messages to the form's errors."""
    try:
        check(*args)
    except ValidationError as exc:
        errors.merge(exc)


def _latest_approved_date(revs: list[Rev], own_id: int | None) -> date | None:
    dates = [r.revision_date for r in revs if r.approved and r.id != own_id]
    return max(dates) if dates else None


def _draft(uow: UnitOfWork, revision_id: int, expected_version: int | None = None) -> Revision:
    """The revision to change, refused if approved: an approved revision never changes."""
    revision = get(uow, Revision, revision_id)
    check_version(uow, revision, expected_version)
    if revision.status is RevisionStatus.APPROVED:
        raise ValidationError({"revision": Message(
            "revision_approved", revision=revision_label(revision.kind, revision.number),
            date=_approval_day(revision),
        )})
    return revision


def _approval_day(revision: Revision) -> date | str:
    return revision.approved_at.date() if revision.approved_at else "?"


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
    revs = revision_chain(uow.session, program.id)
    try:
        kind = RevisionKind(kind)
    except ValueError:
        errors.add("kind", "not_revision_kind", value=str(kind))
        kind = RevisionKind.GENERAL
    chosen: list[RevisionPurpose] = []
    for purpose in purposes:
        try:
            if RevisionPurpose(purpose) not in chosen:
                chosen.append(RevisionPurpose(purpose))
        except ValueError:
            errors.add("purposes", "not_revision_purpose", value=str(purpose))
    errors.check(bool(chosen), "purposes", "choose_purpose")
    same_kind = [r for r in revs if r.kind is kind and r.id != own_id]
    if number is None:
        number = max((r.number for r in same_kind), default=0) + 1
    if number < 1:
        errors.add("number", "min_one")
    elif any(r.number == number for r in same_kind):
        errors.add("number", "revision_exists", revision=revision_label(kind, number))
    else:
        last = max((r.number for r in same_kind if r.approved), default=0)
        errors.check(number > last, "number", "after_last_approved",
                     revision=revision_label(kind, last))
    if revision_date is None:
        errors.add("revision_date", "required")
    else:
        _merge(errors, rules.check_revision_date, revision_date,
               _latest_approved_date(revs, own_id))
    extends = RevisionPurpose.EXTEND_VALIDITY in chosen
    if extends:
        _merge(errors, rules.check_new_end_date, new_end_date, program.end_date)
    elif new_end_date is not None:
        errors.add("new_end_date", "end_date_only_extending")
    errors.raise_if_any()
    return kind, number, chosen


@audited_as(Operation.CREATE_REVISION)
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


@audited_as(Operation.EDIT_REVISION)
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


@audited_as(Operation.DELETE_REVISION)
def delete_revision(uow: UnitOfWork, revision_id: int, *, expected_version: int | None) -> None:
    """Throw away a draft (its lines and award changes go with it)."""
    revision = _draft(uow, revision_id, expected_version)
    uow.session.delete(revision)
    uow.flush()


@audited_as(Operation.APPROVE_REVISION)
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
        raise ValidationError({"revision": Message(
            "already_approved", revision=label, date=_approval_day(revision))})
    program = get(uow, Program, revision.program_id)
    revs = revision_chain(uow.session, program.id)
    errors = ErrorCollector()
    _merge(errors, rules.check_revision_date, revision.revision_date,
           _latest_approved_date(revs, revision.id))
    last = max((r.number for r in revs if r.approved and r.kind is revision.kind), default=0)
    errors.check(revision.number > last, "number", "after_last_approved",
                 revision=revision_label(revision.kind, last))
    if RevisionPurpose.EXTEND_VALIDITY in revision.purposes:
        _merge(errors, rules.check_new_end_date, revision.new_end_date, program.end_date)
    award_after = award_minor(uow.session, ids_as_of(revs, revision.id))
    errors.check(award_after >= 0, "award", "award_negative",
                 amount=Money.from_minor(award_after, program.currency))
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
    revision = _draft(uow, revision_id, expected_version)
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


def _apply(uow: UnitOfWork, revision: Revision, changed: Mapping[Any, int]) -> dict[Cell, Decimal]:
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


def _by_row(plan: Mapping[Cell, int]) -> dict[tuple[tuple[int, str, str], int], int]:
    return {(cell.row, cell.year): amount for cell, amount in plan.items()}


def _spent_by_row(session: Session, program_id: int, year: int) -> dict[tuple[int, str, str], int]:
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
    revision = _draft(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, from_year)
    return _apply(uow, revision, rules.carry_remainder(plan, spent, from_year, into_years))


@audited_as(Operation.ADJUST_TO_CDR)
def adjust_to_cdr(uow: UnitOfWork, revision_id: int, *, year: int) -> dict[Cell, Decimal]:
    """Draft lines replacing a closed year's planned amounts with the actual expenditure."""
    revision = _draft(uow, revision_id)
    plan = _by_row(_working_plan(uow, revision))
    spent = _spent_by_row(uow.session, revision.program_id, year)
    return _apply(uow, revision, rules.adjust_to_actuals(plan, spent, year))


@audited_as(Operation.TRANSFER_BETWEEN_LINES)
def transfer_between_lines(
    uow: UnitOfWork, revision_id: int, *, source: Cell, target: Cell, amount: object
) -> dict[Cell, Decimal]:
    """Draft lines moving an amount from one cell to another; the total does not change."""
    revision = _draft(uow, revision_id)
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
    revision = _draft(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    revision.award_changes.append(change)
    uow.flush()
    return change.id


@audited_as(Operation.REMOVE_AWARD_CHANGE)
def remove_award_change(uow: UnitOfWork, award_change_id: int) -> None:
    change = get(uow, AwardChange, award_change_id)
    revision = _draft(uow, change.revision_id)
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
    revision = _draft(uow, revision_id)
    change = _validated_award_change(uow, revision, amount, source, description)
    plan = _by_row(_working_plan(uow, revision))
    changed = rules.add_split(plan, (result_id, fund, donor), years, change.amount_minor)
    cells = _apply(uow, revision, changed)
    revision.award_changes.append(change)
    uow.flush()
    return cells


