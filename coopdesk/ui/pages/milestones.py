"""Milestones: baseline, forecast and actual, slip and status as of the date, re-baselines and
a timeline of the program year."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.monitoring import MilestoneStatus
from coopdesk.services import changes, milestones
from coopdesk.services.milestones import MilestoneDTO
from coopdesk.services.views.milestones import MilestonesView, milestone_detail, milestones_view
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import MilestoneDialog, RebaselineDialog
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.monitoring import milestone_columns, rebaseline_columns
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
from coopdesk.ui.widgets.gantt import GanttWidget
from coopdesk.ui.widgets.list_panel import ListPanel

#: Value of the status filter that keeps every slipping milestone (late or at risk).
SLIPPING = "slipping"


class MilestonesPage(Page):
    """The milestones list, the re-baselines of the selected one and the year's timeline."""

    key = "milestones"
    help_section = "page-milestones"
    kinds = frozenset({changes.MILESTONE, changes.INITIATIVE, changes.CONTRACT, changes.PROGRAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: MilestonesView | None = None
        self.panel: ListPanel[MilestoneDTO] = ListPanel(milestone_columns(), self)
        self.status_filter = self.panel.add_choice_filter(
            self.tr("Status"),
            [(self.tr("Slipping"), SLIPPING), *((enum_label(s), s) for s in MilestoneStatus)],
            lambda row, value: row.slipping if value == SLIPPING else row.status == value)
        self.panel.sig_activated.connect(lambda _row: self.edit())
        self.panel.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.panel.sig_selection_changed.connect(self._show_rebaselines)
        buttons, writers = button_row(self, [
            (self.tr("&New milestone…"), self.new), (self.tr("&Edit…"), self.edit),
            (self.tr("&Re-baseline…"), self.rebaseline), (self.tr("&Delete…"), self.delete),
        ])
        self.guard({changes.MILESTONE}, *writers)
        needs_selection(self.panel.view, writers[1:])
        self.rebaselines: DtoTableModel = DtoTableModel(rebaseline_columns(), self)
        history = QGroupBox(self.tr("Re-baselines of the selected milestone"), self)
        QVBoxLayout(history).addWidget(table_view(self.rebaselines, history, 80))

        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setAccessibleName(self.tr("Timeline year"))
        self.year.valueChanged.connect(self._year_chosen)
        self.gantt = GanttWidget(self)
        timeline = QGroupBox(self.tr("Timeline: baseline (grey) vs forecast or actual"), self)
        timeline_layout = QVBoxLayout(timeline)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year:"), timeline))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        timeline_layout.addLayout(year_row)
        scroll = QScrollArea(timeline)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.gantt)
        timeline_layout.addWidget(scroll)

        self.empty, self.splitter = list_above_details(
            self, [buttons, self.panel], history, timeline)
        #: The year the user picked for the timeline, with the program and as-of date it was
        #: picked under; another program or date shows the as-of date's year again.
        self._chosen: tuple[int, int | None, date] | None = None

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.splitter):
            return
        selected = self.panel.current_row()
        data = self.ctx.read(milestones_view, self.ctx.program_id, self.ctx.as_of,
                             self._timeline_year(), selected.id if selected else None)
        self.data = data
        self.panel.set_rows(data.milestones)
        if selected is not None:
            self.select(selected.id)
        self._show_rebaselines()
        self.year.blockSignals(True)
        self.year.setValue(data.year)
        self.year.blockSignals(False)
        self.gantt.set_milestones(data.year, data.timeline)

    def _timeline_year(self) -> int | None:
        """The year the user picked, while the program and as-of date are those it was
        picked under; else None (the as-of date's year)."""
        if self._chosen is None or self._chosen[1:] != (self.ctx.program_id, self.ctx.as_of):
            return None
        return self._chosen[0]

    def _year_chosen(self, year: int) -> None:
        self._chosen = (year, self.ctx.program_id, self.ctx.as_of)
        if self.ready:
            self.refresh()

    def select(self, milestone_id: int) -> None:
        self.panel.select_first(lambda row: row.id == milestone_id)

    def show_payload(self, payload: Any) -> None:
        """``{"slipping": True}`` shows the slipping milestones; ``milestone_id`` selects one."""
        if not isinstance(payload, dict):
            return
        self.refresh_if_stale()
        if payload.get("slipping"):
            self.status_filter.setCurrentIndex(self.status_filter.findData(SLIPPING))
        if "milestone_id" in payload:
            self.select(payload["milestone_id"])

    def _show_rebaselines(self) -> None:
        """The selected milestone's re-baselines: from the page's read when it was selected
        then, else with one read of its detail."""
        row = self.panel.current_row()
        if row is None or self.data is None or not self.ready:
            self.rebaselines.set_rows([])
            return
        detail = self.data.detail
        if detail is None or detail.milestone_id != row.id:
            detail = self.ctx.read(milestone_detail, row.id, self.ctx.as_of)
        self.rebaselines.set_rows(detail.rebaselines)

    def _consultancies(self) -> list[tuple[int, str]]:
        """The form's consultancy choices, from the page's read."""
        return list(self.data.consultancies) if self.data is not None else []

    def new(self) -> None:
        if self.ready:
            self._saved(MilestoneDialog(self.ctx, None, self, self._consultancies()))

    def edit(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._saved(MilestoneDialog(self.ctx, row, self, self._consultancies()))

    def rebaseline(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._saved(RebaselineDialog(self.ctx, row, self), row.id)

    def _saved(self, dialog: MilestoneDialog | RebaselineDialog,
               milestone_id: int | None = None) -> None:
        if dialog.exec():
            self.show_saved(self.panel, milestone_id or dialog.result_value,
                            lambda row: self.tr("Milestone “%s” saved.") % row.title)

    def delete(self) -> None:
        row = self.panel.current_row()
        if row is None or not confirm(
            self, self.tr("Delete milestone"),
            self.tr("Delete milestone “%s” and its re-baseline history?") % row.title,
        ):
            return
        change(self, self.ctx, lambda uow: milestones.delete_milestone(
            uow, row.id, expected_version=row.version))
