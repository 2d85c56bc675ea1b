"""Dialogs of the revision log: the revision header, the helpers and the diff view.

Each form writes through a service of ``services.revisions`` or ``services.revision_lines``;
its errors show beside the field they name and the dialog stays open until the data is valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import RevisionKind, RevisionPurpose
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.services import budget, revision_lines, revisions
from coopdesk.services.budget_diff import BudgetDiff, DiffLine
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import UnitOfWork
from coopdesk.services.programs import list_results
from coopdesk.services.revision_reads import RevisionDTO
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, SavedT
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.budget import diff_columns
from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.inputs import AmountEdit, DateEdit
from coopdesk.ui.widgets.list_panel import keep_query_order
from coopdesk.ui.widgets.screen_fit import fit_to_screen


def parse_years(text: str) -> list[int]:
    """Years typed as ``2016, 2017`` or a range ``2016-2018``; ValidationError if not."""
    years: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            if "-" in part:
                first, last = (int(p) for p in part.split("-", 1))
                years.extend(range(first, last + 1))
            else:
                years.append(int(part))
        except ValueError as exc:
            raise ValidationError({"years": Message("not_year", value=part)}) from exc
    if not years:
        raise ValidationError({"years": Message("years_required")})
    return sorted(set(years))


class RevisionDialog(FormDialog[int]):
    """Create a draft revision or edit a draft's header."""

    def __init__(
        self, ctx: AppContext, revision: RevisionDTO | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New revision") if revision is None else self.tr("Edit %s") % (
            revision.label
        )
        super().__init__(ctx, title, parent)
        self.revision = revision
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("General (money and dates)"), RevisionKind.GENERAL)
        self.kind.addItem(self.tr("Substantive (content)"), RevisionKind.SUBSTANTIVE)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.number = QSpinBox(self)
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("next"))
        self.add_field("number", self.tr("&Number:"), self.number)
        self.revision_date = DateEdit(date.today(), self)
        self.add_field("revision_date", self.tr("&Date:"), self.revision_date)
        self.purposes = QListWidget(self)
        for purpose in RevisionPurpose:
            item = QListWidgetItem(enum_label(purpose), self.purposes)
            item.setData(Qt.ItemDataRole.UserRole, purpose)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.purposes.itemChanged.connect(self._purposes_changed)
        self.add_field("purposes", self.tr("&Purposes:"), self.purposes)
        self.justification = QPlainTextEdit(self)
        self.justification.setMaximumHeight(90)
        self.add_field("justification", self.tr("&Justification:"), self.justification)
        self.new_end = DateEdit(date.today(), self)
        self.add_field("new_end_date", self.tr("New &end date:"), self.new_end)
        if revision is not None:
            self.kind.setCurrentIndex(self.kind.findData(revision.kind))
            self.number.setValue(revision.number)
            self.revision_date.set_value(revision.revision_date)
            self.set_purposes(revision.purposes)
            self.justification.setPlainText(revision.justification)
            if revision.new_end_date:
                self.new_end.set_value(revision.new_end_date)
        self._purposes_changed()

    def set_purposes(self, purposes: Iterable[RevisionPurpose]) -> None:
        for i in range(self.purposes.count()):
            item = self.purposes.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in purposes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_purposes(self) -> list[RevisionPurpose]:
        return [
            self.purposes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.purposes.count())
            if self.purposes.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _purposes_changed(self, *_: object) -> None:
        self.new_end.setEnabled(RevisionPurpose.EXTEND_VALIDITY in self.chosen_purposes())

    def save(self) -> Write[int]:
        values = dict(
            kind=self.kind.currentData(),
            revision_date=self.revision_date.value(),
            purposes=self.chosen_purposes(),
            justification=self.justification.toPlainText(),
            new_end_date=self.new_end.value() if self.new_end.isEnabled() else None,
        )
        number, revision, program_id = self.number.value() or None, self.revision, \
            self.ctx.program_id
        assert program_id is not None

        def write(uow: UnitOfWork) -> int:
            if revision is None:
                return revisions.create_revision(uow, program_id, number=number, **values)
            revisions.update_revision(
                uow, revision.id, expected_version=revision.version,
                number=number or revision.number, **values,
            )
            return revision.id

        return write


