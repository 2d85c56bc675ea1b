"""Budget grid and delivery figures over 20 years × 50 lines and 1,000,000 expenditure rows.

Run: ``.venv/bin/python bench/bench_budget.py [ROWS]``. Builds a temporary migrated SQLite
database with one program, 5 components × 10 funds/donors × 20 years (1,000 budget lines)
set by 11 approved revisions, and ROWS monthly expenditure rows written straight with
``sqlite3`` (the bench measures reading, not entry). Then times each read of the budget and
delivery services and prints its ratio to its baseline: the very statements it sent,
replayed through raw ``sqlite3`` with every row fetched (``bench/sql_replay.py``). A
query that reads no expenditure is measured against its own SQL, not against a sum over
the whole ledger.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from coopdesk.domain.enums import ResultKind, RevisionKind, RevisionPurpose
from coopdesk.services import budget, delivery, programs, revision_lines, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database, open_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sql_replay import record_against_sql  # noqa: E402

BENCH = "budget"

YEARS = list(range(2006, 2026))
COMPONENTS = 5
FUNDS = 10

def build(database: Database, path: Path, rows: int) -> int:
    rng = random.Random(5)
    with database.unit_of_work("bench") as uow:
        program_id = programs.create_program(
            uow, code="BENCH", title="Bench", currency="USD",
            start_date=date(YEARS[0], 1, 1), end_date=date(YEARS[-1], 12, 31),
        )
        results = [
            programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code=f"C{i}",
                                title=f"Component {i}")
            for i in range(1, COMPONENTS + 1)
        ]
        cells = [Cell(r, f"{30000 + f}", f"Donor {f}", y)
                 for r in results for f in range(FUNDS) for y in YEARS]
        for number in range(1, 12):
            rid = revisions.create_revision(
                uow, program_id, kind=RevisionKind.GENERAL,
                revision_date=date(YEARS[0] + number, 1, 1),
                purposes=[RevisionPurpose.SCHEDULE_YEARS],
            )
            chosen = cells if number == 1 else rng.sample(cells, 100)
            revision_lines.set_revision_amounts(
                uow, rid, {c: f"{rng.randint(10_000, 90_000)}.{rng.randint(0, 99):02d}"
                           for c in chosen},
            )
            revisions.approve_revision(uow, rid)
        uow.commit()
        line_ids = [line.id for line in programs.list_budget_lines(uow, program_id)]
        line_years = {line.id: line.year for line in programs.list_budget_lines(uow, program_id)}
    connection = sqlite3.connect(path)
    stamp = "2025-01-01 00:00:00.000000"
    batch = []
    for i in range(rows):
        line_id = line_ids[i % len(line_ids)]
        month = 1 + (i // len(line_ids)) % 12
        start = date(line_years[line_id], month, 1)
        batch.append((uuid.uuid4().hex, stamp, stamp, 1, line_id, start.isoformat(),
                      start.replace(day=28).isoformat(), rng.randint(100, 500_000), "cdr", ""))
        if len(batch) == 50_000:
            _insert(connection, batch)
            batch = []
    _insert(connection, batch)
    connection.close()
    return program_id


def _insert(connection: sqlite3.Connection, batch: list[tuple]) -> None:
    connection.executemany(
        "INSERT INTO expenditure (uid, created_at, updated_at, version, budget_line_id, "
        "period_start, period_end, amount_minor, source, reference) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch,
    )
    connection.commit()


@contextmanager
def built(rows: int) -> Iterator[tuple[Database, Path, int]]:
    """A temporary database built by ``build``: (database, its file, the program's id)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        database = open_database(path, backup_dir=Path(folder) / "backups")
        started = time.perf_counter()
        program_id = build(database, path, rows)
        print(f"built 1,000 budget lines, 11 revisions, {rows:,} expenditure rows "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
        try:
            yield database, path, program_id
        finally:
            database.close()


def main(rows: int = 1_000_000) -> None:
    with built(rows) as (database, path, program_id):
        raw = sqlite3.connect(path)
        as_of = date(YEARS[-1], 12, 31)

        def run(query: Callable[..., object], *args: object) -> Callable[[], object]:
            def action() -> object:
                with database.unit_of_work() as uow:
                    return query(uow, program_id, *args)
            return action

        cases = [
            ("budget_grid (latest)", run(budget.budget_grid)),
            ("budget_grid (as of revision 4)", run(budget.budget_grid, 4)),
            ("award_ledger", run(budget.award_ledger)),
            ("delivery (one year)", run(delivery.delivery, YEARS[-1], as_of)),
            ("delivery (program life)", run(delivery.delivery, None, as_of)),
            ("delivery_by_year", run(delivery.delivery_by_year, as_of)),
            ("line_delivery (one year)", run(delivery.line_delivery, YEARS[-1], as_of)),
            ("expenditure_rhythm (program life)", run(delivery.expenditure_rhythm, None, as_of)),
        ]
        for label, action in cases:
            record_against_sql(BENCH, label, rows, action, database.engine, raw)
        raw.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
