"""The roster a page at a time: sorted, filtered and counted in SQL, whatever its size.

The Specialists page shows a window of rows from a list of any length (100,000 people and
more). ``roster_page`` returns one page of ``RosterRowDTO`` for the page's sort column,
order and filters, read from the indexes, so a page open, a header click or a keystroke
costs one page, not a pass over every person in Python. ``roster_count`` counts what the
filters let through: that one passes over every person (in SQL), so the window asks for it
behind the list (``ui.operations.LatestRead``).

What SQL sorts and filters is what the screen shows (``specialists.roster_row``):

- names in Spanish order by the stored key ``Specialist.name_key``; units and positions in
  the same order, by the rank of their few distinct values (``collation.collation_key``);
  ties in name order, as a stable sort of the name-ordered list would leave them;
- references in byte order (they are codes, "SC-2024-001"), blank first;
- days left by effective end (none left last), status by its value, both as the domain
  computes them (``domain.contracts.contract_status``, ``ends_within``), in SQL;
- the text filter, accents and case ignored (``collation.search_fold``), on the name and
  e-mail (the stored ``Specialist.search_text``), the unit, the position and the contract's
  reference. Dates, fees and status words are left out: they are the user's formatting of
  values (``ui/formatting.py``), which the filters of those columns already cover.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)

from coopdesk.collation import collation_key, search_fold
from coopdesk.domain.contracts import ENDING_SOON_DAYS, ContractStatus
from coopdesk.domain.enums import ContractKind
from coopdesk.persistence.models import Contract, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import as_of as in_force
from coopdesk.services.specialists import RosterRowDTO, roster_row, roster_select

#: The columns the roster sorts by, as ``RosterQuery.sort`` names them.
SORTS = ("name", "unit", "position", "reference", "start", "end", "days_left", "fee",
         "status")


@dataclass(frozen=True)
class RosterQuery:
    """What the page asks for: a sort and the filters, as the user set them."""

    sort: str = "name"
    descending: bool = False
    #: Typed into the filter box; blank lets every row through.
    text: str = ""
    unit: str | None = None
    status: ContractStatus | None = None
    #: Only open contracts ending within that many days (the expiry alerts).
    ending_within: int | None = None


@dataclass(frozen=True)
class RosterCount:
    """How many rows a query matches, and how many the roster has without its filters
    (the "12 of 340" under the list)."""

    total: int
    everyone: int


def _status(as_of: date, ending_soon_days: int) -> ColumnElement[str]:
    """``domain.contracts.contract_status`` of the row's contract, with ``roster_row``'s
    exceptions (no contract; a contract renewed by then never ends soon), as it stood on
    ``as_of`` (``services.as_of``)."""
    end = in_force.effective_end_on(as_of)
    return case(
        (Contract.id.is_(None), ContractStatus.NO_CONTRACT.value),
        (Contract.start_date > as_of, ContractStatus.UPCOMING.value),
        (Contract.termination_date < as_of, ContractStatus.TERMINATED.value),
        (end < as_of, ContractStatus.EXPIRED.value),
        (and_(end <= as_of + timedelta(days=ending_soon_days),
              ~in_force.renewal_entered_by(as_of)), ContractStatus.ENDING_SOON.value),
        else_=ContractStatus.ACTIVE.value,
    )


def _ranks(values: Sequence[str], column: SQLColumnExpression[Any]) -> ColumnElement[int]:
    """The rank of ``column``'s value among ``values`` in Spanish order; blank first."""
    ordered = sorted({v for v in values if v}, key=collation_key)
    if not ordered:
        return literal(0)
    return case({value: rank for rank, value in enumerate(ordered, 1)}, value=column, else_=0)


def _units(uow: UnitOfWork, program_id: int) -> list[tuple[int, str]]:
    return [(uid, name) for uid, name in uow.session.execute(
        select(Unit.id, Unit.name).where(Unit.program_id == program_id))]


def _positions(uow: UnitOfWork, program_id: int, kind: ContractKind) -> list[str]:
    return list(uow.session.scalars(
        select(Contract.position).distinct().where(Contract.program_id == program_id,
                                                   Contract.kind == kind)))


def _sort_key(uow: UnitOfWork, program_id: int, sort: str, as_of: date, kind: ContractKind,
              ending_soon_days: int) -> SQLColumnExpression[Any]:
    if sort == "unit":
        return _ranks([name for _, name in _units(uow, program_id)], Unit.name)
    if sort == "position":
        return _ranks(_positions(uow, program_id, kind), Contract.position)
    if sort == "status":
        return _status(as_of, ending_soon_days)
    end = in_force.effective_end_on(as_of)
    if sort == "days_left":
        return case((end >= as_of, end), else_=None)
    columns: dict[str, SQLColumnExpression[Any]] = {
        "reference": func.coalesce(Contract.reference, ""), "start": Contract.start_date,
        "end": end, "fee": in_force.fee_in_force(as_of),
    }
    if sort not in columns:
        raise ValueError(f"the roster does not sort by {sort!r}")
    return columns[sort]


def _order(uow: UnitOfWork, program_id: int, query: RosterQuery, as_of: date,
           kind: ContractKind, ending_soon_days: int) -> list[ColumnElement[Any]]:
    """ORDER BY of a query: its column (empty values last, as the window's own sort puts
    them), then names and ids ascending. By name, namesakes (the same text) follow the
    sort's direction by id too, so the index of names is read backwards, never sorted."""
    tail: list[ColumnElement[Any]] = [Specialist.name_key.asc(), Specialist.id.asc()]
    if query.sort == "name":
        return [Specialist.name_key.desc(), Specialist.id.desc()] if query.descending else tail
    key = _sort_key(uow, program_id, query.sort, as_of, kind, ending_soon_days)
    empty = case((key.is_(None), 1), else_=0)
    if query.descending:
        return [empty.desc(), key.desc(), *tail]
    return [empty.asc(), key.asc(), *tail]


