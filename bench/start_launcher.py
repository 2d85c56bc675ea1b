"""One cold start, as ``bench/bench_start.py`` times it: a fresh process that shows a window,
prints one line at the window's first paint and exits at once.

Run: ``python bench/start_launcher.py floor`` (the floor: Qt widgets and SQLAlchemy imported,
an empty ``QMainWindow`` shown), ``python bench/start_launcher.py app DATABASE`` (CoopDesk
started the way ``main.py`` starts it) or ``python bench/start_launcher.py figures DATABASE``
(the same start, until the Dashboard shows the database's figures). The parent process times
from its launch of this process to the line, so the interpreter's own start counts for all
alike.

The hook is an application-wide event filter installed before anything is shown: the first
Paint event of a widget inside a visible ``QMainWindow`` (for ``figures``: the first once the
Dashboard has its data) prints ``painted`` and ends the process (``os._exit``: at that moment
the window may be waiting in a local event loop for a read, which ``quit`` would not leave;
and nothing after the paint is measured), giving back the database's writer lock first.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    """Ends the process at the first paint of a main window (showing the Dashboard's figures,
    when ``figures``)."""

    def __init__(self, parent: QObject, figures: bool) -> None:
        super().__init__(parent)
        self.figures = figures

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow) and watched.window().isVisible()
                and (not self.figures or _shows_figures(watched.window()))):
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            _release_locks()
            os._exit(0)
        return False


def _shows_figures(window: QMainWindow) -> bool:
    pages = getattr(window, "pages", [])
    return any(page.key == "dashboard" and page.data is not None for page in pages)


def _release_locks() -> None:
    """Give back the database's writer lock, as closing the window would, so the next start
    finds the file free."""
    lock = sys.modules.get("coopdesk.persistence.lock")
    if lock is not None:
        lock.WriterLock.release_all()


def _hooked_application(figures: bool = False) -> QApplication:
    app = QApplication([sys.argv[0]])
    hook = FirstPaint(app, figures)
    app.installEventFilter(hook)
    return app


def floor() -> int:
    """An empty window, with what any Qt + SQLAlchemy application imports."""
    import sqlalchemy  # noqa: F401 - the floor pays the import CoopDesk pays
    import sqlalchemy.orm  # noqa: F401

    app = _hooked_application()
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    return app.exec()


def coopdesk(database: str, figures: bool = False) -> int:
    """CoopDesk's own start (``main.py`` → ``cli.main``), on ``database``."""
    from coopdesk.cli import main

    _hooked_application(figures)  # the window's start finds it (``QApplication.instance()``)
    return main(["--database", database])


if __name__ == "__main__":
    sys.exit(floor() if sys.argv[1] == "floor" else coopdesk(sys.argv[2], sys.argv[1] == "figures"))
