"""Expenditure entries a page at a time: sorted, filtered and counted in SQL.

A program may hold a million entries (50,000 in a year); the Expenditure page shows a window
of them. ``entry_page`` reads one page of ``ExpenditureDTO`` for the page's year and
component, the sort column and order and the filters; ``entry_count`` how many entries the
filters let through and how many there are without them (asked for behind the window, after
the page shows). Opening the page or changing a filter costs one page and, later, two
counts, never a pass over the year in Python.

What SQL sorts and filters is what the list shows (``ui/models/budget.expenditure_columns``):
sorts by year, component, fund, donor, period, amount, source and reference, each with the
default order (newest period first) breaking ties; the text filter, case ignored, on the
component's code, the fund, the donor and the reference (dates and amounts are the user's
formatting of values, which the year and period already narrow).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.persistence.models import BudgetLine, Expenditure, Result
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.expenditure import DEFAULT_ORDER, ExpenditureDTO, entry_rows, list_query

#: The columns the entries sort by, as ``EntryQuery.sort`` names them, in the list's order.
SORTS = ("year", "result", "fund", "donor", "start", "end", "amount", "source", "reference")

_SORT_COLUMNS: dict[str, Any] = {
    "year": BudgetLine.year, "result": Result.code, "fund": BudgetLine.fund,
    "donor": BudgetLine.donor, "start": Expenditure.period_start,
    "end": Expenditure.period_end, "amount": Expenditure.amount_minor,
    "source": Expenditure.source, "reference": Expenditure.reference,
}


@dataclass(frozen=True)
class EntryQuery:
    """What the page asks for: its year and component, a sort and the list's filters."""

    year: int | None = None
    result_id: int | None = None
    #: One of ``SORTS``; None keeps the default order.
    sort: str | None = None
    descending: bool = False
    #: Typed into the filter box; blank lets every entry through.
    text: str = ""
    source: ExpenditureSource | None = None


@dataclass(frozen=True)
class EntryCount:
    """How many entries the query matches in all."""

    total: int
    #: Entries of the year and component without the list's own filters ("12 of 340").
    everyone: int


def _order(query: EntryQuery) -> tuple[Any, ...]:
    if query.sort is None:
        return DEFAULT_ORDER
    column = _SORT_COLUMNS[query.sort]
    return (column.desc() if query.descending else column.asc(), *DEFAULT_ORDER)


def _filtered(program_id: int, query: EntryQuery) -> Any:
    selected = list_query(program_id, query.year, query.result_id, query.source)
    needle = query.text.strip().lower()
    if needle:
        selected = selected.where(or_(*(
            func.lower(column).contains(needle, autoescape=True)
            for column in (Result.code, BudgetLine.fund, BudgetLine.donor,
                           Expenditure.reference)
        )))
    return selected


def _count(uow: UnitOfWork, selected: Any) -> int:
    return uow.session.scalar(select(func.count()).select_from(selected.subquery())) or 0


def entry_page(
    uow: UnitOfWork, program_id: int, query: EntryQuery, offset: int, limit: int | None
) -> tuple[ExpenditureDTO, ...]:
    """Entries ``offset`` to ``offset + limit`` (all from ``offset`` for None) of the query."""
    ordered = _filtered(program_id, query).order_by(*_order(query))
    return tuple(entry_rows(uow, program_id, ordered.offset(offset).limit(limit)))


def entry_count(uow: UnitOfWork, program_id: int, query: EntryQuery) -> EntryCount:
    """How many entries the query matches, and the year and component have in all."""
    everyone = list_query(program_id, query.year, query.result_id, None)
    return EntryCount(_count(uow, _filtered(program_id, query)), _count(uow, everyone))


def entry_position(
    uow: UnitOfWork, program_id: int, query: EntryQuery, expenditure_id: int
) -> int | None:
    """Where the entry stands (from 0) in the query's rows; None if the query leaves it out."""
    ranked = (
        _filtered(program_id, query)
        .add_columns(func.row_number().over(order_by=_order(query)).label("position"))
        .subquery()
    )
    position = uow.session.scalar(
        select(ranked.c.position).where(ranked.c.id == expenditure_id)
    )
    return None if position is None else position - 1
