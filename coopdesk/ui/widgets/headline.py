"""A headline that is also a link: a bold line of text that wraps and can be clicked.

A flat push button showed the dashboard's headlines, cut at the box's edge on a laptop
("…programado a"): a button's text never wraps. This label wraps to the width it is given
and, like a button, is reached with Tab and pressed with a click, Enter or Space.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_PRESS_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


class Headline(QLabel):
    """A wrapping, clickable headline; ``clicked`` when pressed."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, point_size: int = 12) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"font-size: {point_size}pt; font-weight: 600;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def click(self) -> None:
        """Press the headline, as a user does."""
        self.clicked.emit()

    def setText(self, text: str) -> None:  # noqa: N802
        """Show ``text``; its accessible name follows, for a screen reader names a link."""
        super().setText(text)
        self.setAccessibleName(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _PRESS_KEYS:
            self.click()
            return
        super().keyPressEvent(event)
