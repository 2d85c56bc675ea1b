"""The expenditure entry dialog (imports use the generic ``import_dialog``)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.budget import expenditure_period
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.services import expenditure
from coopdesk.services.expenditure import ExpenditureDTO
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.inputs import AmountEdit

#: Period kinds an entry may cover.
_MONTH, _QUARTER, _YEAR = "month", "quarter", "year"


class _EntryFields(TypedDict):
    """The form's fields as ``add_expenditure`` and ``update_expenditure`` take them."""

    period_start: date
    period_end: date
    amount: str
    reference: str


class ExpenditureDialog(FormDialog[int]):
    """Enter or correct actual expenditure on a budget line for a month, quarter or year."""

    def __init__(
        self, ctx: AppContext, currency: str, year: int | None,
        entry: ExpenditureDTO | None = None, parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New expenditure") if entry is None else self.tr("Edit expenditure")
        super().__init__(ctx, title, parent)
        self.entry = entry
        self.line = QComboBox(self)
        for choice in ctx.read(expenditure.line_choices, ctx.program_id):
            self.line.addItem(choice.label, choice)
        if entry is not None:
            self.line.setCurrentIndex(self.line.findText(
                f"{entry.year} · {entry.result_code} · {entry.fund}/{entry.donor}"))
            self.line.setEnabled(False)
        elif year is not None:
            labels = [self.line.itemData(i).year for i in range(self.line.count())]
            if year in labels:
                self.line.setCurrentIndex(labels.index(year))
        self.add_field("line", self.tr("Budget &line:"), self.line)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Month"), _MONTH)
        self.kind.addItem(self.tr("Quarter"), _QUARTER)
        self.kind.addItem(self.tr("Whole year"), _YEAR)
        self.add_field("period", self.tr("&Period:"), self.kind)
        self.number = QSpinBox(self)
        self.number.setRange(1, 12)
        self.add_field("period_start", self.tr("&Month or quarter:"), self.number)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount = AmountEdit(currency, self)
        self.add_field("amount", self.tr("&Amount (%s):") % currency, self.amount)
        self.reference = QLineEdit(self)
        self.add_field("reference", self.tr("&Reference:"), self.reference)
        if entry is not None:
            self._load(entry)
        self._kind_changed()

    def _load(self, entry: ExpenditureDTO) -> None:
        months = (entry.period_end.month - entry.period_start.month) + 1
        kind = {1: _MONTH, 3: _QUARTER, 12: _YEAR}.get(months, _MONTH)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.number.setValue(
            entry.period_start.month if kind == _MONTH else (entry.period_start.month + 2) // 3
        )
        self.amount.set_amount(entry.amount)
        self.reference.setText(entry.reference)

    def _kind_changed(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.number.setEnabled(kind != _YEAR)
        self.number.setMaximum(12 if kind == _MONTH else 4)

    def period(self) -> tuple[date, date]:
        choice = self.line.currentData()
        if choice is None:
            raise ValidationError({"line": Message("no_budget_lines")})
        kind, number = self.kind.currentData(), self.number.value()
        period = expenditure_period(
            choice.year, number if kind == _MONTH else None, number if kind == _QUARTER else None
        )
        return period.start, period.end

    def save(self) -> Write[int]:
        start, end = self.period()
        line = self.line.currentData()
        fields = _EntryFields(period_start=start, period_end=end, amount=self.amount.text(),
                              reference=self.reference.text())
        return create_or_update(
            self.entry,
            lambda uow: expenditure.add_expenditure(uow, line.id, **fields),
            lambda uow, id_, version: expenditure.update_expenditure(
                uow, id_, expected_version=version, **fields))
