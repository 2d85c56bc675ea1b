"""Overview: the selected program at a glance. Every figure comes from one service query."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import changes
from coopdesk.services.overview import BudgetTable, BudgetYearRow, OverviewData, program_overview
from coopdesk.services.staffing import EndingContractDTO
from coopdesk.ui import settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import fmt_date, fmt_int, fmt_money
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import scrolled_body, sized_to_rows, table_view


class OverviewPage(Page):
    """Partners, validity, phases; award and its ledger; budget; headcount; contracts ending."""

    key = "overview"
    help_section = "page-overview"
    kinds = frozenset({changes.PROGRAM, changes.BUDGET, changes.CONTRACT, changes.SPECIALIST})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: OverviewData | None = None
        body = QWidget(self)
        column = QVBoxLayout(body)

        self.heading = QLabel(body)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.heading)

        top = QHBoxLayout()
        program_box = QGroupBox(self.tr("Program"), body)
        form = QFormLayout(program_box)
        self.partners = QLabel(program_box)
        self.validity = QLabel(program_box)
        self.phases = QLabel(program_box)
        form.addRow(self.tr("Partners:"), self.partners)
        form.addRow(self.tr("Validity:"), self.validity)
        form.addRow(self.tr("Phases:"), self.phases)
        top.addWidget(program_box, 1)

        people_box = QGroupBox(self.tr("Specialists"), body)
        people = QFormLayout(people_box)
        self.active = QLabel(people_box)
        self.active.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.alerts = QLabel(people_box)
        self.year_ends = QLabel(people_box)
        people.addRow(self.tr("Active as of the date:"), self.active)
        people.addRow(self.tr("Contracts ending:"), self.alerts)
        people.addRow(self.tr("Active on 31 December:"), self.year_ends)
        top.addWidget(people_box, 1)
        for box in (program_box, people_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column.addLayout(top)

        award_box = QGroupBox(self.tr("Award and its ledger"), body)
        award = QVBoxLayout(award_box)
        self.award_total = QLabel(award_box)
        self.award_total.setStyleSheet("font-size: 13pt; font-weight: 600;")
        award.addWidget(self.award_total)
        self.ledger_model: DtoTableModel = DtoTableModel(self._ledger_columns(), self)
        self.ledger_view = sized_to_rows(table_view(self.ledger_model, award_box))
        award.addWidget(self.ledger_view)
        column.addWidget(award_box)

        budget_box = QGroupBox(self.tr("Budget by year and component"), body)
        budget_layout = QVBoxLayout(budget_box)
        self.budget_model: DtoTableModel[BudgetYearRow] = DtoTableModel([], self)
        self.budget_view = sized_to_rows(table_view(self.budget_model, budget_box))
        self.budget_view.horizontalHeader().setStretchLastSection(False)
        budget_layout.addWidget(self.budget_view)
        column.addWidget(budget_box)

        ending_box = QGroupBox(self.tr("Contracts ending in the next 90 days"), body)
        ending_layout = QVBoxLayout(ending_box)
        self.ending_model: DtoTableModel[EndingContractDTO] = DtoTableModel(
            self._ending_columns(), self
        )
        self.ending_view = sized_to_rows(table_view(self.ending_model, ending_box))
        self.ending_view.setToolTip(self.tr("Double-click a contract to open its specialist"))
        self.ending_view.doubleClicked.connect(self._open_specialist)
        ending_layout.addWidget(self.ending_view)
        column.addWidget(ending_box)

        self.empty, self.body = scrolled_body(self, body)

    def _currency(self) -> str:
        return self.data.program.currency if self.data else "USD"

    def _ledger_columns(self) -> list[Column]:
        money = self._money
        return [
            Column(self.tr("Revision"), lambda r: (r.revision_date, r.number),
                   display=lambda r: r.label),
            Column(self.tr("Date"), lambda r: r.revision_date),
            Column(self.tr("Change"), lambda r: r.change, display=lambda r: money(r.change)),
            Column(self.tr("Award total"), lambda r: r.total, display=lambda r: money(r.total)),
            Column(self.tr("Purposes"), lambda r: ", ".join(enum_label(p) for p in r.purposes)),
        ]

    def _ending_columns(self) -> list[Column[EndingContractDTO]]:
        return [
            Column(self.tr("Specialist"), lambda r: r.specialist_name),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Contract"), lambda r: r.reference),
            Column(self.tr("Ends"), lambda r: r.end_date),
            Column(self.tr("Days left"), lambda r: r.days_left),
        ]

    def _money(self, value: Decimal) -> str:
        return fmt_money(value, self._currency())

    def refresh(self) -> None:
        if not self.show_when_ready(self.empty, self.body):
            return
        days: list[int] = settings.get(settings.ALERT_THRESHOLDS)
        data = self.ctx.read(program_overview, self.ctx.program_id, self.ctx.as_of,
                             tuple(sorted(days, reverse=True)))
        self.data = data
        program = data.program
        self.heading.setText(f"{program.code} — {program.title}")
        self.partners.setText(
            self.tr("%s (partner), %s (implementing agency)")
            % (program.partner_agency or "—", program.implementing_agency or "—")
        )
        self.validity.setText(f"{fmt_date(program.start_date)} – {fmt_date(program.end_date)}")
        self.phases.setText(
            "\n".join(
                f"{p.name}: {fmt_date(p.start_date)} – {fmt_date(p.end_date)}" for p in data.phases
            ) or "—"
        )
        self.award_total.setText(
            self.tr("Award total: %s") % fmt_money(data.award_total, program.currency, True)
        )
        self.ledger_model.set_rows(data.award_ledger)
        self._fill_budget(data.budget_table)
        self.active.setText(fmt_int(data.active_specialists))
        self.alerts.setText(
            "\n".join(self.tr("%d within %d days") % (count, days)
                      for days, count in data.ending_alerts)
        )
        pairs = [f"{year}: {count}" for year, count in data.headcount_year_end]
        self.year_ends.setText(
            "\n".join(" · ".join(pairs[i : i + 3]) for i in range(0, len(pairs), 3))
        )
        self.ending_model.set_rows(data.ending_soon)

    def _fill_budget(self, table: BudgetTable) -> None:
        money = self._money
        columns: list[Column[BudgetYearRow]] = [
            Column(self.tr("Year"), lambda r: r.year, display=lambda r: str(r.year))
        ]
        columns += [self._code_column(code, n) for n, code in enumerate(table.codes)]
        columns.append(Column(self.tr("Total"), lambda r: r.total,
                              display=lambda r: money(r.total)))
        self.budget_model.set_columns(columns)
        self.budget_model.set_rows(table.years)

    def _code_column(self, code: str, position: int) -> Column[BudgetYearRow]:
        """The column of one component: its amount in each year."""
        def amount(row: BudgetYearRow) -> Decimal:
            return row.amounts[position]

        return Column(code, amount, display=lambda r: self._money(amount(r)))

    def _open_specialist(self, index: QModelIndex) -> None:
        row = self.ending_model.row(index.row())
        self.ctx.navigate("specialists", {"specialist_id": row.specialist_id})
