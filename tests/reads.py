"""Counting the units of work the window reads in: a page refresh is one, a selection one more.

Every read of the window goes through ``ui/operations.py``, which runs it with
``services.transactions.in_snapshot``; the counter wraps that function, so the real read
still runs on the real database.
"""

from __future__ import annotations

from typing import Any

import pytest

from coopdesk.ui import operations


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on, every read the window makes appends its work function to the list."""
    reads: list[object] = []
    real = operations.in_snapshot

    def counted(database: Any, actor: str | None, work: Any) -> Any:
        reads.append(work)
        return real(database, actor, work)

    monkeypatch.setattr(operations, "in_snapshot", counted)
    return reads
