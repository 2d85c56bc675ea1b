"""Expenditure: entries and imports, delivery by year × component and by line, the rhythm.

The year and component filters narrow the entries in SQL (a program may hold a million
rows), and the entries are read a page at a time, sorted and filtered in SQL
(``services/expenditure_pages.py``); the delivery and rhythm figures are SQL aggregates as of
the window's date. Beside the entries the page shows one view object
(``services/views/expenditure.py``): a refresh or a change of filter is one read of it and
one of the entries' first page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
from coopdesk.io.expenditure_import import (
    EXPENDITURE_COLUMNS,
    plan_expenditure_import,
    read_expenditure_file,
)
from coopdesk.services import changes, expenditure, year_locks
from coopdesk.services.expenditure import ExpenditureDTO
from coopdesk.services.expenditure_pages import (
    SORTS,
    EntryCount,
    EntryQuery,
    entry_count,
    entry_page,
    entry_position,
)
from coopdesk.services.views.expenditure import AS_OF_YEAR, ExpenditureView, expenditure_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.expenditure_dialogs import ExpenditureDialog
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.budget import (
    delivery_columns,
    expenditure_columns,
    line_delivery_columns,
)
from coopdesk.ui.models.paged import ListQuery
from coopdesk.ui.operations import LatestRead, change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import needs_selection
from coopdesk.ui.widgets.forms import confirm
from coopdesk.ui.widgets.list_panel import ListPanel, refill_combo
from coopdesk.ui.widgets.paged_list_panel import PagedListPanel
from coopdesk.ui.widgets.rhythm_chart import RhythmChart


class ExpenditurePage(Page):
    """Entries, delivery rates (lines over budget highlighted) and the rhythm charts."""

    key = "expenditure"
    help_section = "page-expenditure"
    kinds = frozenset({changes.EXPENDITURE, changes.BUDGET, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        #: What the page shows, None before a program.
        self.view: ExpenditureView | None = None
        #: The program and as-of date the view's program-life rhythm was read for.
        self._life_of: tuple[int | None, date] | None = None
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
        self.guard({changes.EXPENDITURE}, self.add_button, self.edit_button, self.delete_button,
                   self.import_button)
        self.guard({changes.BUDGET}, self.lock_button)  # closing a year is the coordinator's

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

        #: The entries, read a page at a time; columns in the order of the service's SORTS.
        self.entries: PagedListPanel[ExpenditureDTO] = PagedListPanel(
            expenditure_columns(lambda: self.currency), lambda row: row.id, self
        )
        self.entries.add_choice_filter(
            self.tr("Source"), [(enum_label(s), s) for s in ExpenditureSource])
        self.counter = LatestRead(self, ctx)
        self.entries.set_source(self._entry_page, self._entry_position, self._entry_count)
        self.entries.sig_activated.connect(lambda _row: self.edit_entry())
        self._locked = False
        self._entry_buttons = needs_selection(self.entries.view,
                                              (self.edit_button, self.delete_button),
                                              lambda _row: not self._locked)
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

    # -- loading ---------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self.year_filter.currentData() if self.year_filter.count() else None

    @property
    def result_id(self) -> int | None:
        return self.component_filter.currentData() if self.component_filter.count() else None

    def refresh(self) -> None:
        if not self.ready:
            self.view = None
            self.entries.clear()
            return
        self._load()
        self.entries.reload()

    def _filters_changed(self, *_: Any) -> None:
        """A filter changes neither the data nor the as-of date: the program-life rhythm
        shown stays, and is not read again."""
        if self.ready:
            self._load(keep_life=True)
            self.entries.clear()
            self.entries.reload()

    def _load(self, keep_life: bool = False) -> None:
        """One read for the filters chosen (the as-of year when the page opens), then only
        showing it."""
        year = self.year if self.year_filter.count() else AS_OF_YEAR
        life_of = (self.ctx.program_id, self.ctx.as_of)
        known = (self.view.life_rhythm
                 if keep_life and self.view is not None and self._life_of == life_of else None)
        view = self.ctx.read(expenditure_view, self.ctx.program_id, self.ctx.as_of, year,
                             self.result_id, known)
        self.view, self.currency, self._life_of = view, view.currency, life_of
        refill_combo(self.year_filter, self.tr("All years"),
                     [(str(y), y) for y in reversed(view.years)], view.year)
        refill_combo(self.component_filter, self.tr("All"),
                     [(f"{r.code} · {r.title}", r.id) for r in view.results], view.result_id)
        self.delivery_panel.set_rows(view.delivery)
        self.line_panel.set_rows(view.lines)
        self.year_chart.set_points(view.year_rhythm,
                                   self.tr("Rhythm of expenditure, %d") % view.chart_year)
        if known is None:
            self.life_chart.set_points(view.life_rhythm,
                                       self.tr("Rhythm of expenditure, program life"))
        is_locked = view.year_locked
        self.lock_label.setText(
            self.tr("%d is locked (closed)") % view.year if is_locked else "")
        self.lock_button.setText(self.tr("Un&lock year…") if is_locked else self.tr("&Lock year…"))
        self.lock_button.setEnabled(view.year is not None)
        self._locked = is_locked
        self.add_button.setEnabled(not is_locked)
        self._entry_buttons()

    def _entry_query(self, query: ListQuery) -> EntryQuery:
        view = self.view
        (source,) = query.choices or (None,)
        return EntryQuery(
            view.year if view is not None else None, view.result_id if view is not None else None,
            SORTS[query.column] if query.column is not None else None, query.descending,
            query.text, None if source is None else ExpenditureSource(source),
        )

    def _entry_page(self, query: ListQuery, offset: int,
                    limit: int | None) -> tuple[ExpenditureDTO, ...]:
        return self.ctx.read(entry_page, self.ctx.program_id, self._entry_query(query),
                             offset, limit)

    def _entry_count(self, query: ListQuery, answer: Callable[[int, int], None]) -> None:
        program, wanted = self.ctx.program_id, self._entry_query(query)
        if program is None:
            return

        def count_entries(uow: Any) -> EntryCount:
            return entry_count(uow, program, wanted)

        self.counter.read(count_entries, lambda counted: answer(counted.total, counted.everyone))

    def _entry_position(self, query: ListQuery, expenditure_id: object) -> int | None:
        return self.ctx.read(entry_position, self.ctx.program_id, self._entry_query(query),
                             expenditure_id)

    # -- writing ---------------------------------------------------------------------------
    def add_entry(self) -> None:
        self._saved(ExpenditureDialog(self.ctx, self.currency, self.year, None, self))

    def edit_entry(self) -> None:
        entry = self.entries.current_row()
        if entry is not None:
            self._saved(ExpenditureDialog(self.ctx, self.currency, entry.year, entry, self))

    def _saved(self, dialog: ExpenditureDialog) -> None:
        """Show the entry just saved selected among the entries, and say so."""
        if dialog.exec():
            self.tabs.setCurrentWidget(self.entries)
            self.confirm_saved(
                lambda: self.entries.show_key(dialog.result_value),
                lambda entry: self.tr("Expenditure of %s on %d · %s saved.")
                % (fmt_money(entry.amount, self.currency), entry.year, entry.result_code))

    def delete_entry(self) -> None:
        entry = self.entries.current_row()
        if entry is None:
            return
        if confirm(
            self, self.tr("Delete expenditure"),
            self.tr("Delete the expenditure of %s on %d · %s?")
            % (entry.amount, entry.year, entry.result_code),
        ):
            change(self, self.ctx, lambda uow: expenditure.delete_expenditure(
                uow, entry.id, expected_version=entry.version))

    def toggle_lock(self) -> None:
        year, program_id = self.year, self.ctx.program_id
        if year is None or program_id is None:
            return
        unlock = self.view is not None and self.view.year_locked
        question = (
            self.tr("Unlock %d? Its expenditure can then be changed again.") if unlock
            else self.tr("Lock %d? Its expenditure can then no longer be entered, imported or "
                         "changed.")
        ) % year
        if not confirm(self, self.tr("Year lock"), question):
            return
        action = year_locks.unlock_year if unlock else year_locks.lock_year
        change(self, self.ctx, lambda uow: action(uow, program_id, year))

    def import_dialog(self, source: ExpenditureSource) -> ImportDialog:
        """The generic import dialog, recording the rows as coming from ``source``."""
        title = (self.tr("Import a CDR extract") if source is ExpenditureSource.CDR
                 else self.tr("Import expenditure"))
        spec = ImportSpec(
            title, EXPENDITURE_COLUMNS,
            read_expenditure_file,
            partial(plan_expenditure_import, source=source),
        )
        return ImportDialog(self.ctx, spec, self)

    def choose_import(self, source: ExpenditureSource) -> None:
        self.import_dialog(source).exec()
