"""Pieces pages share: a button row, buttons needing a selection, a read-only table (sized to
its rows inside a scrolled page), the empty state, a scrolled body."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.models.table import DtoTableModel
from coopdesk.ui.widgets.list_panel import fit_columns, keep_query_order


def button_row(parent: QWidget, buttons: Sequence[tuple[str, Callable[[], object]]]
               ) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of push buttons, left-aligned, each calling its slot."""
    row = QHBoxLayout()
    made = []
    for text, slot in buttons:
        push = QPushButton(text, parent)
        push.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(push)
        made.append(push)
    row.addStretch(1)
    return row, made


def _model(view: QTableView) -> Any:
    """The view's model as pages make them: a table of DTOs (``models/table.py``,
    ``models/paged.py``) that gives back the DTO of a row."""
    return view.model()


def needs_selection(view: QTableView, buttons: Iterable[QAbstractButton],
                    allows: Callable[[Any], bool] | None = None) -> Callable[[], None]:
    """Enable ``buttons`` only while ``view`` has a selected row (that ``allows`` accepts):
    an action on nothing is greyed rather than silently doing nothing. Returns the update,
    for a page whose rule depends on more than the row."""
    buttons = list(buttons)

    def update() -> None:
        selected = view.selectionModel().selectedRows()
        row = _model(view).row(selected[0].row()) if selected else None
        enabled = row is not None and (allows is None or allows(row))
        for button in buttons:
            button.setEnabled(enabled)

    view.selectionModel().selectionChanged.connect(lambda *_: update())
    view.model().modelReset.connect(update)
    update()
    return update


def select_in(view: QTableView, matches: Callable[[Any], bool]) -> Any:
    """Select the first row of ``view`` that ``matches`` accepts and scroll it into view;
    the row, or None when the view does not hold it."""
    for position, row in enumerate(_model(view).rows()):
        if matches(row):
            view.selectRow(position)
            view.scrollTo(view.model().index(position, 0))
            return row
    return None


def table_view(model: DtoTableModel, parent: QWidget, min_height: int = 120) -> QTableView:
    """A sortable, read-only, row-selecting table over ``model``."""
    view = QTableView(parent)
    view.setModel(model)
    keep_query_order(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(min_height)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def sized_to_rows(view: QTableView) -> QTableView:
    """Make ``view`` as high as its rows, without a scroll bar of its own: a list inside a
    scrolled page, which would otherwise catch the wheel meant for the page."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMinimumHeight(0)

    def fit() -> None:
        rows = view.model().rowCount()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += view.verticalHeader().length() if rows else view.fontMetrics().height()
        scroll = view.horizontalScrollBar()
        if scroll.maximum() > 0:
            height += scroll.sizeHint().height()
        view.setFixedHeight(height)

    view.model().modelReset.connect(fit)
    view.horizontalScrollBar().rangeChanged.connect(lambda *_: fit())
    fit()
    return view


def empty_label(parent: QWidget) -> QLabel:
    label = QLabel(
        QCoreApplication.translate("Monitoring", "Open a database and choose a program."), parent
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def list_above_details(
    page: QWidget, top: Sequence[QLayout | QWidget], *details: QWidget
) -> tuple[QLabel, QSplitter]:
    """Lay ``page`` out as its empty-state label above a vertical splitter holding the
    ``top`` widgets and layouts (buttons, the list) over the ``details`` panes.

    The page shows the label or the splitter, depending on whether a program is open.
    """
    head = QWidget(page)
    head_layout = QVBoxLayout(head)
    head_layout.setContentsMargins(0, 0, 0, 0)
    for part in top:
        if isinstance(part, QLayout):
            head_layout.addLayout(part)
        else:
            head_layout.addWidget(part)
    splitter = QSplitter(Qt.Orientation.Vertical, page)
    for pane in (head, *details):
        splitter.addWidget(pane)
    empty = empty_label(page)
    layout = QVBoxLayout(page)
    layout.addWidget(empty)
    layout.addWidget(splitter)
    return empty, splitter


def scrolled_body(page: QWidget, body: QWidget) -> tuple[QLabel, QScrollArea]:
    """Lay ``page`` out as its empty-state label above ``body`` in a scroll area.

    The page shows one or the other, depending on whether a program is open.
    """
    empty = empty_label(page)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    layout = QVBoxLayout(page)
    layout.addWidget(empty)
    layout.addWidget(scroll)
    return empty, scroll
