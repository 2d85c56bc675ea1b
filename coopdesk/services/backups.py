"""Backups of the open database, as the window and the command line ask for them."""

from __future__ import annotations

from pathlib import Path

from coopdesk.domain.errors import CoopDeskError
from coopdesk.paths import backup_dir
from coopdesk.persistence.backup import backup_database, rotate
from coopdesk.persistence.db import Database


def back_up(database: Database, *, keep: int = 10, target_dir: Path | None = None) -> Path:
    """Back up a SQLite database with the online backup API, verified, then rotate."""
    if database.path is None:
        raise CoopDeskError("Only a database file can be backed up here; back up a server "
                            "database with the server's own tools.")
    folder = target_dir or backup_dir()
    target = backup_database(database.path, folder, reason="manual")
    rotate(database.path, folder, keep)
    return target