class _RowChoice(QComboBox):
    """A budget row (component/result × fund/donor) of the program."""

    def __init__(self, rows: list[tuple[int, str, str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        for result_id, code, fund, donor in rows:
            self.addItem(f"{code} · {fund}/{donor}", (result_id, fund, donor))

    def cell(self, year: int) -> Cell:
        result_id, fund, donor = self.currentData()
        return Cell(result_id, fund, donor, year)


class _YearSpin(QSpinBox):
    def __init__(self, value: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(1990, 2100)
        self.setValue(value)


class _HelperDialog(FormDialog[SavedT]):
    """A helper writing draft lines into one revision."""

    def __init__(
        self, ctx: AppContext, revision_id: int, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, title, parent)
        self.revision_id = revision_id
        self.rows = ctx.read(budget.budget_rows, ctx.program_id)


class CarryRemainderDialog(_HelperDialog[dict[Cell, Decimal]]):
    """Carry the unspent remainder of a closed year into chosen later years."""

    def __init__(
        self, ctx: AppContext, revision_id: int, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, revision_id, self.tr("Carry the remainder of a year"), parent)
        self.from_year = self.add_field("from_year", self.tr("&Closed year:"),
                                        _YearSpin(year, self))
        self.into = self.add_field("into_years", self.tr("&Into years:"), QLineEdit(self))
        self.into.setText(f"{year + 1}")
        self.into.setPlaceholderText(self.tr("e.g. 2016, 2017"))

    def save(self) -> Write[dict[Cell, Decimal]]:
        try:
            years = parse_years(self.into.text())
        except ValidationError as exc:
            raise ValidationError({"into_years": exc.problems["years"]}) from exc
        revision_id, from_year = self.revision_id, self.from_year.value()
        return lambda uow: revision_lines.carry_remainder(
            uow, revision_id, from_year=from_year, into_years=years)


class AdjustToCdrDialog(_HelperDialog[dict[Cell, Decimal]]):
    """Replace a closed year's planned amounts with its actual expenditure (the CDR)."""

    def __init__(
        self, ctx: AppContext, revision_id: int, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, revision_id, self.tr("Adjust a year to the CDR"), parent)
        self.year = self.add_field("year", self.tr("&Year:"), _YearSpin(year, self))

    def save(self) -> Write[dict[Cell, Decimal]]:
        revision_id, year = self.revision_id, self.year.value()
        return lambda uow: revision_lines.adjust_to_cdr(uow, revision_id, year=year)


class TransferDialog(_HelperDialog[dict[Cell, Decimal]]):
    """Move an amount from one line to another; the total stays the same."""

    def __init__(self, ctx: AppContext, revision_id: int, year: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, revision_id, self.tr("Transfer between lines"), parent)
        self.source_row = self.add_field("source", self.tr("&From line:"),
                                         _RowChoice(self.rows, self))
        self.source_year = self.add_field("source_year", self.tr("From &year:"),
                                          _YearSpin(year, self))
        self.target_row = self.add_field("target", self.tr("&To line:"),
                                         _RowChoice(self.rows, self))
        self.target_year = self.add_field("target_year", self.tr("To y&ear:"),
                                          _YearSpin(year + 1, self))
        self.amount = self.add_field("amount", self.tr("&Amount (%s):") % currency,
                                     AmountEdit(currency, self))

    def save(self) -> Write[dict[Cell, Decimal]]:
        return partial(
            revision_lines.transfer_between_lines, revision_id=self.revision_id,
            source=self.source_row.cell(self.source_year.value()),
            target=self.target_row.cell(self.target_year.value()), amount=self.amount.text(),
        )


class AwardChangeDialog(_HelperDialog[int | dict[Cell, Decimal]]):
    """Increase (or decrease) the award with a contribution, budgeted in a row and years."""

    def __init__(self, ctx: AppContext, revision_id: int, year: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, revision_id, self.tr("Change the award"), parent)
        self.amount = self.add_field("amount", self.tr("&Amount (%s, negative to decrease):")
                                     % currency, AmountEdit(currency, self))
        self.source = self.add_field("source", self.tr("&Source (donor or project):"),
                                     QLineEdit(self))
        self.description = self.add_field("description", self.tr("&Description:"),
                                          QLineEdit(self))
        self.budget_it = QCheckBox(self.tr("Budget it in a line"), self)
        self.budget_it.setChecked(bool(self.rows))
        self.add_field("budget_it", "", self.budget_it)
        self.row = self.add_field("row", self.tr("&Line:"), _RowChoice(self.rows, self))
        self.years = self.add_field("years", self.tr("&Years:"), QLineEdit(self))
        self.years.setText(str(year))
        self.budget_it.toggled.connect(self.row.setEnabled)
        self.budget_it.toggled.connect(self.years.setEnabled)

    def save(self) -> Write[int | dict[Cell, Decimal]]:
        revision_id, fields = self.revision_id, dict(
            amount=self.amount.text(), source=self.source.text(),
            description=self.description.text(),
        )
        if not self.budget_it.isChecked() or self.row.currentData() is None:
            return lambda uow: revision_lines.add_award_change(uow, revision_id, **fields)
        result_id, fund, donor = self.row.currentData()
        years = parse_years(self.years.text())
        return lambda uow: revision_lines.change_award(
            uow, revision_id, result_id=result_id, fund=fund, donor=donor, years=years,
            **fields)


class NewLineDialog(_HelperDialog[Cell]):
    """Add a budget line (a new row or year) to the draft with its amount."""

    def __init__(self, ctx: AppContext, revision_id: int, year: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, revision_id, self.tr("Add a budget line"), parent)
        self.component = QComboBox(self)
        for result in ctx.read(list_results, ctx.program_id):
            self.component.addItem(f"{result.code} · {result.title}", result.id)
        self.add_field("result", self.tr("&Component/result:"), self.component)
        self.fund = self.add_field("fund", self.tr("&Fund:"), QLineEdit(self))
        self.donor = self.add_field("donor", self.tr("&Donor:"), QLineEdit(self))
        self.year = self.add_field("year", self.tr("&Year:"), _YearSpin(year, self))
        self.amount = self.add_field("amount", self.tr("&Amount (%s):") % currency,
                                     AmountEdit(currency, self))

    def save(self) -> Write[Cell]:
        cell = Cell(self.component.currentData(), self.fund.text().strip(),
                    self.donor.text().strip(), self.year.value())
        revision_id, amount = self.revision_id, self.amount.text()

        def write(uow: UnitOfWork) -> Cell:
            try:
                revision_lines.set_revision_amounts(uow, revision_id, {cell: amount})
            except ValidationError as exc:
                # the service names the cell; the form shows it beside the amount
                raise ValidationError({"amount": Message("fields", problems=exc)}) from exc
            return cell

        return write


class DiffDialog(QDialog):
    """Line by line what a revision (or a comparison) changes, with the award before/after."""

    def __init__(self, diff: BudgetDiff, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff = diff
        self.setWindowTitle(title)
        fit_to_screen(self, QSize(820, 480))
        currency = diff.currency
        summary = QFormLayout()
        self.award_label = QLabel(
            self.tr("%s → %s (change %s)") % (
                fmt_money(diff.award_before, currency, True),
                fmt_money(diff.award_after, currency, True),
                fmt_money(diff.award_change, currency, True),
            ), self,
        )
        self.budget_label = QLabel(
            self.tr("%s → %s (change %s)") % (
                fmt_money(diff.budget_before, currency, True),
                fmt_money(diff.budget_after, currency, True),
                fmt_money(diff.budget_change, currency, True),
            ), self,
        )
        summary.addRow(self.tr("Compared:"), QLabel(f"{diff.before_label} → {diff.after_label}"))
        summary.addRow(self.tr("Award:"), self.award_label)
        summary.addRow(self.tr("Budget:"), self.budget_label)
        if diff.budget_after != diff.award_after:
            self.unallocated = QLabel(
                self.tr("The budget differs from the award by %s.") % fmt_money(
                    diff.award_after - diff.budget_after, currency, True
                ), self,
            )
            style.set_role(self.unallocated, style.WARNING)
            summary.addRow("", self.unallocated)
        self.model: DtoTableModel[DiffLine] = DtoTableModel(diff_columns(lambda: currency), self)
        self.model.set_rows(diff.lines)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        keep_query_order(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No line changes."), self)
        self.empty.setVisible(not diff.lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
