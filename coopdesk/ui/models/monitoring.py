"""Columns of the monitoring lists: initiatives, consultancies, deliverables, milestones, risks,
and the Component 1 scenarios. Each list is a ``DtoTableModel`` over these columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.money import Money
from coopdesk.domain.monitoring import (
    DeliverableStatus,
    MilestoneStatus,
    RiskLevel,
    format_bp,
)
from coopdesk.domain.scenario import AffectedContract, ScenarioMonth
from coopdesk.services.consultancies import ConsultancyDTO, DeliverableDTO
from coopdesk.services.contracts import EndingContractDTO
from coopdesk.services.initiatives import InitiativeDTO
from coopdesk.services.milestones import MilestoneDTO, RebaselineDTO
from coopdesk.services.risks import RiskDTO
from coopdesk.services.scenarios import ScenarioSummary
from coopdesk.ui.formatting import fmt_date, fmt_money
from coopdesk.ui.models.table import Column

#: Background of a cell that needs attention (late, overdue, critical).
ALERT = "#fde2e1"
#: Background of a cell that deserves a look (at risk, high).
WARN = "#fff4d6"
#: Background of a cell that is fine (accepted, done).
GOOD = "#e3f4e1"


def tr(text: str) -> str:
    return QCoreApplication.translate("Monitoring", text)


def label(value: LabelledEnum | None) -> str:
    """The translated label of an enum value."""
    return "" if value is None else QCoreApplication.translate("Enums", value.label)


def _date(getter: Callable[[object], date | None]) -> Callable[[object], str]:
    return lambda row: fmt_date(getter(row))


def money_text(value: Decimal | None, currency: str) -> str:
    return fmt_money(value, currency)


_DELIVERABLE_COLOURS = {
    DeliverableStatus.LATE: ALERT, DeliverableStatus.REJECTED: ALERT,
    DeliverableStatus.ACCEPTED: GOOD, DeliverableStatus.SUBMITTED: WARN,
}
_MILESTONE_COLOURS = {
    MilestoneStatus.LATE: ALERT, MilestoneStatus.AT_RISK: WARN, MilestoneStatus.DONE: GOOD,
}
LEVEL_COLOURS = {
    RiskLevel.LOW: "#cfe8cf", RiskLevel.MEDIUM: "#fff0b3", RiskLevel.HIGH: "#ffcc99",
    RiskLevel.CRITICAL: "#f4a3a3",
}


def initiative_columns() -> list[Column[InitiativeDTO]]:
    return [
        Column(tr("Code"), lambda r: r.data.code),
        Column(tr("Title"), lambda r: r.data.title),
        Column(tr("Dimension"), lambda r: label(r.data.dimension)),
        Column(tr("Phase"), lambda r: r.phase),
        Column(tr("Result"), lambda r: r.result),
        Column(tr("Scope"), lambda r: label(r.data.dissemination_scope)),
        Column(tr("Incidence"), lambda r: label(r.data.incidence_level)),
        Column(tr("Start"), lambda r: r.data.start_date, _date(lambda r: r.data.start_date)),
        Column(tr("End"), lambda r: r.data.end_date, _date(lambda r: r.data.end_date)),
        Column(tr("Status"), lambda r: label(r.data.status)),
        Column(tr("Good practices (of 16)"), lambda r: r.data.good_practice_criteria_met,
               highlight=lambda r: GOOD if r.data.good_practice_criteria_met > 13 else None),
        Column(tr("Consultancies"), lambda r: r.consultancies),
        Column(tr("Milestones"), lambda r: r.milestones),
        Column(tr("Risks"), lambda r: r.risks),
    ]


def consultancy_columns() -> list[Column[ConsultancyDTO]]:
    return [
        Column(tr("Reference"), lambda r: r.reference),
        Column(tr("Consultancy"), lambda r: r.title),
        Column(tr("Consultant"), lambda r: r.consultant),
        Column(tr("Initiative"), lambda r: r.initiative),
        Column(tr("Start"), lambda r: r.start_date, _date(lambda r: r.start_date)),
        Column(tr("End"), lambda r: r.end_date, _date(lambda r: r.end_date)),
        Column(tr("Amount"), lambda r: r.amount, lambda r: money_text(r.amount, r.currency)),
        Column(tr("Status"), lambda r: label(r.status),
               tooltip=lambda r: r.termination_reason),
        Column(tr("Deliverables"), lambda r: r.deliverables),
        Column(tr("Late"), lambda r: r.late, highlight=lambda r: ALERT if r.late else None),
        Column(tr("Accepted"), lambda r: r.accepted),
        Column(tr("Tranches %"), lambda r: r.tranche_total_bp,
               lambda r: format_bp(r.tranche_total_bp),
               highlight=lambda r: None if r.tranche_total_bp == 10_000 else WARN,
               tooltip=lambda r: None if r.tranche_total_bp == 10_000
               else tr("The payment tranches do not add up to 100 %")),
    ]


def deliverable_columns(with_contract: bool = False) -> list[Column[DeliverableDTO]]:
    contract = [
        Column(tr("Consultancy"), lambda r: r.reference),
        Column(tr("Consultant"), lambda r: r.consultant),
    ] if with_contract else []
    return [
        *contract,
        Column(tr("Deliverable"), lambda r: r.title),
        Column(tr("Due"), lambda r: r.due_date, _date(lambda r: r.due_date)),
        Column(tr("Submitted"), lambda r: r.submitted_date, _date(lambda r: r.submitted_date)),
        Column(tr("Accepted"), lambda r: r.accepted_date, _date(lambda r: r.accepted_date)),
        Column(tr("Tranche %"), lambda r: r.tranche_bp, lambda r: format_bp(r.tranche_bp)),
        Column(tr("Status"), lambda r: label(r.status),
               highlight=lambda r: _DELIVERABLE_COLOURS.get(r.status),
               tooltip=lambda r: r.rejection_reason or None),
        Column(tr("Days late"), lambda r: r.days_late,
               highlight=lambda r: ALERT if r.days_late else None),
        Column(tr("Quality notes"), lambda r: r.quality_notes or r.rejection_reason),
    ]


def late_deliverable_columns() -> list[Column[DeliverableDTO]]:
    """The dashboard's short list: whose deliverable, due when, how late."""
    columns = {c.header: c for c in deliverable_columns(with_contract=True)}
    return [columns[tr(h)] for h in ("Consultancy", "Consultant", "Deliverable", "Due",
                                     "Days late")]


