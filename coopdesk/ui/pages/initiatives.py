"""Initiatives: the list with its classification, and what links to the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from coopdesk.domain.enums import Dimension, InitiativeStatus
from coopdesk.services import changes, initiatives
from coopdesk.services.initiatives import GOOD_PRACTICE_CRITERIA, InitiativeDTO
from coopdesk.services.views.initiatives import InitiativesView, initiatives_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import InitiativeDialog
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.monitoring import (
    consultancy_columns,
    initiative_columns,
    milestone_columns,
    risk_columns,
)
from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.operations import change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import (
    button_row,
    list_above_details,
    needs_selection,
    table_view,
)
from coopdesk.ui.widgets.forms import confirm
from coopdesk.ui.widgets.list_panel import ListPanel, refill_combo


class InitiativesPage(Page):
    """List, filter and edit initiatives; see their consultancies, milestones and risks."""

    key = "initiatives"
    help_section = "page-initiatives"
    kinds = frozenset({changes.INITIATIVE, changes.CONTRACT, changes.DELIVERABLE,
                       changes.MILESTONE, changes.RISK, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: InitiativesView | None = None
        self.panel: ListPanel[InitiativeDTO] = ListPanel(initiative_columns(), self)
        self.dimension_filter = self.panel.add_choice_filter(
            self.tr("Dimension"), [(enum_label(d), d) for d in Dimension],
            lambda row, value: row.data.dimension == value)
        self.phase_filter = self.panel.add_choice_filter(
            self.tr("Phase"), [], lambda row, value: row.data.phase_id == value)
        self.status_filter = self.panel.add_choice_filter(
            self.tr("Status"), [(enum_label(s), s) for s in InitiativeStatus],
            lambda row, value: row.data.status == value)
        self.panel.sig_activated.connect(lambda _row: self.edit())
        self.panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.sig_selection_changed.connect(self._show_links)
        buttons, (self.new_button, self.edit_button, self.delete_button) = button_row(self, [
            (self.tr("&New initiative…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Delete…"), self.delete),
        ])
        self.guard({changes.INITIATIVE}, self.new_button, self.edit_button, self.delete_button)
        needs_selection(self.panel.view, (self.edit_button, self.delete_button))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consultancies_model: DtoTableModel = DtoTableModel(consultancy_columns(), self)
        self.milestones_model: DtoTableModel = DtoTableModel(milestone_columns(), self)
        self.risks_model: DtoTableModel = DtoTableModel(risk_columns(), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.details, self.tr("Classification"))
        self.tabs.addTab(table_view(self.consultancies_model, self), self.tr("Consultancies"))
        self.tabs.addTab(table_view(self.milestones_model, self), self.tr("Milestones"))
        self.tabs.addTab(table_view(self.risks_model, self), self.tr("Risks"))
        self.empty, self.splitter = list_above_details(self, [buttons, self.panel], self.tabs)

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.splitter):
            return
        selected = self.panel.current_row()
        self.data = self.ctx.read(initiatives_view, self.ctx.program_id, self.ctx.as_of)
        refill_combo(self.phase_filter, self.phase_filter.itemText(0),
                     [(phase.name, phase.id) for phase in self.data.phases],
                     self.phase_filter.currentData())
        self.panel.set_rows(self.data.initiatives)
        if selected is not None:
            self.select(selected.id)
        self._show_links()

    def select(self, initiative_id: int) -> None:
        self.panel.select_first(lambda row: row.id == initiative_id)

    def show_payload(self, payload: Any) -> None:
        if isinstance(payload, dict) and "initiative_id" in payload:
            self.refresh_if_stale()
            self.select(payload["initiative_id"])

    def _show_links(self) -> None:
        row = self.panel.current_row()
        if row is None or self.data is None or not self.ready:
            self.details.setText(self.tr("Select an initiative to see its classification."))
            for model in (self.consultancies_model, self.milestones_model, self.risks_model):
                model.set_rows([])
            return
        d = row.data
        lines = [
            (self.tr("Dimension"), enum_label(d.dimension)), (self.tr("Phase"), row.phase),
            (self.tr("Result / component"), row.result), (self.tr("Alignment"), d.alignment),
            (self.tr("Dissemination scope"), enum_label(d.dissemination_scope)),
            (self.tr("Incidence level"), enum_label(d.incidence_level)),
            (self.tr("Period"), f"{fmt_date(d.start_date)} – {fmt_date(d.end_date)}"),
            (self.tr("Status"), enum_label(d.status)),
            (self.tr("Good-practice criteria met"),
             self.tr("%d of %d") % (d.good_practice_criteria_met, GOOD_PRACTICE_CRITERIA)),
            (self.tr("Challenges"), d.challenges), (self.tr("Good practices"), d.good_practices),
        ]
        self.details.setText("\n".join(f"{name}: {value}" for name, value in lines))
        links = self.data.links(row.id)
        self.consultancies_model.set_rows(links.consultancies)
        self.milestones_model.set_rows(links.milestones)
        self.risks_model.set_rows(links.risks)

    def new(self) -> None:
        if self.ready:
            self._saved(InitiativeDialog(self.ctx, None, self))

    def edit(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._saved(InitiativeDialog(self.ctx, row, self))

    def _saved(self, dialog: InitiativeDialog) -> None:
        if dialog.exec():
            self.show_saved(self.panel, dialog.result_value,
                            lambda row: self.tr("Initiative %s saved.") % row.code)

    def delete(self) -> None:
        row = self.panel.current_row()
        if row is None or not confirm(
            self, self.tr("Delete initiative"),
            self.tr("Delete initiative %s? Its consultancies, milestones and risks stay, "
                    "unlinked.") % row.code,
        ):
            return
        change(self, self.ctx, lambda uow: initiatives.delete_initiative(
            uow, row.id, expected_version=row.version))
