"""Table models of the budget side: the budget grid (editable for a draft) and list columns.

The grid's rows are component/result × fund/donor and its columns the years; a draft
revision's cells can be typed in directly. Sorting reorders the Python list of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.services.budget import AwardLedgerRow, BudgetGrid, BudgetGridRow
from coopdesk.services.budget_diff import DiffLine
from coopdesk.services.budget_state import Cell
from coopdesk.services.delivery import DeliveryRow, LineDeliveryRow
from coopdesk.services.expenditure import ExpenditureDTO
from coopdesk.services.revision_reads import RevisionDTO
from coopdesk.ui.formatting import fmt_money, fmt_percent
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.table import ROW_ROLE, Column, Index, sort_key
from coopdesk.ui.style import ALERT, DRAFT, GOOD

#: Background of a line over budget.
OVER_BUDGET = ALERT

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: The row type of a list column.
Row = TypeVar("Row")


class BudgetModels(TextContext):
    """Translation context of the budget lists."""


class BudgetGridModel(QAbstractTableModel):
    """Rows × years of a budget state, with a totals row; editable when a draft is shown."""

    #: Fixed columns before the years.
    COL_COMPONENT, COL_FUND, COL_DONOR = 0, 1, 2
    FIXED = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: BudgetGrid | None = None
        self.years: list[int] = []
        self._rows: list[BudgetGridRow] = []
        self.draft_cells: set[Cell] = set()
        #: Called with (cell, typed text) when a draft cell is edited; returns True if saved.
        self.on_edit: Callable[[Cell, str], bool] | None = None

    # -- content ---------------------------------------------------------------------------
    def set_grid(
        self, grid: BudgetGrid, years: Sequence[int] | None = None,
        draft_cells: Collection[Cell] = (),
    ) -> None:
        """Show ``grid`` in the year columns ``years`` (default: the grid's own years)."""
        self.beginResetModel()
        self.grid = grid
        self.years = list(grid.years if years is None else years)
        self._rows = list(grid.rows)
        self.draft_cells = set(draft_cells)
        self.endResetModel()

    @property
    def editable(self) -> bool:
        return self.on_edit is not None

    def year_of(self, column: int) -> int | None:
        position = column - self.FIXED
        return self.years[position] if 0 <= position < len(self.years) else None

    def cell_at(self, row: int, column: int) -> Cell | None:
        year = self.year_of(column)
        if year is None or not 0 <= row < len(self._rows):
            return None
        data = self._rows[row]
        return Cell(data.result_id, data.fund, data.donor, year)

    def grid_row(self, row: int) -> BudgetGridRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.FIXED + len(self.years) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [self.tr("Component/result"), self.tr("Fund"), self.tr("Donor")]
        if section < self.FIXED:
            return fixed[section]
        year = self.year_of(section)
        return str(year) if year is not None else self.tr("Total")

    def _value(self, row: int, column: int) -> Any:
        """The raw value of a cell (also what sorting compares)."""
        assert self.grid is not None
        if row == len(self._rows):
            if column == self.COL_COMPONENT:
                return self.tr("Total")
            if column < self.FIXED:
                return ""
            year = self.year_of(column)
            return self.grid.totals_by_year.get(year, Decimal(0)) if year else self.grid.total
        data = self._rows[row]
        if column == self.COL_COMPONENT:
            return data.result_code
        if column == self.COL_FUND:
            return data.fund
        if column == self.COL_DONOR:
            return data.donor
        year = self.year_of(column)
        if year is None:
            return data.total
        return data.amounts.get(year)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        value = self._value(row, column)
        is_total = row == len(self._rows) or self.year_of(column) is None and column >= self.FIXED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, Decimal):
                return fmt_money(value, self.grid.currency)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIXED:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.cell_at(row, column) in self.draft_cells:
            return QBrush(QColor(DRAFT))
        if role == Qt.ItemDataRole.ToolTipRole and row < len(self._rows) and column == 0:
            return self._rows[row].result_title
        if role == ROW_ROLE and row < len(self._rows):
            return self._rows[row]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and self.cell_at(index.row(), index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cell = self.cell_at(index.row(), index.column())
        if role != Qt.ItemDataRole.EditRole or cell is None or self.on_edit is None:
            return False
        return self.on_edit(cell, str(value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.grid is None:
            return
        self.beginResetModel()
        positions = sorted(
            range(len(self._rows)),
            key=lambda r: sort_key(self._value(r, column)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[r] for r in positions]
        self.endResetModel()


# -- columns of the lists ------------------------------------------------------------------
def _money(
    currency: Callable[[], str], get: Callable[[Row], Decimal | None]
) -> Callable[[Row], str]:
    return lambda row: fmt_money(get(row), currency())


def ledger_columns(currency: Callable[[], str]) -> list[Column[AwardLedgerRow]]:
    return [
        Column(BudgetModels.tr("Revision"), lambda r: (r.revision_date, r.number),
               lambda r: r.label),
        Column(BudgetModels.tr("Date"), lambda r: r.revision_date),
        Column(BudgetModels.tr("Purposes"), lambda r: ", ".join(enum_label(p) for p in r.purposes)),
        Column(BudgetModels.tr("Award change"), lambda r: r.change,
               _money(currency, lambda r: r.change)),
        Column(BudgetModels.tr("Award after"), lambda r: r.total,
               _money(currency, lambda r: r.total)),
        Column(BudgetModels.tr("Justification"), lambda r: r.justification),
    ]


def revision_columns(currency: Callable[[], str]) -> list[Column[RevisionDTO]]:
    return [
        Column(BudgetModels.tr("Revision"), lambda r: (r.revision_date, r.number),
               lambda r: r.label),
        Column(BudgetModels.tr("Date"), lambda r: r.revision_date),
        Column(BudgetModels.tr("Status"), lambda r: enum_label(r.status),
               highlight=lambda r: None if r.is_approved else DRAFT),
        Column(BudgetModels.tr("Purposes"), lambda r: ", ".join(enum_label(p) for p in r.purposes)),
        Column(BudgetModels.tr("Award change"), lambda r: r.award_change,
               _money(currency, lambda r: r.award_change)),
        Column(BudgetModels.tr("Lines"), lambda r: r.line_count),
        Column(BudgetModels.tr("New end"), lambda r: r.new_end_date),
        Column(BudgetModels.tr("Justification"), lambda r: r.justification),
    ]


def diff_columns(currency: Callable[[], str]) -> list[Column[DiffLine]]:
    return [
        Column(BudgetModels.tr("Component/result"), lambda d: d.result_code),
        Column(BudgetModels.tr("Fund"), lambda d: d.fund),
        Column(BudgetModels.tr("Donor"), lambda d: d.donor),
        Column(BudgetModels.tr("Year"), lambda d: d.year),
        Column(BudgetModels.tr("Before"), lambda d: d.before, _money(currency, lambda d: d.before)),
        Column(BudgetModels.tr("After"), lambda d: d.after, _money(currency, lambda d: d.after)),
        Column(BudgetModels.tr("Change"), lambda d: d.change, _money(currency, lambda d: d.change),
               highlight=lambda d: OVER_BUDGET if d.change < 0 else GOOD),
    ]


def delivery_columns(currency: Callable[[], str]) -> list[Column[DeliveryRow]]:
    return [
        Column(BudgetModels.tr("Year"), lambda r: r.year,
               lambda r: BudgetModels.tr("All") if r.year is None
               else str(r.year)),
        Column(BudgetModels.tr("Component/result"), lambda r: r.result_code,
               tooltip=lambda r: r.result_title),
        Column(BudgetModels.tr("Budget"), lambda r: r.budget, _money(currency, lambda r: r.budget)),
        Column(BudgetModels.tr("Expenditure"), lambda r: r.expenditure,
               _money(currency, lambda r: r.expenditure)),
        Column(BudgetModels.tr("Delivery rate"), lambda r: r.rate, lambda r: fmt_percent(r.rate),
               highlight=lambda r: OVER_BUDGET if r.over_budget else None),
    ]


def line_delivery_columns(currency: Callable[[], str]) -> list[Column[LineDeliveryRow]]:
    over = lambda r: OVER_BUDGET if r.over_budget else None  # noqa: E731
    return [
        Column(BudgetModels.tr("Year"), lambda r: r.year, highlight=over),
        Column(BudgetModels.tr("Component/result"), lambda r: r.result_code, highlight=over),
        Column(BudgetModels.tr("Fund"), lambda r: r.fund, highlight=over),
        Column(BudgetModels.tr("Donor"), lambda r: r.donor, highlight=over),
        Column(BudgetModels.tr("Budget"), lambda r: r.budget, _money(currency, lambda r: r.budget),
               highlight=over),
        Column(BudgetModels.tr("Expenditure"), lambda r: r.expenditure,
               _money(currency, lambda r: r.expenditure), highlight=over),
        Column(BudgetModels.tr("Delivery rate"), lambda r: r.rate, lambda r: fmt_percent(r.rate),
               tooltip=lambda r: BudgetModels.tr("Over budget") if r.over_budget else None,
               highlight=over),
    ]


def expenditure_columns(currency: Callable[[], str]) -> list[Column[ExpenditureDTO]]:
    return [
        Column(BudgetModels.tr("Year"), lambda r: r.year),
        Column(BudgetModels.tr("Component/result"), lambda r: r.result_code),
        Column(BudgetModels.tr("Fund"), lambda r: r.fund),
        Column(BudgetModels.tr("Donor"), lambda r: r.donor),
        Column(BudgetModels.tr("From"), lambda r: r.period_start),
        Column(BudgetModels.tr("To"), lambda r: r.period_end),
        Column(BudgetModels.tr("Amount"), lambda r: r.amount, _money(currency, lambda r: r.amount)),
        Column(BudgetModels.tr("Source"), lambda r: enum_label(r.source)),
        Column(BudgetModels.tr("Reference"), lambda r: r.reference),
    ]
