"""Dialogs of the expenditure page: one entry, and the preview of an import.

An import is read and checked in the background, shown row by row, and written only when
the user confirms a file with no row in error: all or nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.budget import expenditure_period
from coopdesk.domain.enums import ExpenditureSource
from coopdesk.domain.errors import ValidationError
from coopdesk.io.expenditure_import import plan_expenditure_import
from coopdesk.io.tabular import ImportPlan, PlanRow, RowStatus, Table
from coopdesk.services import expenditure
from coopdesk.services.expenditure import ExpenditureDTO
from coopdesk.ui import events
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.widgets.list_panel import keep_query_order
from coopdesk.ui.write import run_write

#: Period kinds an entry may cover.
_MONTH, _QUARTER, _YEAR = "month", "quarter", "year"


class ExpenditureDialog(FormDialog):
    """Enter or correct actual expenditure on a budget line for a month, quarter or year."""

    def __init__(
        self, ctx: AppContext, currency: str, year: int | None,
        entry: ExpenditureDTO | None = None, parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New expenditure") if entry is None else self.tr("Edit expenditure")
        super().__init__(ctx, title, {events.EXPENDITURE}, parent)
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
        self.amount = QLineEdit(self)
        self.add_field("amount", self.tr("&Amount (%s):") % currency, self.amount)
        self.reference = QLineEdit(self)
        self.add_field("reference", self.tr("&Reference:"), self.reference)
        if entry is not None:
            self._load(entry, currency)
        self._kind_changed()

    def _load(self, entry: ExpenditureDTO, currency: str) -> None:
        months = (entry.period_end.month - entry.period_start.month) + 1
        kind = {1: _MONTH, 3: _QUARTER, 12: _YEAR}.get(months, _MONTH)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.number.setValue(
            entry.period_start.month if kind == _MONTH else (entry.period_start.month + 2) // 3
        )
        self.amount.setText(fmt_money(entry.amount, currency))
        self.reference.setText(entry.reference)

    def _kind_changed(self, *_: Any) -> None:
        kind = self.kind.currentData()
        self.number.setEnabled(kind != _YEAR)
        self.number.setMaximum(12 if kind == _MONTH else 4)

    def period(self) -> tuple[date, date]:
        choice = self.line.currentData()
        if choice is None:
            raise ValidationError({"line": "add budget lines in a revision first"})
        kind, number = self.kind.currentData(), self.number.value()
        period = expenditure_period(
            choice.year, number if kind == _MONTH else None, number if kind == _QUARTER else None
        )
        return period.start, period.end

    def save(self, uow: Any) -> Any:
        start, end = self.period()
        if self.entry is None:
            return expenditure.add_expenditure(
                uow, self.line.currentData().id, period_start=start, period_end=end,
                amount=self.amount.text(), reference=self.reference.text(),
            )
        expenditure.update_expenditure(
            uow, self.entry.id, expected_version=self.entry.version, period_start=start,
            period_end=end, amount=self.amount.text(), reference=self.reference.text(),
        )
        return self.entry.id


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExpenditureImport", text)


def _plan_columns() -> list[Column[PlanRow]]:
    error = "#fde2e1"
    return [
        Column(_tr("Row"), lambda r: r.row),
        Column(_tr("Status"), lambda r: r.status.value,
               highlight=lambda r: error if r.status is RowStatus.ERROR else None),
        Column(_tr("Line"), lambda r: r.key),
        Column(_tr("What"), lambda r: r.detail),
    ]


class ExpenditureImportDialog(QDialog):
    """The checked rows of a file; Import writes them all, only if none is in error."""

    def __init__(
        self, ctx: AppContext, path: Path, table: Table, plan: ImportPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.table, self.plan = ctx, path, table, plan
        self.applied: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import expenditure from %s") % path.name)
        self.resize(860, 520)
        counts = plan.counts()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        if plan.has_errors:
            self.summary.setText(self.tr(
                "%d row(s) are in error: correct the file and import it again. Nothing will "
                "be written while any row is in error.") % counts[RowStatus.ERROR])
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setText(self.tr("%d row(s) ready to import.") % counts[RowStatus.NEW])
        self.from_cdr = QCheckBox(self.tr("These amounts come from the CDR"), self)
        self.from_cdr.setChecked(True)
        self.model: DtoTableModel[PlanRow] = DtoTableModel(_plan_columns(), self)
        self.model.set_rows(plan.rows)
        view = QTableView(self)
        view.setModel(self.model)
        keep_query_order(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not plan.has_errors)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.from_cdr)
        layout.addWidget(view, 1)
        layout.addWidget(self.buttons)

    def apply(self) -> None:
        source = ExpenditureSource.CDR if self.from_cdr.isChecked() else ExpenditureSource.IMPORT
        result = run_write(
            self, self.ctx,
            lambda uow: plan_expenditure_import(
                uow, self.ctx.program_id, self.table, apply=True, source=source
            ),
            {events.EXPENDITURE},
        )
        if result.ok and result.value is not None and result.value.applied:
            self.applied = result.value
            self.accept()
        elif result.ok and result.value is not None:
            self.plan = result.value
            self.model.set_rows(result.value.rows)
            self.import_button.setEnabled(False)
