"""Columns of the specialists page's lists: roster, contract chain, cost, bulk renewal.

Each list is a ``DtoTableModel`` over these columns; values sort raw, text is formatted.
"""

from __future__ import annotations

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.errors import Message
from coopdesk.services.bulk_renewal import RenewalPlanRow
from coopdesk.services.contract_chain import ChainEventDTO
from coopdesk.services.specialists import RosterRowDTO
from coopdesk.services.views.specialists import CostRow
from coopdesk.ui.formatting import fmt_int, fmt_money
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label
from coopdesk.ui.messages import explain, word, word_all
from coopdesk.ui.models.table import Column
from coopdesk.ui.style import ALERT, CLOSED, WARN

_STATUS_COLOURS = {
    ContractStatus.ENDING_SOON: WARN,
    ContractStatus.EXPIRED: ALERT,
    ContractStatus.TERMINATED: CLOSED,
    ContractStatus.NO_CONTRACT: CLOSED,
}


class Specialists(TextContext):
    """Translation context of the roster and contract lists."""


def event_text(event: str) -> str:
    """A chain event's name, as the contract sheet names it (``domain/messages.py``)."""
    return word(Message(f"chain_event_{event}"))


def roster_columns() -> list[Column[RosterRowDTO]]:
    return [
        Column(Specialists.tr("Name"), lambda r: r.full_name),
        Column(Specialists.tr("Unit"), lambda r: r.unit),
        Column(Specialists.tr("Position"), lambda r: r.position),
        Column(Specialists.tr("Contract"), lambda r: r.reference),
        Column(Specialists.tr("Start"), lambda r: r.start_date),
        Column(Specialists.tr("End"), lambda r: r.end_date),
        Column(Specialists.tr("Days left"), lambda r: r.days_left, lambda r: fmt_int(r.days_left)),
        Column(Specialists.tr("Monthly fee"), lambda r: r.fee,
               lambda r: fmt_money(r.fee, r.currency)),
        Column(Specialists.tr("Status"), lambda r: r.status.value, lambda r: enum_label(r.status),
               highlight=lambda r: _STATUS_COLOURS.get(r.status)),
    ]


#: Column numbers of the roster (tests and the page refer to them).
COL_NAME, COL_UNIT, COL_POSITION, COL_REFERENCE, COL_START, COL_END, COL_DAYS, COL_FEE, \
    COL_STATUS = range(9)


def chain_columns() -> list[Column[ChainEventDTO]]:
    return [
        Column(Specialists.tr("Date"), lambda e: e.day),
        Column(Specialists.tr("Event"), lambda e: e.event, lambda e: event_text(e.event)),
        Column(Specialists.tr("Contract"), lambda e: e.reference),
        Column(Specialists.tr("Details"), lambda e: word_all(e.details()),
               tooltip=lambda e: word_all(e.details())),
    ]


def cost_columns() -> list[Column[CostRow]]:
    return [
        Column(Specialists.tr("Year"), lambda r: r.year, lambda r: str(r.year)),
        Column(Specialists.tr("Component"), lambda r: r.component or Specialists.tr("(none)")),
        Column(Specialists.tr("Committed fees"), lambda r: r.committed,
               lambda r: fmt_money(r.committed, r.currency)),
        Column(Specialists.tr("Budget"), lambda r: r.budget,
               lambda r: fmt_money(r.budget, r.currency)),
        Column(Specialists.tr("Committed / budget"), lambda r: r.share,
               lambda r: "" if r.share is None else f"{r.share * 100:.1f} %",
               highlight=lambda r: ALERT if r.over_budget else None),
    ]


def _problem(row: RenewalPlanRow) -> str:
    return "" if row.error is None else explain(row.error)


def renewal_columns() -> list[Column[RenewalPlanRow]]:
    return [
        Column(Specialists.tr("Name"), lambda r: r.specialist_name),
        Column(Specialists.tr("Contract"), lambda r: r.old_reference),
        Column(Specialists.tr("New contract"), lambda r: r.new_reference),
        Column(Specialists.tr("From"), lambda r: r.start_date),
        Column(Specialists.tr("To"), lambda r: r.end_date),
        Column(Specialists.tr("Fee"), lambda r: r.old_fee,
               lambda r: fmt_money(r.old_fee, r.currency)),
        Column(Specialists.tr("New fee"), lambda r: r.new_fee,
               lambda r: fmt_money(r.new_fee, r.currency)),
        Column(Specialists.tr("Problem"), _problem, tooltip=lambda r: _problem(r) or None,
               highlight=lambda r: ALERT if r.error is not None else None),
    ]

