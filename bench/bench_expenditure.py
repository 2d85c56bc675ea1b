"""The Expenditure page's read over 1,000,000 expenditure rows, against its own SQL.

Run: ``.venv/bin/python bench/bench_expenditure.py [ROWS]``. Builds the database of
``bench_budget.py`` (20 years × 1,000 budget lines, 11 approved revisions, ROWS expenditure
rows, through the project's tables), then times what the page reads before it shows: the
view (``services/views/expenditure.py``) and the entries' first page
(``services/expenditure_pages.py``), when opened (the as-of year, every component) and after
a change of the year filter (which hands back the program-life rhythm the page holds). The
count of the entries comes behind the shown list and is timed on its own. Each is measured
against its baseline, the very statements it sent replayed through raw
``sqlite3`` with every row fetched (``bench/sql_replay.py``): what the page costs above the
database's own work on the aggregates it needs.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coopdesk.services.database import Database
from coopdesk.services.expenditure_pages import EntryQuery, entry_count, entry_page
from coopdesk.services.transactions import in_snapshot
from coopdesk.services.views.expenditure import AS_OF_YEAR, YearChoice, expenditure_view
from coopdesk.ui.models.paged import PagedTableModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_budget import YEARS, built  # noqa: E402
from sql_replay import record_against_sql  # noqa: E402

BENCH = "expenditure"
GOAL_RATIO = 1.3


def measure(database: Database, path: Path, program_id: int, rows: int) -> None:
    """Time the page's reads on a built database and record each against its replay."""
    raw = sqlite3.connect(path)
    as_of = date(YEARS[-1], 12, 31)
    opened = in_snapshot(database, None,
                         lambda uow: expenditure_view(uow, program_id, as_of, AS_OF_YEAR))

    def read(year: int | None | YearChoice, life: bool) -> Callable[[], object]:
        """The page's two reads: its view, then the first page of its entries."""
        known = None if life else opened.life_rhythm

        def run() -> object:
            view = in_snapshot(
                database, None,
                lambda uow: expenditure_view(uow, program_id, as_of, year, None, known))
            query = EntryQuery(view.year, view.result_id)
            return in_snapshot(database, None, lambda uow: entry_page(
                uow, program_id, query, 0, PagedTableModel.PAGE))
        return run

    def count(year: int | None) -> Callable[[], object]:
        return lambda: in_snapshot(
            database, None, lambda uow: entry_count(uow, program_id, EntryQuery(year)))

    cases = [
        ("Expenditure page opened (as-of year)", read(AS_OF_YEAR, True)),
        ("Expenditure page, another year chosen", read(YEARS[-5], False)),
        ("Expenditure page, all years chosen", read(None, False)),
        ("Expenditure entries counted behind the list, all years", count(None)),
    ]
    for action, run in cases:
        record_against_sql(BENCH, action, rows, run, database.engine, raw, GOAL_RATIO)
    raw.close()


def main(rows: int = 1_000_000) -> None:
    with built(rows) as (database, path, program_id):
        measure(database, path, program_id, rows)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
