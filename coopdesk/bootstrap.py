"""Composition root: which database, opened how, handed to which front end."""

from __future__ import annotations

from coopdesk.paths import ENV_DATABASE, database_target

__all__ = ["ENV_DATABASE", "database_target", "run_gui"]


def run_gui(explicit_database: str | None, argv: list[str] | None = None) -> int:
    """Start the window; the database is opened by the window so its errors show there."""
    from coopdesk.ui.app import run

    return run(explicit_database, argv or [])
