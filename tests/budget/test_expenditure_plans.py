"""The expenditure aggregates read an index alone: SQLite's own plan for each, on a real file.

With a million expenditure rows, a sum that visits the table reads every row's page (the
program-life rhythm took ~7 s); one covering index on (line, period, amount) makes each sum
a walk over the index. The plan is SQLite's answer for the very statements the Expenditure
and Budget pages send, so a query or index change that loses it fails here, not in a bench.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import event

from coopdesk.services.database import Database
from coopdesk.services.views.budget import budget_view
from coopdesk.services.views.expenditure import AS_OF_YEAR, expenditure_view

from .conftest import open_budget, spend_on_c1

#: A plan step on the expenditure table itself (not on a table named after it).
_ON_EXPENDITURE = re.compile(r"\b(SCAN|SEARCH) expenditure\b")


def _statements(db: Database, read: Callable[[Any], object]) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.unit_of_work() as uow:
            read(uow)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return sent


def _sums_over_expenditure(db: Database, procap) -> list[tuple[str, Any]]:
    as_of = date(2015, 12, 31)
    reads = [
        lambda uow: expenditure_view(uow, procap.program_id, as_of, AS_OF_YEAR),
        lambda uow: expenditure_view(uow, procap.program_id, as_of, None),
        lambda uow: expenditure_view(uow, procap.program_id, as_of, 2013, procap.c1),
        lambda uow: budget_view(uow, procap.program_id, None),
    ]
    return [
        (statement, parameters)
        for read in reads
        for statement, parameters in _statements(db, read)
        if "sum(expenditure.amount_minor)" in statement
    ]


def test_every_expenditure_sum_reads_the_covering_index_alone(db_path, db, procap) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000", procap.cell("C1", 2014): "800"})
    spend_on_c1(db, procap, 2013, "1200")
    sums = _sums_over_expenditure(db, procap)
    assert len(sums) >= 6, "per component, per year × component, per line, both rhythms"
    raw = sqlite3.connect(db_path)
    try:
        for statement, parameters in sums:
            steps = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}",
                                                   parameters or ())]
            on_table = [s for s in steps if _ON_EXPENDITURE.search(s)]
            assert on_table, steps
            assert all("COVERING INDEX ix_expenditure_line_period_amount" in s
                       for s in on_table), (statement, steps)
    finally:
        raw.close()
