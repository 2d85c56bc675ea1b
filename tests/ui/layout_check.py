"""What a test checks of a laid-out window: widgets inside their parents, labels not clipped.

A widget placed (partly) outside its parent is cut by it: a button off the edge of a dialog,
a status bar below the screen. A label narrower than its text, or lower than its wrapped
lines, shows a cut text ("…programado a"); so does a button narrower than its text. Widgets
inside a scroll area's viewport may lie beyond it: they scroll into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTableView, QWidget


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` lies inside a scroll area's viewport (it scrolls into view)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _shown(window: QWidget) -> list[QWidget]:
    return [widget for widget in window.findChildren(QWidget)
            if not widget.isWindow() and widget.isVisibleTo(window)]


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__}({text!r}) in {type(widget.parentWidget()).__name__}"


def outside_their_parents(window: QWidget) -> list[str]:
    """The shown widgets of ``window`` that reach beyond their parent, which cuts them."""
    return [
        f"{_name(widget)}: {widget.geometry()} beyond {widget.parentWidget().rect()}"
        for widget in _shown(window)
        if widget.parentWidget() is not None and not _scrolls(widget, window)
        and not widget.parentWidget().rect().contains(widget.geometry())
    ]


def clipped_labels(window: QWidget) -> list[str]:
    """The shown labels of ``window`` whose text does not fit them: narrower than the text
    (a label that does not wrap) or lower than its lines at its width (one that wraps)."""
    clipped = []
    for label in window.findChildren(QLabel):
        if label.isWindow() or not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                clipped.append(f"{_name(label)}: {needed} px high needed, {label.height()}")
        else:
            hint = label.minimumSizeHint()
            if hint.width() > label.width() or hint.height() > label.height():
                clipped.append(f"{_name(label)}: {hint} needed, {label.size()}")
    return clipped


def clipped_buttons(window: QWidget) -> list[str]:
    """The shown buttons of ``window`` narrower or lower than their text needs."""
    return [
        f"{_name(button)}: {button.minimumSizeHint()} needed, {button.size()}"
        for button in window.findChildren(QAbstractButton)
        if not button.isWindow() and button.isVisibleTo(window) and button.text()
        and (button.minimumSizeHint().width() > button.width()
             or button.minimumSizeHint().height() > button.height())
    ]


def nested_scrolling(window: QWidget) -> list[str]:
    """Lists that scroll inside a scrolled page: the wheel scrolls the list under the
    pointer instead of the page. A list inside a scroll area is sized to its rows."""
    return [
        f"{type(area).__name__} scrolls {area.verticalScrollBar().maximum()} px inside a page"
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(window) and _scrolls(area, window)
        and area.verticalScrollBar().maximum() > 0
    ]


def columns_out_of_view(window: QWidget) -> list[str]:
    """Shown tables holding rows whose first (identifying) column runs past their view's
    right edge, or whose headers are cut ("Fo…")."""
    found = []
    for view in window.findChildren(QTableView):
        model, header = view.model(), view.horizontalHeader()
        if not view.isVisibleTo(window) or model is None or not model.rowCount():
            continue
        first = header.logicalIndex(0)
        if header.sectionViewportPosition(first) + header.sectionSize(first) \
                > view.viewport().width():
            found.append(f"{type(view).__name__}: first column out of view")
        cut = [model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(model.columnCount())
               if not header.isSectionHidden(column)
               and header.sectionSize(column) < header.sectionSizeHint(column) - 1]
        if cut:
            found.append(f"headers cut: {cut}")
    return found
