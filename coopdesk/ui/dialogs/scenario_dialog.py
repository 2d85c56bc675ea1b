"""The form of a Component 1 funding scenario: funds per year, a cut, an earlier end."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.services import programs, scenarios
from coopdesk.services.scenarios import ScenarioData, ScenarioDTO
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.forms import OptionalDateEdit, text_edit
from coopdesk.ui.widgets.screen_fit import fit_to_screen


class ScenarioDialog(FormDialog[int]):
    """A blank "funds" cell uses the planned Component 1 budget of that year."""

    def __init__(self, ctx: AppContext, scenario: ScenarioDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Edit scenario") if scenario else self.tr("New scenario"), parent)
        assert ctx.program_id is not None
        self.scenario = s = scenario
        program = ctx.read(programs.get_program, ctx.program_id)
        self.currency = program.currency
        planned = ctx.read(scenarios.planned_component_one, ctx.program_id)
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(s.name if s else "", self))
        self.cut = QSpinBox(self)
        self.cut.setRange(0, 100)
        self.cut.setSuffix(" %")
        self.cut.setValue(s.cut_percent if s else 0)
        self.add_field("cut_percent", self.tr("Cut"), self.cut)
        self.cut_year = QSpinBox(self)
        self.cut_year.setRange(program.start_date.year, program.end_date.year)
        self.cut_year.setValue(s.cut_from_year if s and s.cut_from_year else ctx.as_of.year)
        self.add_field("cut_from_year", self.tr("Cut from year"), self.cut_year)
        self.end = self.add_field(
            "end_date", self.tr("Program ends on"),
            OptionalDateEdit(s.end_date if s else None, program.end_date, self))
        self.years = years = list(range(program.start_date.year, program.end_date.year + 1))
        self.funds = QTableWidget(len(years), 3, self)
        self.funds.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Planned (Component 1)"), self.tr("Funds available")])
        self.funds.verticalHeader().setVisible(False)
        self.funds.setMinimumHeight(220)
        entered = s.funds if s else {}
        for row, year in enumerate(years):
            self._cell(row, 0, str(year), editable=False)
            self._cell(row, 1, fmt_money(planned.get(year, Decimal(0)), self.currency),
                       editable=False)
            amount = entered.get(year)
            self._cell(row, 2, fmt_money(amount, self.currency) if amount is not None else "",
                       editable=True)
        self.funds.resizeColumnsToContents()
        self.funds.horizontalHeader().setStretchLastSection(True)
        self.add_field("funds", self.tr("Funds per year (blank: as planned)"), self.funds)
        self.notes = self.add_field("notes", self.tr("Notes"),
                                    text_edit(s.notes if s else "", self))
        # labels above their fields: beside a long label the table hid its funds column
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fit_to_screen(self, QSize(600, 720))

    def _cell(self, row: int, column: int, text: str, editable: bool) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.funds.setItem(row, column, item)

    def entered_funds(self) -> dict[int, str]:
        funds = {}
        for row, year in enumerate(self.years):
            amount_item = self.funds.item(row, 2)
            text = amount_item.text().strip() if amount_item else ""
            if text:
                funds[year] = text
        return funds

    def data(self) -> ScenarioData:
        return ScenarioData(
            name=self.name.text(), cut_percent=self.cut.value(),
            cut_from_year=self.cut_year.value() if self.cut.value() else None,
            end_date=self.end.value(), notes=self.notes.toPlainText(),
            funds=self.entered_funds(),
        )

    def show_errors(self, error: ValidationError) -> None:
        """Errors of single years ("funds_2019") are shown beside the whole table."""
        problems = {k: v for k, v in error.problems.items() if not k.startswith("funds_")}
        years = ValidationError({k.removeprefix("funds_"): v for k, v in error.problems.items()
                                 if k.startswith("funds_")})
        if years.problems:
            problems["funds"] = Message("fields", problems=years)
        super().show_errors(ValidationError(problems))

    def save(self) -> Write[int]:
        data, program_id = self.data(), self.ctx.program_id
        assert program_id is not None
        return create_or_update(
            self.scenario,
            lambda uow: scenarios.create_scenario(uow, program_id, data),
            lambda uow, id_, version: scenarios.update_scenario(
                uow, id_, data, expected_version=version))
