"""Specialists & contracts: the roster as of a date, expiry alerts, the contract life cycle,
each specialist's chain and history, headcount over time and committed fees per year.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.contracts import ContractStatus
from coopdesk.io.contracts_export import export_contracts
from coopdesk.io.contracts_import import (
    CONTRACT_COLUMNS,
    plan_contract_import,
    read_contracts_file,
)
from coopdesk.services import changes, contract_reads, specialists
from coopdesk.services.contract_chain import ChainEventDTO
from coopdesk.services.contract_reads import ContractDTO
from coopdesk.services.roster_pages import (
    SORTS,
    RosterCount,
    RosterQuery,
    roster_count,
    roster_page,
    roster_position,
)
from coopdesk.services.specialists import RosterRowDTO
from coopdesk.services.views.specialists import (
    CostRow,
    SpecialistsView,
    specialist_detail,
    specialists_view,
)
from coopdesk.ui import settings
from coopdesk.ui.dialogs.bulk_renewal_dialog import BulkRenewalDialog
from coopdesk.ui.dialogs.contract_dialogs import (
    AmendDialog,
    HireDialog,
    RenewDialog,
    SpecialistDialog,
    TerminateDialog,
)
from coopdesk.ui.dialogs.history_dialog import OperationsView
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec
from coopdesk.ui.labels import enum_label
from coopdesk.ui.messages import explain
from coopdesk.ui.models.paged import ListQuery
from coopdesk.ui.models.specialists import (
    COL_NAME,
    COL_POSITION,
    COL_START,
    COL_UNIT,
    chain_columns,
    cost_columns,
    roster_columns,
)
from coopdesk.ui.operations import LatestRead, background
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.headcount_chart import HeadcountChart
from coopdesk.ui.widgets.list_panel import ListPanel, refill_combo, show_last
from coopdesk.ui.widgets.paged_list_panel import PagedListPanel


class SpecialistsPage(Page):
    """The administrator's daily page."""

    key = "specialists"
    help_section = "page-specialists"
    kinds = frozenset({changes.PROGRAM, changes.SPECIALIST, changes.CONTRACT, changes.BUDGET})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        thresholds: list[int] = settings.get(settings.ALERT_THRESHOLDS)
        self.thresholds = sorted(thresholds, reverse=True)
        self.alert_buttons: dict[int, QPushButton] = {}
        alerts = QHBoxLayout()
        alerts.addWidget(QLabel(self.tr("Contracts ending:"), self))
        for days in self.thresholds:
            button = QPushButton(self)
            button.setFlat(True)
            button.clicked.connect(lambda _=False, d=days: self.show_ending_within(d))
            self.alert_buttons[days] = button
            alerts.addWidget(button)
        alerts.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, slot in [
            ("hire", self.tr("Hire…"), self.hire),
            ("edit", self.tr("Edit specialist…"), self.edit_specialist),
            ("renew", self.tr("Renew…"), self.renew),
            ("amend", self.tr("Amend…"), self.amend),
            ("terminate", self.tr("Terminate…"), self.terminate),
            ("bulk", self.tr("Bulk renewal…"), self.bulk_renewal),
            ("import", self.tr("Import…"), self.import_file),
            ("export", self.tr("Export…"), self.choose_export),
        ]:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.guard(
            {changes.CONTRACT},
            *(self.buttons[n] for n in ("hire", "renew", "amend", "terminate", "bulk", "import")),
        )
        self.guard(
            {changes.SPECIALIST}, self.buttons["edit"],
        )

        #: The roster, read a page at a time (``services/roster_pages.py``); its columns
        #: are in the order of the service's ``SORTS``.
        self.roster: PagedListPanel[RosterRowDTO] = PagedListPanel(
            roster_columns(), lambda row: row.specialist_id, self)
        self.unit_filter = self.roster.add_choice_filter(self.tr("Unit"), [])
        self.status_filter = self.roster.add_choice_filter(
            self.tr("Status"), [(enum_label(s), s) for s in ContractStatus])
        self.ending_filter = self.roster.add_choice_filter(
            self.tr("Ending"),
            [(self.tr("within %d days") % days, days) for days in self.thresholds])
        self.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        # after the contract's end, fee and status, which a long unit or position pushed out of view
        show_last(self.roster.view, COL_START, COL_UNIT, COL_POSITION)
        #: Counts the roster's rows behind it (``roster_count`` passes over every person).
        self.counter = LatestRead(self, ctx)
        self.roster.set_source(self._roster_page, self._roster_position, self._roster_count)
        self.roster.sig_selection_changed.connect(self._selection_changed)
        self.roster.sig_activated.connect(lambda _row: self.amend())

        self.detail_title = QLabel(self)
        self.detail_title.setStyleSheet("font-weight: 600;")
        self.chain: ListPanel[ChainEventDTO] = ListPanel(chain_columns(), self)
        self.chain.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.history = OperationsView(self)
        detail_tabs = QTabWidget(self)
        detail_tabs.addTab(self.chain, self.tr("Contract chain"))
        detail_tabs.addTab(self.history, self.tr("History"))
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(detail_tabs, 1)

        self.chart = HeadcountChart(self)
        self.cost: ListPanel[CostRow] = ListPanel(cost_columns(), self)
        self.component_filter = self.cost.add_choice_filter(
            self.tr("Component"), [], lambda r, c: r.component == c)
        bottom = QTabWidget(self)
        bottom.addTab(self.chart, self.tr("Headcount"))
        bottom.addTab(self.cost, self.tr("Committed fees and budget"))

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.roster)
        top.addWidget(detail)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(top)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)

        self.empty = QLabel(self.tr("Open a database and choose a program."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(alerts)
        body.addLayout(actions)
        body.addWidget(main, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        #: What the page shows beside the roster (``services/views/specialists.py``), None
        #: before a program or until it is read, behind the list (``beside``).
        self.shown: SpecialistsView | None = None
        self.beside = LatestRead(self, ctx)
        #: (path, contracts written) of the last export, for the status and tests.
        self.last_export: tuple[str, int] | None = None
        self._selection_changed()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The roster's first page (one read; the person selected stays selected and their
        detail is read once more), then, behind the window, what is beside it."""
        program, as_of, thresholds = self.ctx.program_id, self.ctx.as_of, tuple(self.thresholds)
        if not self.show_when_ready(self.empty, self.body) or program is None:
            self.roster.clear()
            return
        with QSignalBlocker(self.roster):
            self.roster.reload()
        self._selection_changed()

        def beside(uow: Any) -> SpecialistsView:
            return specialists_view(uow, program, as_of, thresholds)

        self.beside.read(beside, self._show_beside)

    def _query(self, query: ListQuery) -> RosterQuery:
        unit, status, ending = query.choices or (None, None, None)
        return RosterQuery(SORTS[query.column] if query.column is not None else "name",
                           query.descending, query.text, unit,
                           None if status is None else ContractStatus(status), ending)

    def _roster_page(self, query: ListQuery, offset: int,
                     limit: int | None) -> tuple[RosterRowDTO, ...]:
        return self.ctx.read(roster_page, self.ctx.program_id, self.ctx.as_of,
                             self._query(query), offset, limit)

    def _roster_count(self, query: ListQuery, answer: Callable[[int, int], None]) -> None:
        program, as_of, wanted = self.ctx.program_id, self.ctx.as_of, self._query(query)
        if program is None:
            return

        def count(uow: Any) -> RosterCount:
            return roster_count(uow, program, as_of, wanted)

        self.counter.read(count, lambda counted: answer(counted.total, counted.everyone))

    def _roster_position(self, query: ListQuery, specialist_id: object) -> int | None:
        return self.ctx.read(roster_position, self.ctx.program_id, self.ctx.as_of,
                             self._query(query), specialist_id)

    def _show_beside(self, shown: SpecialistsView) -> None:
        self.shown = shown
        self._refill_choices(self.unit_filter, shown.units)
        for days, count in shown.ending:
            self.alert_buttons[days].setText(self.tr("%d within %d days") % (count, days))
        self.chart.set_points(shown.headcount)
        self._refill_choices(self.component_filter, shown.components)
        self.cost.set_rows(shown.cost)

    def _refill_choices(self, combo: Any, values: tuple[str, ...]) -> None:
        refill_combo(combo, combo.itemText(0), [(v, v) for v in values],
                     combo.currentData() or None)

    # -- selection and detail --------------------------------------------------------------
    def selected(self) -> RosterRowDTO | None:
        return self.roster.current_row()

    def _selection_changed(self) -> None:
        row = self.selected()
        open_contract = row is not None and row.is_open
        for name in ("renew", "amend", "terminate"):
            self.buttons[name].setEnabled(open_contract)
        self.buttons["edit"].setEnabled(row is not None)
        has_program = self.ready
        for name in ("hire", "bulk", "import", "export"):
            self.buttons[name].setEnabled(has_program)
        if row is None or not self.ready:
            self.detail_title.setText(self.tr("Select a specialist to see their contracts."))
            self.chain.set_rows([])
            self.history.set_entries([])
            return
        self.detail_title.setText(row.full_name)
        detail = self.ctx.read(specialist_detail, row.specialist_id)
        self.chain.set_rows(detail.chain)
        self.history.set_entries(detail.history)

    def select_specialist(self, specialist_id: int) -> bool:
        return self.roster.select_key(specialist_id)

    def show_payload(self, payload: Any) -> None:
        """Click-throughs: ``specialist_id`` or ``contract_id`` selects that person,
        ``ending_within`` (days) shows the contracts ending that soon."""
        if not isinstance(payload, dict) or not self.ready:
            return
        with QSignalBlocker(self.roster.filter_edit):
            self.roster.filter_edit.clear()
        for combo in (self.unit_filter, self.status_filter, self.ending_filter):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        if "ending_within" in payload:
            with QSignalBlocker(self.ending_filter):
                self.show_ending_within(payload["ending_within"])
        self.roster.apply_filters()
        specialist_id = payload.get("specialist_id")
        if "contract_id" in payload:
            specialist_id = self.ctx.read(contract_reads.specialist_of, payload["contract_id"])
        if specialist_id is not None:
            self.select_specialist(specialist_id)

    def show_ending_within(self, days: int) -> None:
        self.ending_filter.setCurrentIndex(max(0, self.ending_filter.findData(days)))

    # -- actions ---------------------------------------------------------------------------
    def _contract(self) -> ContractDTO | None:
        """The selected row's contract, read for a form, if it can still be changed."""
        row = self.selected()
        if row is None or not row.is_open or row.contract_id is None:
            return None
        return self.ctx.read(contract_reads.get_contract, row.contract_id)

    def hire(self) -> None:
        dialog = HireDialog(self.ctx, self)
        if dialog.exec() and dialog.result_value is not None:
            self._show_person(self.ctx.read(contract_reads.specialist_of, dialog.result_value),
                              self.tr("%s hired."))

    def renew(self) -> None:
        contract = self._contract()
        if contract is not None:
            self._written(RenewDialog(self.ctx, contract, self),
                          self.tr("The contract of %s was renewed."))

    def amend(self) -> None:
        contract = self._contract()
        if contract is not None:
            self._written(AmendDialog(self.ctx, contract, self),
                          self.tr("The contract of %s was amended."))

    def terminate(self) -> None:
        contract = self._contract()
        if contract is not None:
            self._written(TerminateDialog(self.ctx, contract, self),
                          self.tr("The contract of %s was terminated."))

    def edit_specialist(self) -> None:
        row = self.selected()
        if row is not None:
            specialist = self.ctx.read(specialists.get_specialist, row.specialist_id)
            self._written(SpecialistDialog(self.ctx, specialist, self), self.tr("%s saved."))

    def _written(self, dialog: QDialog, said: str) -> None:
        """Run a form on the selected person; once it wrote, show them and say ``said``."""
        row = self.selected()
        if dialog.exec() and row is not None:
            self._show_person(row.specialist_id, said)

    def _show_person(self, specialist_id: int, said: str) -> None:
        """Show a person just written selected on the roster, and say ``said`` of them."""
        self.confirm_saved(lambda: self.roster.show_key(specialist_id),
                           lambda row: said % row.full_name)

    def bulk_renewal_rows(self) -> list[RosterRowDTO]:
        """The rows a bulk renewal works on: the selected ones when several are selected
        (select with Ctrl or Shift), otherwise every row the filters show."""
        selected = self.roster.selected_rows()
        return selected if len(selected) > 1 else self.roster.all_rows()

    def bulk_renewal(self) -> None:
        """Renew many contracts; the people renewed are then selected, so the user sees
        which rows changed (the filters cleared if they hide some: a renewal takes its
        people out of "ending within")."""
        dialog = BulkRenewalDialog(self.ctx, self.bulk_renewal_rows(), self)
        if dialog.exec() != BulkRenewalDialog.DialogCode.Accepted:
            return
        renewed = dialog.renewed_specialist_ids
        self.refresh_if_stale()
        if self.roster.select_keys(renewed) < len(renewed):
            self.roster.clear_filters()
            self.roster.select_keys(renewed)

    def import_dialog(self) -> ImportDialog:
        return ImportDialog(self.ctx, ImportSpec(
            self.tr("Import specialists and contracts"), CONTRACT_COLUMNS, read_contracts_file,
            plan_contract_import), self)

    def import_file(self) -> None:
        self.import_dialog().exec()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contracts"), f"contracts-{self.ctx.as_of:%Y-%m-%d}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the contracts (and, to XLSX, the roster) in the background."""
        program_id, as_of = self.ctx.program_id, self.ctx.as_of
        if program_id is None:
            return
        background(self, self.ctx, self.tr("Exporting contracts"),
                   lambda uow, _progress: export_contracts(uow, program_id, path, as_of),
                   lambda count: self._exported(path, count), on_error=self._export_failed)

    def _exported(self, path: str, count: int) -> None:
        self.last_export = (path, count)
        QMessageBox.information(self, self.tr("Exported"),
                                self.tr("%n contracts written to %s.", "", count) % path)

    def _export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not exported"), explain(exc))
