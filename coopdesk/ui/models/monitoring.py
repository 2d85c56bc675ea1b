"""Columns of the monitoring lists: initiatives, consultancies, deliverables, milestones, risks,
and the Component 1 scenarios. Each list is a ``DtoTableModel`` over these columns."""

from __future__ import annotations

from collections.abc import Callable

from coopdesk.domain.money import Money
from coopdesk.domain.monitoring import DeliverableStatus, MilestoneStatus, format_bp
from coopdesk.domain.scenario import AffectedContract, ScenarioMonth
from coopdesk.services.consultancy_reads import ConsultancyDTO, DeliverableDTO
from coopdesk.services.initiatives import GOOD_PRACTICE_CRITERIA, InitiativeDTO
from coopdesk.services.milestones import MilestoneDTO, RebaselineDTO
from coopdesk.services.risks import RiskDTO
from coopdesk.services.scenarios import ScenarioSummary
from coopdesk.services.staffing import EndingContractDTO
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.table import Column
from coopdesk.ui.style import ALERT, GOOD, RISK_LEVELS, WARN


class Monitoring(TextContext):
    """Translation context of the monitoring lists."""


_DELIVERABLE_COLOURS = {
    DeliverableStatus.LATE: ALERT, DeliverableStatus.REJECTED: ALERT,
    DeliverableStatus.ACCEPTED: GOOD, DeliverableStatus.SUBMITTED: WARN,
}
_MILESTONE_COLOURS = {
    MilestoneStatus.LATE: ALERT, MilestoneStatus.AT_RISK: WARN, MilestoneStatus.DONE: GOOD,
}


def initiative_columns() -> list[Column[InitiativeDTO]]:
    return [
        Column(Monitoring.tr("Code"), lambda r: r.data.code),
        Column(Monitoring.tr("Title"), lambda r: r.data.title),
        Column(Monitoring.tr("Dimension"), lambda r: enum_label(r.data.dimension)),
        Column(Monitoring.tr("Phase"), lambda r: r.phase),
        Column(Monitoring.tr("Result"), lambda r: r.result),
        Column(Monitoring.tr("Scope"), lambda r: enum_label(r.data.dissemination_scope)),
        Column(Monitoring.tr("Incidence"), lambda r: enum_label(r.data.incidence_level)),
        Column(Monitoring.tr("Start"), lambda r: r.data.start_date),
        Column(Monitoring.tr("End"), lambda r: r.data.end_date),
        Column(Monitoring.tr("Status"), lambda r: enum_label(r.data.status)),
        Column(Monitoring.tr("Good practices (of %d)") % GOOD_PRACTICE_CRITERIA,
               lambda r: r.data.good_practice_criteria_met,
               highlight=lambda r: GOOD if r.data.good_practice_criteria_met > 13 else None),
        Column(Monitoring.tr("Consultancies"), lambda r: r.consultancies),
        Column(Monitoring.tr("Milestones"), lambda r: r.milestones),
        Column(Monitoring.tr("Risks"), lambda r: r.risks),
    ]


def consultancy_columns() -> list[Column[ConsultancyDTO]]:
    return [
        Column(Monitoring.tr("Reference"), lambda r: r.reference),
        Column(Monitoring.tr("Consultancy"), lambda r: r.title),
        Column(Monitoring.tr("Consultant"), lambda r: r.consultant),
        Column(Monitoring.tr("Initiative"), lambda r: r.initiative),
        Column(Monitoring.tr("Start"), lambda r: r.start_date),
        Column(Monitoring.tr("End"), lambda r: r.end_date),
        Column(Monitoring.tr("Amount"), lambda r: r.amount,
               lambda r: fmt_money(r.amount, r.currency)),
        Column(Monitoring.tr("Status"), lambda r: enum_label(r.status),
               tooltip=lambda r: r.termination_reason),
        Column(Monitoring.tr("Deliverables"), lambda r: r.deliverables),
        Column(Monitoring.tr("Late"), lambda r: r.late,
               highlight=lambda r: ALERT if r.late else None),
        Column(Monitoring.tr("Accepted"), lambda r: r.accepted),
        Column(Monitoring.tr("Tranches %"), lambda r: r.tranche_total_bp,
               lambda r: format_bp(r.tranche_total_bp),
               highlight=lambda r: None if r.tranches_complete else WARN,
               tooltip=lambda r: None if r.tranches_complete
               else Monitoring.tr("The payment tranches do not add up to 100 %")),
    ]


