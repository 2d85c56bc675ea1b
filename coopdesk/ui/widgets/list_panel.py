"""A list with a text filter, optional choice filters, a row count and its table view.

Filtering runs on the Python list of DTOs (``DtoTableModel`` then shows the result), never
through a sort/filter proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.models.table import Column, DtoTableModel

T = TypeVar("T")


def keep_query_order(view: QTableView) -> None:
    """Enable sorting by header clicks, starting from the order the query gave.

    Qt sorts at once when sorting is enabled, by its default indicator (first column,
    descending); no indicator keeps the service's order until the user picks a column.
    """
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicatorShown(True)


#: Widest a column grows when fitted to its contents; longer texts show in full as tooltips
#: or by widening the column by hand.
MAX_COLUMN_WIDTH = 320


#: Narrowest a long text column is squeezed to: a name or title still reads as one.
MIN_TEXT_WIDTH = 160


def squeezed(natural: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """Column widths fitting ``room``: when the ``natural`` widths (their contents) are too
    wide, the widest columns (long texts: titles, names, units) are narrowed alike, never
    below their ``floors`` (their headers) nor below MIN_TEXT_WIDTH, so dates, amounts and
    statuses are not pushed off to the right by a long text. A list whose columns cannot
    fit so scrolls sideways; its identifying columns come first (the models' order)."""
    widths = [max(width, floor) for width, floor in zip(natural, floors, strict=True)]
    if sum(widths) <= room:
        return widths
    low, high = MIN_TEXT_WIDTH, max(widths)
    while low < high:  # the widest cap at which everything fits
        cap = (low + high + 1) // 2
        if sum(max(floor, min(width, cap))
               for width, floor in zip(widths, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(floor, min(width, low)) for width, floor in zip(widths, floors, strict=True)]


class _ColumnFit(QObject):
    """Keeps a view's columns fitted to its width: measured from the contents once (rows
    loaded), squeezed again whenever the view is resized."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.setObjectName("column_fit")
        self.view = view
        self.natural: list[int] = []
        view.viewport().installEventFilter(self)

    def measure(self) -> None:
        view = self.view
        view.resizeColumnsToContents()
        self.natural = [min(view.columnWidth(column), MAX_COLUMN_WIDTH)
                        for column in range(view.model().columnCount())]
        self.apply()

    def apply(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if len(self.natural) != view.model().columnCount():
            return
        floors = [min(header.sectionSizeHint(column), width)
                  for column, width in enumerate(self.natural)]
        room = view.viewport().width() if view.isVisible() else sum(self.natural)
        for column, width in enumerate(squeezed(self.natural, floors, room)):
            view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.natural:
            self.apply()
        return False


def fit_columns(view: QTableView) -> None:
    """Size each column to its header and the rows loaded so far, within MAX_COLUMN_WIDTH
    and within the view's width (``squeezed``), and keep them within it as it is resized."""
    fit = view.findChild(_ColumnFit, "column_fit")
    (fit if isinstance(fit, _ColumnFit) else _ColumnFit(view)).measure()


def show_last(view: QTableView, *columns: int) -> None:
    """Show ``columns`` after the others, in this order, leaving the model's (and its
    sorting's) column numbers as they are."""
    header = view.horizontalHeader()
    for column in columns:
        header.moveSection(header.visualIndex(column), header.count() - 1)


def refill_combo(
    combo: QComboBox, everything: str, items: Iterable[tuple[str, object]], keep: object = None
) -> None:
    """Refill a filter combo: ``everything`` (value None), then ``items`` (text, value).

    ``keep`` stays selected if it is still offered, else the first entry is; no signal is
    emitted, so the caller reloads once when it is done. Entries that did not change are
    left as they are: refilling a combo lays out and repaints its whole bar.
    """
    wanted = [(everything, None), *items]
    combo.blockSignals(True)
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != wanted:
        combo.clear()
        for text, value in wanted:
            combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
    combo.blockSignals(False)


class ChoiceFilter(Generic[T]):
    """A combo box narrowing the rows; its first entry ("All") lets every row through."""

    def __init__(
        self,
        combo: QComboBox,
        predicate: Callable[[T, Any], bool],
    ) -> None:
        self.combo = combo
        self.predicate = predicate

    def accepts(self, row: T) -> bool:
        value = self.combo.currentData()
        return value is None or self.predicate(row, value)


class TablePanel(QWidget):
    """Filter bar + table + count around a table model: what every list shares, whether
    it holds its rows (``ListPanel``) or reads them a page at a time (``PagedListPanel``).
    Its texts are in the one context both kinds share ("ListPanel"), written out in each
    call for lupdate to find."""

    sig_activated = Signal(object)
    """A row was opened (double click or Enter); the argument is its DTO."""

    sig_selection_changed = Signal()
    """The selected rows changed."""

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("ListPanel", "Filter (Ctrl+F)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ListPanel", "Filter"))
        self.count_label = QLabel(self)
        #: The bar's choice filters, in the order they were added.
        self.filter_combos: list[QComboBox] = []

        self.bar = QHBoxLayout()
        self.bar.addWidget(self.filter_edit, 1)
        self.bar.addWidget(self.count_label)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        keep_query_order(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(self._emit_activated)
        self.view.activated.connect(self._emit_activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.sig_selection_changed.emit()
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)

    def _add_combo(self, label: str, choices: Sequence[tuple[str, Any]]) -> QComboBox:
        """A filter combo in the bar: ``choices`` are (text, value); "All" is added first."""
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.addItem(QCoreApplication.translate("ListPanel", "All: %s") % label, None)
        for text, value in choices:
            combo.addItem(text, value)
        self.bar.insertWidget(self.bar.count() - 1, combo)
        self.filter_combos.append(combo)
        return combo

    def apply_filters(self) -> None:
        """Show the rows the filters let through now."""
        raise NotImplementedError

    def clear_filters(self) -> None:
        """Show every row: the text filter emptied, every choice filter back to "All"; the
        rows are filtered once, not once per widget."""
        widgets = (self.filter_edit, *self.filter_combos)
        for widget in widgets:
            widget.blockSignals(True)
        self.filter_edit.clear()
        for combo in self.filter_combos:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("ListPanel", "%d of %d") % (shown, total))

    def selected_rows(self) -> list[Any]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def current_row(self) -> Any:
        selected = self.selected_rows()
        return selected[0] if selected else None

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _emit_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_activated.emit(self.model.row(index.row()))


class ListPanel(TablePanel, Generic[T]):
    """A list of rows held in Python, filtered there, over a ``DtoTableModel``."""

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        self.model: DtoTableModel[T]
        super().__init__(DtoTableModel(columns), parent)
        self.model.setParent(self)
        self._all: list[T] = []
        self._filters: list[ChoiceFilter[T]] = []
        self._search_cache: dict[int, str] = {}
        self._sized = False
        self.filter_edit.textChanged.connect(self.apply_filters)

    def add_choice_filter(
        self,
        label: str,
        choices: Sequence[tuple[str, Any]],
        predicate: Callable[[T, Any], bool],
    ) -> QComboBox:
        """Add a combo filter: ``choices`` are (text, value); "All" is added first."""
        combo = self._add_combo(label, choices)
        combo.currentIndexChanged.connect(self.apply_filters)
        self._filters.append(ChoiceFilter(combo, predicate))
        return combo

    def set_rows(self, rows: Sequence[T]) -> None:
        self._all = list(rows)
        self._search_cache.clear()
        self.apply_filters()
        if self._all and not self._sized:
            self._sized = True
            fit_columns(self.view)

    def all_rows(self) -> list[T]:
        return list(self._all)

    def _search_text(self, position: int, row: T) -> str:
        text = self._search_cache.get(position)
        if text is None:
            text = " ".join(c.text(row) for c in self.model.columns).casefold()
            self._search_cache[position] = text
        return text

    def apply_filters(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        shown = [
            row
            for position, row in enumerate(self._all)
            if (not needle or needle in self._search_text(position, row))
            and all(f.accepts(row) for f in self._filters)
        ]
        self.model.set_rows(shown)
        self._show_count(len(shown), len(self._all))

    def selected_rows(self) -> list[T]:
        return super().selected_rows()

    def current_row(self) -> T | None:
        selected = self.selected_rows()
        return selected[0] if selected else None

    def select_first(self, matches: Callable[[T], bool]) -> bool:
        """Select the first shown row ``matches`` accepts, loading rows up to it, and scroll
        it into view; False if none is shown."""
        for position, row in enumerate(self.model.rows()):
            if matches(row):
                while self.model.rowCount() <= position:
                    self.model.fetchMore()
                self.view.selectRow(position)
                self.view.scrollTo(self.model.index(position, 0))
                return True
        return False

    def show_record(self, matches: Callable[[T], bool]) -> T | None:
        """Select the row ``matches`` accepts and scroll to it, clearing the filters if they
        hide it (a record just saved must be seen); the row, or None when not listed."""
        if not self.select_first(matches):
            self.clear_filters()
            if not self.select_first(matches):
                return None
        return self.current_row()
