"""What a user may not change is hidden from the window: read-only files, server roles."""

import dataclasses
from pathlib import Path

import pytest

from coopdesk.services import changes
from coopdesk.services.database import may_change, open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (None, changes.ALL, frozenset()),
        ("coordinator", changes.ALL, frozenset()),
        ("administrator", {changes.CONTRACT, changes.DELIVERABLE, changes.EXPENDITURE},
         {changes.BUDGET, changes.PROGRAM, changes.RISK}),
        ("viewer", frozenset(), changes.ALL),
    ],
)
def test_areas_a_role_may_change(db, role, allowed, refused) -> None:
    database = dataclasses.replace(db, role=role)
    assert all(may_change(database, {area}) for area in allowed)
    assert not any(may_change(database, {area}) for area in refused)


def test_a_read_only_database_hides_every_write_button(qtbot, demo_path: Path) -> None:
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    window.ctx.set_database(open_database(demo_path, read_only=True))
    window.show()
    specialists, budget = window.page("specialists"), window.page("budget")
    assert specialists.buttons["hire"].isHidden()
    assert not specialists.buttons["export"].isHidden()
    assert budget.new_button.isHidden() and not budget.compare_button.isHidden()
    assert not window.new_program_action.isEnabled()
    assert window.database_files.backup_action.isEnabled()

    window.ctx.set_database(open_database(demo_path))
    assert not specialists.buttons["hire"].isHidden()
    assert window.new_program_action.isEnabled()
