"""How long each page's refresh blocks the GUI thread, on the demo program.

Run: ``.venv/bin/python bench/bench_stall.py [ROUNDS]`` (offscreen when there is no display).
Builds the demo in a temporary SQLite file, opens the window on it, then shows each page and
refreshes it ROUNDS times (default 5). A probe timer ticks on the GUI thread as often as the
event loop lets it; the longest gap between two ticks while a page refreshes is the longest
the window could not paint or answer: that is the figure that matters to a user, printed
per page against the 50 ms budget. Beside it, the refresh's whole time (its reads run on
the worker thread, ``ui/operations.py``, while the window keeps painting).

The baseline is the event loop alone: the longest gap between ticks over the same number of
rounds with nothing to do, which is the probe's own resolution on this machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from results import Result, record  # noqa: E402

from coopdesk.services.database import open_database  # noqa: E402
from coopdesk.services.demo import load_demo  # noqa: E402
from coopdesk.ui.app import build_window, create_application  # noqa: E402
from coopdesk.ui.pages import PAGES  # noqa: E402
from coopdesk.ui.pages.base import Page  # noqa: E402

BUDGET_MS = 50.0


class StallProbe(QObject):
    """Ticks on the GUI thread; remembers the longest gap between two ticks."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, action: object) -> tuple[float, float]:
        """Run ``action()`` from the event loop; (worst gap, whole time) in milliseconds."""
        loop = QEventLoop()

        def run() -> None:
            self.last, self.worst = time.perf_counter(), 0.0
            started = time.perf_counter()
            action()  # type: ignore[operator]
            self.elapsed = time.perf_counter() - started
            QTimer.singleShot(20, loop.quit)  # a few more ticks after the work

        self.timer.start()
        QTimer.singleShot(20, run)
        loop.exec()
        self.timer.stop()
        self._tick()
        return self.worst * 1000, self.elapsed * 1000


def demo_database(folder: Path) -> Path:
    path = folder / "demo.db"
    database = open_database(path, backup_dir=folder / "backups")
    with database.unit_of_work("bench") as uow:
        load_demo(uow)
        uow.commit()
    database.close()
    return path


def refresh(page: Page) -> None:
    page._stale = True  # noqa: SLF001 - the bench forces what a write or a date change does
    page.refresh_if_stale()


def main(rounds: int) -> None:
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = demo_database(Path(folder))
        window = build_window(str(path))
        window.resize(1366, 768)
        window.show()
        while not window.pages:  # the database opens just after the frame's first paint
            app.processEvents()
        probe = StallProbe()
        idle = max(probe.measure(lambda: None)[0] for _ in range(rounds))
        print(f"demo program, {rounds} refreshes per page; event loop alone: worst gap "
              f"{idle:.1f} ms")
        print(f"{'page':<16}{'worst GUI block':>18}{'refresh (wall)':>17}{'budget':>9}")
        worst_of_all = 0.0
        for entry in PAGES:
            window.show_page(entry.key)
            app.processEvents()
            page = window.current_page()
            figures = [probe.measure(lambda p=page: refresh(p)) for _ in range(rounds)]
            block = max(f[0] for f in figures)
            wall = sorted(f[1] for f in figures)[len(figures) // 2]
            worst_of_all = max(worst_of_all, block)
            verdict = "ok" if block <= BUDGET_MS else "OVER"
            print(f"{page.key:<16}{block:>15.1f} ms{wall:>14.1f} ms{verdict:>9}")
        record(Result(
            bench="stall", action="worst GUI-thread block while a page refreshes, demo",
            n=len(PAGES), seconds=worst_of_all / 1000,
            baseline="the event loop's worst gap, idle", baseline_seconds=idle / 1000,
            goal_seconds=BUDGET_MS / 1000,
        ))
        window.close()
        window.ctx.set_database(None)
        QApplication.processEvents()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
