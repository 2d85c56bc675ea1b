"""The table model every list uses: DTO rows, columns declared once, own sort, lazy fetch.

Sorting and filtering happen on the Python list, outside Qt's per-cell calls: the sort proxy
costs ~700x Python's ``sorted()`` on 100k rows (docs/architecture.md). Rows are handed to
the view in batches (``canFetchMore``/``fetchMore``), so a long list costs what is visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coopdesk.collation import collation_key
from coopdesk.ui.formatting import fmt_date

T = TypeVar("T")

#: Role returning the row's DTO, whatever column is asked.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role returning the raw value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

#: Characters beyond which a text cell shows itself whole as a tooltip (lists squeeze long
#: texts to about this many: ``widgets/list_panel.py``'s MIN_TEXT_WIDTH).
LONG_TEXT = 24

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, the raw value (sorting) and how it is shown."""

    header: str
    value: Callable[[T], Any]
    display: Callable[[T], str] | None = None
    tooltip: Callable[[T], str | None] | None = None
    #: Returns a background colour name (one of ``ui/style.py``'s) to flag a row's cell, or None.
    highlight: Callable[[T], str | None] | None = None

    def text(self, row: T) -> str:
        """What the cell shows: ``display``, else the value, dates as the user writes them."""
        if self.display is not None:
            return self.display(row)
        value = self.value(row)
        if value is None:
            return ""
        if isinstance(value, datetime):
            return f"{fmt_date(value.date())} {value:%H:%M}"
        if isinstance(value, date):
            return fmt_date(value)
        return str(value)


def sort_key(value: Any) -> tuple[bool, Any]:
    """None last, so sorting never compares None with a date; texts in Spanish order.

    Texts take ``collation_key``, the key the services, reports and exports sort by, so a
    list reads in the same order on screen as on paper ("Ángela" between "Ana" and "Beatriz").
    """
    if isinstance(value, str):
        return (False, collation_key(value))
    return (value is None, value if value is not None else 0)


def header_data(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation,
                role: int) -> Any:
    """A column's header, as every table model of ``Column``s gives it."""
    if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(columns)):
        return columns[section].header
    return None


def cell_data(column: Column[T], row: T, role: int) -> Any:
    """What a cell of ``column`` gives Qt for ``row`` in ``role``: text, the DTO, the raw
    value, alignment (numbers right), tooltip, highlight."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(row)
    if role == ROW_ROLE:
        return row
    if role == SORT_ROLE:
        return column.value(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        value = column.value(row)
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return int(_RIGHT)
        return None
    if role == Qt.ItemDataRole.ToolTipRole:
        if column.tooltip is not None:
            return column.tooltip(row)
        # a long text may be cut to its column's width: in full under the pointer
        text = column.text(row) if isinstance(column.value(row), str) else ""
        return text if len(text) > LONG_TEXT else None
    if role == Qt.ItemDataRole.BackgroundRole and column.highlight is not None:
        colour = column.highlight(row)
        return QBrush(QColor(colour)) if colour else None
    return None


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of DTO rows."""

    #: Rows handed to the view per fetch.
    BATCH = 256

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._loaded = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Replace the columns (for tables whose columns follow the data, e.g. years)."""
        self.beginResetModel()
        self.columns = list(columns)
        self._sort = None
        self.endResetModel()

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._loaded = min(self.BATCH, len(self._rows))
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def total(self) -> int:
        return len(self._rows)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        count = min(self.BATCH, len(self._rows) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._loaded):
            return None
        return cell_data(self.columns[index.column()], self._rows[index.row()], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.beginResetModel()
        self._sort_rows(column, order)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        value = self.columns[column].value
        self._rows.sort(
            key=lambda r: sort_key(value(r)), reverse=order == Qt.SortOrder.DescendingOrder
        )
