"""The honest baseline of a service's read: the same SQL, replayed through raw ``sqlite3``.

``recorded`` runs an action once and notes every statement SQLAlchemy hands the driver, with
its parameters (already converted to what SQLite stores); ``replayed`` runs those statements
again on a plain ``sqlite3`` connection and fetches every row. A service's time over its
replay's is what CoopDesk's own Python (ORM, DTOs, arithmetic) costs above the database's
own work on exactly the same queries: never a smaller or a different task.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from results import Result, best_of, record
from sqlalchemy import event
from sqlalchemy.engine import Engine

Statement = tuple[str, Any]

#: Transaction control is the unit of work's, not the query's: the replay runs in one.
_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def recorded(engine: Engine, action: Callable[[], object]) -> list[Statement]:
    """The statements ``action()`` sends through ``engine``, in order."""
    statements: list[Statement] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _many: bool) -> None:
        if not statement.lstrip().upper().startswith(_CONTROL):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return statements


def replayed(connection: sqlite3.Connection, statements: Sequence[Statement]) -> int:
    """Run ``statements`` in one transaction, fetching every row; the rows fetched."""
    rows = 0
    connection.execute("BEGIN")
    try:
        for statement, parameters in statements:
            rows += len(connection.execute(statement, parameters or ()).fetchall())
    finally:
        connection.execute("ROLLBACK")
    return rows


def record_against_sql(
    bench: str, action: str, n: int, run: Callable[[], object], engine: Engine,
    raw: sqlite3.Connection, goal_ratio: float | None = None,
) -> Result:
    """Time ``run`` and its own statements replayed on ``raw``; record the row."""
    statements = recorded(engine, run)
    return record(Result(
        bench=bench, action=action, n=n, seconds=best_of(run),
        baseline=f"its {len(statements)} statements in raw sqlite3",
        baseline_seconds=best_of(lambda: replayed(raw, statements)), goal_ratio=goal_ratio,
    ))
