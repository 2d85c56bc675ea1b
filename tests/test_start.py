"""What a start does before the window shows: only the page shown is built, Alembic only when a
migration is due, no module that can wait (reports, spreadsheets, the collation table).

The starts run in fresh processes (what a module import costs shows only in a process that has
not imported it yet), with the test's own settings and data folders.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine

from coopdesk.persistence import migrate, schema_head

#: Modules a start must not import before the Dashboard shows its figures: Alembic (only for a
#: migration), the report and spreadsheet libraries (only for a report, an import or an export).
DEFERRED = ("alembic", "mako", "reportlab", "openpyxl")
#: Modules the window's frame must not wait for: the database code, the first page, the
#: collation table (read by the first sorted read: the Dashboard's).
AFTER_FIRST_PAINT = ("sqlalchemy", "coopdesk.persistence", "coopdesk.ui.pages.dashboard", "pyuca")

_START = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from coopdesk.ui.app import build_window, create_application, present

class FirstPaint(QObject):
    modules = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.modules is None:
            self.modules = sorted(sys.modules)
        return False

create_application([])
window = build_window(sys.argv[1])
built_before_shown = [page.key for page in window.pages]
first_paint = FirstPaint()
window.installEventFilter(first_paint)
present(window)
while not [page for page in window.pages if page.key == "dashboard" and page.data]:
    QCoreApplication.processEvents()
dashboard = window.page("dashboard")
window.close()
print(json.dumps({
    "before_shown": built_before_shown,
    "at_first_paint": first_paint.modules,
    "modules": sorted(sys.modules),
    "built": [page.key for page in window.pages],
    "late": len(dashboard.data.late_deliverables),
    "status": window.status.database.text(),
}))
"""


_OPEN = """
import json, sys
from coopdesk.services.database import open_database

open_database(sys.argv[1]).close()
print(json.dumps({"modules": sorted(sys.modules)}))
"""


def run(script: str, database: Path) -> dict:
    """Run ``script`` on ``database`` in a fresh process; what it printed last, as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(database)], capture_output=True, text=True,
        check=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(done.stdout.splitlines()[-1])


def _imported(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_head_known_at_build_time_is_the_migration_scripts_head() -> None:
    """A new migration must move ``schema_head.HEAD_REVISION`` too: a database at the
    scripts' head would otherwise be migrated on every open, or one behind never."""
    assert schema_head.HEAD_REVISION == migrate.head_revision()


def test_a_start_on_a_current_database_builds_one_page_and_imports_nothing_that_waits(
    demo_path: Path,
) -> None:
    shown = run(_START, demo_path)
    assert shown["built"] == ["dashboard"], "only the page shown is built"
    assert not _imported(shown["modules"], "coopdesk.ui.pages.specialists")
    assert [m for m in DEFERRED if _imported(shown["modules"], m)] == []
    assert shown["late"] > 0, "the Dashboard shows the demo's late deliverables"
    assert shown["status"] == f"Database: {demo_path}", "the status bar names it, once open"


def test_the_window_frame_paints_before_the_database_code_is_imported(
    demo_path: Path,
) -> None:
    """Importing SQLAlchemy and the tables takes longer than showing the window: the frame
    shows first, and no page is built before it."""
    shown = run(_START, demo_path)
    assert shown["before_shown"] == []
    first = shown["at_first_paint"]
    assert first is not None and _imported(first, "coopdesk.ui.main_window")
    assert [m for m in AFTER_FIRST_PAINT if _imported(first, m)] == []
    assert _imported(shown["modules"], "sqlalchemy"), "the Dashboard read the database"


def test_opening_a_database_that_is_not_current_migrates_it_with_alembic(
    tmp_path: Path,
) -> None:
    new, behind = tmp_path / "new.db", tmp_path / "behind.db"
    assert _imported(run(_OPEN, new)["modules"], "alembic"), "a new file is migrated"
    assert not _imported(run(_OPEN, new)["modules"], "alembic"), "now it is current"
    engine = create_engine(f"sqlite:///{behind}")
    migrate.upgrade(engine, "0005")
    engine.dispose()
    assert _imported(run(_OPEN, behind)["modules"], "alembic"), "a file behind is migrated"
    for path in (new, behind):
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
                schema_head.HEAD_REVISION)
            assert conn.execute("PRAGMA application_id").fetchone()[0] == (
                migrate.APPLICATION_ID)
        conn.close()
