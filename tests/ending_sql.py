"""The service contracts ending within a window as they stood on a day, written straight in
SQL: an oracle the services' answers are checked against (docs/money-and-dates.md, "As of").

Started by the day, not terminated by then, with the end date in force then (an amendment
dated later not applied); a renewal starts after the end of what it renews, so none follows
a contract still running.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from coopdesk.services.database import Database

_ENDING = text(
    "SELECT c.reference FROM contract c WHERE c.kind = 'SC' AND c.start_date <= :a"
    " AND (c.termination_date IS NULL OR c.termination_date > :a)"
    " AND coalesce((SELECT m.old_end_date FROM contract_amendment m"
    "   WHERE m.contract_id = c.id AND m.new_end_date IS NOT NULL"
    "   AND m.effective_date > :a ORDER BY m.effective_date, m.id LIMIT 1),"
    "   c.end_date) BETWEEN :a AND :b"
)


def ending_references(database: Database, as_of: date, days: int) -> list[str]:
    """References of the service contracts ending within ``days`` of ``as_of``, sorted."""
    with database.engine.connect() as conn:
        return sorted(conn.execute(
            _ENDING, {"a": as_of.isoformat(), "b": (as_of + timedelta(days=days)).isoformat()},
        ).scalars())