def _text_filter(uow: UnitOfWork, program_id: int, text: str,
                 kind: ContractKind) -> ColumnElement[bool] | None:
    needle = search_fold(text.strip())
    if not needle:
        return None
    units = [uid for uid, name in _units(uow, program_id) if needle in search_fold(name)]
    positions = [p for p in _positions(uow, program_id, kind) if needle in search_fold(p)]
    found: list[ColumnElement[bool]] = [
        Specialist.search_text.contains(needle, autoescape=True),
        func.lower(Contract.reference).contains(needle, autoescape=True),
    ]
    if units:
        found.append(Contract.unit_id.in_(units))
    if positions:
        found.append(Contract.position.in_(positions))
    return or_(*found)


def _filters(uow: UnitOfWork, program_id: int, query: RosterQuery, as_of: date,
             kind: ContractKind, ending_soon_days: int) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    text = _text_filter(uow, program_id, query.text, kind)
    if text is not None:
        conditions.append(text)
    if query.unit is not None:
        conditions.append(Unit.name == query.unit)
    if query.status is not None:
        conditions.append(_status(as_of, ending_soon_days) == query.status.value)
    if query.ending_within is not None:  # domain.contracts.ends_within, for the open ones
        end = in_force.end_in_force(as_of)
        conditions.append(and_(
            in_force.termination_on(as_of).is_(None), ~in_force.renewal_entered_by(as_of),
            end >= as_of,
            end <= as_of + timedelta(days=query.ending_within)))
    return conditions


def _filtered(uow: UnitOfWork, program_id: int, as_of: date, query: RosterQuery,
              kind: ContractKind, ending_soon_days: int) -> tuple[Select[*tuple[Any, ...]], bool]:
    """The roster's rows that ``query`` lets through, and whether it filters at all."""
    conditions = _filters(uow, program_id, query, as_of, kind, ending_soon_days)
    return roster_select(program_id, as_of, kind).where(*conditions), bool(conditions)


def _everyone(uow: UnitOfWork, program_id: int, kind: ContractKind) -> int:
    """The people the roster lists, unfiltered: those with a contract of ``kind`` or none
    at all (no current contract to find for each)."""
    own, other = select(Contract.id), select(Contract.id)
    lists = or_(
        own.where(Contract.specialist_id == Specialist.id, Contract.kind == kind).exists(),
        ~other.where(Contract.specialist_id == Specialist.id).exists(),
    )
    return uow.session.scalar(
        select(func.count(Specialist.id)).where(Specialist.program_id == program_id, lists)
    ) or 0


def roster_page(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    query: RosterQuery,
    offset: int = 0,
    limit: int | None = None,
    *,
    kind: ContractKind = ContractKind.SERVICE,
    ending_soon_days: int = ENDING_SOON_DAYS,
) -> tuple[RosterRowDTO, ...]:
    """Rows ``offset`` to ``offset + limit`` (all from ``offset`` without a limit) of the
    roster as of a day, sorted and filtered as ``query`` says."""
    rows, _ = _filtered(uow, program_id, as_of, query, kind, ending_soon_days)
    ordered = rows.order_by(*_order(uow, program_id, query, as_of, kind, ending_soon_days))
    found = uow.session.execute(ordered.offset(offset).limit(limit))
    return tuple(roster_row(row, as_of, ending_soon_days) for row in found)


def roster_count(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    query: RosterQuery,
    *,
    kind: ContractKind = ContractKind.SERVICE,
    ending_soon_days: int = ENDING_SOON_DAYS,
) -> RosterCount:
    """How many rows ``query`` lets through, of how many."""
    rows, filtered = _filtered(uow, program_id, as_of, query, kind, ending_soon_days)
    everyone = _everyone(uow, program_id, kind)
    if not filtered:
        return RosterCount(everyone, everyone)
    total = uow.session.scalar(select(func.count()).select_from(rows.subquery())) or 0
    return RosterCount(total, everyone)


def roster_position(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    query: RosterQuery,
    specialist_id: int,
    *,
    kind: ContractKind = ContractKind.SERVICE,
    ending_soon_days: int = ENDING_SOON_DAYS,
) -> int | None:
    """Where a person stands (from 0) in the roster ``query`` gives; None when it leaves
    them out. How a selection is kept across a sort or a refresh."""
    rows, _ = _filtered(uow, program_id, as_of, query, kind, ending_soon_days)
    order = _order(uow, program_id, query, as_of, kind, ending_soon_days)
    numbered = (rows.with_only_columns(Specialist.id.label("person"),
                                       func.row_number().over(order_by=order).label("number"))
                .subquery())
    number = uow.session.scalar(
        select(numbered.c.number).where(numbered.c.person == specialist_id))
    return None if number is None else number - 1


def unit_names(uow: UnitOfWork, program_id: int,
               kind: ContractKind = ContractKind.SERVICE) -> list[str]:
    """The units the program's contracts of ``kind`` name, in Spanish order: the roster's
    unit filter offers these."""
    names = uow.session.scalars(
        select(Unit.name).distinct().join(Contract, Contract.unit_id == Unit.id)
        .where(Unit.program_id == program_id, Contract.kind == kind))
    return sorted(names, key=collation_key)