def milestone_columns() -> list[Column[MilestoneDTO]]:
    return [
        Column(tr("Milestone"), lambda r: r.title),
        Column(tr("Owner"), lambda r: r.owner),
        Column(tr("Initiative"), lambda r: r.initiative),
        Column(tr("Consultancy"), lambda r: r.consultancy),
        Column(tr("Baseline"), lambda r: r.baseline_date, _date(lambda r: r.baseline_date),
               tooltip=lambda r: tr("Re-baselined %d time(s)") % r.rebaselines
               if r.rebaselines else None),
        Column(tr("Forecast"), lambda r: r.forecast_date, _date(lambda r: r.forecast_date)),
        Column(tr("Actual"), lambda r: r.actual_date, _date(lambda r: r.actual_date)),
        Column(tr("Slip (days)"), lambda r: r.slip_days,
               highlight=lambda r: ALERT if r.slip_days > 0 and r.slipping else None),
        Column(tr("Status"), lambda r: label(r.status),
               highlight=lambda r: _MILESTONE_COLOURS.get(r.status)),
    ]


def rebaseline_columns() -> list[Column[RebaselineDTO]]:
    return [
        Column(tr("Decided on"), lambda r: r.decided_on, _date(lambda r: r.decided_on)),
        Column(tr("Old baseline"), lambda r: r.old_baseline, _date(lambda r: r.old_baseline)),
        Column(tr("New baseline"), lambda r: r.new_baseline, _date(lambda r: r.new_baseline)),
        Column(tr("Reason"), lambda r: r.reason),
    ]


