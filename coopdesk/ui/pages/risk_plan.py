"""The Component 1 risk plan: what the specialists' contracts cost against a scenario's funds.

The coordinator keeps scenarios (funds per year, a cut, an earlier end), sees the selected
one month by month with the month the money runs out and the contracts that cannot be
renewed, and compares every saved scenario side by side.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import changes, scenarios
from coopdesk.services.scenarios import ScenarioSummary
from coopdesk.services.views.risk_plan import RiskPlanView, ScenarioRow, risk_plan_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.scenario_dialog import ScenarioDialog
from coopdesk.ui.formatting import fmt_date, fmt_money, fmt_month
from coopdesk.ui.messages import explain
from coopdesk.ui.models.monitoring import (
    affected_columns,
    scenario_month_columns,
    summary_columns,
)
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.operations import change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import (
    button_row,
    empty_label,
    needs_selection,
    select_in,
    table_view,
)
from coopdesk.ui.widgets.forms import confirm


class RiskPlanPage(Page):
    """Saved scenarios on the left; the selected one's outcome and the comparison on the right."""

    key = "risk_plan"
    help_section = "page-risk-plan"
    kinds = frozenset({changes.SCENARIO, changes.CONTRACT, changes.BUDGET, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        self.view: RiskPlanView | None = None
        self.scenarios: DtoTableModel[ScenarioRow] = DtoTableModel(self._scenario_columns(), self)
        self.scenario_view = table_view(self.scenarios, self, 160)
        self.scenario_view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_selected())
        self.scenario_view.doubleClicked.connect(lambda _i: self.edit())
        buttons, writers = button_row(self, [
            (self.tr("&New scenario…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Delete…"), self.delete),
        ])
        self.guard({changes.SCENARIO}, *writers)
        needs_selection(self.scenario_view, writers[1:], lambda row: row.scenario is not None)
        left = QGroupBox(self.tr("Saved scenarios"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.scenario_view)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt;")
        self.months: DtoTableModel = DtoTableModel(scenario_month_columns(self.currency), self)
        self.affected: DtoTableModel = DtoTableModel(affected_columns(), self)
        self.comparison: DtoTableModel = DtoTableModel(summary_columns(self.currency), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(table_view(self.months, self), self.tr("Month by month"))
        self.tabs.addTab(table_view(self.affected, self),
                         self.tr("Contracts that cannot be renewed"))
        self.tabs.addTab(table_view(self.comparison, self), self.tr("Compare scenarios"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)

        # the scenarios above their figures: side by side, both lists were cut on a laptop
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.empty = empty_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter)

    def _scenario_columns(self) -> list[Column[ScenarioRow]]:
        return [
            Column(self.tr("Scenario"), lambda r: r.name,
                   tooltip=lambda r: r.scenario.notes or None),
            Column(self.tr("Cut %"), lambda r: r.scenario.cut_percent),
            Column(self.tr("From"), lambda r: r.scenario.cut_from_year),
            Column(self.tr("Ends"), lambda r: r.scenario.end_date),
        ]

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.splitter):
            return
        current = self.current()
        view = self.ctx.read(risk_plan_view, self.ctx.program_id, self.ctx.as_of)
        self.view = view
        if view.currency != self.currency:
            self.currency = view.currency
            self.months.set_columns(scenario_month_columns(self.currency))
            self.comparison.set_columns(summary_columns(self.currency))
        self.scenarios.set_rows(view.scenarios)
        self.comparison.set_rows(view.comparison)
        ids = [row.id for row in self.scenarios.rows()]
        if ids:
            self.scenario_view.selectRow(ids.index(current.id) if current and current.id in ids
                                         else 0)
        self._show_selected()

    def current(self) -> ScenarioRow | None:
        rows = self.scenario_view.selectionModel().selectedRows()
        return self.scenarios.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        """The selected scenario's outcome, from the view already read."""
        row = self.current() if self.ready else None
        result = row.result if row is not None else None
        self.months.set_rows(result.outcome.months if result else [])
        self.affected.set_rows(result.outcome.affected if result else [])
        if row is None:
            self.summary.setText(self.tr("Create a scenario: funds per year for Component 1, "
                                         "a cut in % from a year, or an earlier end date."))
        elif result is None or row.summary is None:
            self.summary.setText(f"<b>{escape(row.name)}</b>: " + escape(
                self.tr("This scenario cannot be evaluated: %s")
                % (explain(row.problem) if row.problem else "")))
        else:
            self.summary.setText(f"<b>{escape(row.name)}</b>: "
                                 + self._outcome_text(row.summary, result.outcome.horizon.end))

    def _outcome_text(self, summary: ScenarioSummary, end: date) -> str:
        if summary.run_out_month is not None:
            head = self.tr("The money runs out in %s.") % fmt_month(summary.run_out_month)
        else:
            head = self.tr("The funds cover the committed fees to the end.")
        return f"{head} " + self.tr(
            "%n contracts cannot be renewed, %d can. Balance at %s: %s.", "",
            summary.not_renewed) % (
            summary.renewed, fmt_date(end), fmt_money(summary.final_balance, self.currency, True))

    def new(self) -> None:
        if self.ready:
            self._saved(ScenarioDialog(self.ctx, None, self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self._saved(ScenarioDialog(self.ctx, row.scenario, self))

    def _saved(self, dialog: ScenarioDialog) -> None:
        """Show the scenario just saved selected, and say so."""
        if dialog.exec():
            self.confirm_saved(
                lambda: select_in(self.scenario_view, lambda row: row.scenario is not None
                                  and row.scenario.id == dialog.result_value),
                lambda row: self.tr("Scenario “%s” saved.") % row.scenario.name)

    def delete(self) -> None:
        row = self.current()
        scenario = row.scenario if row is not None else None
        if scenario is None or not confirm(
            self, self.tr("Delete scenario"), self.tr("Delete scenario “%s”?") % scenario.name
        ):
            return
        change(self, self.ctx, lambda uow: scenarios.delete_scenario(
            uow, scenario.id, expected_version=scenario.version))
