"""Composition root: which database, opened how, handed to which front end."""

from __future__ import annotations

import os
from pathlib import Path

from coopdesk.paths import default_database_path

ENV_DATABASE = "COOPDESK_DATABASE_URL"


def database_target(explicit: str | None) -> str:
    """The database to use: ``--database``, else the environment, else the default file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_DATABASE):
        return os.environ[ENV_DATABASE]
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def run_gui(explicit_database: str | None, argv: list[str] | None = None) -> int:
    """Start the window; the database is opened by the window so its errors show there."""
    from coopdesk.ui.app import run

    return run(explicit_database, argv or [])


def describe(path: Path | None) -> str:
    return str(path) if path else "(server)"