def risk_columns() -> list[Column[RiskDTO]]:
    return [
        Column(tr("Risk"), lambda r: r.data.title, tooltip=lambda r: r.data.description or None),
        Column(tr("Category"), lambda r: label(r.data.category)),
        Column(tr("Likelihood"), lambda r: r.data.likelihood),
        Column(tr("Impact"), lambda r: r.data.impact),
        Column(tr("Score"), lambda r: r.score, highlight=lambda r: LEVEL_COLOURS[r.level]),
        Column(tr("Owner"), lambda r: r.data.owner),
        Column(tr("Review"), lambda r: r.data.review_date, _date(lambda r: r.data.review_date),
               highlight=lambda r: ALERT if r.review_overdue else None,
               tooltip=lambda r: tr("Review overdue") if r.review_overdue else None),
        Column(tr("Status"), lambda r: label(r.data.status)),
        Column(tr("Initiative"), lambda r: r.initiative),
        Column(tr("Mitigation"), lambda r: r.data.mitigation),
    ]


def ending_columns() -> list[Column[EndingContractDTO]]:
    return [
        Column(tr("Specialist"), lambda r: r.specialist_name),
        Column(tr("Contract"), lambda r: r.reference),
        Column(tr("Unit"), lambda r: r.unit),
        Column(tr("Ends"), lambda r: r.end_date, _date(lambda r: r.end_date)),
        Column(tr("Days left"), lambda r: r.days_left),
    ]


def scenario_month_columns(currency: str) -> list[Column[ScenarioMonth]]:
    def money(getter: Callable[[ScenarioMonth], int]) -> Callable[[ScenarioMonth], str]:
        return lambda r: fmt_money(Money.from_minor(getter(r), currency).amount, currency)

    return [
        Column(tr("Month"), lambda r: r.month, lambda r: r.month.strftime("%Y-%m")),
        Column(tr("Funds"), lambda r: r.funds_minor, money(lambda r: r.funds_minor)),
        Column(tr("Committed fees"), lambda r: r.committed_minor,
               money(lambda r: r.committed_minor)),
        Column(tr("Renewals"), lambda r: r.renewals_minor, money(lambda r: r.renewals_minor)),
        Column(tr("Cumulative funds"), lambda r: r.cumulative_funds_minor,
               money(lambda r: r.cumulative_funds_minor)),
        Column(tr("Cumulative cost"), lambda r: r.cumulative_cost_minor,
               money(lambda r: r.cumulative_cost_minor)),
        Column(tr("Balance"), lambda r: r.balance_minor, money(lambda r: r.balance_minor),
               highlight=lambda r: ALERT if r.balance_minor < 0 else None),
    ]


def affected_columns() -> list[Column[AffectedContract]]:
    return [
        Column(tr("Contract"), lambda r: r.contract.reference),
        Column(tr("Specialist"), lambda r: r.contract.specialist),
        Column(tr("Unit"), lambda r: r.contract.unit),
        Column(tr("Position"), lambda r: r.contract.position),
        Column(tr("Ends"), lambda r: r.contract.end, _date(lambda r: r.contract.end)),
        Column(tr("Why"), lambda r: label(r.reason)),
    ]


def summary_columns(currency: str) -> list[Column[ScenarioSummary]]:
    return [
        Column(tr("Scenario"), lambda r: r.name),
        Column(tr("Funds"), lambda r: r.funds, lambda r: fmt_money(r.funds, currency)),
        Column(tr("Cost"), lambda r: r.cost, lambda r: fmt_money(r.cost, currency)),
        Column(tr("Final balance"), lambda r: r.final_balance,
               lambda r: fmt_money(r.final_balance, currency),
               highlight=lambda r: ALERT if r.final_balance < 0 else None),
        Column(tr("Money runs out"), lambda r: r.run_out_month,
               lambda r: r.run_out_month.strftime("%Y-%m") if r.run_out_month else tr("never")),
        Column(tr("Renewed"), lambda r: r.renewed),
        Column(tr("Cannot be renewed"), lambda r: r.not_renewed),
    ]
