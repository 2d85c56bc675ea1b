"""The budget grid's table: label columns frozen on the left, spreadsheet keys, copy and paste.

A grid of twelve years is wider than a laptop's screen: once scrolled to the last years the
user no longer saw which component, fund and donor a row was. After Qt's "Frozen Column
Example", a second view over the same model, sharing the selection and the vertical scroll,
shows only the label columns and lies over the left of the main view. The keys are an
office's spreadsheet habits: typing a number starts editing the cell, Enter saves and moves
down, Tab right and Shift+Tab left; Ctrl+C copies the selected cells as tab-separated text
and Ctrl+V hands a block copied from Excel to whoever writes it (``sig_paste``), so that it
is written at once or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from coopdesk.ui.models.table import Index
from coopdesk.ui.widgets.list_panel import keep_query_order

#: Keys that save the cell being typed in and move to the one below, as in a spreadsheet.
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def parse_block(text: str) -> list[list[str]]:
    """The cells of a block copied from a spreadsheet: rows by line, columns by tab.

    Excel ends the copy with a line break, which is no row of its own.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def _mirror_sort(source: QHeaderView, target: QHeaderView) -> None:
    """Show the order one header sorted by on the other, without sorting a second time."""
    def show(column: int, order: Qt.SortOrder) -> None:
        target.blockSignals(True)
        target.setSortIndicator(column, order)
        target.blockSignals(False)
        target.viewport().update()

    source.sortIndicatorChanged.connect(show)


class Placed(Protocol):
    """A model that says where a cell is in a way that outlives a reset (``place``) and
    finds it again (``find``)."""

    def place(self, index: QModelIndex) -> Any: ...

    def find(self, place: Any) -> QModelIndex: ...


class BudgetGridView(QTableView):
    """A table whose first ``frozen`` columns stay in view while the others scroll."""

    #: A block was pasted (Ctrl+V) with the current cell at its top left: (index, cells).
    sig_paste = Signal(QModelIndex, list)

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setFrameShape(QTableView.Shape.NoFrame)
        self.viewport().stackUnder(self.frozen)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        _mirror_sort(self.frozen.horizontalHeader(), self.horizontalHeader())
        _mirror_sort(self.horizontalHeader(), self.frozen.horizontalHeader())

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        """The frozen view shows the same model through the same selection."""
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        keep_query_order(self)
        keep_query_order(self.frozen)
        if model is not None:
            model.modelReset.connect(self._columns_changed)
            model.columnsInserted.connect(self._columns_changed)
            model.columnsRemoved.connect(self._columns_changed)
        self._columns_changed()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_count))

    def _columns_changed(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self._place_frozen()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, new)
            self._place_frozen()

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(frame, frame, self.frozen_width(),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        self._place_frozen()

    def scrollTo(  # noqa: N802
        self, index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll a year into view beside the frozen labels, not under them."""
        if index.column() < self.frozen_count:
            self.frozen.scrollTo(index, hint)
            return
        super().scrollTo(index, hint)
        hidden = self.frozen_width() - self.visualRect(index).left()
        if hidden > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - hidden)

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab move along the row without wrapping to the next or previous."""
        current = self.currentIndex()
        moved = super().moveCursor(action, modifiers)
        wraps = action in (QAbstractItemView.CursorAction.MoveNext,
                           QAbstractItemView.CursorAction.MovePrevious)
        if wraps and current.isValid() and moved.row() != current.row():
            return current
        return moved

    def keeping_place(self, show: Callable[[], None]) -> None:
        """Run ``show`` (a new state of the model) keeping the same cell current and in view
        when the new state has it: another revision, a line added or gone."""
        model: Placed = self.model()  # type: ignore[assignment]
        current = self.currentIndex()
        place = model.place(current) if current.isValid() else None
        show()
        if place is None or self.currentIndex() == current:
            return
        found = model.find(place)
        if found.isValid():
            self.setCurrentIndex(found)
            self.scrollTo(found)

    def select_block(self, top_left: QModelIndex, block: Sequence[Sequence[str]]) -> None:
        """Select the cells a block pasted at ``top_left`` covers, keeping it current."""
        bottom_right = top_left.sibling(top_left.row() + len(block) - 1,
                                        top_left.column() + max(map(len, block)) - 1)
        self.selectionModel().select(QItemSelection(top_left, bottom_right),
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.key() in _ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
        else:
            super().keyPressEvent(event)

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        """Enter in a cell being typed in saves it (the delegate has committed it) and moves
        down; the model's refresh after the save keeps the cell where it was."""
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint
                            if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
                            else hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1) if current.isValid() else current
        if below.isValid():
            self.selectionModel().setCurrentIndex(
                below, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(below)

    # -- clipboard -------------------------------------------------------------------------
    def selected_block(self) -> list[list[str]]:
        """The texts of the selected cells' bounding rectangle, row by row."""
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return []
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        model = self.model()
        return [[str(model.data(model.index(r, c)) or "") for c in columns] for r in rows]

    def copy_selection(self) -> None:
        block = self.selected_block()
        if block:
            QGuiApplication.clipboard().setText("\n".join("\t".join(row) for row in block) + "\n")

    def paste(self) -> None:
        current = self.currentIndex()
        block = parse_block(QGuiApplication.clipboard().text())
        if current.isValid() and block:
            self.sig_paste.emit(current, block)
