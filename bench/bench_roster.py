"""The Specialists page at 1,000 / 10,000 / 100,000 contracts: open, sort by name, filter.

Run: ``.venv/bin/python bench/bench_roster.py [N ...]`` (offscreen). For each N a database
is built by ``bench/roster_db.py`` through the project's own tables, opened the app's way,
and an offscreen ``SpecialistsPage`` is timed:

- **open**: ``refresh()`` until the roster shows rows (its first page; the alerts, chart and
  cost are read behind it, ``ui.operations.LatestRead``, and waited for between runs),
  against the statements of that first page replayed through raw ``sqlite3``
  (``bench/sql_replay.py``), goal 2×;
- **sort by name** (descending, a header click), against its own SQL replayed and against
  ``sorted()`` on the same keys (the Spanish collation keys of every name), goal 2×;
- **first filter keystroke** (one letter typed into an empty filter, and the query the
  filter runs once typing pauses; the pause itself, ``FILTER_DELAY_MS``, is not counted),
  against its own SQL replayed, goal 100 ms.

Every figure goes through ``bench/results.py``; the figure at each N shows whether the page is
flat in the number of rows.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coopdesk.collation import collation_key  # noqa: E402
from coopdesk.services import programs  # noqa: E402
from coopdesk.services.database import open_database  # noqa: E402
from coopdesk.ui.context import AppContext  # noqa: E402
from coopdesk.ui.models.specialists import COL_NAME  # noqa: E402
from coopdesk.ui.pages.specialists import SpecialistsPage  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import Result, best_of, record  # noqa: E402
from roster_db import build  # noqa: E402
from sql_replay import recorded, replayed  # noqa: E402

BENCH = "roster"
#: An as-of day inside the program's life, where chains run, end and renew.
AS_OF = date(2024, 6, 15)
SIZES = (1_000, 10_000, 100_000)


def _settle(app: QApplication, page: SpecialistsPage | None = None) -> None:
    """Let the work queued behind the list (charts, side tabs) finish between runs."""
    for _ in range(50):
        app.processEvents()
    while page is not None and (page.beside.pending() or page.counter.pending()):
        app.processEvents()
        time.sleep(0.002)


def measure(app: QApplication, folder: Path, contracts: int) -> None:
    path = folder / f"roster-{contracts}.db"
    build(path, contracts)
    database = open_database(path, backup_dir=folder / "backups")
    raw = sqlite3.connect(path)
    try:
        ctx = AppContext(actor="bench")
        ctx.database = database
        program = ctx.read(programs.list_programs)[0]
        ctx.set_program(program.id, program.end_date)
        ctx.set_as_of(AS_OF)
        page = SpecialistsPage(ctx)
        page.resize(1200, 800)
        page.show()
        _settle(app, page)

        def once(action: Callable[[], object], reset: Callable[[], object]) -> float:
            reset()
            _settle(app, page)
            return best_of(action, repeat=1)

        def timed(label: str, action: Callable[[], object], reset: Callable[[], object],
                  goal_ratio: float | None = None, goal_seconds: float | None = None,
                  sql: Callable[[], object] | None = None) -> float:
            reset()
            _settle(app, page)
            statements = recorded(database.engine, sql or action)
            seconds = min(once(action, reset) for _ in range(3))
            if not statements:  # done in Python on rows already read: no SQL to compare with
                print(f"{label} (N={contracts:,}): {seconds * 1000:.1f} ms, no SQL sent")
                return seconds
            baseline = best_of(lambda: replayed(raw, statements))
            record(Result(BENCH, label, contracts, seconds,
                          f"same SQL in sqlite3 ({len(statements)} statements)", baseline,
                          goal_ratio=goal_ratio, goal_seconds=goal_seconds))
            return seconds

        timed("Specialists page shows rows", page.refresh, _none, goal_ratio=2.0,
              sql=page.roster.reload)
        _settle(app, page)
        counts = page.roster.model.counts()
        print(f"  {counts[0] if counts else 0:,} specialists in the roster", flush=True)

        def sort_descending() -> None:
            page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)

        def sort_ascending() -> None:
            page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)

        sort_seconds = timed("sort by name", sort_descending, sort_ascending, goal_ratio=2.0)
        names = [row[0] for row in raw.execute("SELECT full_name FROM specialist")]
        keys = [(collation_key(name), i) for i, name in enumerate(names)]
        record(Result(BENCH, "sort by name", contracts, sort_seconds,
                      f"sorted() on the same {len(keys):,} keys",
                      best_of(lambda: sorted(keys, reverse=True)), goal_ratio=2.0))
        sort_ascending()

        def keystroke() -> None:
            page.roster.filter_edit.setText("m")
            page.roster.apply_filters()  # what the typing pause then runs

        def clear() -> None:
            page.roster.filter_edit.setText("")
            page.roster.apply_filters()
            page.refresh()  # a fresh list: the first keystroke finds nothing prepared

        timed("first keystroke in the filter", keystroke, clear, goal_seconds=0.1)
        clear()
        page.close()
        page.deleteLater()
        _settle(app)
    finally:
        raw.close()
        database.close()


def _none() -> None:
    return None


def main(sizes: list[int]) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(folder) / "settings"))
        for contracts in sizes:
            measure(app, Path(folder), contracts)


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or list(SIZES))
