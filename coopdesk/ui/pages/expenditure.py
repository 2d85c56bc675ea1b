"""Expenditure: entries and imports, delivery by year × component and by line, the rhythm.

The year and component filters narrow the entries in SQL (a program may hold a million
rows); the delivery and rhythm figures are SQL aggregates as of the window's date.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.io.expenditure_import import EXPENDITURE_COLUMNS, plan_expenditure_import
from coopdesk.io.tabular import read_table
from coopdesk.services import budget, expenditure, programs
from coopdesk.services.expenditure import ExpenditureDTO
from coopdesk.ui import events
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.expenditure_dialogs import ExpenditureDialog
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec
from coopdesk.ui.dialogs.monitoring_dialogs import confirm
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.budget import (
    delivery_columns,
    expenditure_columns,
    line_delivery_columns,
)
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.list_panel import ListPanel, refill_combo
from coopdesk.ui.widgets.rhythm_chart import RhythmChart
from coopdesk.ui.write import run_write


class ExpenditurePage(Page):
    """Entries, delivery rates (lines over budget highlighted) and the rhythm charts."""

    key = "expenditure"
    kinds = frozenset({events.EXPENDITURE, events.BUDGET, events.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        self.locked: list[int] = []
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(self.tr("Year"))
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        self.component_filter = QComboBox(self)
        self.component_filter.setAccessibleName(self.tr("Component/result"))
        self.component_filter.currentIndexChanged.connect(self._filters_changed)
        self.lock_label = QLabel(self)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_entry)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("A &CDR extract…")).triggered.connect(
            lambda: self.choose_import(ExpenditureSource.CDR))
        import_menu.addAction(self.tr("Other &expenditure…")).triggered.connect(
            lambda: self.choose_import(ExpenditureSource.IMPORT))
        self.import_button.setMenu(import_menu)
        self.lock_button = QPushButton(self.tr("&Lock year…"), self)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.guard({events.EXPENDITURE}, self.add_button, self.edit_button, self.delete_button,
                   self.import_button)
        self.guard({events.BUDGET}, self.lock_button)  # closing a year is the coordinator's

        self.component_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.component_filter.setMinimumContentsLength(12)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:"), self))
        bar.addWidget(self.year_filter)
        bar.addWidget(QLabel(self.tr("Component/result:"), self))
        bar.addWidget(self.component_filter, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.import_button, self.lock_button):
            buttons.addWidget(button)
        buttons.addWidget(self.lock_label, 1)

        self.entries: ListPanel[ExpenditureDTO] = ListPanel(
            expenditure_columns(lambda: self.currency), self
        )
        self.entries.add_choice_filter(
            self.tr("Source"), [(enum_label(s), s) for s in ExpenditureSource],
            lambda row, value: row.source is value,
        )
        self.entries.sig_activated.connect(lambda _row: self.edit_entry())
        self.delivery_panel: ListPanel = ListPanel(delivery_columns(lambda: self.currency), self)
        self.line_panel: ListPanel = ListPanel(line_delivery_columns(lambda: self.currency), self)
        self.line_panel.add_choice_filter(
            self.tr("Over budget"), [(self.tr("Over budget only"), True)],
            lambda row, value: row.over_budget is value,
        )
        delivery_tab = QSplitter(Qt.Orientation.Vertical, self)
        delivery_tab.addWidget(self.delivery_panel)
        delivery_tab.addWidget(self.line_panel)

        self.year_chart = RhythmChart(self)
        self.life_chart = RhythmChart(self)
        rhythm_tab = QWidget(self)
        rhythm_layout = QHBoxLayout(rhythm_tab)
        rhythm_layout.addWidget(self.year_chart)
        rhythm_layout.addWidget(self.life_chart)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(delivery_tab, self.tr("Delivery"))
        self.tabs.addTab(rhythm_tab, self.tr("Rhythm of expenditure"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Expenditure")

    # -- loading ---------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self.year_filter.currentData() if self.year_filter.count() else None

    @property
    def result_id(self) -> int | None:
        return self.component_filter.currentData() if self.component_filter.count() else None

    def refresh(self) -> None:
        if not self.ready:
            self.entries.set_rows([])
            return
        program = self.ctx.read(programs.get_program, self.ctx.program_id)
        self.currency = program.currency
        self.locked = self.ctx.read(budget.locked_years, self.ctx.program_id)
        years = list(range(program.start_date.year, program.end_date.year + 1))
        default = self.year or min(max(self.ctx.as_of.year, years[0]), years[-1])
        refill_combo(self.year_filter, self.tr("All years"),
                   [(str(y), y) for y in reversed(years)], default)
        results = self.ctx.read(programs.list_results, self.ctx.program_id)
        refill_combo(self.component_filter, self.tr("All"),
                   [(f"{r.code} · {r.title}", r.id) for r in results], self.result_id)
        self._load()

    def _filters_changed(self, *_: Any) -> None:
        if self.ready:
            self._load()

    def _load(self) -> None:
        pid, year, as_of = self.ctx.program_id, self.year, self.ctx.as_of
        self.entries.set_rows(self.ctx.read(
            expenditure.list_expenditure, pid, year=year, result_id=self.result_id
        ))
        if year is None:
            self.delivery_panel.set_rows(self.ctx.read(budget.delivery_by_year, pid, as_of))
        else:
            self.delivery_panel.set_rows(self.ctx.read(budget.delivery, pid, year, as_of))
        self.line_panel.set_rows(self.ctx.read(budget.line_delivery, pid, year, as_of))
        chart_year = year if year is not None else as_of.year
        self.year_chart.set_points(
            self.ctx.read(budget.expenditure_rhythm, pid, chart_year, as_of),
            self.tr("Rhythm of expenditure, %d") % chart_year,
        )
        self.life_chart.set_points(
            self.ctx.read(budget.expenditure_rhythm, pid, None, as_of),
            self.tr("Rhythm of expenditure, program life"),
        )
        is_locked = year in self.locked
        self.lock_label.setText(self.tr("%d is locked (closed)") % year if is_locked else "")
        self.lock_button.setText(self.tr("Un&lock year…") if is_locked else self.tr("&Lock year…"))
        self.lock_button.setEnabled(year is not None)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(not is_locked)

    # -- writing ---------------------------------------------------------------------------
    def add_entry(self) -> None:
        ExpenditureDialog(self.ctx, self.currency, self.year, None, self).exec()

    def edit_entry(self) -> None:
        entry = self.entries.current_row()
        if entry is not None:
            ExpenditureDialog(self.ctx, self.currency, entry.year, entry, self).exec()

    def delete_entry(self) -> None:
        entry = self.entries.current_row()
        if entry is None:
            return
        if confirm(
            self, self.tr("Delete expenditure"),
            self.tr("Delete the expenditure of %s on %d · %s?")
            % (entry.amount, entry.year, entry.result_code),
        ):
            run_write(self, self.ctx, lambda uow: expenditure.delete_expenditure(
                uow, entry.id, expected_version=entry.version), {events.EXPENDITURE})

    def toggle_lock(self) -> None:
        year = self.year
        if year is None:
            return
        unlock = year in self.locked
        question = (
            self.tr("Unlock %d? Its expenditure can then be changed again.") if unlock
            else self.tr("Lock %d? Its expenditure can then no longer be entered, imported or "
                         "changed.")
        ) % year
        if not confirm(self, self.tr("Year lock"), question):
            return
        action = budget.unlock_year if unlock else budget.lock_year
        run_write(self, self.ctx, lambda uow: action(uow, self.ctx.program_id, year),
                  {events.EXPENDITURE})

    def import_dialog(self, source: ExpenditureSource) -> ImportDialog:
        """The generic import dialog, recording the rows as coming from ``source``."""
        title = (self.tr("Import a CDR extract") if source is ExpenditureSource.CDR
                 else self.tr("Import expenditure"))
        spec = ImportSpec(
            title, EXPENDITURE_COLUMNS,
            lambda path, sheet: read_table(path, EXPENDITURE_COLUMNS, sheet=sheet,
                                           strict=False),
            partial(plan_expenditure_import, source=source),
            frozenset({events.EXPENDITURE}),
        )
        return ImportDialog(self.ctx, spec, self)

    def choose_import(self, source: ExpenditureSource) -> None:
        self.import_dialog(source).exec()
