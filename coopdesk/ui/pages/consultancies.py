"""Consultancies (individual contracts) and their deliverables, with lateness as of the date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.monitoring import format_bp
from coopdesk.services import changes, consultancies, consultancy_reads, deliverables
from coopdesk.services.consultancy_reads import ConsultancyDTO, DeliverableDTO
from coopdesk.services.views.consultancies import ConsultanciesView, consultancies_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.consultancy_dialogs import (
    ConsultancyDialog,
    DeliverableAction,
    DeliverableActionDialog,
    DeliverableDialog,
    TerminateDialog,
)
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.monitoring import consultancy_columns, deliverable_columns
from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.operations import change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import (
    button_row,
    list_above_details,
    needs_selection,
    select_in,
    table_view,
)
from coopdesk.ui.widgets.forms import confirm
from coopdesk.ui.widgets.list_panel import ListPanel

#: Value of the "deliverables" filter that keeps consultancies with late deliverables.
LATE = "late"


class ConsultanciesPage(Page):
    """The consultancies, their terms of reference and the deliverables of the selected one."""

    key = "consultancies"
    help_section = "page-consultancies"
    kinds = frozenset({changes.CONTRACT, changes.DELIVERABLE, changes.INITIATIVE, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = "USD"
        self.data: ConsultanciesView | None = None
        self.panel: ListPanel[ConsultancyDTO] = ListPanel(consultancy_columns(), self)
        self.status_filter = self.panel.add_choice_filter(
            self.tr("Status"), [(enum_label(s), s) for s in ContractStatus],
            lambda row, value: row.status == value)
        self.late_filter = self.panel.add_choice_filter(
            self.tr("Deliverables"), [(self.tr("With late deliverables"), LATE)],
            lambda row, value: row.late > 0)
        self.panel.sig_activated.connect(lambda _row: self.edit())
        self.panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.sig_selection_changed.connect(self._show_deliverables)
        top_buttons, contract_buttons = button_row(self, [
            (self.tr("&New consultancy…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Terminate…"), self.terminate), (self.tr("&Delete…"), self.delete),
        ])
        self.tor = QLabel(self)
        self.tor.setWordWrap(True)
        self.tor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deliverables: DtoTableModel[DeliverableDTO] = DtoTableModel(
            deliverable_columns(), self)
        self.deliverables_view = table_view(self.deliverables, self)
        self.deliverables_view.doubleClicked.connect(lambda _i: self.edit_deliverable())
        bottom_buttons, deliverable_buttons = button_row(self, [
            (self.tr("&Add deliverable…"), self.add_deliverable),
            (self.tr("Edit deliverable…"), self.edit_deliverable),
            (self.tr("&Submitted…"), lambda: self.step(DeliverableAction.SUBMIT)),
            (self.tr("&Accept…"), lambda: self.step(DeliverableAction.ACCEPT)),
            (self.tr("&Reject…"), lambda: self.step(DeliverableAction.REJECT)),
            (self.tr("Delete deliverable…"), self.delete_deliverable),
        ])
        self.guard({changes.CONTRACT}, *contract_buttons)
        self.guard({changes.DELIVERABLE}, *deliverable_buttons)
        needs_selection(self.panel.view, [*contract_buttons[1:], deliverable_buttons[0]])
        needs_selection(self.deliverables_view, deliverable_buttons[1:])
        self.bottom = QGroupBox(self.tr("Deliverables"), self)
        bottom_layout = QVBoxLayout(self.bottom)
        bottom_layout.addWidget(self.tor)
        bottom_layout.addLayout(bottom_buttons)
        bottom_layout.addWidget(self.deliverables_view)
        self.empty, self.splitter = list_above_details(
            self, [top_buttons, self.panel], self.bottom)

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.splitter):
            return
        selected = self.panel.current_row()
        self.data = self.ctx.read(consultancies_view, self.ctx.program_id, self.ctx.as_of)
        self.currency = self.data.currency
        self.panel.set_rows(self.data.consultancies)
        if selected is not None:
            self.select(selected.id)
        self._show_deliverables()

    def select(self, contract_id: int) -> None:
        self.panel.select_first(lambda row: row.id == contract_id)

    def show_payload(self, payload: Any) -> None:
        """``{"late": True}`` keeps consultancies with late deliverables; ``contract_id``
        selects one."""
        if not isinstance(payload, dict):
            return
        self.refresh_if_stale()
        if payload.get("late"):
            self.late_filter.setCurrentIndex(self.late_filter.findData(LATE))
        if "contract_id" in payload:
            self.select(payload["contract_id"])

    def _show_deliverables(self) -> None:
        row = self.panel.current_row()
        if row is None or self.data is None or not self.ready:
            self.tor.setText(self.tr("Select a consultancy to see its deliverables."))
            self.deliverables.set_rows([])
            return
        text = self.tr("Terms of reference: %s") % (row.terms_of_reference or "—")
        if row.termination_date:
            text += "\n" + self.tr("Terminated on %s: %s") % (
                fmt_date(row.termination_date), row.termination_reason)
        if not row.tranches_complete:
            text += "\n" + self.tr("The payment tranches add up to %s %%, not 100 %%.") % (
                format_bp(row.tranche_total_bp))
        self.tor.setText(text)
        self.deliverables.set_rows(self.data.deliverables_of(row.id))

    def current_deliverable(self) -> DeliverableDTO | None:
        rows = self.deliverables_view.selectionModel().selectedRows()
        return self.deliverables.row(rows[0].row()) if rows else None

    # -- consultancies ---------------------------------------------------------------------
    def new(self) -> None:
        if self.ready:
            self._saved(ConsultancyDialog(self.ctx, self.currency, None, self))

    def edit(self) -> None:
        row = self.panel.current_row()
        if row is not None:  # the form edits the record as stored, not as of the page's day
            stored = self.ctx.read(consultancy_reads.consultancy_as_recorded, row.id)
            self._saved(ConsultancyDialog(self.ctx, self.currency, stored, self))

    def _saved(self, dialog: ConsultancyDialog) -> None:
        if dialog.exec():
            self.show_saved(self.panel, dialog.result_value,
                            lambda row: self.tr("Consultancy %s saved.") % row.reference)

    def terminate(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            TerminateDialog(self.ctx, row, self).exec()

    def delete(self) -> None:
        row = self.panel.current_row()
        if row is None or not confirm(
            self, self.tr("Delete consultancy"),
            self.tr("Delete consultancy %s and its %n deliverables? To end it early, "
                    "terminate it instead.", "", row.deliverables) % row.reference,
        ):
            return
        change(self, self.ctx, lambda uow: consultancies.delete_consultancy(
            uow, row.id, expected_version=row.version))

    # -- deliverables ----------------------------------------------------------------------
    def add_deliverable(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._deliverable_saved(DeliverableDialog(self.ctx, row.id, None, self))

    def edit_deliverable(self) -> None:
        row, item = self.panel.current_row(), self.current_deliverable()
        if row is not None and item is not None:  # as stored, not as of the page's day
            stored = self.ctx.read(consultancy_reads.deliverable_as_recorded, item.id)
            self._deliverable_saved(DeliverableDialog(self.ctx, row.id, stored, self))

    def _deliverable_saved(self, dialog: DeliverableDialog) -> None:
        """Show the deliverable just saved selected under its consultancy, and say so."""
        if dialog.exec():
            self.confirm_saved(
                lambda: select_in(self.deliverables_view,
                                  lambda item: item.id == dialog.result_value),
                lambda item: self.tr("Deliverable “%s” saved.") % item.title)

    def step(self, action: DeliverableAction) -> None:
        item = self.current_deliverable()
        if item is not None:
            DeliverableActionDialog(self.ctx, item, action, self).exec()

    def delete_deliverable(self) -> None:
        item = self.current_deliverable()
        if item is None or not confirm(
            self, self.tr("Delete deliverable"), self.tr("Delete deliverable “%s”?") % item.title
        ):
            return
        change(self, self.ctx, lambda uow: deliverables.delete_deliverable(
            uow, item.id, expected_version=item.version))
