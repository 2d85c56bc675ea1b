"""The status bar names the database and what the user may do there in the window's
language: "(solo lectura)" for a read-only open, the server role by its Spanish name."""

from __future__ import annotations

from pathlib import Path

from coopdesk.services.database import open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow


def test_a_read_only_database_says_so_in_spanish(qtbot, spanish, db, db_path: Path) -> None:
    db.close()
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    database = open_database(db_path, read_only=True)
    try:
        window.ctx.set_database(database)
        window._update_status()
        text = window.status.database.text()
        assert text == f"Base de datos: {db_path} (solo lectura)"
    finally:
        window.ctx.set_database(None)
        database.close()