def deliverable_columns(with_contract: bool = False) -> list[Column[DeliverableDTO]]:
    contract: list[Column[DeliverableDTO]] = [
        Column(Monitoring.tr("Consultancy"), lambda r: r.reference),
        Column(Monitoring.tr("Consultant"), lambda r: r.consultant),
    ] if with_contract else []
    return [
        *contract,
        Column(Monitoring.tr("Deliverable"), lambda r: r.title),
        Column(Monitoring.tr("Due"), lambda r: r.due_date),
        Column(Monitoring.tr("Submitted"), lambda r: r.submitted_date),
        Column(Monitoring.tr("Accepted"), lambda r: r.accepted_date),
        Column(Monitoring.tr("Tranche %"), lambda r: r.tranche_bp,
               lambda r: format_bp(r.tranche_bp)),
        Column(Monitoring.tr("Status"), lambda r: enum_label(r.status),
               highlight=lambda r: _DELIVERABLE_COLOURS.get(r.status),
               tooltip=lambda r: r.rejection_reason or None),
        Column(Monitoring.tr("Days late"), lambda r: r.days_late,
               highlight=lambda r: ALERT if r.days_late else None),
        Column(Monitoring.tr("Quality notes"), lambda r: r.quality_notes or r.rejection_reason),
    ]


def late_deliverable_columns() -> list[Column[DeliverableDTO]]:
    """The dashboard's short list: whose deliverable, due when, how late."""
    columns = {c.header: c for c in deliverable_columns(with_contract=True)}
    wanted = (Monitoring.tr("Consultancy"), Monitoring.tr("Consultant"),
              Monitoring.tr("Deliverable"), Monitoring.tr("Due"), Monitoring.tr("Days late"))
    return [columns[header] for header in wanted]


def milestone_columns() -> list[Column[MilestoneDTO]]:
    return [
        Column(Monitoring.tr("Milestone"), lambda r: r.title),
        Column(Monitoring.tr("Owner"), lambda r: r.owner),
        Column(Monitoring.tr("Initiative"), lambda r: r.initiative),
        Column(Monitoring.tr("Consultancy"), lambda r: r.consultancy),
        Column(Monitoring.tr("Baseline"), lambda r: r.baseline_date,
               tooltip=lambda r: Monitoring.tr("Re-baselined %n times", "", r.rebaselines)
               if r.rebaselines else None),
        Column(Monitoring.tr("Forecast"), lambda r: r.forecast_date),
        Column(Monitoring.tr("Actual"), lambda r: r.actual_date),
        Column(Monitoring.tr("Slip (days)"), lambda r: r.slip_days,
               highlight=lambda r: ALERT if r.slip_days > 0 and r.slipping else None),
        Column(Monitoring.tr("Status"), lambda r: enum_label(r.status),
               highlight=lambda r: _MILESTONE_COLOURS.get(r.status)),
    ]


def rebaseline_columns() -> list[Column[RebaselineDTO]]:
    return [
        Column(Monitoring.tr("Decided on"), lambda r: r.decided_on),
        Column(Monitoring.tr("Old baseline"), lambda r: r.old_baseline),
        Column(Monitoring.tr("New baseline"), lambda r: r.new_baseline),
        Column(Monitoring.tr("Reason"), lambda r: r.reason),
    ]


