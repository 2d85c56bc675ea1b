"""Overview: the selected program at a glance. Every figure comes from one service query."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.contracts import EndingContractDTO
from coopdesk.services.overview import OverviewData, program_overview
from coopdesk.ui import events, settings
from coopdesk.ui.formatting import fmt_date, fmt_int, fmt_money
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.common import scrolled_body, table_view


@dataclass(frozen=True)
class BudgetYearRow:
    """One year of the budget across components, for the overview's budget table."""

    year: int
    amounts: dict[str, Decimal]
    total: Decimal


class OverviewPage(Page):
    """Partners, validity, phases; award and its ledger; budget; headcount; contracts ending."""

    key = "overview"
    kinds = frozenset({events.PROGRAM, events.BUDGET, events.CONTRACT, events.SPECIALIST})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
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
        self.ledger_view = table_view(self.ledger_model, award_box, 160)
        award.addWidget(self.ledger_view)
        column.addWidget(award_box)

        budget_box = QGroupBox(self.tr("Budget by year and component"), body)
        budget_layout = QVBoxLayout(budget_box)
        self.budget_model: DtoTableModel[BudgetYearRow] = DtoTableModel([], self)
        self.budget_view = table_view(self.budget_model, budget_box, 160)
        self.budget_view.horizontalHeader().setStretchLastSection(False)
        budget_layout.addWidget(self.budget_view)
        column.addWidget(budget_box)

        ending_box = QGroupBox(self.tr("Contracts ending in the next 90 days"), body)
        ending_layout = QVBoxLayout(ending_box)
        self.ending_model: DtoTableModel[EndingContractDTO] = DtoTableModel(
            self._ending_columns(), self
        )
        self.ending_view = table_view(self.ending_model, ending_box, 160)
        self.ending_view.setToolTip(self.tr("Double-click a contract to open its specialist"))
        self.ending_view.doubleClicked.connect(self._open_specialist)
        ending_layout.addWidget(self.ending_view)
        column.addWidget(ending_box)

        self.empty, self.body = scrolled_body(self, body)

    def title(self) -> str:
        return self.tr("Overview")

    def _currency(self) -> str:
        return self.data.program.currency if self.data else "USD"

    def _ledger_columns(self) -> list[Column]:
        money = self._money
        return [
            Column(self.tr("Revision"), lambda r: (r.revision_date, r.number),
                   display=lambda r: f"{'RG' if r.kind.value == 'general' else 'RS'} {r.number}"),
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
        data = self.ctx.read(program_overview, self.ctx.program_id, self.ctx.as_of)
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
        self._fill_budget(data)
        self.active.setText(fmt_int(data.active_specialists))
        thresholds = sorted(settings.get(settings.ALERT_THRESHOLDS), reverse=True)
        self.alerts.setText(
            "\n".join(
                self.tr("%d within %d days")
                % (sum(1 for c in data.ending_soon if c.days_left <= days), days)
                for days in thresholds
            )
        )
        pairs = [f"{year}: {count}" for year, count in data.headcount_year_end]
        self.year_ends.setText(
            "\n".join(" · ".join(pairs[i : i + 3]) for i in range(0, len(pairs), 3))
        )
        self.ending_model.set_rows(data.ending_soon)

    def _fill_budget(self, data: OverviewData) -> None:
        codes = sorted({code for _, code in data.budget})
        years = sorted({year for year, _ in data.budget})
        rows = []
        for year in years:
            amounts = {code: data.budget.get((year, code), Decimal(0)) for code in codes}
            rows.append(BudgetYearRow(year, amounts, sum(amounts.values(), Decimal(0))))
        money = self._money
        columns: list[Column[BudgetYearRow]] = [
            Column(self.tr("Year"), lambda r: r.year, display=lambda r: str(r.year))
        ]
        for code in codes:
            columns.append(
                Column(code, lambda r, c=code: r.amounts[c], display=lambda r, c=code: money(
                    r.amounts[c]))
            )
        columns.append(Column(self.tr("Total"), lambda r: r.total, display=lambda r: money(
            r.total)))
        self.budget_model.set_columns(columns)
        self.budget_model.set_rows(rows)

    def _open_specialist(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.ending_model.row(index.row())
        self.ctx.navigate("specialists", {"specialist_id": row.specialist_id})
