"""The risk register with its 5×5 heat map; risks overdue for review are flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.services import changes, risks
from coopdesk.services.risks import RiskDTO
from coopdesk.services.views.risks import RisksView, risks_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import RiskDialog
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.monitoring import risk_columns
from coopdesk.ui.operations import change
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import button_row, empty_label, needs_selection
from coopdesk.ui.widgets.forms import confirm
from coopdesk.ui.widgets.heatmap import HeatMapWidget
from coopdesk.ui.widgets.list_panel import ListPanel, show_last

#: Value of the review filter keeping the risks whose review date has passed.
OVERDUE = "overdue"


class RisksPage(Page):
    """List, filter and edit risks; click a heat-map cell to list its risks."""

    key = "risks"
    help_section = "page-risks"
    kinds = frozenset({changes.RISK, changes.INITIATIVE, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cell: tuple[int, int] | None = None
        self.data: RisksView | None = None
        self.panel: ListPanel[RiskDTO] = ListPanel(risk_columns(), self)
        self.category_filter = self.panel.add_choice_filter(
            self.tr("Category"), [(enum_label(c), c) for c in RiskCategory],
            lambda row, value: row.data.category == value)
        self.status_filter = self.panel.add_choice_filter(
            self.tr("Status"), [(enum_label(s), s) for s in RiskStatus],
            lambda row, value: row.data.status == value)
        self.review_filter = self.panel.add_choice_filter(
            self.tr("Review"), [(self.tr("Review overdue"), OVERDUE)],
            lambda row, value: row.review_overdue)
        self.panel.sig_activated.connect(lambda _row: self.edit())
        self.panel.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        show_last(self.panel.view, 5, 9)  # owner, mitigation: long texts after the status
        buttons, writers = button_row(self, [
            (self.tr("&New risk…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Delete…"), self.delete),
        ])
        self.guard({changes.RISK}, *writers)
        needs_selection(self.panel.view, writers[1:])
        self.heat = HeatMapWidget(self)
        self.heat.sig_cell_clicked.connect(self.filter_cell)
        self.clear_cell = QPushButton(self.tr("Show every cell"), self)
        self.clear_cell.clicked.connect(lambda: self.filter_cell(None, None))
        heat_box = QGroupBox(self.tr("Heat map (active risks): likelihood ↑, impact →"), self)
        heat_layout = QVBoxLayout(heat_box)
        heat_layout.addWidget(self.heat, 1)
        heat_layout.addWidget(self.clear_cell)
        self.body = QWidget(self)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.panel)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 3)
        row.addWidget(heat_box, 1)
        self.empty = empty_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.body):
            return
        self.data = self.ctx.read(risks_view, self.ctx.program_id, self.ctx.as_of)
        self.heat.set_heat_map(self.data.heat_map)
        self._show()

    def _show(self) -> None:
        """The risks of the selected cell, or every risk, from the page's read."""
        if self.data is None:
            return
        self.panel.set_rows(self.data.risks if self.cell is None
                            else self.data.in_cell(*self.cell))
        self.clear_cell.setEnabled(self.cell is not None)

    def filter_cell(self, likelihood: int | None, impact: int | None) -> None:
        """List only the risks of one heat-map cell (None, None: every risk)."""
        self.cell = None if likelihood is None or impact is None else (likelihood, impact)
        self.heat.set_selected(self.cell)
        if self.ready:
            self._show()

    def show_payload(self, payload: Any) -> None:
        """``{"overdue": True}`` flags the risks to review; ``risk_id`` selects one."""
        if not isinstance(payload, dict):
            return
        self.refresh_if_stale()
        self.filter_cell(None, None)
        if payload.get("overdue"):
            self.review_filter.setCurrentIndex(self.review_filter.findData(OVERDUE))
        if "risk_id" in payload:
            self.panel.select_first(lambda row: row.id == payload["risk_id"])

    def new(self) -> None:
        if self.ready:
            self._saved(RiskDialog(self.ctx, None, self))

    def edit(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._saved(RiskDialog(self.ctx, row, self))

    def _saved(self, dialog: RiskDialog) -> None:
        if dialog.exec():
            self.filter_cell(None, None)
            self.show_saved(self.panel, dialog.result_value,
                            lambda row: self.tr("Risk “%s” saved.") % row.data.title)

    def delete(self) -> None:
        row = self.panel.current_row()
        if row is None or not confirm(
            self, self.tr("Delete risk"), self.tr("Delete risk “%s”?") % row.data.title
        ):
            return
        change(self, self.ctx, lambda uow: risks.delete_risk(
            uow, row.id, expected_version=row.version))