def risk_columns() -> list[Column[RiskDTO]]:
    return [
        Column(Monitoring.tr("Risk"), lambda r: r.data.title,
               tooltip=lambda r: r.data.description or None),
        Column(Monitoring.tr("Category"), lambda r: enum_label(r.data.category)),
        Column(Monitoring.tr("Likelihood"), lambda r: r.data.likelihood),
        Column(Monitoring.tr("Impact"), lambda r: r.data.impact),
        Column(Monitoring.tr("Score"), lambda r: r.score,
               highlight=lambda r: RISK_LEVELS[r.level]),
        Column(Monitoring.tr("Owner"), lambda r: r.data.owner),
        Column(Monitoring.tr("Review"), lambda r: r.data.review_date,
               highlight=lambda r: ALERT if r.review_overdue else None,
               tooltip=lambda r: Monitoring.tr("Review overdue") if r.review_overdue else None),
        Column(Monitoring.tr("Status"), lambda r: enum_label(r.data.status)),
        Column(Monitoring.tr("Initiative"), lambda r: r.initiative),
        Column(Monitoring.tr("Mitigation"), lambda r: r.data.mitigation),
    ]


def ending_columns() -> list[Column[EndingContractDTO]]:
    return [
        Column(Monitoring.tr("Specialist"), lambda r: r.specialist_name),
        Column(Monitoring.tr("Contract"), lambda r: r.reference),
        Column(Monitoring.tr("Unit"), lambda r: r.unit),
        Column(Monitoring.tr("Ends"), lambda r: r.end_date),
        Column(Monitoring.tr("Days left"), lambda r: r.days_left),
    ]


def scenario_month_columns(currency: str) -> list[Column[ScenarioMonth]]:
    def money(getter: Callable[[ScenarioMonth], int]) -> Callable[[ScenarioMonth], str]:
        return lambda r: fmt_money(Money.from_minor(getter(r), currency).amount, currency)

    return [
        Column(Monitoring.tr("Month"), lambda r: r.month, lambda r: r.month.strftime("%Y-%m")),
        Column(Monitoring.tr("Funds"), lambda r: r.funds_minor, money(lambda r: r.funds_minor)),
        Column(Monitoring.tr("Committed fees"), lambda r: r.committed_minor,
               money(lambda r: r.committed_minor)),
        Column(Monitoring.tr("Renewals"), lambda r: r.renewals_minor,
               money(lambda r: r.renewals_minor)),
        Column(Monitoring.tr("Cumulative funds"), lambda r: r.cumulative_funds_minor,
               money(lambda r: r.cumulative_funds_minor)),
        Column(Monitoring.tr("Cumulative cost"), lambda r: r.cumulative_cost_minor,
               money(lambda r: r.cumulative_cost_minor)),
        Column(Monitoring.tr("Balance"), lambda r: r.balance_minor,
               money(lambda r: r.balance_minor),
               highlight=lambda r: ALERT if r.balance_minor < 0 else None),
    ]


def affected_columns() -> list[Column[AffectedContract]]:
    return [
        Column(Monitoring.tr("Contract"), lambda r: r.contract.reference),
        Column(Monitoring.tr("Specialist"), lambda r: r.contract.specialist),
        Column(Monitoring.tr("Unit"), lambda r: r.contract.unit),
        Column(Monitoring.tr("Position"), lambda r: r.contract.position),
        Column(Monitoring.tr("Ends"), lambda r: r.contract.end),
        Column(Monitoring.tr("Why"), lambda r: enum_label(r.reason)),
    ]


def summary_columns(currency: str) -> list[Column[ScenarioSummary]]:
    return [
        Column(Monitoring.tr("Scenario"), lambda r: r.name),
        Column(Monitoring.tr("Funds"), lambda r: r.funds, lambda r: fmt_money(r.funds, currency)),
        Column(Monitoring.tr("Cost"), lambda r: r.cost, lambda r: fmt_money(r.cost, currency)),
        Column(Monitoring.tr("Final balance"), lambda r: r.final_balance,
               lambda r: fmt_money(r.final_balance, currency),
               highlight=lambda r: ALERT if r.final_balance < 0 else None),
        Column(Monitoring.tr("Money runs out"), lambda r: r.run_out_month,
               lambda r: r.run_out_month.strftime("%Y-%m") if r.run_out_month
               else Monitoring.tr("never")),
        Column(Monitoring.tr("Renewed"), lambda r: r.renewed),
        Column(Monitoring.tr("Cannot be renewed"), lambda r: r.not_renewed),
    ]
