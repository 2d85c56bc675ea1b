"""The Component 1 risk plan: what the specialists' contracts cost against a scenario's funds.

The coordinator keeps scenarios (funds per year, a cut, an earlier end), sees the selected
one month by month with the month the money runs out and the contracts that cannot be
renewed, and compares every saved scenario side by side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import programs, scenarios
from coopdesk.services.scenarios import ScenarioDTO, ScenarioResult
from coopdesk.ui import events
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import confirm
from coopdesk.ui.dialogs.scenario_dialog import ScenarioDialog
from coopdesk.ui.formatting import fmt_date, fmt_money, fmt_month
from coopdesk.ui.models.monitoring import (
    affected_columns,
    scenario_month_columns,
    summary_columns,
)
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import button_row, empty_label, table_view
from coopdesk.ui.tasks import Progress, run_task
from coopdesk.ui.write import run_write


class RiskPlanPage(Page):
    """Saved scenarios on the left; the selected one's outcome and the comparison on the right."""

    key = "risk_plan"
    kinds = frozenset({events.SCENARIO, events.CONTRACT, events.BUDGET, events.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        self.result: ScenarioResult | None = None
        self.scenarios: DtoTableModel[ScenarioDTO] = DtoTableModel(self._scenario_columns(), self)
        self.scenario_view = table_view(self.scenarios, self, 160)
        self.scenario_view.selectionModel().selectionChanged.connect(lambda *_: self._evaluate())
        self.scenario_view.doubleClicked.connect(lambda _i: self.edit())
        buttons, writers = button_row(self, [
            (self.tr("&New scenario…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Delete…"), self.delete),
        ])
        self.guard({events.SCENARIO}, *writers)
        left = QGroupBox(self.tr("Saved scenarios"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.scenario_view)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt;")
        self.months: DtoTableModel = DtoTableModel([], self)
        self.affected: DtoTableModel = DtoTableModel(affected_columns(), self)
        self.comparison: DtoTableModel = DtoTableModel([], self)
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.empty = empty_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter)

    def title(self) -> str:
        return self.tr("Component 1 risk plan")

    def _scenario_columns(self) -> list[Column[ScenarioDTO]]:
        return [
            Column(self.tr("Scenario"), lambda r: r.name, tooltip=lambda r: r.notes or None),
            Column(self.tr("Cut %"), lambda r: r.cut_percent),
            Column(self.tr("From"), lambda r: r.cut_from_year),
            Column(self.tr("Ends"), lambda r: r.end_date),
        ]

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.splitter):
            return
        pid = self.ctx.program_id
        self.currency = self.ctx.read(programs.get_program, pid).currency
        current = self.current()
        rows = self.ctx.read(scenarios.list_scenarios, pid)
        self.scenarios.set_rows(rows)
        self.months.set_columns(scenario_month_columns(self.currency))
        self.comparison.set_columns(summary_columns(self.currency))
        self._compare()
        ids = [r.id for r in self.scenarios.rows()]
        pick = ids.index(current.id) if current and current.id in ids else 0
        if ids:
            self.scenario_view.selectRow(pick)
        self._evaluate()

    def _compare(self) -> None:
        """Evaluate every saved scenario side by side, off the GUI thread (it grows with
        the number of scenarios and contracts)."""
        database, actor = self.ctx.database, self.ctx.actor
        pid, as_of = self.ctx.program_id, self.ctx.as_of
        self.comparison.set_rows([])

        def work(_progress: Progress) -> list:
            assert database is not None
            with database.unit_of_work(actor) as uow:
                return scenarios.compare_scenarios(uow, pid, as_of)

        run_task(self, self.tr("Comparing the scenarios"), work,
                 self.comparison.set_rows, cancellable=False)

    def current(self) -> ScenarioDTO | None:
        rows = self.scenario_view.selectionModel().selectedRows()
        return self.scenarios.row(rows[0].row()) if rows else None

    def _evaluate(self) -> None:
        scenario = self.current()
        if scenario is None or not self.ready:
            self.result = None
            self.summary.setText(self.tr("Create a scenario: funds per year for Component 1, "
                                         "a cut in % from a year, or an earlier end date."))
            self.months.set_rows([])
            self.affected.set_rows([])
            return
        self.result = self.ctx.read(scenarios.evaluate_saved, scenario.id, self.ctx.as_of)
        outcome = self.result.outcome
        self.months.set_rows(list(outcome.months))
        self.affected.set_rows(list(outcome.affected))
        last = outcome.months[-1] if outcome.months else None
        balance = self.result.money(last.balance_minor) if last else None
        if outcome.run_out_month is not None:
            head = self.tr("The money runs out in %s.") % fmt_month(outcome.run_out_month)
        else:
            head = self.tr("The funds cover the committed fees to the end.")
        self.summary.setText(
            f"<b>{scenario.name}</b>: {head} "
            + self.tr("%n contracts cannot be renewed, %d can. Balance at %s: %s.", "",
                      len(outcome.affected)) % (
                len(outcome.renewed),
                fmt_date(outcome.horizon.end), fmt_money(balance, self.currency, True))
        )

    def new(self) -> None:
        if self.ready:
            ScenarioDialog(self.ctx, None, self).exec()

    def edit(self) -> None:
        scenario = self.current()
        if scenario is not None:
            ScenarioDialog(self.ctx, scenario, self).exec()

    def delete(self) -> None:
        scenario = self.current()
        if scenario is None or not confirm(
            self, self.tr("Delete scenario"), self.tr("Delete scenario “%s”?") % scenario.name
        ):
            return
        run_write(self, self.ctx, lambda uow: scenarios.delete_scenario(
            uow, scenario.id, expected_version=scenario.version), {events.SCENARIO})
