"""Columns of the specialists page's lists: roster, contract chain, cost, bulk renewal.

Each list is a ``DtoTableModel`` over these columns; values sort raw, text is formatted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.contracts import ContractStatus
from coopdesk.services.contracts import ChainEventDTO, RenewalPlanRow
from coopdesk.services.specialists import RosterRowDTO
from coopdesk.ui.formatting import fmt_date, fmt_int, fmt_money
from coopdesk.ui.models.table import Column

#: Background of a status needing action now (expired, ending soon).
ALERT = "#fde2e1"
#: Background of a status worth a look.
WARN = "#fff4d6"

_STATUS_COLOURS = {
    ContractStatus.ENDING_SOON: WARN,
    ContractStatus.EXPIRED: ALERT,
    ContractStatus.TERMINATED: "#ececec",
    ContractStatus.NO_CONTRACT: "#ececec",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Specialists", text)


def status_text(status: ContractStatus) -> str:
    return QCoreApplication.translate("Enums", status.label)


def event_text(event: str) -> str:
    return {
        "hire": tr("Hire"), "renewal": tr("Renewal"), "amendment": tr("Amendment"),
        "termination": tr("Termination"),
    }.get(event, event)


def roster_columns() -> list[Column[RosterRowDTO]]:
    return [
        Column(tr("Name"), lambda r: r.full_name),
        Column(tr("Unit"), lambda r: r.unit),
        Column(tr("Position"), lambda r: r.position),
        Column(tr("Contract"), lambda r: r.reference),
        Column(tr("Start"), lambda r: r.start_date, lambda r: fmt_date(r.start_date)),
        Column(tr("End"), lambda r: r.end_date, lambda r: fmt_date(r.end_date)),
        Column(tr("Days left"), lambda r: r.days_left, lambda r: fmt_int(r.days_left)),
        Column(tr("Monthly fee"), lambda r: r.fee, lambda r: fmt_money(r.fee, r.currency)),
        Column(tr("Status"), lambda r: r.status.value, lambda r: status_text(r.status),
               highlight=lambda r: _STATUS_COLOURS.get(r.status)),
    ]


#: Column numbers of the roster (tests and the page refer to them).
COL_NAME, COL_UNIT, COL_POSITION, COL_REFERENCE, COL_START, COL_END, COL_DAYS, COL_FEE, \
    COL_STATUS = range(9)


def chain_columns() -> list[Column[ChainEventDTO]]:
    return [
        Column(tr("Date"), lambda e: e.day, lambda e: fmt_date(e.day)),
        Column(tr("Event"), lambda e: e.event, lambda e: event_text(e.event)),
        Column(tr("Contract"), lambda e: e.reference),
        Column(tr("Details"), lambda e: e.description, tooltip=lambda e: e.description),
    ]


@dataclass(frozen=True)
class CostRow:
    """Committed fees of one year and component beside that year's budget."""

    year: int
    component: str
    committed: Decimal
    budget: Decimal | None
    currency: str

    @property
    def share(self) -> Decimal | None:
        return self.committed / self.budget if self.budget else None


def cost_columns() -> list[Column[CostRow]]:
    return [
        Column(tr("Year"), lambda r: r.year, lambda r: str(r.year)),
        Column(tr("Component"), lambda r: r.component or tr("(none)")),
        Column(tr("Committed fees"), lambda r: r.committed,
               lambda r: fmt_money(r.committed, r.currency)),
        Column(tr("Budget"), lambda r: r.budget, lambda r: fmt_money(r.budget, r.currency)),
        Column(tr("Committed / budget"), lambda r: r.share,
               lambda r: "" if r.share is None else f"{r.share * 100:.1f} %",
               highlight=lambda r: ALERT if r.share is not None and r.share > 1 else None),
    ]


def renewal_columns() -> list[Column[RenewalPlanRow]]:
    return [
        Column(tr("Name"), lambda r: r.specialist_name),
        Column(tr("Contract"), lambda r: r.old_reference),
        Column(tr("New contract"), lambda r: r.new_reference),
        Column(tr("From"), lambda r: r.start_date, lambda r: fmt_date(r.start_date)),
        Column(tr("To"), lambda r: r.end_date, lambda r: fmt_date(r.end_date)),
        Column(tr("Fee"), lambda r: r.old_fee, lambda r: fmt_money(r.old_fee, r.currency)),
        Column(tr("New fee"), lambda r: r.new_fee, lambda r: fmt_money(r.new_fee, r.currency)),
        Column(tr("Problem"), lambda r: r.error, tooltip=lambda r: r.error or None,
               highlight=lambda r: ALERT if r.error else None),
    ]

