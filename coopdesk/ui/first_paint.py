"""Work that waits for a widget's first paint: what the user can wait for once they see the
window (opening the database, building the first page) must not keep the window from
showing.

A zero timer set when the window is shown is not enough: it runs before the first paint, which
waits for the window system. So an event filter sees the first Paint event, and the calls
are queued then, to run once the whole window has painted and been flushed to the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs calls just after ``widget``'s first paint, in the order they were given."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._waiting: list[Callable[[], object]] | None = []
        widget.installEventFilter(self)

    def add(self, call: Callable[[], object]) -> None:
        """Run ``call`` after the first paint (on the event loop's next turn once painted)."""
        if self._waiting is None:
            QTimer.singleShot(0, self, call)
        else:
            self._waiting.append(call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            watched.removeEventFilter(self)
            for call in waiting:
                QTimer.singleShot(0, self, call)
        return False
