"""A list of any length: filter bar, table and count over a ``PagedTableModel``.

The rows live in the database: a header click, a filter chosen or a few letters typed make
a new query (``ListQuery``) the source answers with one page and a count. Typing waits for
a pause (``FILTER_DELAY_MS``), so a word typed is one query, not one per letter. The
selected rows stay selected by their keys across a sort, a filter or a reload, wherever
they now stand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from coopdesk.ui.models.paged import Count, FetchPage, ListQuery, Locate, PagedTableModel
from coopdesk.ui.models.table import Column
from coopdesk.ui.widgets.list_panel import TablePanel, fit_columns

T = TypeVar("T")

#: How long typing pauses before the filter queries.
FILTER_DELAY_MS = 150


class PagedListPanel(TablePanel, Generic[T]):
    """Filter bar + table + count over rows read a page at a time."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Hashable],
                 parent: QWidget | None = None) -> None:
        self.model: PagedTableModel[T]
        super().__init__(PagedTableModel(columns, key), parent)
        self.model.setParent(self)
        self._sized = False
        self._kept: list[Hashable] = []
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(FILTER_DELAY_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.filter_edit.textChanged.connect(lambda _text: self._typing.start())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._shown)
        self.model.sig_counted.connect(self._counted)

    def set_source(self, fetch: FetchPage[T], locate: Locate, count: Count) -> None:
        self.model.set_source(fetch, locate, count)

    def add_choice_filter(self, label: str, choices: Sequence[tuple[str, Any]]) -> QComboBox:
        """Add a combo filter whose value goes into the query (``ListQuery.choices``)."""
        combo = self._add_combo(label, choices)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def query(self) -> ListQuery:
        """The query the bar and the header ask for now."""
        return ListQuery(self.model.query.column, self.model.query.descending,
                         self.filter_edit.text(),
                         tuple(c.currentData() for c in self.filter_combos))

    def apply_filters(self) -> None:
        """Query what the filters say now (typing pending included)."""
        self._typing.stop()
        self.model.set_query(self.query())
        self._paint_now()

    def reload(self) -> None:
        """Read the rows again (the data changed), the filters pending included."""
        self._typing.stop()
        self.model.query = self.query()
        self.model.reload()
        self._paint_now()

    def _paint_now(self) -> None:
        """Lay out and paint the new rows at once, before the page starts its reads behind
        the list: painting asks the Python model for every visible cell, one call each, and
        while a worker thread runs Python each of those calls waits its turn for the
        interpreter, so a paint that meets a busy worker stalls the window until the
        worker is done (``bench/bench_stall.py``)."""
        if self.view.isVisible():
            self.view.doItemsLayout()
            self.view.viewport().repaint()

    def clear(self) -> None:
        self.model.clear()

    def all_rows(self) -> list[T]:
        """Every row the filters let through, read in one go."""
        return self.model.read_all()

    def selected_rows(self) -> list[T]:
        return super().selected_rows()

    def current_row(self) -> T | None:
        selected = self.selected_rows()
        return selected[0] if selected else None

    def select_key(self, key: Hashable) -> bool:
        """Select the row with ``key``, reading the rows up to it; False if none is shown."""
        return self.select_keys([key]) == 1

    def select_keys(self, keys: Iterable[Hashable]) -> int:
        """Select the rows with ``keys`` (only them), reading the rows up to the last, the
        first of them current and scrolled into view (a bulk action's rows, shown done);
        returns how many are shown."""
        positions = sorted({p for p in map(self.model.position, keys) if p is not None})
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for position in positions:
            selection.select(self.model.index(position, 0), self.model.index(position, last))
        flags = QItemSelectionModel.SelectionFlag
        chooser = self.view.selectionModel()
        if positions:
            first = self.model.index(positions[0], 0)
            chooser.setCurrentIndex(first, flags.NoUpdate)
            self.view.scrollTo(first)
        chooser.select(selection, flags.ClearAndSelect | flags.Rows)
        return len(positions)

    def show_key(self, key: Hashable) -> T | None:
        """Select the row with ``key`` and scroll to it, clearing the filters if they hide it
        (a record just saved must be seen); the row, or None when it is not listed."""
        if not self.select_key(key):
            self.clear_filters()
            if not self.select_key(key):
                return None
        return self.current_row()

    def _remember_selection(self) -> None:
        self._kept = [self.model.key(row) for row in self.selected_rows()]

    def _counted(self) -> None:
        counts = self.model.counts()
        if counts is not None:
            self._show_count(*counts)

    def _shown(self) -> None:
        self.count_label.setText("…")  # until the count comes, behind the rows
        if self.model.rowCount() and not self._sized:
            self._sized = True
            fit_columns(self.view)
        kept, self._kept = self._kept, []
        if kept and not self.select_keys(kept):
            self.sig_selection_changed.emit()  # the selected rows are no longer shown
