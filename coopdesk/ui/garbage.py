"""Python's cycle collector, run on the GUI thread only, between pieces of work.

Reference counting frees most objects where they are dropped; the cycle collector frees the
rest, and runs on whichever thread happens to allocate when its threshold is passed. With
the window's work on worker threads (``ui/worker.py``) that may be a worker, and a widget
caught in a cycle would then be destroyed off the GUI thread, which crashes Qt; or it may be
the GUI thread inside a local event loop that waits for work, destroying widgets under a
caller that still walks them. So the automatic collector is off while the window runs, and
this object collects on a timer of the GUI thread, skipping a tick while work is waited for
(the pattern of Anki's ``GarbageCollector``).

A full collection walks every object: on a loaded window (~100,000 objects) that is a pause
of a quarter of a second or more. So what exists once the window is up (modules, widgets,
translations) is frozen out of the walk (``settle``), the timer collects the young
generations, and only every ``FULL_EVERY``-th tick the old one.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from coopdesk.ui import worker

#: How often the young generations are collected.
INTERVAL_MS = 30_000
#: Every how many ticks the oldest generation is collected too.
FULL_EVERY = 10
#: Object name of the application's one collector.
OBJECT_NAME = "coopdesk_garbage_collector"


class GarbageCollector(QObject):
    """Collects cycles every ``INTERVAL_MS`` on the GUI thread, never during a wait."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(OBJECT_NAME)
        gc.disable()
        self.ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect now, unless work is being waited for; the number of objects freed."""
        if worker.waiting():
            return 0
        self.ticks += 1
        return gc.collect(2 if self.ticks % FULL_EVERY == 0 else 1)

    def settle(self) -> None:
        """Once the window is up: collect everything, then leave what is left out of every
        later collection (it lives as long as the window)."""
        gc.collect()
        gc.freeze()


def install_garbage_collector(app: QCoreApplication) -> GarbageCollector:
    """The application's collector (made once)."""
    found = app.findChild(GarbageCollector, OBJECT_NAME)
    return found if found is not None else GarbageCollector(app)
