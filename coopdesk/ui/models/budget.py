"""Table models of the budget side: the budget grid (editable for a draft) and list columns.

The grid's rows are component/result × fund/donor and its columns the years; a draft
revision's cells can be typed in directly. Sorting reorders the Python list of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
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


#: Where a cell of the grid is, whatever the rows' order: (result id, fund, donor) or None
#: for the totals row, and the year, or the label column's number, or None for the totals.
Place = tuple[tuple[int, str, str] | None, int | None]


class PasteRefused(Exception):  # noqa: N818 - a refusal the user reads, not a failure
    """A pasted block that cannot be written where it was pasted; the text says why."""


class BudgetGridModel(QAbstractTableModel):
    """Rows × years of a budget state, with a totals row; editable when a draft is shown.

    A new state of the same rows and years replaces the amounts in place (``dataChanged``),
    not by a reset: a reset would close the editor that saved the cell, lose the current
    cell and scroll the grid back to its first year after every amount typed in.
    """

    #: Fixed columns before the years.
    COL_COMPONENT, COL_FUND, COL_DONOR = 0, 1, 2
    FIXED = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: BudgetGrid | None = None
        self.years: list[int] = []
        self._rows: list[BudgetGridRow] = []
        self.draft_cells: set[Cell] = set()
        #: Called with {cell: typed text} when draft cells are edited; returns True if saved.
        self.on_edit: Callable[[Mapping[Cell, str]], bool] | None = None
        #: The column and order the user sorted by, kept by a new state of the grid.
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------------------
    def set_grid(
        self, grid: BudgetGrid, years: Sequence[int] | None = None,
        draft_cells: Collection[Cell] = (),
    ) -> None:
        """Show ``grid`` in the year columns ``years`` (default: the grid's own years)."""
        years = list(grid.years if years is None else years)
        rows = self._ordered(list(grid.rows), years)
        same_shape = self.grid is not None and years == self.years and [
            _row_key(r) for r in rows] == [_row_key(r) for r in self._rows]
        if not same_shape:
            self.beginResetModel()
        self.grid, self.years, self._rows = grid, years, rows
        self.draft_cells = set(draft_cells)
        if same_shape:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.endResetModel()

    def _ordered(self, rows: list[BudgetGridRow], years: list[int]) -> list[BudgetGridRow]:
        """``rows`` in the order the user sorted the grid by, if any."""
        if self._sorted_by is None:
            return rows
        column, order = self._sorted_by
        return sorted(rows, key=lambda r: sort_key(_line_value(r, column, years)),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def place(self, index: Index) -> Place:
        """Where ``index`` is, to find the same cell in another state of the grid."""
        row = self.grid_row(index.row())
        year = self.year_of(index.column())
        column = year if year is not None else (
            index.column() if index.column() < self.FIXED else None)
        return (_row_key(row) if row is not None else None), column

    def find(self, place: Place) -> QModelIndex:
        """The index of a cell ``place`` gave, or an invalid one if this state lacks it."""
        row_key, column = place
        rows = [r for r, data in enumerate(self._rows) if _row_key(data) == row_key]
        row = rows[0] if rows else len(self._rows) if row_key is None else -1
        if column is None:
            position = self.columnCount() - 1
        elif column < self.FIXED:
            position = column
        else:
            position = self.FIXED + self.years.index(column) if column in self.years else -1
        return self.index(row, position) if row >= 0 and position >= 0 else QModelIndex()

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
        return _line_value(self._rows[row], column, self.years)

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
        return self.on_edit({cell: str(value)})

    def pasted_cells(self, top_left: Index, block: Sequence[Sequence[str]]) -> dict[Cell, str]:
        """The cells a block pasted at ``top_left`` sets, checked to fit the grid and to fall
        on draft cells only; raises ``PasteRefused`` naming what does not fit."""
        rows = len(block)
        columns = max((len(line) for line in block), default=0)
        fit_rows = len(self._rows) - top_left.row()
        fit_columns = self.FIXED + len(self.years) - top_left.column()
        if rows > fit_rows or columns > fit_columns:
            raise PasteRefused(self.tr(
                "The pasted block has %d rows and %d columns, but from %s the grid has room "
                "for %d rows and %d columns. Nothing was pasted."
            ) % (rows, columns, self.cell_label(top_left), max(fit_rows, 0),
                 max(fit_columns, 0)))
        cells: dict[Cell, str] = {}
        for r, line in enumerate(block):
            for c, text in enumerate(line):
                index = self.index(top_left.row() + r, top_left.column() + c)
                cell = self.cell_at(index.row(), index.column())
                if cell is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
                            raise PasteRefused(self.tr(
                        "The pasted block falls on %s, which cannot be edited: paste amounts "
                        "onto the years of a draft. Nothing was pasted."
                    ) % self.cell_label(index))
                cells[cell] = text
        return cells

    def cell_label(self, index: Index) -> str:
        """How a cell is named to the user: its line and its column's title."""
        row = self.grid_row(index.row())
        line = (f"{row.result_code} · {row.fund}/{row.donor}" if row is not None
                else self.tr("Total"))
        return f"{line} · {self.headerData(index.column(), Qt.Orientation.Horizontal)}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the lines (the totals row stays last), keeping the current cell on its line."""
        if self.grid is None:
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._ordered(before, self.years)
        moved = {id(data): position for position, data in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(moved[id(before[i.row()])] if i.row() < len(before) else i.row(),
                       i.column()) for i in persistent])
        self.layoutChanged.emit()


def _row_key(row: BudgetGridRow) -> tuple[int, str, str]:
    return row.result_id, row.fund, row.donor


def _line_value(data: BudgetGridRow, column: int, years: Sequence[int]) -> Any:
    """The raw value of a line's cell when the year columns are ``years``."""
    labels = (data.result_code, data.fund, data.donor)
    if column < len(labels):
        return labels[column]
    position = column - len(labels)
    return data.amounts.get(years[position]) if position < len(years) else data.total


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
