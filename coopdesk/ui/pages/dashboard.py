"""The joint monitoring dashboard: consultancy delays, slipping milestones, the rhythm of
expenditure, risks, and contracts ending, all as of the window's date.

Each figure opens the page behind it through a navigation request (``ctx.navigate``); the
dashboard never calls another page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import changes
from coopdesk.services.dashboard import DashboardData, dashboard
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import fmt_date, fmt_money, fmt_percent
from coopdesk.ui.models.monitoring import (
    ending_columns,
    late_deliverable_columns,
    milestone_columns,
    risk_columns,
)
from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import scrolled_body, sized_to_rows, table_view
from coopdesk.ui.widgets.headline import Headline
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.rhythm_chart import RhythmChart

#: Navigation keys of the pages behind the figures.
CONSULTANCIES, MILESTONES, RISKS = "consultancies", "milestones", "risks"
SPECIALISTS, EXPENDITURE = "specialists", "expenditure"


class _Figure(QGroupBox):
    """A titled box: a headline (the click-through, wrapping when long) above a short table
    as high as its rows (the page scrolls, not the table)."""

    def __init__(self, title: str, model: DtoTableModel | None, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.headline = Headline(self)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.headline)
        self.model = model
        self.view: QTableView | None = None
        if model is not None:
            self.view = sized_to_rows(table_view(model, self))
            self.column.addWidget(self.view)


class DashboardPage(Page):
    """The first page of a program: the joint monitoring mechanism."""

    key = "dashboard"
    help_section = "page-dashboard"
    kinds = changes.ALL

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        body = QWidget(self)
        # one figure under another: side by side, a table of five to seven columns had half
        # a laptop's width and cut its texts and headers
        grid = QGridLayout(body)

        bar = QHBoxLayout()
        self.heading = QLabel(body)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.as_of = DateEdit(ctx.as_of, body)
        self.as_of.setAccessibleName(self.tr("As-of date"))
        self.as_of.dateChanged.connect(lambda _day: self._as_of_chosen())
        bar.addWidget(self.heading, 1)
        bar.addWidget(QLabel(self.tr("As of:"), body))
        bar.addWidget(self.as_of)
        grid.addLayout(bar, 0, 0)

        self.late_model: DtoTableModel = DtoTableModel(late_deliverable_columns(), self)
        self.late = _Figure(self.tr("Late deliverables"), self.late_model, body)
        self.late.headline.clicked.connect(lambda: ctx.navigate(CONSULTANCIES, {"late": True}))
        self._open_on_double_click(self.late, CONSULTANCIES, "contract_id", "contract_id")
        grid.addWidget(self.late, 1, 0)

        self.slipping_model: DtoTableModel = DtoTableModel(milestone_columns(), self)
        self.slipping = _Figure(self.tr("Milestones slipping"), self.slipping_model, body)
        self.slipping.headline.clicked.connect(
            lambda: ctx.navigate(MILESTONES, {"slipping": True}))
        self._open_on_double_click(self.slipping, MILESTONES, "milestone_id", "id")
        grid.addWidget(self.slipping, 2, 0)

        self.rhythm = _Figure(self.tr("Rhythm of expenditure this year"), None, body)
        self.rhythm.headline.clicked.connect(lambda: ctx.navigate(EXPENDITURE, None))
        self.chart = RhythmChart(self.rhythm)
        self.chart.setMinimumHeight(220)
        self.rhythm.column.addWidget(self.chart)
        grid.addWidget(self.rhythm, 3, 0)

        self.top_model: DtoTableModel = DtoTableModel(risk_columns()[:7], self)
        self.top = _Figure(self.tr("Top risks by score"), self.top_model, body)
        self.top.headline.clicked.connect(lambda: ctx.navigate(RISKS, {}))
        self._open_on_double_click(self.top, RISKS, "risk_id", "id")
        grid.addWidget(self.top, 4, 0)

        self.overdue_model: DtoTableModel = DtoTableModel(risk_columns()[:7], self)
        self.overdue = _Figure(self.tr("Risks overdue for review"), self.overdue_model, body)
        self.overdue.headline.clicked.connect(lambda: ctx.navigate(RISKS, {"overdue": True}))
        self._open_on_double_click(self.overdue, RISKS, "risk_id", "id")
        grid.addWidget(self.overdue, 5, 0)

        self.ending_model: DtoTableModel = DtoTableModel(ending_columns(), self)
        self.ending = _Figure(self.tr("Contracts ending"), self.ending_model, body)
        self.ending.headline.clicked.connect(
            lambda: ctx.navigate(SPECIALISTS, {"ending_within": 90}))
        self.ending_30 = QPushButton(self.ending)
        self.ending_30.setFlat(True)
        self.ending_30.clicked.connect(lambda: ctx.navigate(SPECIALISTS, {"ending_within": 30}))
        self.ending.column.insertWidget(1, self.ending_30)
        self._open_on_double_click(self.ending, SPECIALISTS, "contract_id", "contract_id")
        grid.addWidget(self.ending, 6, 0)
        grid.setRowStretch(7, 1)  # a page taller than its figures keeps them at the top

        self.empty, self.body = scrolled_body(self, body)

    def _open_on_double_click(self, figure: _Figure, page: str, key: str, attr: str) -> None:
        model, view = figure.model, figure.view
        assert model is not None and view is not None
        view.doubleClicked.connect(
            lambda index: self.ctx.navigate(page, {key: getattr(model.row(index.row()), attr)}))

    def _as_of_chosen(self) -> None:
        day = self.as_of.value()
        if day != self.ctx.as_of:
            self.ctx.set_as_of(day)

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.body):
            return
        as_of = self.ctx.as_of
        self.as_of.blockSignals(True)
        self.as_of.set_value(as_of)
        self.as_of.blockSignals(False)
        data = self.ctx.read(dashboard, self.ctx.program_id, as_of)
        self.data = data
        self.heading.setText(self.tr("Joint monitoring as of %s") % fmt_date(as_of))
        late = self.tr("%n late deliverables", "", len(data.late_deliverables))
        if data.worst_days_late:
            late += " " + self.tr("(up to %n days late)", "", data.worst_days_late)
        self.late.headline.setText(late)
        self.late_model.set_rows(data.late_deliverables)
        self.slipping.headline.setText(
            self.tr("%n milestones slipping", "", len(data.slipping_milestones)))
        self.slipping_model.set_rows(data.slipping_milestones)
        self._fill_rhythm(data)
        self.top.headline.setText(self.tr("%n active risks shown", "", len(data.top_risks)))
        self.top_model.set_rows(data.top_risks)
        self.overdue.headline.setText(
            self.tr("%n risks overdue for review", "", len(data.overdue_risks)))
        self.overdue_model.set_rows(data.overdue_risks)
        self.ending.headline.setText(
            self.tr("%n contracts ending within 90 days", "", data.ending_within(90)))
        self.ending_30.setText(self.tr("%d within 30 days") % data.ending_within(30))
        self.ending_model.set_rows(data.ending)
        for figure in self.findChildren(_Figure):
            figure.headline.setToolTip(figure.headline.text())

    def _fill_rhythm(self, data: DashboardData) -> None:
        """Planned vs actual cumulative expenditure; hidden when there is no budget yet."""
        now = data.rhythm_to_date
        self.rhythm.setVisible(now is not None)
        if now is None:
            return
        currency = data.currency
        self.rhythm.headline.setText(
            self.tr("Spent %s of %s planned to date (%s); %s planned for the year")
            % (fmt_money(now.spent, currency, True), fmt_money(now.planned, currency, True),
               fmt_percent(now.rate), fmt_money(now.planned_year, currency, True)))
        self.chart.set_points(data.rhythm, self.tr("Cumulative expenditure, planned vs actual"))
